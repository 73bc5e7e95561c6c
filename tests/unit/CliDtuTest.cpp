// SPDX-License-Identifier: GPL-3.0-or-later
// heatdesk-cli read/scan --dtu-listen end to end: heatdesk-sim dials in as GPRS DTUs (each with a
// bus of two meters behind it), the CLI waits for them and reads behind each (cli.md).
#include "CliRunner.h"
#include "QtEventLoop.h"

#include <QJsonArray>
#include <QProcess>
#include <QTcpServer>
#include <gtest/gtest.h>
#include <map>
#include <set>

namespace {

using clitest::jsonObject;
using clitest::runCli;

class CliDtuTest : public ::testing::Test {
protected:
    void SetUp() override {
        testqt::ensureApp();
        QTcpServer probe; // a free port for the CLI to listen on
        ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }

    void TearDown() override {
        sim.kill();
        sim.waitForFinished(5000);
    }

    QString listen() const { return QStringLiteral("127.0.0.1:%1").arg(port); }

    // Simulated DTUs 860000000000001, 860000000000002, … dial in (and redial until the CLI listens),
    // sending "ping" after a second of quiet.
    void startDtus(int count, const QString& framing = QStringLiteral("plain")) {
        sim.start(QStringLiteral(HEATDESK_SIM_PATH),
                  {"--scenario", QStringLiteral(HEATDESK_TEST_DATA_DIR "/sim/two-meter-bus.json"),
                   "--dtu-connect", listen(), "--dtus", QString::number(count), "--baud", "9600",
                   "--dtu-heartbeat", "1", "--dtu-framing", framing});
        ASSERT_TRUE(sim.waitForStarted(5000));
    }

    static std::vector<QJsonObject> lines(const QByteArray& out) {
        std::vector<QJsonObject> objects;
        for (const QByteArray& line : out.split('\n'))
            if (!line.trimmed().isEmpty())
                objects.push_back(jsonObject(line));
        return objects;
    }

    quint16 port = 0;
    QProcess sim;
};

} // namespace

TEST_F(CliDtuTest, ReadsBehindTwoDtusAndNamesTheOneThatNeverCame) {
    startDtus(2);
    const auto run =
        runCli({"read", "--dtu-listen", listen(), "--dtu", "860000000000001,860000000000002,DTU-NEVER",
                "--wait-dtus", "2", "--wait-s", "20", "--baud", "9600", "--address", "1,2"});
    const auto out = lines(run.out);
    ASSERT_EQ(out.size(), 7u) << run.out.toStdString() << run.err.toStdString();
    EXPECT_EQ(run.exitCode, 2) << "a listed DTU never came";

    std::map<QString, std::vector<QJsonObject>> byDtu;
    for (std::size_t i = 0; i + 1 < out.size(); ++i)
        byDtu[out[i].value("dtu").toString()].push_back(out[i]);
    ASSERT_EQ(byDtu.size(), 3u);
    for (const char* dtu : {"860000000000001", "860000000000002"}) {
        ASSERT_EQ(byDtu[dtu].size(), 2u) << dtu;
        for (const QJsonObject& meter : byDtu[dtu]) {
            EXPECT_TRUE(meter.value("ok").toBool()) << dtu;
            EXPECT_EQ(meter.value("reading").toObject().value("header").toObject().value("id").toString(),
                      meter.value("address").toInt() == 1 ? "26010001" : "26010002");
        }
    }
    for (const QJsonObject& meter : byDtu["DTU-NEVER"]) {
        EXPECT_FALSE(meter.value("ok").toBool());
        EXPECT_EQ(meter.value("error").toString(), "offline");
    }

    const QJsonObject summary = out.back().value("summary").toObject();
    EXPECT_EQ(summary.value("requested").toInt(), 6);
    EXPECT_EQ(summary.value("ok").toInt(), 4);
    EXPECT_EQ(summary.value("failed").toInt(), 2);
    EXPECT_EQ(summary.value("bus_status").toString(), "offline");
    EXPECT_TRUE(summary.value("bus_evidence").toString().contains("DTU-NEVER"));
    const QJsonObject dtus = summary.value("dtus").toObject();
    EXPECT_EQ(dtus.value("dialled_in").toInt(), 2);
    EXPECT_EQ(dtus.value("missing").toArray(), QJsonArray({"DTU-NEVER"}));
}

TEST_F(CliDtuTest, ScanBehindAllDtusThatDialIn) {
    startDtus(2);
    const auto run = runCli({"scan", "--dtu-listen", listen(), "--dtu", "all", "--wait-dtus", "2", "--wait-s",
                             "20", "--baud", "9600", "--from", "0", "--to", "3"});
    const auto out = lines(run.out);
    ASSERT_EQ(out.size(), 5u) << run.out.toStdString() << run.err.toStdString();
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    std::set<std::pair<QString, int>> found;
    for (std::size_t i = 0; i < 4; ++i)
        found.insert({out[i].value("dtu").toString(), out[i].value("address").toInt()});
    EXPECT_EQ(
        found,
        (std::set<std::pair<QString, int>>{
            {"860000000000001", 1}, {"860000000000001", 2}, {"860000000000002", 1}, {"860000000000002", 2}}));
    const QJsonObject summary = out.back().value("summary").toObject();
    EXPECT_EQ(summary.value("requested").toInt(), 8);
    EXPECT_EQ(summary.value("bus_status").toString(), "idle");
}

// The simulator's load-test IDs in each vendor framing: 13900000001 (DDP), 00000001 (Four-Faith).
TEST_F(CliDtuTest, ReadsBehindVendorFramedDtus) {
    for (const auto& [framing, id] : std::vector<std::pair<QString, QString>>{{"hongdian-ddp", "13900000001"},
                                                                              {"four-faith", "00000001"}}) {
        startDtus(1, framing);
        const auto run = runCli({"read", "--dtu-listen", listen(), "--dtu-framing", framing, "--dtu", id,
                                 "--wait-s", "20", "--baud", "9600", "--address", "1,2"});
        const auto out = lines(run.out);
        ASSERT_EQ(out.size(), 3u) << run.out.toStdString() << run.err.toStdString();
        EXPECT_EQ(run.exitCode, 0) << framing.toStdString() << run.err.toStdString();
        for (std::size_t i = 0; i < 2; ++i) {
            EXPECT_TRUE(out[i].value("ok").toBool()) << framing.toStdString();
            EXPECT_EQ(out[i].value("dtu").toString(), id);
        }
        sim.kill();
        sim.waitForFinished(5000);
    }
}

TEST_F(CliDtuTest, NobodyDialsInIsAResourceFailure) {
    const auto run =
        runCli({"read", "--dtu-listen", listen(), "--dtu", "all", "--wait-s", "1", "--address", "1"});
    const auto out = lines(run.out);
    ASSERT_EQ(out.size(), 1u) << run.out.toStdString();
    EXPECT_EQ(run.exitCode, 3);
    EXPECT_EQ(out[0].value("summary").toObject().value("bus_status").toString(), "offline");
    EXPECT_TRUE(run.err.contains("no DTU dialled in")) << run.err.toStdString();
}

TEST_F(CliDtuTest, BadDtuArgumentsAreUsageErrors) {
    const std::vector<std::pair<QStringList, QString>> cases{
        {{"--dtu-listen", listen()}, "needs --dtu"},
        {{"--dtu-listen", "localhost:9000", "--dtu", "all"}, "numeric host"},
        {{"--dtu-listen", listen(), "--dtu", "A,B", "--wait-dtus", "3"}, "more than the 2 DTUs"},
        {{"--dtu-listen", listen(), "--dtu", "A B"}, "printable ASCII"},
        {{"--dtu-listen", listen(), "--dtu", "12G4", "--dtu-id-format", "hex"}, "not hex bytes"},
        {{"--tcp", "127.0.0.1:1", "--dtu", "A"}, "--dtu goes with --dtu-listen"},
        {{"--dtu-listen", listen(), "--dtu", "A", "--wait-s", "0"}, "--wait-s must be"},
        {{"--dtu-listen", listen(), "--dtu", "A", "--dtu-framing", "ddp"}, "--dtu-framing must be"},
        {{"--dtu-listen", listen(), "--dtu", "1390", "--dtu-framing", "hongdian-ddp"}, "not 11 bytes"},
        {{"--dtu-listen", listen(), "--dtu", "0A1B", "--dtu-framing", "four-faith"}, "not 4 bytes"},
    };
    for (const auto& [args, message] : cases) {
        const auto run = runCli(QStringList{"read", "--address", "1"} + args);
        EXPECT_EQ(run.exitCode, 1) << args.join(' ').toStdString();
        EXPECT_TRUE(run.err.contains(message.toUtf8())) << run.err.toStdString();
    }
}
