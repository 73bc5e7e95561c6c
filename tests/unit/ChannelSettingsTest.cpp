// SPDX-License-Identifier: GPL-3.0-or-later
#include "station/ChannelSettings.h"

#include <gtest/gtest.h>

using heatdesk::station::ChannelSettings;

namespace {

ChannelSettings parse(const char* kind, const char* json) {
    auto result = ChannelSettings::fromJson(QString::fromLatin1(kind), QByteArray(json));
    if (auto* error = std::get_if<QString>(&result))
        ADD_FAILURE() << error->toStdString();
    return std::get<ChannelSettings>(result);
}

QString errorOf(const char* kind, const char* json) {
    auto result = ChannelSettings::fromJson(QString::fromLatin1(kind), QByteArray(json));
    return std::holds_alternative<QString>(result) ? std::get<QString>(result) : QString();
}

} // namespace

TEST(ChannelSettings, EmptySettingsTakeMbusDefaults) {
    const auto s = parse("serial", "{}");
    EXPECT_EQ(s.kind, ChannelSettings::Kind::Serial);
    EXPECT_EQ(s.serial.baud, 2400);
    EXPECT_EQ(s.serial.parity, QSerialPort::EvenParity);
    EXPECT_EQ(s.retries, 2);
    EXPECT_EQ(s.validate(), "port: no serial port given");
}

TEST(ChannelSettings, RoundTripsEachKind) {
    const auto serial = parse("serial", R"({"port":"COM3","baud":9600,"parity":"none","retries":4})");
    EXPECT_EQ(parse("serial", serial.toJson().constData()).serial.port, "COM3");
    EXPECT_EQ(parse("serial", serial.toJson().constData()).serial.parity, QSerialPort::NoParity);
    EXPECT_EQ(parse("serial", serial.toJson().constData()).retries, 4);
    EXPECT_TRUE(serial.validate().isEmpty());

    const auto tcp = parse("tcp", R"({"host":"10.0.0.5","tcp_port":10001,"latency_ms":300})");
    const auto tcp2 = parse("tcp", tcp.toJson().constData());
    EXPECT_EQ(tcp2.tcp.host, "10.0.0.5");
    EXPECT_EQ(tcp2.tcp.port, 10001);
    EXPECT_EQ(tcp2.latencyMs, 300);

    const auto dtu = parse("dtu", R"({"dtu_id":"0A1B2C","dtu_id_format":"hex"})");
    EXPECT_TRUE(parse("dtu", dtu.toJson().constData()).dtuIdHex);
    EXPECT_TRUE(dtu.validate().isEmpty());
}

TEST(ChannelSettings, BadValuesNameTheKey) {
    EXPECT_EQ(errorOf("modem", "{}"), "kind: 'modem' is not serial, tcp or dtu");
    EXPECT_EQ(errorOf("serial", "[1]").left(9), "settings:");
    EXPECT_EQ(errorOf("serial", R"({"baud":"fast"})"), "baud: must be a whole number 300..115200");
    EXPECT_EQ(errorOf("serial", R"({"baud":2400.5})"), "baud: must be a whole number 300..115200");
    EXPECT_EQ(errorOf("serial", R"({"parity":"mark"})"), "parity: 'mark' is not even, none or odd");
    EXPECT_EQ(errorOf("tcp", R"({"tcp_port":70000})"), "tcp_port: must be a whole number 0..65535");
    EXPECT_EQ(errorOf("dtu", R"({"dtu_id_format":"base64"})"), "dtu_id_format: 'base64' is not ascii or hex");
    EXPECT_EQ(parse("dtu", R"({"dtu_id":"ABC","dtu_id_format":"hex"})").validate(),
              "dtu_id: 'ABC' is not an even number of hex digits");
    EXPECT_EQ(parse("tcp", R"({"host":"h"})").validate(), "tcp_port: no TCP port given");
}

TEST(ChannelSettings, DtuFramingIsStoredAndFixesTheIdItCarries) {
    EXPECT_EQ(parse("dtu", R"({"dtu_id":"DTU1"})").dtuFraming, heatdesk::link::DtuFraming::Plain);
    const auto ddp = parse("dtu", R"({"dtu_id":"13900000000","dtu_framing":"hongdian-ddp"})");
    EXPECT_TRUE(ddp.validate().isEmpty());
    EXPECT_EQ(parse("dtu", ddp.toJson().constData()).dtuFraming, heatdesk::link::DtuFraming::HongdianDdp);
    EXPECT_TRUE(parse("dtu", R"({"dtu_id":"0A1B2C3D","dtu_id_format":"hex","dtu_framing":"four-faith"})")
                    .validate()
                    .isEmpty());

    EXPECT_EQ(errorOf("dtu", R"({"dtu_framing":"ddp"})"),
              "dtu_framing: 'ddp' is not plain, hongdian-ddp or four-faith");
    EXPECT_EQ(parse("dtu", R"({"dtu_id":"1390000","dtu_framing":"hongdian-ddp"})").validate(),
              "dtu_id: a Hongdian DDP ID is 11 characters (the SIM number), not '1390000'");
    EXPECT_EQ(parse("dtu", R"({"dtu_id":"0A1B2C3D","dtu_framing":"four-faith"})").validate(),
              "dtu_id_format: a Four-Faith DTU sends its ID as 4 bytes; set hex");
    EXPECT_EQ(
        parse("dtu", R"({"dtu_id":"0A1B","dtu_id_format":"hex","dtu_framing":"four-faith"})").validate(),
        "dtu_id: a Four-Faith ID is 8 hex digits, not '0A1B'");
}

TEST(ChannelSettings, FramingIsSetByItsStoredNameAndAnUnknownNameChangesNothing) {
    ChannelSettings s;
    EXPECT_EQ(s.framingName(), "plain");
    EXPECT_TRUE(s.setFraming("four-faith"));
    EXPECT_EQ(s.framingName(), "four-faith");
    EXPECT_FALSE(s.setFraming("hongdian"));
    EXPECT_EQ(s.framingName(), "four-faith");
    EXPECT_TRUE(s.setFraming("hongdian-ddp"));
    EXPECT_EQ(s.dtuFraming, heatdesk::link::DtuFraming::HongdianDdp);
}

TEST(ChannelSettings, ParityIsSetByItsStoredNameAndAnUnknownNameChangesNothing) {
    ChannelSettings s;
    EXPECT_EQ(s.parityName(), "even"); // M-Bus is 8E1
    EXPECT_TRUE(s.setParity("none"));
    EXPECT_EQ(s.serial.parity, QSerialPort::NoParity);
    EXPECT_FALSE(s.setParity("mark"));
    EXPECT_EQ(s.parityName(), "none");
    EXPECT_TRUE(s.setParity("odd"));
    EXPECT_TRUE(QString::fromUtf8(s.toJson()).contains(R"("parity":"odd")"));
}
