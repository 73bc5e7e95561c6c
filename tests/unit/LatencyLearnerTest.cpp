// SPDX-License-Identifier: GPL-3.0-or-later
#include "bus/LatencyLearner.h"

#include <gtest/gtest.h>

using namespace heatdesk;
using namespace std::chrono_literals;
using Kind = mbus::MasterEvent::Kind;

namespace {

const mbus::Instant t0 = mbus::Instant{} + 1h;
const std::vector<std::uint8_t> kRequest(5, 0x10); // a short frame: 55 bit times

mbus::MasterEvent ev(Kind k, mbus::Micros at, std::vector<std::uint8_t> bytes = {}) {
    return mbus::MasterEvent{k, t0 + at, std::move(bytes), 0};
}

mbus::MbusTiming timing2400() {
    mbus::MbusTiming t;
    t.baud = 2400;
    return t;
}

} // namespace

TEST(LatencyLearnerTest, AnswersInTimeTeachNothing) {
    bus::LatencyLearner learner;
    learner.observe({ev(Kind::Sent, 0us, kRequest), ev(Kind::Received, 80ms, {0xE5})}, timing2400());
    EXPECT_EQ(learner.latency(), 0ms);
    EXPECT_EQ(learner.samples(), 1);
}

TEST(LatencyLearnerTest, AnAnswerAfterTheWindowRaisesTheLatency) {
    const auto t = timing2400();
    bus::LatencyLearner learner;
    // Sent at 0; the window closes at 22.917 + 187.5 ms; the retry goes out then, and the first
    // answer arrives 5 ms after the retry: too soon to be the retry's answer.
    const auto retryAt = t.bitTime(55) + t.answerWindow();
    learner.observe({ev(Kind::Sent, 0us, kRequest), ev(Kind::Timeout, retryAt), ev(Kind::Retry, retryAt),
                     ev(Kind::Sent, retryAt, kRequest), ev(Kind::Received, retryAt + 5ms, {0xE5})},
                    t);
    // Measured from the first request: 187.5 + 5 ms after it ended, 5 ms beyond the standard
    // window; learned with half again on top.
    EXPECT_EQ(learner.latency(), 8ms);

    // A slow link: the answer comes 400 ms after the first of three requests.
    bus::LatencyLearner slow;
    const auto w = t.bitTime(55) + t.answerWindow();
    slow.observe({ev(Kind::Sent, 0us, kRequest), ev(Kind::Timeout, w), ev(Kind::Retry, w),
                  ev(Kind::Sent, w, kRequest), ev(Kind::Timeout, 2 * w), ev(Kind::Retry, 2 * w),
                  ev(Kind::Sent, 2 * w, kRequest), ev(Kind::Received, t.bitTime(55) + 400ms, {0xE5})},
                 t);
    EXPECT_EQ(slow.latency(), 319ms); // (400 - 187.5) * 1.5, rounded up
}

TEST(LatencyLearnerTest, ALearnedLatencyShrinksSlowlyAndIsCapped) {
    const auto t = timing2400();
    bus::LatencyLearner learner(1000ms);
    learner.observe({ev(Kind::Sent, 0us, kRequest), ev(Kind::Received, 5s, {0xE5})}, t);
    EXPECT_EQ(learner.latency(), 1000ms);
    learner.observe({ev(Kind::Sent, 10s, kRequest), ev(Kind::Received, 10s + 50ms, {0xE5})}, t);
    EXPECT_EQ(learner.latency(), 950ms);
}
