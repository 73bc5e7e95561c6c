// SPDX-License-Identifier: GPL-3.0-or-later
#include "mbus/MbusMaster.h"

#include "mbus/Telegram.h"

#include <algorithm>

namespace heatdesk::mbus {

Micros MbusTiming::bitTime(int bits) const {
    const std::uint64_t rate = baud == 0 ? 2400 : baud;
    // Rounded up: a window a microsecond short would cut off a meter that answers at the limit.
    const std::uint64_t us = (static_cast<std::uint64_t>(bits) * 1'000'000 + rate - 1) / rate;
    return Micros(static_cast<Micros::rep>(us));
}

Micros MbusTiming::answerWindow() const {
    return bitTime(330) + std::chrono::milliseconds(50) + latency;
}

Micros MbusTiming::transferAllowance(std::size_t bytes) const {
    return bitTime(static_cast<int>(11 * bytes)) + std::chrono::milliseconds(50) + latency;
}

Micros MbusTiming::quietAfterBytes() const {
    return transferAllowance(kQuietCharacters);
}

std::string_view masterErrorName(MasterError e) {
    switch (e) {
    case MasterError::None:
        return "none";
    case MasterError::Timeout:
        return "timeout";
    case MasterError::Checksum:
        return "checksum";
    case MasterError::Garbled:
        return "garbled";
    case MasterError::Collision:
        return "collision";
    case MasterError::NotSelected:
        return "not_selected";
    case MasterError::Cancelled:
        return "cancelled";
    }
    return "unknown";
}

std::string_view masterEventName(MasterEvent::Kind k) {
    switch (k) {
    case MasterEvent::Kind::Sent:
        return "sent";
    case MasterEvent::Kind::Received:
        return "received";
    case MasterEvent::Kind::Echo:
        return "echo";
    case MasterEvent::Kind::Garbage:
        return "garbage";
    case MasterEvent::Kind::ChecksumError:
        return "checksum_error";
    case MasterEvent::Kind::Timeout:
        return "timeout";
    case MasterEvent::Kind::Retry:
        return "retry";
    case MasterEvent::Kind::Collision:
        return "collision";
    }
    return "unknown";
}

std::uint8_t idDigit(const SecondaryAddress& a, int pos) {
    const std::uint8_t byte = a.id[static_cast<std::size_t>(3 - pos / 2)];
    return pos % 2 == 0 ? byte >> 4 : byte & 0x0F;
}

void setIdDigit(SecondaryAddress& a, int pos, std::uint8_t digit) {
    std::uint8_t& byte = a.id[static_cast<std::size_t>(3 - pos / 2)];
    if (pos % 2 == 0)
        byte = static_cast<std::uint8_t>((byte & 0x0F) | (digit << 4));
    else
        byte = static_cast<std::uint8_t>((byte & 0xF0) | (digit & 0x0F));
}

std::optional<SecondaryAddress> secondaryOf(std::span<const std::uint8_t> bytes) {
    auto parsed = parseFrame(bytes);
    const auto* frame = std::get_if<Frame>(&parsed);
    if (!frame || frame->kind != FrameKind::Long)
        return std::nullopt;
    if ((frame->ci != ci::VariableLong && frame->ci != ci::VariableMsb) || frame->userData.size() < 8)
        return std::nullopt;
    const auto& d = frame->userData;
    SecondaryAddress a;
    a.id = {d[0], d[1], d[2], d[3]};
    a.manufacturer = static_cast<std::uint16_t>(d[4] | (d[5] << 8));
    a.version = d[6];
    a.medium = d[7];
    return a;
}

MbusMaster::MbusMaster(MasterJob job, MbusTiming timing)
    : m_job(std::move(job))
    , m_timing(timing) {
    m_timing.retries = std::max(0, m_timing.retries);
    m_timing.maxTelegrams = std::max(1, m_timing.maxTelegrams);
    if (const auto* read = std::get_if<ReadMeterJob>(&m_job))
        m_fcb = read->fcb;
}

std::uint8_t MbusMaster::targetAddress() const {
    if (const auto* reset = std::get_if<ResetJob>(&m_job))
        return reset->secondary ? kNetworkLayerAddress : reset->address;
    const auto& read = std::get<ReadMeterJob>(m_job);
    return read.secondary ? kNetworkLayerAddress : read.address;
}

MasterAction MbusMaster::start(Instant now) {
    if (m_started)
        return {};
    m_started = true;
    if (const auto* read = std::get_if<ReadMeterJob>(&m_job)) {
        if (read->sndNkeFirst)
            return exchange(Step::ResetLink, sndNke(targetAddress()),
                            read->secondary ? Expect::Nothing : Expect::Ack, now, false);
        if (read->secondary)
            return exchange(Step::Select, selectSecondary(*read->secondary), Expect::Ack, now, false);
        return startRequest(now, false);
    }
    if (const auto* reset = std::get_if<ResetJob>(&m_job))
        return exchange(Step::ResetLink, sndNke(targetAddress()),
                        reset->secondary ? Expect::Nothing : Expect::Ack, now, false);
    if (const auto* probe = std::get_if<ProbeJob>(&m_job)) {
        auto request =
            probe->method == ProbeJob::Method::SndNke ? sndNke(probe->address) : reqUd2(probe->address, true);
        return exchange(Step::Probe, std::move(request), Expect::AckOrAnswer, now, false);
    }
    m_scanStack.push_back(std::get<SecondaryScanJob>(m_job).mask);
    return nextScanNode(now, false);
}

MasterAction MbusMaster::startRequest(Instant now, bool afterAnswer) {
    return exchange(Step::Request, reqUd2(targetAddress(), m_fcb), Expect::Answer, now, afterAnswer);
}

MasterAction MbusMaster::exchange(Step step, std::vector<std::uint8_t> request, Expect expect, Instant now,
                                  bool afterAnswer) {
    m_step = step;
    m_expect = expect;
    m_request = std::move(request);
    auto parsed = parseFrame(m_request);
    m_requestAddress = std::holds_alternative<Frame>(parsed) ? std::get<Frame>(parsed).a : 0;
    m_attempt = 0;
    m_anyGarbled = false;
    m_anyChecksum = false;
    if (afterAnswer) {
        // The meter that just answered, and its neighbours, need the line quiet for a moment
        // before the next request; after a silent window the line is quiet already.
        m_pausing = true;
        m_deadline = now + m_timing.gap();
        return {{}, m_deadline};
    }
    return sendCurrent(now);
}

MasterAction MbusMaster::sendCurrent(Instant now) {
    m_pausing = false;
    ++m_attempt;
    ++m_requestsSent;
    if (m_attempt > 1) {
        ++m_retries;
        event(MasterEvent::Kind::Retry, now, {}, static_cast<std::uint64_t>(m_attempt - 1));
    }
    m_extractor.reset();
    m_extractor.expectEcho(m_request);
    m_attemptBase = m_extractor.stats();
    m_seen = m_attemptBase;
    m_unexpected = 0;
    event(MasterEvent::Kind::Sent, now, m_request);
    // The window counts from the end of the request, so the time the request itself takes on
    // the line comes first; and an answer that starts at the last allowed instant is seen only
    // when its first character is complete, one character later.
    const auto sendEnd = now + m_timing.bitTime(static_cast<int>(11 * m_request.size()));
    m_windowEnd = sendEnd + m_timing.answerWindow() + m_timing.byteTime();
    m_deadline = m_windowEnd;
    m_hardDeadline = m_windowEnd + m_timing.transferAllowance(kMaxFrameSize);
    return {m_request, m_deadline};
}

void MbusMaster::event(MasterEvent::Kind kind, Instant at, std::vector<std::uint8_t> bytes,
                       std::uint64_t count) {
    // Bounded: a job that nobody drains must not grow without limit.
    constexpr std::size_t kMaxEvents = 4096;
    if (m_events.size() >= kMaxEvents)
        m_events.erase(m_events.begin());
    m_events.push_back(MasterEvent{kind, at, std::move(bytes), count});
}

std::vector<MasterEvent> MbusMaster::takeEvents() {
    std::vector<MasterEvent> out;
    out.swap(m_events);
    return out;
}

void MbusMaster::noteLine(Instant now) {
    const auto& s = m_extractor.stats();
    if (s.echoes > m_seen.echoes)
        event(MasterEvent::Kind::Echo, now, m_request, s.echoes - m_seen.echoes);
    if (s.garbageBytes > m_seen.garbageBytes)
        event(MasterEvent::Kind::Garbage, now, {}, s.garbageBytes - m_seen.garbageBytes);
    if (s.checksumErrors > m_seen.checksumErrors)
        event(MasterEvent::Kind::ChecksumError, now, {}, s.checksumErrors - m_seen.checksumErrors);
    m_seen = s;
}

std::optional<MbusMaster::Reply> MbusMaster::pullReply(Instant now) {
    std::optional<Reply> reply;
    while (auto extracted = m_extractor.next()) {
        event(MasterEvent::Kind::Received, now, extracted->bytes);
        if (reply)
            continue; // bytes after the answer: logged, not used
        if (extracted->kind == FrameKind::Ack) {
            if (m_expect == Expect::Answer)
                ++m_unexpected; // E5 where a telegram was due: something is there, but out of step
            else
                reply = Reply::Ack;
            continue;
        }
        auto parsed = parseFrame(extracted->bytes);
        const Frame& frame = std::get<Frame>(parsed);
        const bool fromSlave = (frame.c & 0x40) == 0; // PRM clear: an answer, not another request
        if (!fromSlave)
            continue;
        const bool rspUd = frame.kind == FrameKind::Long && (frame.c & 0xCF) == control::RspUd;
        // Selected meters answer at FD with their own primary address in A.
        const bool addressOk = m_requestAddress == kNetworkLayerAddress ||
                               m_requestAddress == kBroadcastWithReply || frame.a == m_requestAddress;
        if (rspUd && addressOk && m_expect != Expect::Ack && m_expect != Expect::Nothing) {
            m_answer = std::move(extracted->bytes);
            reply = Reply::Answer;
        } else {
            ++m_unexpected;
        }
    }
    noteLine(now);
    return reply;
}

MasterAction MbusMaster::onBytes(std::span<const std::uint8_t> bytes, Instant now) {
    if (m_finished || !m_started)
        return {};
    if (m_pausing) {
        // Stragglers during the pause belong to the previous answer; the next send resets the
        // extractor, so only the log sees them.
        m_extractor.feed(bytes);
        while (auto f = m_extractor.next())
            event(MasterEvent::Kind::Received, now, f->bytes);
        noteLine(now);
        return {{}, m_deadline};
    }
    m_extractor.feed(bytes);
    if (auto reply = pullReply(now))
        return completeAttempt(reply, now);
    if (!bytes.empty()) {
        // Something is on the line: an answer, the rest of one, noise or several meters at once.
        // A meter sends its characters back to back, so once the line stays quiet for
        // quietAfterBytes() nothing more belongs to this answer and the attempt is decided; never
        // before the window ends (an answer may follow noise), never past one longest frame after
        // it (a babbling line cannot hold the bus).
        m_deadline = std::min(std::max(m_windowEnd, now + m_timing.quietAfterBytes()), m_hardDeadline);
    }
    return {{}, m_deadline};
}

MasterAction MbusMaster::onTimeout(Instant now) {
    if (m_finished || !m_started)
        return {};
    if (m_pausing)
        return sendCurrent(now);
    // The line went quiet: bytes that wait for the rest of a frame will not get it.
    m_extractor.flush();
    return completeAttempt(pullReply(now), now);
}

void MbusMaster::cancel() {
    if (m_finished)
        return;
    finish(MasterError::Cancelled);
}

MasterAction MbusMaster::finish(MasterError e) {
    m_finished = true;
    m_error = e;
    m_pausing = false;
    m_deadline.reset();
    return {};
}

MasterError MbusMaster::failureError() const {
    if (m_anyChecksum)
        return MasterError::Checksum;
    return m_anyGarbled ? MasterError::Garbled : MasterError::Timeout;
}

MasterAction MbusMaster::completeAttempt(std::optional<Reply> reply, Instant now) {
    if (reply)
        return onReply(*reply, now);
    const auto& s = m_extractor.stats();
    const bool checksum = s.checksumErrors > m_attemptBase.checksumErrors;
    const bool garbled = checksum || s.garbageBytes > m_attemptBase.garbageBytes || m_unexpected > 0;
    m_anyChecksum = m_anyChecksum || checksum;
    m_anyGarbled = m_anyGarbled || garbled;
    event(MasterEvent::Kind::Timeout, now);
    if (m_expect == Expect::Nothing)
        return onReply(Reply::Silent, now);
    const bool scanning = m_step == Step::ScanSelect || m_step == Step::ScanRead || m_step == Step::Probe;
    // In a scan, silence is an answer (nobody matches) and costs one window; garbage may be
    // noise, so it is asked again before it counts as a collision.
    const int retries = scanning ? (garbled ? std::max(1, m_timing.retries) : 0) : m_timing.retries;
    if (m_attempt <= retries)
        return sendCurrent(now); // same bytes, same FCB: a meter whose answer was lost repeats it
    if (scanning)                // the last attempt decides: noise followed by silence is silence
        return onReply(garbled ? Reply::Garbled : Reply::Silent, now);
    return onReply(m_anyGarbled ? Reply::Garbled : Reply::Silent, now);
}

MasterAction MbusMaster::onReply(Reply reply, Instant now) {
    if (std::holds_alternative<ReadMeterJob>(m_job))
        return onReadReply(reply, now);
    if (std::holds_alternative<ResetJob>(m_job))
        return onResetReply(reply, now);
    if (std::holds_alternative<ProbeJob>(m_job)) {
        m_probeResult = reply == Reply::Silent    ? ProbeResult::Nothing
                        : reply == Reply::Garbled ? ProbeResult::Garbled
                                                  : ProbeResult::Found;
        return finish(MasterError::None);
    }
    return onScanReply(reply, now);
}

MasterAction MbusMaster::onReadReply(Reply reply, Instant now) {
    const auto& read = std::get<ReadMeterJob>(m_job);
    const bool answered = reply == Reply::Ack || reply == Reply::Answer;
    switch (m_step) {
    case Step::ResetLink:
        if (read.secondary) // FD: answered by whoever was selected, or by nobody
            return exchange(Step::Select, selectSecondary(*read.secondary), Expect::Ack, now, answered);
        if (!answered)
            return finish(failureError());
        m_fcb = true; // the meter expects a toggled FCB after the reset, starting with 1
        return startRequest(now, true);
    case Step::Select:
        if (reply == Reply::Ack)
            return startRequest(now, true);
        return finish(reply == Reply::Garbled ? MasterError::Collision : MasterError::NotSelected);
    case Step::Request: {
        if (reply != Reply::Answer)
            return finish(failureError());
        m_telegrams.push_back(m_answer);
        m_fcb = !m_fcb;
        bool more = false;
        auto parsed = parseFrame(m_telegrams.back());
        Telegram t;
        if (const auto* frame = std::get_if<Frame>(&parsed); frame && !decodeTelegram(*frame, t))
            more = t.moreRecordsFollow;
        const bool wantMore =
            more && read.allTelegrams && static_cast<int>(m_telegrams.size()) < m_timing.maxTelegrams;
        if (!wantMore)
            return finish(MasterError::None);
        return startRequest(now, true);
    }
    default:
        return finish(MasterError::None);
    }
}

MasterAction MbusMaster::onResetReply(Reply reply, Instant now) {
    const auto& reset = std::get<ResetJob>(m_job);
    const bool answered = reply == Reply::Ack || reply == Reply::Answer;
    const auto applicationReset = [&] {
        if (!reset.application)
            return finish(MasterError::None);
        // The first FCB-counting frame after SND_NKE carries FCB 1; the meter then expects 0.
        m_fcb = false;
        return exchange(Step::ApplicationReset, mbus::applicationReset(targetAddress(), std::nullopt, true),
                        Expect::Ack, now, true);
    };
    switch (m_step) {
    case Step::ResetLink:
        if (reset.secondary) // FD: answered by whoever was selected, or by nobody
            return exchange(Step::Select, selectSecondary(*reset.secondary), Expect::Ack, now, answered);
        if (!answered)
            return finish(failureError());
        return applicationReset();
    case Step::Select:
        if (reply == Reply::Ack)
            return applicationReset();
        return finish(reply == Reply::Garbled ? MasterError::Collision : MasterError::NotSelected);
    case Step::ApplicationReset:
        return finish(answered ? MasterError::None : failureError());
    default:
        return finish(MasterError::None);
    }
}

void MbusMaster::split(const SecondaryAddress& mask, bool collision, Instant now) {
    if (collision) {
        ++m_collisions;
        event(MasterEvent::Kind::Collision, now, {}, 0);
    }
    int pos = 0;
    while (pos < 8 && idDigit(mask, pos) != 0x0F)
        ++pos;
    // Children are pushed from the highest value down, so the stack hands them out in ascending
    // order.
    if (pos < 8) {
        const int last = std::get<SecondaryScanJob>(m_job).hexDigits ? 0x0E : 9;
        for (int d = last; d >= 0; --d) {
            SecondaryAddress child = mask;
            setIdDigit(child, pos, static_cast<std::uint8_t>(d));
            m_scanStack.push_back(child);
        }
        return;
    }
    // The whole id and still several meters: they share it and differ in medium or version, which
    // EN 13757-3 lets a selection wildcard byte-wise (FF), so each value is asked for. The
    // manufacturer is wildcarded only as a whole on most meters (FFFF); trying every one of the
    // 17,576 codes would take an hour at 2400 Bd, so meters that differ in it alone stay unresolved.
    std::uint8_t SecondaryAddress::*field = mask.medium == 0xFF    ? &SecondaryAddress::medium
                                            : mask.version == 0xFF ? &SecondaryAddress::version
                                                                   : nullptr;
    if (!field) {
        m_unresolved.push_back(mask);
        return;
    }
    for (int value = 0xFE; value >= 0; --value) {
        SecondaryAddress child = mask;
        child.*field = static_cast<std::uint8_t>(value);
        m_scanStack.push_back(child);
    }
}

MasterAction MbusMaster::nextScanNode(Instant now, bool afterAnswer) {
    if (m_scanStack.empty())
        return finish(MasterError::None);
    m_scanNode = m_scanStack.back();
    m_scanStack.pop_back();
    return exchange(Step::ScanSelect, selectSecondary(m_scanNode), Expect::Ack, now, afterAnswer);
}

MasterAction MbusMaster::onScanReply(Reply reply, Instant now) {
    if (m_step == Step::ScanSelect) {
        ++m_selections;
        if (reply == Reply::Ack)
            return exchange(Step::ScanRead, reqUd2(kNetworkLayerAddress, m_fcb), Expect::Answer, now, true);
        if (reply == Reply::Garbled)
            split(m_scanNode, true, now);
        return nextScanNode(now, reply != Reply::Silent);
    }
    // ScanRead. Two meters that acknowledge together often leave one clean E5 on the line; their
    // telegrams cannot overlap cleanly, so only the read proves the selection held one meter.
    if (reply == Reply::Answer) {
        m_fcb = !m_fcb;
        FoundMeter found;
        found.address = secondaryOf(m_answer).value_or(m_scanNode);
        auto parsed = parseFrame(m_answer);
        found.primary = std::get<Frame>(parsed).a;
        found.frame = m_answer;
        const bool seen = std::any_of(m_found.begin(), m_found.end(),
                                      [&](const FoundMeter& f) { return f.address == found.address; });
        if (!seen)
            m_found.push_back(std::move(found));
        return nextScanNode(now, true);
    }
    // Garbled: several meters. Silent after an acknowledgement: unclear, so look closer; a
    // complete id that still says nothing ends up unresolved.
    split(m_scanNode, reply == Reply::Garbled, now);
    return nextScanNode(now, reply != Reply::Silent);
}

std::vector<std::uint8_t> MbusMaster::rawFrames() const {
    std::vector<std::uint8_t> out;
    for (const auto& t : m_telegrams)
        out.insert(out.end(), t.begin(), t.end());
    return out;
}

} // namespace heatdesk::mbus
