// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reading/HeatReading.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace heatdesk::store {

// A reading to append: the decoded values, the raw frame(s) inside `values.rawFrames`, and where
// it came from. `readAtMs` is the workstation clock (ms since the Unix epoch, UTC).
struct NewReading {
    qint64 meterId = 0;
    std::optional<qint64> sessionId;
    qint64 readAtMs = 0;
    QString protocol = QStringLiteral("mbus");
    reading::HeatReading values;
    quint32 quality = 0; // plausibility/quality bits set by billing checks (0 = not checked)
};

// A reading as stored, with its row id and the hash chain link.
struct StoredReading {
    qint64 id = 0;
    qint64 meterId = 0;
    std::optional<qint64> sessionId;
    qint64 readAtMs = 0;
    QString protocol;
    reading::HeatReading values;
    quint32 quality = 0;
    QByteArray chain;
};

// Hash chain link of a row: BLAKE2b (first 16 bytes) over the previous link and every stored
// column of this row in a fixed binary layout. Insert and `db check` both use it, so any change
// to a stored value, a removed or a reordered row breaks the chain from that row on.
QByteArray chainLink(const QByteArray& previous, qint64 id, const NewReading& r);
constexpr int kChainLinkSize = 16;

// A reading's protocol name as UTF-8 bytes for hashing and binding, without a heap allocation
// for the usual short ASCII names.
class ProtocolText {
public:
    explicit ProtocolText(const QString& protocol);
    ProtocolText(const ProtocolText&) = delete;
    ProtocolText& operator=(const ProtocolText&) = delete;
    const char* data() const { return m_data; }
    int size() const { return m_size; }

private:
    char m_ascii[16];
    QByteArray m_utf8;
    const char* m_data = nullptr;
    int m_size = 0;
};

// ISO text of a meter's clock ("2024-01-31T14:05:00") and back.
constexpr int kMeterTimeTextSize = 19;
int formatMeterTime(const reading::MeterTime& t, char* out); // writes 19 chars, no terminator
QString meterTimeText(const reading::MeterTime& t);
std::optional<reading::MeterTime> parseMeterTime(const QString& text);

} // namespace heatdesk::store
