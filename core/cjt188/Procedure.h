// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cjt188/FrameExtractor.h"
#include "cjt188/Message.h"
#include "cjt188/MeterProfile.h"
#include "cjt188/Requests.h"

#include <chrono>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace heatdesk::cjt188 {

using Clock = std::chrono::steady_clock;
using TimePoint = Clock::time_point;

// Timeouts and retries are inputs, usually taken from the meter's profile.
struct Timing {
    std::chrono::milliseconds responseTimeout{2000};
    int retries = 2; // extra attempts after the first, on timeout or a garbled reply
    static Timing fromProfile(const MeterProfile& p) { return Timing{p.responseTimeout, p.retries}; }
};

// What the caller does next: write `send` (if any) and call onTimeout() at `deadline` unless
// onBytes() finishes the procedure first. No deadline once the procedure is finished.
struct Action {
    std::vector<std::uint8_t> send;
    std::optional<TimePoint> deadline;
};

enum class ProcedureState : std::uint8_t { Idle, Waiting, Done, Failed };
enum class ProcedureError : std::uint8_t {
    None,
    Timeout,       // no answer after all attempts
    Garbled,       // bytes came, but no valid answer after all attempts (checksum errors, collisions)
    Abnormal,      // the meter answered with the abnormal bit: it refused (no retry)
    NotConfirmed,  // valve: the meter answered, but its status never showed the requested position
    ValveAbnormal, // valve: the meter reports the valve as abnormal (blocked, no power)
    BadRequest,    // the request could not be built
};
std::string_view procedureErrorName(ProcedureError e);

// A master exchange as a sans-I/O state machine: no sockets, timers or sleeps; bytes and the
// current time go in, bytes to send and the next deadline come out (architecture.md). The base
// class runs request → wait → retry; subclasses say what to send and what a reply means.
//
// Replies are matched by direction (D7 = 1: our own echo and other masters' requests are
// ignored), address (unless the request went to the broadcast address), function and, when the
// reply carries a known DI, the DI. SER is not checked: several meters do not echo it.
class Procedure {
public:
    virtual ~Procedure() = default;
    Procedure(const Procedure&) = delete;
    Procedure& operator=(const Procedure&) = delete;

    Action start(TimePoint now);
    Action onBytes(std::span<const std::uint8_t> bytes, TimePoint now);
    Action onTimeout(TimePoint now);

    [[nodiscard]] ProcedureState state() const { return m_state; }
    [[nodiscard]] bool finished() const {
        return m_state == ProcedureState::Done || m_state == ProcedureState::Failed;
    }
    [[nodiscard]] ProcedureError error() const { return m_error; }
    [[nodiscard]] int requestsSent() const { return m_requestsSent; }
    // ST (or the status byte) of an abnormal reply.
    [[nodiscard]] std::optional<std::uint16_t> abnormalStatus() const { return m_abnormalStatus; }
    [[nodiscard]] const ExtractorStats& lineStats() const { return m_extractor.stats(); }

protected:
    Procedure(const MeterProfile& profile, Timing timing);

    struct Outcome {
        enum class Kind { Ignore, Done, Fail, Next } kind = Kind::Ignore;
        ProcedureError error = ProcedureError::None;
        std::chrono::milliseconds pause{0}; // Next: wait this long before the next exchange
    };
    // The request of the current exchange (empty: cannot build one).
    virtual std::vector<std::uint8_t> request(std::uint8_t ser) = 0;
    // A matching, non-abnormal reply of the current exchange. `frame` backs message's spans.
    virtual Outcome onReply(const Message& message, std::span<const std::uint8_t> frame) = 0;

    const MeterProfile& profile() const { return m_profile; }

private:
    Action beginExchange(TimePoint now);
    Action send(TimePoint now);
    Action fail(ProcedureError e);
    Action drain(TimePoint now);
    bool matches(const Message& m) const;

    MeterProfile m_profile;
    Timing m_timing;
    FrameExtractor m_extractor;
    ProcedureState m_state = ProcedureState::Idle;
    ProcedureError m_error = ProcedureError::None;
    std::vector<std::uint8_t> m_request;
    Frame m_requestFrame; // parsed m_request, for matching
    std::optional<std::uint16_t> m_requestDi;
    std::uint8_t m_ser = 0;
    int m_attempt = 0;
    int m_requestsSent = 0;
    bool m_garbled = false; // some attempt of this exchange saw noise or a broken frame
    std::uint64_t m_garbageAtSend = 0;
    std::uint64_t m_checksumErrorsAtSend = 0;
    bool m_pausing = false;
    std::optional<TimePoint> m_deadline;
    std::optional<std::uint16_t> m_abnormalStatus;
};

} // namespace heatdesk::cjt188
