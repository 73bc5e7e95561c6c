// SPDX-License-Identifier: GPL-3.0-or-later
// Vendor DTU framings without sockets: the packets of the published examples, packets split and
// merged across TCP reads, and the ways a peer can get them wrong.
#include "link/DtuFraming.h"

#include <gtest/gtest.h>

using namespace heatdesk::link;

namespace {

using Outcome = DtuIdentification::Outcome;
using Side = DtuFrameCodec::Side;

const QByteArray kDdpId = QByteArrayLiteral("13900000000");
// Hongdian DDP register and its answer as printed in the spec summaries and captured in code:
// ID "13900000000", IP 172.24.106.2, port 5001.
const QByteArray kDdpRegister = QByteArray::fromHex("7B0100163133393030303030303030AC186A0213897B");
const QByteArray kDdpRegisterOk = QByteArray::fromHex("7B8100103133393030303030303030"
                                                      "7B");
// Four-Faith PROT registration from its manual: ID 78563412, phone 13066668888, IP 192.168.1.66.
const QByteArray kFfRegister = QByteArray::fromHex("78563412313330363636363838383800C0A8014200");
const QByteArray kMbusReq = QByteArray::fromHex("105B087B16"); // REQ_UD2 to address 8 (has a 7B)

QByteArray ddp(const char* typeHex, const QByteArray& id, const QByteArray& data) {
    QByteArray p = QByteArray::fromHex(typeHex);
    const int length = 16 + int(data.size());
    p.prepend('\x7B');
    p.append(char(length >> 8)).append(char(length & 0xFF)).append(id).append(data).append('\x7B');
    return p;
}

// Feeds `wire` in pieces of `step` bytes and gathers everything the codec said.
DtuFrameCodec::Output feedInSteps(DtuFrameCodec& codec, const QByteArray& wire, int step) {
    DtuFrameCodec::Output all;
    for (qsizetype at = 0; at < wire.size(); at += step) {
        const auto out =
            codec.feed(QByteArrayView(wire).sliced(at, std::min<qsizetype>(step, wire.size() - at)));
        all.data += out.data;
        all.reply += out.reply;
        all.problems += out.problems;
        all.registered = all.registered || out.registered;
        all.loggedOut = all.loggedOut || out.loggedOut;
    }
    return all;
}

} // namespace

TEST(DtuFraming, NamesRoundTrip) {
    for (const auto f : {DtuFraming::Plain, DtuFraming::HongdianDdp, DtuFraming::FourFaith})
        EXPECT_EQ(dtuFramingFromName(dtuFramingName(f)), f);
    EXPECT_EQ(dtuFramingName(DtuFraming::HongdianDdp), "hongdian-ddp");
    EXPECT_FALSE(dtuFramingFromName("ddp").has_value());
}

TEST(DtuFraming, DdpRegistrationOfTheSpecIsIdentifiedAndAnswered) {
    const auto found =
        identifyFramedDtu(kDdpRegister + kMbusReq, DtuFraming::HongdianDdp, DtuIdRules::Format::Ascii, false);
    ASSERT_EQ(found.outcome, Outcome::Identified) << found.reason.toStdString();
    EXPECT_EQ(found.id, "13900000000");
    EXPECT_EQ(found.consumed, 22);
    // On a hex server the ASCII ID is its hex text, as Station maps ASCII channels there.
    EXPECT_EQ(identifyFramedDtu(kDdpRegister, DtuFraming::HongdianDdp, DtuIdRules::Format::Hex, false).id,
              "3133393030303030303030");

    const DtuFrameCodec centre(DtuFraming::HongdianDdp, Side::Centre, kDdpId);
    EXPECT_EQ(centre.registrationReply(), kDdpRegisterOk);
    const DtuFrameCodec dtu(DtuFraming::HongdianDdp, Side::Dtu, kDdpId);
    EXPECT_EQ(dtu.registration(0xAC186A02, 5001, {}), kDdpRegister);
}

TEST(DtuFraming, DdpRegistrationSplitWaitsAndMisfitsAreRefused) {
    for (qsizetype n = 0; n < kDdpRegister.size(); ++n)
        EXPECT_EQ(
            identifyFramedDtu(kDdpRegister.first(n), DtuFraming::HongdianDdp, DtuIdRules::Format::Ascii, true)
                .outcome,
            Outcome::NeedMore)
            << n;
    auto reason = [](const QByteArray& bytes) {
        const auto r = identifyFramedDtu(bytes, DtuFraming::HongdianDdp, DtuIdRules::Format::Ascii, false);
        EXPECT_EQ(r.outcome, Outcome::Invalid);
        return r.reason.toStdString();
    };
    EXPECT_EQ(reason("DTU00001"), "not a DDP packet (first byte 44, not 7B)");
    EXPECT_EQ(reason(ddp("09", kDdpId, "x")), "DDP packet type 09 before the registration (01)");
    QByteArray badEnd = kDdpRegister;
    badEnd.back() = '\x7C';
    EXPECT_EQ(reason(badEnd), "DDP registration does not end with 7B");
    QByteArray badLength = kDdpRegister;
    badLength[3] = '\x05';
    EXPECT_EQ(reason(badLength), "DDP registration length 5 outside 16..1040");
    QByteArray badId = kDdpRegister;
    badId[6] = '\0';
    EXPECT_EQ(reason(badId), "the DDP ID is not printable ASCII");
}

TEST(DtuFraming, DdpDataIsUnwrappedHoweverTcpCutsIt) {
    const QByteArray wire = ddp("09", kDdpId, kMbusReq) +
                            ddp("01", kDdpId, QByteArray::fromHex("AC186A021389")) + ddp("05", kDdpId, {}) +
                            ddp("09", kDdpId, QByteArray(300, '\x7B'));
    for (const int step : {1, 2, 7, 16, 1000}) {
        DtuFrameCodec centre(DtuFraming::HongdianDdp, Side::Centre, kDdpId);
        const auto out = feedInSteps(centre, wire, step);
        EXPECT_EQ(out.data, kMbusReq + QByteArray(300, '\x7B')) << step;
        EXPECT_EQ(out.reply, kDdpRegisterOk) << "the heartbeat (01 again) is answered with 81, step " << step;
        EXPECT_TRUE(out.problems.isEmpty()) << out.problems.join("; ").toStdString();
        EXPECT_EQ(centre.buffered(), 0);
    }
}

TEST(DtuFraming, DdpWrapsBothWaysAndSplitsLongData) {
    const DtuFrameCodec centre(DtuFraming::HongdianDdp, Side::Centre, kDdpId);
    EXPECT_EQ(centre.wrap(kMbusReq), ddp("89", kDdpId, kMbusReq));
    const QByteArray big(2500, 'a');
    const QByteArray wire = centre.wrap(big);
    EXPECT_EQ(wire.size(), 2500 + 3 * 16);
    DtuFrameCodec dtu(DtuFraming::HongdianDdp, Side::Dtu, kDdpId);
    const auto out = dtu.feed(wire + kDdpRegisterOk);
    EXPECT_EQ(out.data, big);
    EXPECT_TRUE(out.registered);
    EXPECT_EQ(DtuFrameCodec(DtuFraming::HongdianDdp, Side::Dtu, kDdpId).wrap("x"), ddp("09", kDdpId, "x"));
}

TEST(DtuFraming, DdpGarbageWrongLengthBadEndUnknownTypeAreDroppedAndNamed) {
    DtuFrameCodec centre(DtuFraming::HongdianDdp, Side::Centre, kDdpId);
    const QByteArray good = ddp("09", kDdpId, "ok");
    auto out = centre.feed("noise" + good);
    EXPECT_EQ(out.data, "ok");
    EXPECT_EQ(out.problems, QStringList{"5 bytes outside DDP packets dropped"});

    QByteArray badEnd = ddp("09", kDdpId, "lost");
    badEnd.back() = '\0';
    out = centre.feed(badEnd + good);
    EXPECT_EQ(out.data, "ok");
    EXPECT_EQ(out.problems.front(), "DDP packet of 20 bytes does not end with 7B");

    out = centre.feed(QByteArray::fromHex("7B09FFFF") + good);
    EXPECT_EQ(out.data, "ok");
    EXPECT_EQ(out.problems.front(), "DDP length 65535 outside 16..1040");

    out = centre.feed(ddp("42", kDdpId, "??") + ddp("09", "13900000001", "other") + good);
    EXPECT_EQ(out.data, "ok");
    ASSERT_GE(out.problems.size(), 2);
    EXPECT_EQ(out.problems[0], "DDP packet type 42 ignored");
    EXPECT_EQ(out.problems[1], "DDP header with another DTU ID '3133393030303030303031'");
    EXPECT_EQ(centre.buffered(), 0);
}

TEST(DtuFraming, DdpNoiseThatLooksLikeAHeaderDoesNotHoldTheRealPacketBack) {
    DtuFrameCodec centre(DtuFraming::HongdianDdp, Side::Centre, kDdpId);
    // A flag, a type and a plausible length in line noise, then the real packet: without the ID
    // check the codec would wait for 0x200 bytes.
    const auto out = centre.feed(QByteArray::fromHex("7B090200") + ddp("09", kDdpId, kMbusReq));
    EXPECT_EQ(out.data, kMbusReq);
    EXPECT_EQ(centre.buffered(), 0);
}

TEST(DtuFraming, DdpHoldsAtMostOnePacketWhateverArrives) {
    DtuFrameCodec centre(DtuFraming::HongdianDdp, Side::Centre, kDdpId);
    // A header of this DTU that promises the longest packet, then a flood of flag bytes.
    (void)centre.feed(QByteArray::fromHex("7B090410") + kDdpId);
    for (int i = 0; i < 100; ++i) {
        (void)centre.feed(QByteArray(4096, '\x7B'));
        EXPECT_LE(centre.buffered(), 1040);
    }
}

TEST(DtuFraming, DdpLogoutIsAnsweredAndEndsTheSession) {
    DtuFrameCodec centre(DtuFraming::HongdianDdp, Side::Centre, kDdpId);
    const auto out = centre.feed(ddp("02", kDdpId, {}));
    EXPECT_TRUE(out.loggedOut);
    EXPECT_EQ(out.reply, ddp("82", kDdpId, {}));
    DtuFrameCodec dtu(DtuFraming::HongdianDdp, Side::Dtu, kDdpId);
    EXPECT_TRUE(dtu.feed(out.reply).loggedOut);
}

TEST(DtuFraming, FourFaithRegistrationOfTheManual) {
    const auto found =
        identifyFramedDtu(kFfRegister + kMbusReq, DtuFraming::FourFaith, DtuIdRules::Format::Ascii, false);
    ASSERT_EQ(found.outcome, Outcome::Identified) << found.reason.toStdString();
    EXPECT_EQ(found.id, "78563412");
    EXPECT_EQ(found.consumed, 21);
    const DtuFrameCodec dtu(DtuFraming::FourFaith, Side::Dtu, QByteArray::fromHex("78563412"));
    EXPECT_EQ(dtu.registration(0xC0A80142, 0, "13066668888"), kFfRegister);
    EXPECT_EQ(dtu.heartbeat(0, 0, {}), QByteArray::fromHex("FE"));
    EXPECT_TRUE(DtuFrameCodec(DtuFraming::FourFaith, Side::Centre, {}).registrationReply().isEmpty());

    for (qsizetype n = 0; n < kFfRegister.size(); ++n) {
        EXPECT_EQ(
            identifyFramedDtu(kFfRegister.first(n), DtuFraming::FourFaith, DtuIdRules::Format::Hex, false)
                .outcome,
            Outcome::NeedMore);
        EXPECT_EQ(
            identifyFramedDtu(kFfRegister.first(n), DtuFraming::FourFaith, DtuIdRules::Format::Hex, true)
                .outcome,
            Outcome::Invalid);
    }
    // A plain ASCII ID with an M-Bus frame behind it misfits at the frame's length byte.
    const auto plain = identifyFramedDtu("DTU00001" + QByteArray::fromHex("6815156808"),
                                         DtuFraming::FourFaith, DtuIdRules::Format::Hex, false);
    EXPECT_EQ(plain.outcome, Outcome::Invalid);
    EXPECT_EQ(plain.reason.toStdString(), "not a Four-Faith registration (phone number byte 9 is 15)");
}

TEST(DtuFraming, FourFaithEscapesHoweverTcpCutsIt) {
    const QByteArray payload = QByteArray::fromHex("68FD16FEFDFE00");
    const DtuFrameCodec dtu(DtuFraming::FourFaith, Side::Dtu, QByteArray::fromHex("78563412"));
    const QByteArray wire = dtu.wrap(payload);
    EXPECT_EQ(wire, QByteArray::fromHex("68FDED16FDEEFDEDFDEE00"));
    for (const int step : {1, 2, 3, 100}) {
        DtuFrameCodec centre(DtuFraming::FourFaith, Side::Centre, QByteArray::fromHex("78563412"));
        // Heartbeats (FE) fall between and inside the escaped bytes' reads.
        const auto out = feedInSteps(centre, "\xFE" + wire + "\xFE", step);
        EXPECT_EQ(out.data, payload) << step;
        EXPECT_TRUE(out.reply.isEmpty());
        EXPECT_TRUE(out.problems.isEmpty());
    }
    DtuFrameCodec centre(DtuFraming::FourFaith, Side::Centre, QByteArray::fromHex("78563412"));
    const auto out = centre.feed(QByteArray::fromHex("01FD0203"));
    EXPECT_EQ(out.data, QByteArray::fromHex("0103"));
    EXPECT_EQ(out.problems, QStringList{"escape FD before 02 dropped"});
}
