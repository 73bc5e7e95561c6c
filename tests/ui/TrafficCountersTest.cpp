// SPDX-License-Identifier: GPL-3.0-or-later
// Counting a bus's traffic: what the diagnostics view shows per bus.
#include "diagnostics/TrafficCounters.h"

#include "TrafficSupport.h"

#include <gtest/gtest.h>

using namespace heatdesk;
using Kind = bus::TrafficRecord::Kind;
using uitest::record;

TEST(TrafficCounters, CountsAScriptedConversationPerBus) {
    ui::TrafficCounters counters;
    // Meter 5 answers; meter 6 is silent and retried; meter 7 answers with line noise.
    const std::vector<bus::TrafficRecordPtr> script = {
        record("bus-a", Kind::Link, {}, "open"),
        record("bus-a", Kind::Sent, "105B055F16"),
        record("bus-a", Kind::Received, "E5"),
        record("bus-a", Kind::Sent, "1040064616"),
        record("bus-a", Kind::Timeout),
        record("bus-a", Kind::Retry, {}, {}, 1),
        record("bus-a", Kind::Sent, "1040064616"),
        record("bus-a", Kind::Timeout),
        record("bus-a", Kind::Sent, "105B076116"),
        record("bus-a", Kind::Echo, "105B076116", {}, 1),
        record("bus-a", Kind::Garbage, {}, {}, 17),
        record("bus-a", Kind::Garbage, "FFFE"), // no count: its bytes are the garbage
        record("bus-a", Kind::ChecksumError, {}, {}, 2),
        record("bus-a", Kind::Collision),
        record("bus-a", Kind::Unsolicited, "E5"),
        record("bus-b", Kind::Sent, "1040014116"),
    };
    std::vector<bool> isNew;
    for (const auto& r : script)
        isNew.push_back(counters.add(*r));
    EXPECT_TRUE(isNew.front());
    EXPECT_EQ(std::count(isNew.begin(), isNew.end(), true), 2);
    EXPECT_EQ(counters.buses(), QStringList({"bus-a", "bus-b"}));

    const auto a = counters.of("bus-a");
    EXPECT_EQ(a.requests, 4u);
    EXPECT_EQ(a.answers, 1u);
    EXPECT_EQ(a.timeouts, 2u);
    EXPECT_EQ(a.retries, 1u);
    EXPECT_EQ(a.garbageBytes, 19u);
    EXPECT_EQ(a.checksumErrors, 2u);
    EXPECT_EQ(a.collisions, 1u);
    EXPECT_EQ(counters.of("bus-b").requests, 1u);
    EXPECT_EQ(counters.of("bus-b").answers, 0u);
    EXPECT_EQ(counters.of("never-seen"), ui::BusCounters{});

    counters.reset();
    EXPECT_EQ(counters.of("bus-a"), ui::BusCounters{});
    EXPECT_EQ(counters.buses().size(), 2); // the rows stay, at zero
    EXPECT_FALSE(counters.add(*record("bus-a", Kind::Sent)));
    EXPECT_EQ(counters.of("bus-a").requests, 1u);
}
