// SPDX-License-Identifier: GPL-3.0-or-later
// The sans-I/O M-Bus master against scripted fake meters on a simulated clock: every deadline the
// master asks for is honoured exactly, so time budgets can be checked to the microsecond.
#include "mbus/MbusMaster.h"

#include "mbus/Telegram.h"

#include <gtest/gtest.h>
#include <map>
#include <string>

// Designated initializers name only what a test cares about; the rest keeps its default on purpose.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

using namespace heatdesk::mbus;
using namespace std::chrono_literals;

namespace {

std::vector<std::uint8_t> header(const SecondaryAddress& s) {
    return {s.id[0],
            s.id[1],
            s.id[2],
            s.id[3],
            static_cast<std::uint8_t>(s.manufacturer & 0xFF),
            static_cast<std::uint8_t>(s.manufacturer >> 8),
            s.version,
            s.medium,
            0x2A,
            0,
            0,
            0};
}

SecondaryAddress secondary(const std::string& id, std::uint16_t manufacturer = 0x0442) {
    auto s = *SecondaryAddress::fromText(id);
    s.manufacturer = manufacturer;
    s.version = 1;
    s.medium = 4;
    return s;
}

bool matches(const SecondaryAddress& mask, const SecondaryAddress& meter) {
    for (int pos = 0; pos < 8; ++pos)
        if (idDigit(mask, pos) != 0x0F && idDigit(mask, pos) != idDigit(meter, pos))
            return false;
    return (mask.manufacturer == 0xFFFF || mask.manufacturer == meter.manufacturer) &&
           (mask.version == 0xFF || mask.version == meter.version) &&
           (mask.medium == 0xFF || mask.medium == meter.medium);
}

// A wired meter as EN 13757-2 describes it: answers SND_NKE with E5, selections with E5 when
// they match, REQ_UD2 with its telegrams (FCB toggled: next telegram; FCB repeated: the same).
struct FakeMeter {
    std::uint8_t primary = 1;
    SecondaryAddress address = secondary("12345678");
    int telegramCount = 1;
    int dropAnswers = 0;    // the first N answers are lost on the line
    int corruptAnswers = 0; // the first N answers arrive with a bad checksum

    bool selected = false;
    int applicationResets = 0;
    std::optional<bool> lastFcb;
    int current = -1;
    std::vector<bool> fcbsSeen;

    std::vector<std::uint8_t> telegram(int index) const {
        auto user = header(address);
        const std::uint8_t energy = static_cast<std::uint8_t>(0x10 + index);
        for (std::uint8_t b : {std::uint8_t(0x0C), std::uint8_t(0x06), energy, std::uint8_t(0x00),
                               std::uint8_t(0x00), std::uint8_t(0x00)})
            user.push_back(b);
        if (index + 1 < telegramCount)
            user.push_back(0x1F);
        return *buildLongFrame(0x08, primary, ci::VariableLong, user);
    }

    std::optional<std::vector<std::uint8_t>> answer(std::vector<std::uint8_t> bytes) {
        if (dropAnswers > 0) {
            --dropAnswers;
            return std::nullopt;
        }
        if (corruptAnswers > 0 && bytes.size() > 2) {
            --corruptAnswers;
            bytes[bytes.size() - 2] ^= 0x01;
        }
        return bytes;
    }

    std::optional<std::vector<std::uint8_t>> handle(const Frame& f) {
        const bool forMe = f.a == primary || (f.a == kNetworkLayerAddress && selected);
        if (f.kind == FrameKind::Short && f.c == control::SndNke) {
            if (f.a == kNetworkLayerAddress)
                selected = false;
            if (!forMe)
                return std::nullopt;
            lastFcb.reset();
            current = -1;
            return answer({kAck});
        }
        if (f.kind == FrameKind::Long && f.a == kNetworkLayerAddress && f.ci == 0x52) {
            SecondaryAddress mask;
            const auto& d = f.userData;
            mask.id = {d[0], d[1], d[2], d[3]};
            mask.manufacturer = static_cast<std::uint16_t>(d[4] | (d[5] << 8));
            mask.version = d[6];
            mask.medium = d[7];
            selected = matches(mask, address);
            return selected ? answer({kAck}) : std::nullopt;
        }
        if ((f.kind == FrameKind::Long || f.kind == FrameKind::Control) && f.ci == ci::ApplicationReset &&
            forMe) {
            ++applicationResets;
            current = -1;
            return answer({kAck});
        }
        if (f.kind == FrameKind::Short && (f.c & 0xCF) == 0x4B && forMe) {
            const bool fcb = (f.c & control::Fcb) != 0;
            fcbsSeen.push_back(fcb);
            if (!lastFcb || *lastFcb != fcb || current < 0)
                current = (current + 1) % telegramCount;
            lastFcb = fcb;
            return answer(telegram(current));
        }
        return std::nullopt;
    }
};

struct Noise {
    std::vector<std::uint8_t> before; // bytes that precede every answer (line noise)
    bool echo = false;                // the level converter echoes each request
    Micros delay = 20ms;              // meter turnaround
    std::vector<std::uint8_t> burst;  // garbage on the line after the next `bursts` requests
    int bursts = 0;
};

// Runs a master to the end on a simulated clock. Several meters answering at once overlap: equal
// bytes survive (two E5 look like one), different bytes become a mess.
struct Bus {
    std::vector<FakeMeter> meters;
    Noise noise;
    Instant t0 = Instant{} + 1h;
    Instant now = t0;
    std::vector<std::vector<std::uint8_t>> requests;

    std::vector<std::uint8_t> line(const std::vector<std::uint8_t>& request) {
        requests.push_back(request);
        auto parsed = parseFrame(request);
        std::vector<std::vector<std::uint8_t>> answers;
        for (auto& m : meters)
            if (auto a = m.handle(std::get<Frame>(parsed)))
                answers.push_back(*a);
        std::vector<std::uint8_t> out;
        if (noise.echo)
            out = request;
        if (noise.bursts > 0) {
            --noise.bursts;
            out.insert(out.end(), noise.burst.begin(), noise.burst.end());
        }
        if (answers.empty())
            return out;
        out.insert(out.end(), noise.before.begin(), noise.before.end());
        std::vector<std::uint8_t> merged = answers[0];
        for (std::size_t i = 1; i < answers.size(); ++i) {
            merged.resize(std::max(merged.size(), answers[i].size()), 0);
            for (std::size_t j = 0; j < answers[i].size(); ++j)
                merged[j] &= answers[i][j]; // a wired-AND bus: dominant zeros
        }
        out.insert(out.end(), merged.begin(), merged.end());
        return out;
    }

    void run(MbusMaster& master) {
        MasterAction action = master.start(now);
        int guard = 0;
        while (!master.finished() && ++guard < 100000) {
            ASSERT_TRUE(action.deadline.has_value());
            std::vector<std::uint8_t> reply;
            if (!action.send.empty())
                reply = line(action.send);
            const Instant arrives = now + noise.delay;
            if (!reply.empty() && arrives < *action.deadline) {
                now = arrives;
                action = master.onBytes(reply, now);
            } else {
                now = *action.deadline;
                action = master.onTimeout(now);
            }
        }
    }

    Micros elapsed() const { return std::chrono::duration_cast<Micros>(now - t0); }
};

MbusTiming timing(int retries = 2, std::uint32_t baud = 2400) {
    MbusTiming t;
    t.baud = baud;
    t.retries = retries;
    return t;
}

int count(const std::vector<MasterEvent>& events, MasterEvent::Kind kind) {
    return static_cast<int>(
        std::count_if(events.begin(), events.end(), [&](const MasterEvent& e) { return e.kind == kind; }));
}

} // namespace

TEST(MbusTimingTest, AnswerWindowFollowsTheBaudRate) {
    EXPECT_EQ(timing(0, 2400).answerWindow(), 137500us + 50ms);
    EXPECT_EQ(timing(0, 300).answerWindow(), 1100000us + 50ms);
    EXPECT_EQ(timing(0, 9600).answerWindow(), 34375us + 50ms);
    auto tcp = timing(0, 2400);
    tcp.latency = 1500ms;
    EXPECT_EQ(tcp.answerWindow(), 137500us + 50ms + 1500ms);
    EXPECT_EQ(timing(0, 2400).byteTime(), 4584us); // 11 bits, rounded up
}

TEST(MbusMasterTest, SilentAddressCostsExactlyTheMinimumWindow) {
    Bus bus;
    MbusMaster probe(ProbeJob{7, ProbeJob::Method::SndNke}, timing(0));
    bus.run(probe);
    EXPECT_EQ(probe.probeResult(), ProbeResult::Nothing);
    // 5 bytes of SND_NKE on the line (55 bit times), then 330 bit times + 50 ms, then the one
    // character in which an answer starting at the end of the window would arrive.
    EXPECT_EQ(bus.elapsed(), timing().bitTime(55) + 137500us + 50ms + 4584us);
    EXPECT_EQ(probe.requestsSent(), 1);

    // Silence is the answer of an empty address: retries are for garbled answers only.
    Bus bus2;
    MbusMaster retried(ProbeJob{7, ProbeJob::Method::SndNke}, timing(2));
    bus2.run(retried);
    EXPECT_EQ(bus2.elapsed(), timing().bitTime(55) + 137500us + 50ms + 4584us);
    EXPECT_EQ(retried.retries(), 0);
}

TEST(MbusMasterTest, AnAnswerStartingAtTheEndOfTheWindowIsHeard) {
    // The meter starts at the last instant the standard allows; its first character is complete
    // one character time later, and the master still listens then.
    Bus bus;
    bus.meters.push_back(FakeMeter{.primary = 5});
    bus.noise.delay = timing().bitTime(55) + timing().answerWindow() + timing().byteTime() - 1us;
    MbusMaster probe(ProbeJob{5, ProbeJob::Method::SndNke}, timing(0));
    bus.run(probe);
    EXPECT_EQ(probe.probeResult(), ProbeResult::Found);
    EXPECT_EQ(probe.requestsSent(), 1);
}

TEST(MbusMasterTest, ABrokenOffAnswerCostsTheQuietTimeNotALongestFrame) {
    // The start of a long frame, late in the window, and then nothing (the rest lost, or two
    // meters that drowned each other): the attempt ends once the line has been quiet for
    // quietAfterBytes(), not after the time the rest of a longest frame would need.
    Bus bus;
    bus.noise.burst = {0x68, 0x4D, 0x4D, 0x68, 0x08, 0x07};
    bus.noise.bursts = 1;
    bus.noise.delay = 180ms;
    MbusMaster probe(ProbeJob{7, ProbeJob::Method::SndNke}, timing(0));
    bus.run(probe);
    EXPECT_EQ(probe.probeResult(), ProbeResult::Nothing); // asked again: silence, so it was noise
    EXPECT_EQ(probe.requestsSent(), 2);
    EXPECT_EQ(timing().quietAfterBytes(), 3 * 4583us + 1us + 50ms); // 33 bit times, rounded up
    EXPECT_EQ(bus.elapsed(), 180ms + timing().quietAfterBytes() + timing().bitTime(55) +
                                 timing().answerWindow() + timing().byteTime());
}

TEST(MbusMasterTest, ProbeFindsAMeterByAckOrTelegram) {
    Bus bus;
    bus.meters.push_back(FakeMeter{.primary = 5});
    MbusMaster nke(ProbeJob{5, ProbeJob::Method::SndNke}, timing());
    bus.run(nke);
    EXPECT_EQ(nke.probeResult(), ProbeResult::Found);
    MbusMaster req(ProbeJob{5, ProbeJob::Method::ReqUd2}, timing());
    bus.run(req);
    EXPECT_EQ(req.probeResult(), ProbeResult::Found);
}

TEST(MbusMasterTest, ProbeWithTwoMetersOnOneAddressIsGarbledNotFound) {
    Bus bus;
    bus.meters.push_back(FakeMeter{.primary = 5, .address = secondary("11111111")});
    bus.meters.push_back(FakeMeter{.primary = 5, .address = secondary("22222222")});
    MbusMaster req(ProbeJob{5, ProbeJob::Method::ReqUd2}, timing(1));
    bus.run(req);
    EXPECT_EQ(req.probeResult(), ProbeResult::Garbled);
}

TEST(MbusMasterTest, ProbeTreatsOneBurstOfNoiseAsNoise) {
    Bus bus;
    bus.noise.burst = {0x00, 0x33, 0x10, 0x99};
    bus.noise.bursts = 1;
    MbusMaster probe(ProbeJob{7, ProbeJob::Method::SndNke}, timing(0));
    bus.run(probe);
    EXPECT_EQ(probe.probeResult(), ProbeResult::Nothing);
    EXPECT_EQ(probe.requestsSent(), 2);
}

TEST(MbusMasterTest, ReadsOneTelegramAndTogglesFcb) {
    Bus bus;
    bus.meters.push_back(FakeMeter{.primary = 3});
    MbusMaster read(ReadMeterJob{.address = 3, .sndNkeFirst = true}, timing());
    bus.run(read);
    ASSERT_TRUE(read.ok()) << masterErrorName(read.error());
    ASSERT_EQ(read.telegrams().size(), 1u);
    EXPECT_EQ(bus.requests.size(), 2u); // SND_NKE, REQ_UD2
    EXPECT_EQ(bus.requests[0], sndNke(3));
    EXPECT_EQ(bus.requests[1], reqUd2(3, true));
    EXPECT_FALSE(read.nextFcb());
    Telegram t;
    const auto raw = read.rawFrames();
    ASSERT_FALSE(decodeFrames(raw, t));
    EXPECT_EQ(t.header.idBcd, 0x12345678u);

    // The next job continues where this one left off.
    MbusMaster again(ReadMeterJob{.address = 3, .fcb = read.nextFcb()}, timing());
    bus.run(again);
    EXPECT_TRUE(again.ok());
    EXPECT_EQ(bus.requests.back(), reqUd2(3, false));
}

TEST(MbusMasterTest, MultiTelegramReadoutUntilTheLastTelegram) {
    Bus bus;
    bus.meters.push_back(FakeMeter{.primary = 9, .telegramCount = 3});
    MbusMaster read(ReadMeterJob{.address = 9, .sndNkeFirst = true}, timing());
    bus.run(read);
    ASSERT_TRUE(read.ok());
    ASSERT_EQ(read.telegrams().size(), 3u);
    EXPECT_EQ(bus.meters[0].fcbsSeen, (std::vector<bool>{true, false, true}));
    Telegram t;
    const auto raw = read.rawFrames();
    ASSERT_FALSE(decodeFrames(raw, t));
    EXPECT_EQ(t.telegramCount, 3);
    EXPECT_FALSE(t.moreRecordsFollow);

    MbusMaster first(ReadMeterJob{.address = 9, .sndNkeFirst = true, .allTelegrams = false}, timing());
    bus.run(first);
    EXPECT_EQ(first.telegrams().size(), 1u);
}

TEST(MbusMasterTest, MultiTelegramStopsAtTheCap) {
    Bus bus;
    bus.meters.push_back(FakeMeter{.primary = 9, .telegramCount = 40});
    auto t = timing();
    t.maxTelegrams = 4;
    MbusMaster read(ReadMeterJob{.address = 9}, t);
    bus.run(read);
    EXPECT_TRUE(read.ok());
    EXPECT_EQ(read.telegrams().size(), 4u);
}

TEST(MbusMasterTest, LostAnswerIsRepeatedWithTheSameFcbAndNoTelegramIsSkipped) {
    Bus bus;
    bus.meters.push_back(FakeMeter{.primary = 9, .telegramCount = 3});
    MbusMaster reset(ReadMeterJob{.address = 9, .sndNkeFirst = true, .allTelegrams = false}, timing());
    bus.run(reset);
    ASSERT_TRUE(reset.ok());
    // The second telegram's answer gets lost once: the retry repeats FCB, the meter repeats it.
    bus.meters[0].dropAnswers = 1;
    MbusMaster read(ReadMeterJob{.address = 9, .fcb = reset.nextFcb()}, timing());
    bus.run(read);
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read.retries(), 1);
    ASSERT_EQ(read.telegrams().size(), 2u);
    EXPECT_EQ(read.telegrams()[0], bus.meters[0].telegram(1));
    EXPECT_EQ(read.telegrams()[1], bus.meters[0].telegram(2));
    EXPECT_EQ(bus.meters[0].fcbsSeen, (std::vector<bool>{true, false, false, true}));
}

TEST(MbusMasterTest, TimeoutAfterAllRetries) {
    Bus bus;
    MbusMaster read(ReadMeterJob{.address = 4}, timing(2));
    bus.run(read);
    EXPECT_EQ(read.error(), MasterError::Timeout);
    EXPECT_EQ(read.requestsSent(), 3);
    auto events = read.takeEvents();
    EXPECT_EQ(count(events, MasterEvent::Kind::Timeout), 3);
    EXPECT_EQ(count(events, MasterEvent::Kind::Retry), 2);
    EXPECT_EQ(bus.elapsed(), 3 * (timing().bitTime(55) + timing().answerWindow() + timing().byteTime()));
}

TEST(MbusMasterTest, ChecksumErrorsAreRetriedThenReported) {
    Bus bus;
    bus.meters.push_back(FakeMeter{.primary = 4, .corruptAnswers = 1});
    MbusMaster recovered(ReadMeterJob{.address = 4}, timing(2));
    bus.run(recovered);
    EXPECT_TRUE(recovered.ok());
    EXPECT_EQ(recovered.retries(), 1);

    bus.meters[0].corruptAnswers = 10;
    MbusMaster failed(ReadMeterJob{.address = 4}, timing(2));
    bus.run(failed);
    EXPECT_EQ(failed.error(), MasterError::Checksum);
    EXPECT_EQ(failed.requestsSent(), 3);
    EXPECT_EQ(count(failed.takeEvents(), MasterEvent::Kind::ChecksumError), 3);
}

TEST(MbusMasterTest, EchoOfTheRequestIsIgnored) {
    Bus bus;
    bus.noise.echo = true;
    bus.meters.push_back(FakeMeter{.primary = 2, .telegramCount = 2});
    MbusMaster read(ReadMeterJob{.address = 2, .sndNkeFirst = true}, timing(0));
    bus.run(read);
    ASSERT_TRUE(read.ok()) << masterErrorName(read.error());
    EXPECT_EQ(read.telegrams().size(), 2u);
    const auto events = read.takeEvents();
    EXPECT_EQ(count(events, MasterEvent::Kind::Echo), 3);
    EXPECT_EQ(count(events, MasterEvent::Kind::Garbage), 0);
}

TEST(MbusMasterTest, NoiseBeforeTheAnswerIsSkippedWithoutRetry) {
    Bus bus;
    bus.noise.before = {0x00, 0x68, 0xFF, 0x10, 0x33};
    bus.meters.push_back(FakeMeter{.primary = 2});
    MbusMaster read(ReadMeterJob{.address = 2}, timing(0));
    bus.run(read);
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read.retries(), 0);
    EXPECT_EQ(count(read.takeEvents(), MasterEvent::Kind::Collision), 0);
}

TEST(MbusMasterTest, ReadsBySecondaryAddress) {
    Bus bus;
    bus.meters.push_back(FakeMeter{.primary = 0, .address = secondary("11111111")});
    bus.meters.push_back(FakeMeter{.primary = 0, .address = secondary("22222222"), .telegramCount = 2});
    MbusMaster read(ReadMeterJob{.secondary = *SecondaryAddress::fromText("22222222"), .sndNkeFirst = true},
                    timing());
    bus.run(read);
    ASSERT_TRUE(read.ok()) << masterErrorName(read.error());
    ASSERT_EQ(read.telegrams().size(), 2u);
    EXPECT_EQ(secondaryOf(read.telegrams()[0])->id, secondary("22222222").id);
    EXPECT_EQ(bus.requests[0], sndNke(kNetworkLayerAddress));
    EXPECT_EQ(bus.requests[1], selectSecondary(*SecondaryAddress::fromText("22222222")));
    EXPECT_EQ(bus.requests[2], reqUd2(kNetworkLayerAddress, true));

    MbusMaster absent(ReadMeterJob{.secondary = *SecondaryAddress::fromText("33333333")}, timing(1));
    bus.run(absent);
    EXPECT_EQ(absent.error(), MasterError::NotSelected);
}

TEST(MbusMasterTest, ResetSendsSndNkeThenTheApplicationReset) {
    Bus bus;
    bus.meters.push_back(FakeMeter{.primary = 7});
    MbusMaster reset(ResetJob{.address = 7}, timing());
    bus.run(reset);
    ASSERT_TRUE(reset.ok()) << masterErrorName(reset.error());
    ASSERT_EQ(bus.requests.size(), 2u);
    EXPECT_EQ(bus.requests[0], sndNke(7));
    EXPECT_EQ(bus.requests[1], applicationReset(7, std::nullopt, true));
    EXPECT_EQ(bus.meters[0].applicationResets, 1);
    EXPECT_FALSE(reset.nextFcb()) << "after SND_NKE and one FCB frame the meter expects FCB 0";

    MbusMaster linkOnly(ResetJob{.address = 7, .application = false}, timing());
    bus.run(linkOnly);
    EXPECT_TRUE(linkOnly.ok());
    EXPECT_EQ(bus.requests.back(), sndNke(7));
    EXPECT_EQ(bus.meters[0].applicationResets, 1);

    MbusMaster absent(ResetJob{.address = 9}, timing(1));
    bus.run(absent);
    EXPECT_EQ(absent.error(), MasterError::Timeout);
}

TEST(MbusMasterTest, ResetBySecondaryAddressSelectsFirst) {
    Bus bus;
    bus.meters.push_back(FakeMeter{.primary = 0, .address = secondary("11111111")});
    bus.meters.push_back(FakeMeter{.primary = 0, .address = secondary("22222222")});
    MbusMaster reset(ResetJob{.secondary = *SecondaryAddress::fromText("22222222")}, timing());
    bus.run(reset);
    ASSERT_TRUE(reset.ok()) << masterErrorName(reset.error());
    ASSERT_EQ(bus.requests.size(), 3u);
    EXPECT_EQ(bus.requests[0], sndNke(kNetworkLayerAddress));
    EXPECT_EQ(bus.requests[1], selectSecondary(*SecondaryAddress::fromText("22222222")));
    EXPECT_EQ(bus.requests[2], applicationReset(kNetworkLayerAddress, std::nullopt, true));
    EXPECT_EQ(bus.meters[0].applicationResets, 0);
    EXPECT_EQ(bus.meters[1].applicationResets, 1);

    MbusMaster absent(ResetJob{.secondary = *SecondaryAddress::fromText("33333333")}, timing(1));
    bus.run(absent);
    EXPECT_EQ(absent.error(), MasterError::NotSelected);
}

TEST(MbusMasterTest, SecondaryReadOfADuplicateIdIsACollision) {
    Bus bus;
    bus.meters.push_back(FakeMeter{.primary = 1, .address = secondary("22222222", 0x0442)});
    bus.meters.push_back(FakeMeter{.primary = 2, .address = secondary("22222222", 0x2C2D)});
    MbusMaster read(ReadMeterJob{.secondary = *SecondaryAddress::fromText("22222222")}, timing(1));
    bus.run(read);
    // Both acknowledge (one clean E5 on the line), their telegrams collide: same length, so the
    // line shows a frame with a wrong checksum every time.
    EXPECT_EQ(read.error(), MasterError::Checksum);
    EXPECT_EQ(read.requestsSent(), 3); // select, REQ_UD2, its retry
}

TEST(MbusMasterTest, SecondaryScanOfAnEmptyBusCostsOneWindow) {
    Bus bus;
    MbusMaster scan(SecondaryScanJob{}, timing(0));
    bus.run(scan);
    EXPECT_TRUE(scan.ok());
    EXPECT_TRUE(scan.found().empty());
    EXPECT_EQ(scan.selections(), 1);
    EXPECT_EQ(bus.elapsed(), timing().bitTime(11 * 17) + timing().answerWindow() + timing().byteTime());
}

TEST(MbusMasterTest, SecondaryScanFindsALoneMeterWithoutSplitting) {
    Bus bus;
    bus.meters.push_back(FakeMeter{.primary = 0, .address = secondary("44556677")});
    MbusMaster scan(SecondaryScanJob{}, timing(0));
    bus.run(scan);
    ASSERT_EQ(scan.found().size(), 1u);
    EXPECT_EQ(scan.found()[0].address, secondary("44556677"));
    EXPECT_EQ(scan.selections(), 1);
    EXPECT_EQ(scan.collisions(), 0);
}

TEST(MbusMasterTest, SecondaryScanResolvesCollisionsCompletely) {
    const std::vector<std::string> ids = {"12345678", "12345679", "12345670", "87654321",
                                          "12000000", "99999999", "00000000", "12345608"};
    Bus bus;
    for (const auto& id : ids)
        bus.meters.push_back(FakeMeter{.primary = 0, .address = secondary(id)});
    MbusMaster scan(SecondaryScanJob{}, timing(0));
    bus.run(scan);
    ASSERT_TRUE(scan.ok());
    std::vector<std::string> found;
    for (const auto& f : scan.found())
        found.push_back(f.address.toText().substr(0, 8));
    std::sort(found.begin(), found.end());
    auto expected = ids;
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(found, expected);
    EXPECT_GT(scan.collisions(), 0);
    EXPECT_TRUE(scan.unresolved().empty());
}

TEST(MbusMasterTest, SecondaryScanAsksAgainAfterNoiseInsteadOfSplitting) {
    Bus bus;
    bus.noise.burst = {0x00, 0x33, 0x68, 0x01};
    bus.noise.bursts = 1;
    MbusMaster scan(SecondaryScanJob{}, timing(0));
    bus.run(scan);
    EXPECT_TRUE(scan.found().empty());
    EXPECT_EQ(scan.collisions(), 0);
    EXPECT_EQ(scan.selections(), 1);
    EXPECT_EQ(bus.requests.size(), 2u); // the select, asked once more
    const auto events = scan.takeEvents();
    EXPECT_EQ(count(events, MasterEvent::Kind::Garbage), 1);
    EXPECT_EQ(count(events, MasterEvent::Kind::Collision), 0);
}

TEST(MbusMasterTest, SecondaryScanWithHexDigitsFindsNonBcdIds) {
    SecondaryAddress odd = secondary("12345678");
    odd.id = {0xCD, 0xAB, 0x34, 0x12}; // printed 1234ABCD
    Bus bus;
    bus.meters.push_back(FakeMeter{.primary = 0, .address = odd});
    bus.meters.push_back(FakeMeter{.primary = 0, .address = secondary("12345678")});
    MbusMaster decimal(SecondaryScanJob{}, timing(0));
    bus.run(decimal);
    EXPECT_EQ(decimal.found().size(), 1u);

    MbusMaster hex(SecondaryScanJob{.hexDigits = true}, timing(0));
    bus.run(hex);
    ASSERT_EQ(hex.found().size(), 2u);
}

TEST(MbusMasterTest, SecondaryScanSplitsOnMediumAndVersionWhenMetersShareAnId) {
    auto meter = [](std::uint16_t manufacturer, std::uint8_t version, std::uint8_t medium) {
        SecondaryAddress a = secondary("55555555", manufacturer);
        a.version = version;
        a.medium = medium;
        return a;
    };
    const std::vector<SecondaryAddress> shared = {meter(0x0442, 1, 0x04), meter(0x2C2D, 7, 0x04),
                                                  meter(0x4CAE, 9, 0x0C), meter(0x4CAE, 9, 0x07)};
    Bus bus;
    std::uint8_t primary = 1;
    for (const auto& a : shared)
        bus.meters.push_back(FakeMeter{.primary = primary++, .address = a});
    bus.meters.push_back(FakeMeter{.primary = 9, .address = secondary("55555545")});
    MbusMaster scan(SecondaryScanJob{}, timing(0));
    bus.run(scan);
    ASSERT_TRUE(scan.ok());
    EXPECT_TRUE(scan.unresolved().empty());
    ASSERT_EQ(scan.found().size(), 5u);
    for (const auto& a : shared)
        EXPECT_TRUE(std::any_of(scan.found().begin(), scan.found().end(), [&](const FoundMeter& f) {
            return f.address == a;
        })) << a.toText();
}

TEST(MbusMasterTest, SecondaryScanReportsIdsThatCannotBeSplit) {
    // Same id, version and medium; only the manufacturer differs (wildcarded as a whole only).
    Bus bus;
    bus.meters.push_back(FakeMeter{.primary = 0, .address = secondary("55555555", 0x0442)});
    bus.meters.push_back(FakeMeter{.primary = 0, .address = secondary("55555555", 0x2C2D)});
    MbusMaster scan(SecondaryScanJob{}, timing(0));
    bus.run(scan);
    EXPECT_TRUE(scan.found().empty());
    ASSERT_EQ(scan.unresolved().size(), 1u);
    EXPECT_EQ(scan.unresolved()[0].toText().substr(0, 8), "55555555");
}

TEST(MbusMasterTest, CancelStopsAtOnce) {
    MbusMaster read(ReadMeterJob{.address = 1}, timing());
    auto action = read.start(Instant{});
    EXPECT_FALSE(action.send.empty());
    read.cancel();
    EXPECT_TRUE(read.finished());
    EXPECT_EQ(read.error(), MasterError::Cancelled);
    EXPECT_FALSE(read.onTimeout(Instant{} + 1s).deadline.has_value());
}
