// SPDX-License-Identifier: GPL-3.0-or-later
// heatdesk-cli read and scan end to end: the real binary against a fake M-Bus line on 127.0.0.1,
// checked against the JSON contract of shared/docs/cli.md.
#include "FakeMbusServer.h"
#include "QtEventLoop.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

namespace {

struct CliRun {
    int status = -1;
    std::vector<QJsonObject> lines;
    QString stdErr;
};

class CliBusTest : public ::testing::Test {
protected:
    void SetUp() override {
        testqt::ensureApp();
        ASSERT_TRUE(server.listen());
        const auto telegram = testfake::corpusFrame("EFE_Engelmann-WaterStar.hex");
        ASSERT_FALSE(telegram.empty());
        server.addMeter(5, telegram);
        server.addMeter(8, telegram);
    }

    QString tcp() const { return QStringLiteral("127.0.0.1:%1").arg(server.port()); }

    // Runs the CLI while this thread's event loop serves the fake line.
    CliRun cli(const QStringList& args) {
        QProcess process;
        process.start(QStringLiteral(HEATDESK_CLI_PATH), args);
        CliRun run;
        if (!process.waitForStarted(5000))
            return run;
        if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 30000)) {
            process.kill();
            process.waitForFinished();
            return run;
        }
        run.status = process.exitCode();
        run.stdErr = QString::fromUtf8(process.readAllStandardError());
        for (const QByteArray& line : process.readAllStandardOutput().split('\n')) {
            if (line.trimmed().isEmpty())
                continue;
            QJsonParseError error;
            const auto doc = QJsonDocument::fromJson(line, &error);
            EXPECT_EQ(error.error, QJsonParseError::NoError) << line.toStdString();
            run.lines.push_back(doc.object());
        }
        return run;
    }

    testfake::FakeMbusServer server;
};

} // namespace

TEST_F(CliBusTest, ReadPrintsOneLinePerMeterAndASummary) {
    const CliRun run = cli({"read", "--tcp", tcp(), "--baud", "9600", "--latency-ms", "0", "--retries", "0",
                            "--address", "5,6,8"});
    ASSERT_EQ(run.lines.size(), 4u) << run.stdErr.toStdString();
    EXPECT_EQ(run.status, 2) << "one meter did not answer";

    const QJsonObject& ok = run.lines[0];
    EXPECT_EQ(ok.value("address").toInt(), 5);
    EXPECT_EQ(ok.value("secondary").toString(), "04990254");
    EXPECT_TRUE(ok.value("ok").toBool());
    EXPECT_EQ(ok.value("telegrams").toInt(), 1);
    EXPECT_EQ(ok.value("retries").toInt(), 0);
    EXPECT_TRUE(ok.value("elapsed_ms").isDouble());
    const QJsonObject reading = ok.value("reading").toObject();
    EXPECT_TRUE(reading.value("ok").toBool());
    EXPECT_EQ(reading.value("protocol").toString(), "mbus");
    EXPECT_EQ(reading.value("frame").toObject().value("a").toInt(), 5);
    EXPECT_EQ(reading.value("header").toObject().value("id").toString(), "04990254");
    EXPECT_FALSE(reading.value("records").toArray().isEmpty());

    const QJsonObject& silent = run.lines[1];
    EXPECT_EQ(silent.value("address").toInt(), 6);
    EXPECT_FALSE(silent.value("ok").toBool());
    EXPECT_EQ(silent.value("error").toString(), "timeout");
    EXPECT_EQ(silent.value("attempts").toInt(), 1);

    EXPECT_EQ(run.lines[2].value("address").toInt(), 8);
    EXPECT_TRUE(run.lines[2].value("ok").toBool());

    const QJsonObject summary = run.lines[3].value("summary").toObject();
    EXPECT_EQ(summary.value("requested").toInt(), 3);
    EXPECT_EQ(summary.value("ok").toInt(), 2);
    EXPECT_EQ(summary.value("failed").toInt(), 1);
    EXPECT_TRUE(summary.value("elapsed_ms").isDouble());
    EXPECT_EQ(summary.value("bus_status").toString(), "idle");
    EXPECT_FALSE(summary.value("bus_evidence").toString().isEmpty());
}

TEST_F(CliBusTest, ReadBySecondaryAddressWithTrace) {
    const CliRun run = cli({"read", "--tcp", tcp(), "--baud", "9600", "--latency-ms", "0", "--secondary",
                            "04990254", "--trace"});
    ASSERT_EQ(run.lines.size(), 2u) << run.stdErr.toStdString();
    EXPECT_EQ(run.status, 0);
    EXPECT_EQ(run.lines[0].value("secondary").toString(), "04990254");
    EXPECT_TRUE(run.lines[0].value("ok").toBool());
    EXPECT_TRUE(run.stdErr.contains("SND_UD select 04990254")) << run.stdErr.toStdString();
    EXPECT_TRUE(run.stdErr.contains("RSP_UD A=")) << run.stdErr.toStdString();
}

TEST_F(CliBusTest, ReadStoresReadingsWithDb) {
    QTemporaryDir dir;
    const QString db = dir.filePath("heat.db");
    const CliRun init = cli({"db", "init", "--db", db});
    ASSERT_EQ(init.status, 0) << init.stdErr.toStdString();
    const CliRun run =
        cli({"read", "--tcp", tcp(), "--baud", "9600", "--latency-ms", "0", "--address", "5", "--db", db});
    EXPECT_EQ(run.status, 0) << run.stdErr.toStdString();
    const CliRun exported = cli({"db", "export-readings", "--db", db, "--format", "json"});
    ASSERT_EQ(exported.status, 0) << exported.stdErr.toStdString();
    ASSERT_EQ(exported.lines.size(), 1u);
    EXPECT_EQ(exported.lines[0].value("meter").toString(), "04990254");
    EXPECT_TRUE(exported.lines[0].value("raw").toString().startsWith("68"));
}

TEST_F(CliBusTest, PrimaryScanPrintsFoundAddresses) {
    const CliRun run =
        cli({"scan", "--tcp", tcp(), "--baud", "9600", "--latency-ms", "0", "--from", "3", "--to", "9"});
    EXPECT_EQ(run.status, 0) << run.stdErr.toStdString();
    ASSERT_EQ(run.lines.size(), 3u);
    EXPECT_EQ(run.lines[0], QJsonObject({{"address", 5}}));
    EXPECT_EQ(run.lines[1], QJsonObject({{"address", 8}}));
    const QJsonObject summary = run.lines[2].value("summary").toObject();
    EXPECT_EQ(summary.value("requested").toInt(), 7);
    EXPECT_EQ(summary.value("ok").toInt(), 2);
}

TEST_F(CliBusTest, SecondaryScanPrintsIdentification) {
    const CliRun run = cli({"scan", "--tcp", tcp(), "--baud", "9600", "--latency-ms", "0", "--secondary"});
    EXPECT_EQ(run.status, 0) << run.stdErr.toStdString();
    ASSERT_EQ(run.lines.size(), 2u);
    const QJsonObject& meter = run.lines[0];
    EXPECT_EQ(meter.value("secondary").toString(), "04990254");
    EXPECT_EQ(meter.value("manufacturer").toString(), "EFE");
    EXPECT_EQ(meter.value("version").toInt(), 0);
    EXPECT_EQ(meter.value("medium").toString(), "warm_water");
    EXPECT_EQ(run.lines[1].value("summary").toObject().value("ok").toInt(), 1);
}

TEST_F(CliBusTest, UnreachableLinkExitsWithThree) {
    quint16 port = 0;
    {
        QTcpServer probe;
        ASSERT_TRUE(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    const CliRun run = cli({"read", "--tcp", QStringLiteral("127.0.0.1:%1").arg(port), "--address", "1"});
    EXPECT_EQ(run.status, 3);
    EXPECT_TRUE(run.lines.empty());
    EXPECT_FALSE(run.stdErr.isEmpty());
}

TEST_F(CliBusTest, UsageErrorsExitWithOne) {
    EXPECT_EQ(cli({"read", "--tcp", tcp(), "--address", "251"}).status, 1);
    EXPECT_EQ(cli({"read", "--tcp", tcp(), "--address", "255"}).status, 1);
    EXPECT_EQ(cli({"read", "--tcp", tcp()}).status, 1);
    EXPECT_EQ(cli({"read", "--address", "1"}).status, 1);
    EXPECT_EQ(cli({"scan", "--tcp", tcp(), "--from", "9", "--to", "3"}).status, 1);
    EXPECT_EQ(cli({"read", "--port", "/dev/heatdesk-none", "--parity", "odd", "--address", "1"}).status, 1);
    EXPECT_EQ(cli({"read", "--port", "/dev/heatdesk-none", "--address", "1"}).status, 3);
}
