// SPDX-License-Identifier: GPL-3.0-or-later
// heatdesk-cli decode with CJ/T 188 input: auto detection, the cli.md shape (frame, header, heat),
// abnormal replies and rejected frames, both in-process and through the real executable.
#include "cli/DecodeCommand.h"
#include "text/HexText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <gtest/gtest.h>

namespace {

using namespace heatdesk;

QJsonObject decode(std::string_view hex, cli::Protocol protocol, bool& ok) {
    const auto bytes = text::parseHex(hex).bytes;
    const std::string json = cli::decodeToJson(bytes, protocol, ok);
    QJsonParseError error;
    const auto doc = QJsonDocument::fromJson(QByteArray::fromStdString(json), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << json;
    return doc.object();
}

constexpr std::string_view kC2 = "FE FE 68 20 78 56 34 12 00 25 20 81 2E 1F 90 07 56 34 12 00 05 05 00 13 00 "
                                 "05 34 12 00 00 17 78 56 00 00 35 "
                                 "67 45 03 00 2C 43 65 00 21 45 00 45 23 01 45 30 10 15 01 25 20 00 00 96 16";

TEST(Cjt188Cli, HeatReplyInTheContractShape) {
    bool ok = false;
    const QJsonObject o = decode(kC2, cli::Protocol::Auto, ok);
    ASSERT_TRUE(ok);
    EXPECT_EQ(o["protocol"].toString(), "cjt188");
    const QJsonObject frame = o["frame"].toObject();
    EXPECT_EQ(frame["kind"].toString(), "cjt188");
    EXPECT_EQ(frame["meter_type"].toInt(), 0x20);
    EXPECT_EQ(frame["address"].toString(), "20250012345678");
    EXPECT_EQ(frame["control"].toInt(), 0x81);
    EXPECT_EQ(frame["di"].toString(), "901F");
    EXPECT_EQ(frame["ser"].toInt(), 7);
    EXPECT_EQ(frame["preamble"].toInt(), 2);
    const QJsonObject header = o["header"].toObject();
    EXPECT_EQ(header["id"].toString(), "20250012345678");
    EXPECT_EQ(header["medium"].toString(), "heat");
    EXPECT_EQ(header["status"].toInt(), 0);
    const QJsonObject heat = o["heat"].toObject();
    EXPECT_DOUBLE_EQ(heat["energy_kwh"].toDouble(), 1300.05);
    EXPECT_DOUBLE_EQ(heat["settlement_energy_kwh"].toDouble(), 1234.56);
    EXPECT_DOUBLE_EQ(heat["power_kw"].toDouble(), 12.34);
    EXPECT_DOUBLE_EQ(heat["flow_m3h"].toDouble(), 0.5678);
    EXPECT_DOUBLE_EQ(heat["volume_m3"].toDouble(), 345.67);
    EXPECT_DOUBLE_EQ(heat["supply_c"].toDouble(), 65.43);
    EXPECT_DOUBLE_EQ(heat["return_c"].toDouble(), 45.21);
    EXPECT_EQ(heat["operating_s"].toInteger(), 12345LL * 3600);
    EXPECT_EQ(heat["meter_time"].toString(), "2025-01-15T10:30:45");
    EXPECT_EQ(heat["valve"].toString(), "open");
    EXPECT_FALSE(heat["battery_low"].toBool(true));
    EXPECT_TRUE(heat["error_flags"].toArray().isEmpty());
}

TEST(Cjt188Cli, WaterStatusIsFirstByteLow) {
    bool ok = false;
    const QJsonObject o =
        decode("68 10 44 33 22 11 00 33 78 81 16 1F 90 00 00 77 66 55 2C 00 77 66 55 2C 31 01 22 "
               "11 05 15 20 21 84 13 16",
               cli::Protocol::Auto, ok);
    ASSERT_TRUE(ok);
    EXPECT_EQ(o["header"].toObject()["status"].toInt(), 0x8421);
    EXPECT_EQ(o["header"].toObject()["medium"].toString(), "cold_water");
    const QJsonObject heat = o["heat"].toObject();
    EXPECT_DOUBLE_EQ(heat["volume_m3"].toDouble(), 556677.0);
    EXPECT_DOUBLE_EQ(heat["settlement_volume_m3"].toDouble(), 556677.0);
    EXPECT_EQ(heat["valve"].toString(), "closed");
    EXPECT_FALSE(heat.contains("energy_kwh"));
}

TEST(Cjt188Cli, AbnormalAndRejectedFrames) {
    bool ok = true;
    const QJsonObject abnormal =
        decode("FE FE 68 20 78 56 34 12 00 25 20 C1 03 07 03 00 AF 16", cli::Protocol::Auto, ok);
    EXPECT_FALSE(ok);
    EXPECT_EQ(abnormal["error"].toObject()["code"].toString(), "abnormal_reply");
    EXPECT_EQ(abnormal["error"].toObject()["detail"].toInt(), 3);
    EXPECT_EQ(abnormal["frame"].toObject()["kind"].toString(), "cjt188");

    const QJsonObject bad = decode("FE FE FE 00 FF 55 AA", cli::Protocol::Auto, ok);
    EXPECT_EQ(bad["error"].toObject()["code"].toString(), "no_start");
    // An EN 13757-2 frame still goes to the M-Bus decoder in auto mode, and is refused as CJ/T 188.
    const QJsonObject forced = decode("68 03 03 68 08 01 72 7B 16", cli::Protocol::Cjt188, ok);
    EXPECT_EQ(forced["error"].toObject()["code"].toString(), "not_cjt188");
    const QJsonObject mbus = decode("68 03 03 68 08 01 70 79 16", cli::Protocol::Auto, ok);
    EXPECT_EQ(mbus["error"].toObject()["code"].toString(), "application_error"); // M-Bus CI 70
}

TEST(Cjt188Cli, ExecutableDecodesLinesWithExitStatus) {
    QProcess p;
    p.start(HEATDESK_CLI_PATH, {"decode", "--lines", "-"});
    ASSERT_TRUE(p.waitForStarted(10000));
    p.write(QByteArray::fromStdString(std::string(kC2)) +
            "\n68 10 01 00 00 05 08 00 00 83 03 81 0A 00 97 16\n");
    p.closeWriteChannel();
    ASSERT_TRUE(p.waitForFinished(30000));
    EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    const QList<QByteArray> lines = p.readAllStandardOutput().trimmed().split('\n');
    ASSERT_EQ(lines.size(), 2);
    const QJsonObject second = QJsonDocument::fromJson(lines[1]).object();
    EXPECT_EQ(second["frame"].toObject()["di"].toString(), "810A");
    EXPECT_EQ(second["header"].toObject()["id"].toString(), "00000805000001");
}

} // namespace
