// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace heatdesk::link {

// How a DTU model says who it is (shared/docs/domain.md §5.2): its ID as ASCII ("DTU00001", an
// IMEI) or as raw bytes shown in hex, optionally behind a vendor header ("LOGIN:") and before a
// terminator. Where the ID ends is the hard part: DTUs send no length, TCP may split the packet,
// and data can follow in the same segment. The rules below say it, or are left open for the
// generic ones (see identifyDtu).
struct DtuIdRules {
    enum class Format : quint8 { Ascii, Hex };
    Format format = Format::Ascii;
    QByteArray header;     // vendor bytes before the ID, checked and dropped
    int idLength = 0;      // bytes of the ID on the wire; 0: variable
    QByteArray terminator; // ends a variable ID ("\r\n", "\0"); dropped
    int maxIdLength = 64;  // a longer "ID" is garbage, not a DTU
};

struct DtuIdentification {
    enum class Outcome : quint8 { NeedMore, Identified, Invalid };
    Outcome outcome = Outcome::NeedMore;
    QString id;             // Identified: the ASCII text, or upper-case hex digits
    qsizetype consumed = 0; // Identified: header, ID and terminator; what follows is data
    QString reason;         // Invalid: why this is not a registration
};

// The ID as people write it, and the bytes a DTU sends for it.
QString dtuIdText(const QByteArray& wire, DtuIdRules::Format format);
QByteArray dtuIdWire(const QString& id, DtuIdRules::Format format);

// Finds the registration at the start of `bytes` (everything a peer sent so far). `known` are the
// wire forms of the expected IDs: they let an ID end where data begins without a terminator.
// `settled` means the peer has paused, so a variable ID without terminator is complete.
// Without idLength or terminator: an ASCII ID is the leading run of printable characters (data
// behind it starts with a control byte, or matches a known ID); a hex ID is the whole first packet.
DtuIdentification identifyDtu(const QByteArray& bytes, const DtuIdRules& rules,
                              const QList<QByteArray>& known, bool settled);

} // namespace heatdesk::link
