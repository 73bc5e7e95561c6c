// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <cstdint>
#include <memory>
#include <vector>

namespace heatdesk::bus {

// One thing that happened on a bus: a frame sent or received, an echo, garbage, a checksum
// failure, a timeout, a retry, a collision, a link event. Immutable once made and shared by
// pointer, so the telegram monitor, the CLI trace and the log hold the same record without copies.
struct TrafficRecord {
    enum class Kind : std::uint8_t {
        Sent,
        Received,
        Echo,
        Garbage,
        ChecksumError,
        Timeout,
        Retry,
        Collision,
        Unsolicited, // bytes while no request was outstanding (a late answer, another master)
        Link,        // the link opened, closed, failed
    };
    qint64 timeMs = 0; // wall clock, ms since the epoch (what a person compares with the meter)
    QString bus;
    Kind kind = Kind::Sent;
    QByteArray bytes;
    std::uint64_t count = 0; // garbage bytes, checksum errors, retry number
    QString decoded;         // "REQ_UD2 A=5 FCB=1", "RSP_UD A=5 id 12345678 EFE v20 heat_outlet", …
};
using TrafficRecordPtr = std::shared_ptr<const TrafficRecord>;

QString trafficKindName(TrafficRecord::Kind kind);
// A short decoded view of an EN 13757-2 frame for the monitor (never fails: unknown is "?").
QString describeFrame(const QByteArray& frame);
// "21:04:05.123 bus-1 sent 10 5B 05 60 16  REQ_UD2 A=5 FCB=1" (the CLI's --trace line).
QString traceLine(const TrafficRecord& record);

// The newest records, at most `capacity` of them: the oldest go first when it is full.
class TrafficLog {
public:
    explicit TrafficLog(std::size_t capacity = 5000);

    void append(TrafficRecordPtr record);
    // Oldest first.
    [[nodiscard]] std::vector<TrafficRecordPtr> snapshot() const;
    [[nodiscard]] std::size_t size() const { return m_size; }
    [[nodiscard]] std::size_t capacity() const { return m_capacity; }
    [[nodiscard]] std::uint64_t totalAppended() const { return m_total; }

private:
    std::size_t m_capacity;
    std::vector<TrafficRecordPtr> m_ring;
    std::size_t m_next = 0;
    std::size_t m_size = 0;
    std::uint64_t m_total = 0;
};

} // namespace heatdesk::bus
