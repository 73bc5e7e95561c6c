// SPDX-License-Identifier: GPL-3.0-or-later
// heatdesk-cli decode end to end: the real executable, its JSON on stdout and its exit status,
// exactly as other programs use it (shared/docs/cli.md).
#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

using clitest::CliRun;
CliRun cli(const QStringList& args, const QByteArray& input = {}) {
    return clitest::runCli(args, input);
}
QJsonObject parseObject(const QByteArray& line) {
    return clitest::jsonObject(line);
}

QString corpusFile(const char* name) {
    return QString(HEATDESK_TEST_DATA_DIR "/mbus/frames/") + name;
}

} // namespace

TEST(CliDecode, DecodesAFileIntoTheContractFields) {
    const CliRun run = cli({"decode", corpusFile("EFE_Engelmann-WaterStar.hex")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject o = parseObject(run.out);
    EXPECT_TRUE(o["ok"].toBool());
    EXPECT_EQ(o["protocol"].toString(), "mbus");
    const QJsonObject frame = o["frame"].toObject();
    EXPECT_EQ(frame["kind"].toString(), "long");
    EXPECT_EQ(frame["c"].toInt(), 8);
    EXPECT_EQ(frame["a"].toInt(), 11);
    EXPECT_EQ(frame["ci"].toInt(), 114);
    EXPECT_EQ(frame["length"].toInt(), 0x51);
    const QJsonObject header = o["header"].toObject();
    EXPECT_EQ(header["id"].toString(), "04990254");
    EXPECT_EQ(header["manufacturer"].toString(), "EFE");
    EXPECT_EQ(header["medium"].toString(), "warm_water");
    EXPECT_EQ(header["medium_code"].toInt(), 6);
    EXPECT_EQ(header["access"].toInt(), 12);
    EXPECT_EQ(header["status"].toInt(), 0x27);
    const QJsonArray records = o["records"].toArray();
    ASSERT_GE(records.size(), 3);
    const QJsonObject volume = records[2].toObject();
    EXPECT_EQ(volume["quantity"].toString(), "volume");
    EXPECT_EQ(volume["unit"].toString(), "m3");
    EXPECT_DOUBLE_EQ(volume["value"].toDouble(), 0.332);
    EXPECT_EQ(volume["raw"].toString(), "04134C010000");
    EXPECT_EQ(volume["function"].toString(), "instantaneous");
    EXPECT_EQ(records[1].toObject()["value"].toString(), "2014-03-13T12:10:00");
    // Warm water is a metering medium: the summary is there, volume in m3.
    const QJsonObject heat = o["heat"].toObject();
    EXPECT_DOUBLE_EQ(heat["volume_m3"].toDouble(), 0.332);
    EXPECT_EQ(heat["meter_time"].toString(), "2014-03-13T12:10:00");
    EXPECT_TRUE(heat["error_flags"].toArray().contains("power_low"));
}

TEST(CliDecode, PrintsTwelveDigitBcdExactly) {
    // Fabrication number as 12-digit BCD: a double would print it fine, but a float would not;
    // the text must be the digits themselves.
    const QByteArray frame =
        "68 17 17 68 08 01 72 78 56 34 12 42 04 01 04 2A 00 00 00 0E 78 12 90 78 56 34 12 40 16";
    const CliRun run = cli({"decode", "-"}, frame);
    ASSERT_EQ(run.exitCode, 0) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains("\"value\":123456789012")) << run.out.toStdString();
}

TEST(CliDecode, ReadsStdinWithPrefixesAndMixedCase) {
    const CliRun run = cli({"decode"}, "0xE5\n");
    ASSERT_EQ(run.exitCode, 0);
    EXPECT_EQ(parseObject(run.out)["frame"].toObject()["kind"].toString(), "ack");
}

TEST(CliDecode, ChecksumErrorGivesExitTwoAndOffset) {
    const CliRun run = cli({"decode", "-"}, "10 5B 01 5D 16");
    EXPECT_EQ(run.exitCode, 2);
    const QJsonObject o = parseObject(run.out);
    EXPECT_FALSE(o["ok"].toBool());
    EXPECT_EQ(o["error"].toObject()["code"].toString(), "checksum");
    EXPECT_EQ(o["error"].toObject()["offset"].toInt(), 3);
    EXPECT_FALSE(o["error"].toObject()["message"].toString().isEmpty());
}

TEST(CliDecode, NotHexAndOddDigitsAreErrors) {
    CliRun run = cli({"decode", "-"}, "68 0G");
    EXPECT_EQ(run.exitCode, 2);
    QJsonObject e = parseObject(run.out)["error"].toObject();
    EXPECT_EQ(e["code"].toString(), "not_hex");
    EXPECT_EQ(e["offset"].toInt(), 4);
    run = cli({"decode", "-"}, "68 0");
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_EQ(parseObject(run.out)["error"].toObject()["code"].toString(), "odd_digits");
    run = cli({"decode", "-"}, "  \n");
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_EQ(parseObject(run.out)["error"].toObject()["code"].toString(), "empty");
}

TEST(CliDecode, ApplicationErrorCarriesTheMetersCode) {
    const CliRun run = cli({"decode", "-"}, "68 04 04 68 08 01 70 08 81 16");
    EXPECT_EQ(run.exitCode, 2);
    const QJsonObject e = parseObject(run.out)["error"].toObject();
    EXPECT_EQ(e["code"].toString(), "application_error");
    EXPECT_EQ(e["detail"].toInt(), 8);
}

TEST(CliDecode, LinesModePrintsOneObjectPerLine) {
    const CliRun run = cli({"decode", "--lines", "-"}, "E5\n\n10 5B 01 5C 16\r\n10 5B 01 00 16\n");
    EXPECT_EQ(run.exitCode, 2); // the last line has a bad checksum
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    ASSERT_EQ(lines.size(), 3);
    EXPECT_EQ(parseObject(lines[0])["frame"].toObject()["kind"].toString(), "ack");
    EXPECT_EQ(parseObject(lines[1])["frame"].toObject()["kind"].toString(), "short");
    EXPECT_EQ(parseObject(lines[1])["frame"].toObject()["c"].toInt(), 0x5B);
    EXPECT_FALSE(parseObject(lines[2])["ok"].toBool());
}

TEST(CliDecode, MultiTelegramReadoutIsOneObject) {
    // Two RSP_UD from the same meter: the first ends with DIF 1F (more records follow).
    const QByteArray first =
        "68 16 16 68 08 01 72 78 56 34 12 42 04 01 04 2A 00 00 00 04 13 01 00 00 00 1F 3B 16";
    const QByteArray second =
        "68 15 15 68 08 01 72 78 56 34 12 42 04 01 04 2B 00 00 00 04 13 02 00 00 00 1E 16";
    const CliRun run = cli({"decode", "-"}, first + "\n" + second);
    ASSERT_EQ(run.exitCode, 0) << run.out.toStdString();
    const QJsonObject o = parseObject(run.out);
    const QJsonArray records = o["records"].toArray();
    ASSERT_EQ(records.size(), 2);
    EXPECT_EQ(records[0].toObject()["telegram"].toInt(), 1);
    EXPECT_EQ(records[1].toObject()["telegram"].toInt(), 2);
    EXPECT_FALSE(o["more_records_follow"].toBool());
}

TEST(CliDecode, UsageErrorsExitOne) {
    EXPECT_EQ(cli({"decode", "--protocol", "modbus", "-"}).exitCode, 1);
    EXPECT_EQ(cli({"decode", "--no-such-flag"}).exitCode, 1);
    EXPECT_EQ(cli({"frobnicate"}).exitCode, 1);
}

TEST(CliDecode, MissingFileExitsThree) {
    const CliRun run = cli({"decode", "/nonexistent/frame.hex"});
    EXPECT_EQ(run.exitCode, 3);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_FALSE(run.err.isEmpty());
}

TEST(CliDecode, HelpAndVersion) {
    CliRun run = cli({"decode", "--help"});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.contains("--lines"));
    run = cli({"--version"});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.startsWith("heatdesk-cli "));
}

TEST(CliDecode, NoiseIsRefusedQuickly) {
    QByteArray noise;
    noise.reserve(2 * 1024 * 1024);
    std::uint32_t x = 12345;
    for (int i = 0; i < 1024 * 1024; ++i) {
        x = x * 1664525u + 1013904223u;
        noise += QByteArray::number((x >> 24) & 0xFF, 16).rightJustified(2, '0');
    }
    const CliRun run = cli({"decode", "--protocol", "mbus", "-"}, noise);
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_FALSE(parseObject(run.out)["ok"].toBool());
}

TEST(CliDecode, KeepsTheUnscaledNumberForAudit) {
    // 04 13 4C 01 00 00: 332 litres = 0.332 m3; the meter sent 332.
    const CliRun run = cli({"decode", corpusFile("EFE_Engelmann-WaterStar.hex")});
    ASSERT_EQ(run.exitCode, 0);
    const QJsonObject volume = parseObject(run.out)["records"].toArray()[2].toObject();
    EXPECT_EQ(volume["raw_value"].toInt(), 332);
    EXPECT_DOUBLE_EQ(volume["value"].toDouble(), 0.332);
}
