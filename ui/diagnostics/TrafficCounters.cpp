// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnostics/TrafficCounters.h"

namespace heatdesk::ui {

bool TrafficCounters::add(const bus::TrafficRecord& record) {
    using Kind = bus::TrafficRecord::Kind;
    const bool isNew = !m_counters.contains(record.bus);
    if (isNew)
        m_buses << record.bus;
    auto& c = m_counters[record.bus];
    // A record of several checksum errors or garbage bytes carries how many in `count`.
    const std::uint64_t many = std::max<std::uint64_t>(1, record.count);
    switch (record.kind) {
    case Kind::Sent:
        ++c.requests;
        break;
    case Kind::Received:
        ++c.answers;
        break;
    case Kind::Timeout:
        ++c.timeouts;
        break;
    case Kind::ChecksumError:
        c.checksumErrors += many;
        break;
    case Kind::Collision:
        ++c.collisions;
        break;
    case Kind::Retry:
        ++c.retries;
        break;
    case Kind::Garbage:
        c.garbageBytes += record.count > 0 ? record.count : static_cast<std::uint64_t>(record.bytes.size());
        break;
    case Kind::Echo:
    case Kind::Unsolicited:
    case Kind::Link:
        break;
    }
    return isNew;
}

void TrafficCounters::reset() {
    for (auto& c : m_counters)
        c = BusCounters{};
}

} // namespace heatdesk::ui
