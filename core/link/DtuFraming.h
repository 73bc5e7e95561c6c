// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "link/DtuRegistration.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QStringList>
#include <optional>

namespace heatdesk::link {

// How a DTU wraps the bus bytes on its TCP link (shared/docs/domain.md §5.5). Plain: registration
// packet, heartbeats and transparent bytes (DtuRegistration.h). The vendor framings put every byte
// in a packet of their own, so a DTU's ID, heartbeats and data can no longer be mistaken for each
// other, but the centre must answer and wrap what the protocol wants.
//
// Hongdian DDP (宏电 DDP, DTU DDP 协议规范 V3.0 / H7710s-DDP as summarised at
// wenku.csdn.net/doc/2mzt8cxcb3, nameidi.com/n/95qp6n89.html, ziliaoku.com H7710S-DDP): every
// packet is 7B | type | length (2 bytes, network order, the whole packet) | DTU ID (11 bytes,
// usually the SIM number in ASCII) | data (0–1024 bytes) | 7B. DTU → centre: 01 register (data:
// IP 4 bytes, port 2 bytes; 22 bytes in all), 02 logout, 04 invalid command, 05 ack of centre
// data, 09 user data, 0B/0D/0E/0F answers to parameter and log commands. Centre → DTU: 81
// register OK (16 bytes, no data), 82 logout OK, 89 user data. The spec names no heartbeat type;
// servers in the wild (GitHub code such as a Package01 handler and SGDtu tests answering
// "7B 01 00 16 …" with "7B 81 00 10 <ID> 7B") treat the repeated 01 register as the heartbeat
// and answer it with 81, and so does this code. The Four-Faith UDP document shows a 7B-framed
// variant with the data after the end flag and a fixed length of 16; the Hongdian spec and the
// captured packets (e.g. "7B 09 00 6C <ID> <93 data bytes> 7B") put the data inside and count it,
// and that layout is followed here.
//
// Four-Faith PROT mode (四信, four-faith.blogspot.com "Four-Faith Modem(DTU) Data in PROT mode",
// Chinese copy blog.csdn.net/qq_42331499/article/details/125202693): after connecting, the DTU
// sends ID (4 bytes, shown as 8 hex digits) | phone number (11 ASCII) | 00 | IP (4) | 00, 21
// bytes, with no answer expected. Data is escaped both ways: FD → FD ED, FE → FD EE; the single
// byte FE is the heartbeat. Nothing else is verified (no ack, no logout), so nothing else is done.
enum class DtuFraming : quint8 { Plain, HongdianDdp, FourFaith };

// The stored names: plain, hongdian-ddp, four-faith.
QString dtuFramingName(DtuFraming framing);
std::optional<DtuFraming> dtuFramingFromName(const QString& name);
// Bytes of the DTU ID the framing carries: 11 (DDP), 4 (Four-Faith); 0 for plain (any length).
int dtuFramingIdLength(DtuFraming framing);

// The vendor registration at the start of `bytes`; `consumed` is the registration packet. The ID
// text is in `format` for DDP (ASCII IDs on a hex server are matched as hex text) and always hex
// for Four-Faith, whose ID is a binary number. `settled`: the peer paused, so a short Four-Faith
// registration is not coming. Plain framing is identifyDtu's.
DtuIdentification identifyFramedDtu(QByteArrayView bytes, DtuFraming framing, DtuIdRules::Format format,
                                    bool settled);

// One end of a vendor-framed link, without I/O: bytes in, bus bytes and answers out. The centre
// and the (simulated) DTU use the same codec from their own side. Memory is bounded: at most one
// incomplete packet is held (1,040 bytes for DDP, one escape byte for Four-Faith).
class DtuFrameCodec {
public:
    enum class Side : quint8 { Centre, Dtu };
    static constexpr int kDdpMaxData = 1024;

    // `idWire`: the DTU's ID as the framing sends it (11 ASCII bytes, 4 raw bytes).
    DtuFrameCodec(DtuFraming framing, Side side, QByteArray idWire);

    struct Output {
        QByteArray data;         // the bus bytes that came wrapped
        QByteArray reply;        // what the protocol wants sent back at once
        QStringList problems;    // garbage skipped, packets not understood: for the log
        bool registered = false; // DTU side: the centre accepted the registration (DDP 81)
        bool loggedOut = false;  // the other side ends the session (DDP 02 / 82)
    };
    Output feed(QByteArrayView bytes);
    // Bus bytes as the framing's data packet(s) to the other side.
    [[nodiscard]] QByteArray wrap(QByteArrayView payload) const;
    // Centre side: what a registration is answered with (DDP 81; nothing for Four-Faith).
    [[nodiscard]] QByteArray registrationReply() const;
    // DTU side: the registration packet, and the heartbeat (DDP: the registration again).
    // `phone` is Four-Faith's 11-digit SIM number; DDP carries the port instead.
    [[nodiscard]] QByteArray registration(quint32 ipv4, quint16 port, QByteArrayView phone) const;
    [[nodiscard]] QByteArray heartbeat(quint32 ipv4, quint16 port, QByteArrayView phone) const;
    [[nodiscard]] qsizetype buffered() const { return m_buffer.size() + (m_escape ? 1 : 0); }
    [[nodiscard]] DtuFraming framing() const { return m_framing; }

private:
    void feedDdp(Output& out);
    void handleDdp(quint8 type, QByteArrayView data, Output& out);
    void feedFourFaith(QByteArrayView bytes, Output& out);

    DtuFraming m_framing;
    Side m_side;
    QByteArray m_id;
    QByteArray m_buffer;
    bool m_escape = false;
};

} // namespace heatdesk::link
