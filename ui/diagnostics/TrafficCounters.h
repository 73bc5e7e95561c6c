// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bus/TrafficLog.h"

#include <QHash>
#include <QStringList>
#include <cstdint>

namespace heatdesk::ui {

// What a technician asks of a bus first: how many requests got answers, and what went wrong
// how often.
struct BusCounters {
    std::uint64_t requests = 0;       // frames sent
    std::uint64_t answers = 0;        // valid frames received
    std::uint64_t timeouts = 0;       // answer windows that passed without a usable answer
    std::uint64_t checksumErrors = 0; // frames with a bad checksum
    std::uint64_t collisions = 0;     // several meters answering one selection
    std::uint64_t retries = 0;
    std::uint64_t garbageBytes = 0; // bytes that were no frame
    friend bool operator==(const BusCounters&, const BusCounters&) = default;
};

// Counts traffic records per bus, in the order the buses were first seen. Pure: no Qt objects,
// no timers, so the diagnostics view and its tests share the arithmetic.
class TrafficCounters {
public:
    // True when the record's bus was not counted before (a new row for the view).
    bool add(const bus::TrafficRecord& record);
    // Zeroes every count; the buses stay (their rows remain, at zero).
    void reset();

    [[nodiscard]] const QStringList& buses() const { return m_buses; }
    [[nodiscard]] BusCounters of(const QString& bus) const { return m_counters.value(bus); }

private:
    QStringList m_buses;
    QHash<QString, BusCounters> m_counters;
};

} // namespace heatdesk::ui
