// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mbus/FrameExtractor.h"
#include "mbus/Requests.h"

#include <chrono>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace heatdesk::mbus {

using MasterClock = std::chrono::steady_clock;
using Instant = MasterClock::time_point;
using Micros = std::chrono::microseconds;

// Timing from EN 13757-2 and the line speed, not fixed constants. A meter starts its answer
// 11 to 330 bit times plus 50 ms after the end of the request; a link that adds its own delay
// (a serial-to-Ethernet converter, a GPRS modem) adds `latency` on top.
struct MbusTiming {
    std::uint32_t baud = 2400;
    Micros latency{0};
    int retries = 2;       // extra attempts after the first, for silence or a garbled answer
    int gapBits = 33;      // pause after an answer before the next request (3 characters)
    int maxTelegrams = 16; // multi-telegram read-outs stop here (a meter that never ends)

    [[nodiscard]] Micros bitTime(int bits) const;
    // One character on the line: start, 8 data, parity, stop.
    [[nodiscard]] Micros byteTime() const { return bitTime(11); }
    // From the end of our request to the latest start of an answer: 330 bit times + 50 ms +
    // latency. A silent address costs this and the one character an answer starting at its end
    // needs to arrive.
    [[nodiscard]] Micros answerWindow() const;
    // Once an answer has started: time for `bytes` more characters, plus the same 50 ms and
    // latency the start of the answer was allowed (converters pass data on in pieces).
    [[nodiscard]] Micros transferAllowance(std::size_t bytes) const;
    // Once bytes have come: the idle line after which nothing more belongs to the answer (three
    // characters, plus what a converter may hold back). A garbled answer or a collision costs
    // this much after its last byte, not the time a longest frame would need.
    static constexpr std::size_t kQuietCharacters = 3;
    [[nodiscard]] Micros quietAfterBytes() const;
    [[nodiscard]] Micros gap() const { return bitTime(gapBits); }
};

// Read one meter: by primary address, or by secondary address (select, then address FD).
struct ReadMeterJob {
    std::uint8_t address = 0;                  // ignored when `secondary` is set
    std::optional<SecondaryAddress> secondary; // read through a selection
    bool sndNkeFirst = false;                  // after power-up or errors: reset the link first
    bool fcb = true;                           // FCB of the first REQ_UD2 (true after SND_NKE)
    bool allTelegrams = true;                  // follow DIF 1F until the last telegram
};

// Does anyone answer at one primary address? SND_NKE expects E5; REQ_UD2 expects a telegram
// (slower on the wire, but tells who answered).
struct ProbeJob {
    enum class Method : std::uint8_t { SndNke, ReqUd2 };
    std::uint8_t address = 0;
    Method method = Method::SndNke;
};

// Wildcard tree search over the identification number: select a mask; silence prunes it, one
// clean selection is read at FD, a garbled answer (several meters at once) splits the mask on
// its next wildcard digit, and once the id is complete on the medium, then the version.
struct SecondaryScanJob {
    SecondaryAddress mask;  // all wildcards by default
    bool hexDigits = false; // split into 0..E instead of 0..9 (ids that are not BCD)
};

// Resets one meter: SND_NKE (its link layer, so its FCB expectation starts afresh) and, with
// `application`, SND_UD CI 50 (application reset: the meter goes back to its standard telegram,
// which some need after a vendor selection or a REQ_UD1). By secondary address the meter is
// selected after the SND_NKE at FD, and the application reset goes to FD.
struct ResetJob {
    std::uint8_t address = 0;                  // ignored when `secondary` is set
    std::optional<SecondaryAddress> secondary; // reset through a selection
    bool application = true;
};

using MasterJob = std::variant<ReadMeterJob, ProbeJob, SecondaryScanJob, ResetJob>;

// What the caller does next: write `send` (if not empty), then call onTimeout() at `deadline`
// unless onBytes() comes first. No deadline once the master has finished.
struct MasterAction {
    std::vector<std::uint8_t> send;
    std::optional<Instant> deadline;
};

enum class MasterError : std::uint8_t {
    None,
    Timeout,     // silence after all attempts
    Checksum,    // answers came, but with checksum errors, after all attempts
    Garbled,     // bytes came but never a valid answer (noise, a meter out of step)
    Collision,   // a selection answered by several meters that could not be told apart
    NotSelected, // secondary read: nobody acknowledged the selection
    Cancelled,
};
std::string_view masterErrorName(MasterError e);

// One line event, for the traffic log. Sans-I/O: the master only records; its owner stamps
// them into the log.
struct MasterEvent {
    enum class Kind : std::uint8_t {
        Sent,
        Received,      // a valid frame
        Echo,          // our own request came back
        Garbage,       // `count` bytes that were no frame
        ChecksumError, // `count` frames with a bad checksum
        Timeout,       // an attempt's window passed without a usable answer
        Retry,
        Collision,
    };
    Kind kind = Kind::Sent;
    Instant at;
    std::vector<std::uint8_t> bytes;
    std::uint64_t count = 0;
};
std::string_view masterEventName(MasterEvent::Kind k);

enum class ProbeResult : std::uint8_t { Nothing, Found, Garbled };

// A meter found by a secondary scan: its selection address as read from its answer, and the
// answer itself.
struct FoundMeter {
    SecondaryAddress address;
    std::uint8_t primary = 0; // A field of its answer
    std::vector<std::uint8_t> frame;
};

// The M-Bus master as a sans-I/O state machine (architecture.md): bytes and the current time go
// in, bytes to send and the next deadline come out. One object runs one job, one request at a
// time; the bus engine owns the line and keeps per-meter state (the FCB) between jobs.
class MbusMaster {
public:
    MbusMaster(MasterJob job, MbusTiming timing);

    MasterAction start(Instant now);
    MasterAction onBytes(std::span<const std::uint8_t> bytes, Instant now);
    MasterAction onTimeout(Instant now);
    // Stops at once; the line is left as it is (no request is outstanding afterwards).
    void cancel();

    [[nodiscard]] bool finished() const { return m_finished; }
    [[nodiscard]] bool ok() const { return m_finished && m_error == MasterError::None; }
    [[nodiscard]] MasterError error() const { return m_error; }
    [[nodiscard]] const MbusTiming& timing() const { return m_timing; }

    // Read: the RSP_UD frames in order; rawFrames() is them back to back (what decodeFrames
    // takes and the store keeps).
    [[nodiscard]] const std::vector<std::vector<std::uint8_t>>& telegrams() const { return m_telegrams; }
    [[nodiscard]] std::vector<std::uint8_t> rawFrames() const;
    // FCB the next REQ_UD2 to this meter must carry (keep it per meter between jobs).
    [[nodiscard]] bool nextFcb() const { return m_fcb; }
    // Requests repeated because an attempt failed (all exchanges of the job).
    [[nodiscard]] int retries() const { return m_retries; }
    [[nodiscard]] int requestsSent() const { return m_requestsSent; }

    // Probe.
    [[nodiscard]] ProbeResult probeResult() const { return m_probeResult; }

    // Secondary scan.
    [[nodiscard]] const std::vector<FoundMeter>& found() const { return m_found; }
    // Masks whose id, medium and version were complete and still answered garbled: meters that
    // share all three (differing only in manufacturer, or not at all) or a broken meter.
    [[nodiscard]] const std::vector<SecondaryAddress>& unresolved() const { return m_unresolved; }
    [[nodiscard]] int selections() const { return m_selections; }
    [[nodiscard]] int collisions() const { return m_collisions; }

    // Line events since the last call.
    [[nodiscard]] std::vector<MasterEvent> takeEvents();
    [[nodiscard]] const ExtractorStats& lineStats() const { return m_extractor.stats(); }

private:
    enum class Expect : std::uint8_t { Ack, Answer, AckOrAnswer, Nothing };
    enum class Reply : std::uint8_t { Ack, Answer, Silent, Garbled };
    enum class Step : std::uint8_t {
        ResetLink, // SND_NKE (primary, or FD before a selection)
        Select,    // read by secondary address
        Request,   // REQ_UD2
        Probe,
        ScanSelect,
        ScanRead,
        ApplicationReset, // SND_UD CI 50
    };

    // Prepares a new exchange; `afterAnswer` keeps the line quiet for the inter-frame gap first.
    MasterAction exchange(Step step, std::vector<std::uint8_t> request, Expect expect, Instant now,
                          bool afterAnswer);
    MasterAction sendCurrent(Instant now);
    MasterAction completeAttempt(std::optional<Reply> reply, Instant now);
    MasterAction onReply(Reply reply, Instant now);
    MasterAction onReadReply(Reply reply, Instant now);
    MasterAction onScanReply(Reply reply, Instant now);
    MasterAction onResetReply(Reply reply, Instant now);
    MasterAction nextScanNode(Instant now, bool afterAnswer);
    MasterAction startRequest(Instant now, bool afterAnswer);
    MasterAction finish(MasterError e);
    std::optional<Reply> pullReply(Instant now);
    void noteLine(Instant now);
    void event(MasterEvent::Kind kind, Instant at, std::vector<std::uint8_t> bytes = {},
               std::uint64_t count = 0);
    void split(const SecondaryAddress& mask, bool collision, Instant now);
    MasterError failureError() const;
    std::uint8_t targetAddress() const;

    MasterJob m_job;
    MbusTiming m_timing;
    FrameExtractor m_extractor;
    bool m_started = false;
    bool m_finished = false;
    MasterError m_error = MasterError::None;

    // The exchange in flight.
    Step m_step = Step::Request;
    Expect m_expect = Expect::Answer;
    std::vector<std::uint8_t> m_request;
    std::uint8_t m_requestAddress = 0;
    int m_attempt = 0;
    bool m_pausing = false;
    int m_unexpected = 0;       // frames this attempt that were not the answer we wait for
    bool m_anyGarbled = false;  // any attempt of this exchange
    bool m_anyChecksum = false; // any attempt of this exchange
    std::optional<Instant> m_deadline;
    Instant m_windowEnd;    // the latest start of an answer to this attempt
    Instant m_hardDeadline; // an attempt never lasts longer, however the line babbles
    std::vector<std::uint8_t> m_answer;
    ExtractorStats m_attemptBase; // stats when this attempt's request went out
    ExtractorStats m_seen;        // stats already turned into events

    bool m_fcb = true;
    int m_retries = 0;
    int m_requestsSent = 0;
    std::vector<std::vector<std::uint8_t>> m_telegrams;
    ProbeResult m_probeResult = ProbeResult::Nothing;

    std::vector<SecondaryAddress> m_scanStack;
    SecondaryAddress m_scanNode;
    std::vector<FoundMeter> m_found;
    std::vector<SecondaryAddress> m_unresolved;
    int m_selections = 0;
    int m_collisions = 0;

    std::vector<MasterEvent> m_events;
};

// The printed id digit `pos` (0 = leftmost of "12345678") of a selection mask, and setting it.
std::uint8_t idDigit(const SecondaryAddress& a, int pos);
void setIdDigit(SecondaryAddress& a, int pos, std::uint8_t digit);
// The selection address a meter answers to, from the header of its RSP_UD (nothing when the frame
// carries no long header).
std::optional<SecondaryAddress> secondaryOf(std::span<const std::uint8_t> frame);

} // namespace heatdesk::mbus
