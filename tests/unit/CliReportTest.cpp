// SPDX-License-Identifier: GPL-3.0-or-later
// heatdesk-cli report end to end on a database the test fills: the cli.md shape, exact numbers,
// fees as decimal strings, CSV with BOM, refusals.
#include "CliRunner.h"
#include "StoreTestSupport.h"
#include "store/BillingRepository.h"
#include "store/ConfigRepository.h"
#include "store/HeatUserRepository.h"
#include "store/ReadingRepository.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <optional>

using namespace heatdesk::store;

namespace {

using ReportRun = clitest::CliRun;
ReportRun cli(const QStringList& args) {
    return clitest::runCli(args);
}

qint64 at(const char* iso) {
    return QDateTime::fromString(iso, Qt::ISODate).toMSecsSinceEpoch();
}

// The text a reader sees in a PDF, from pdftotext; nothing when pdftotext (poppler-utils) is
// missing. NFKC: Qt's PDF text layer maps some CJK glyphs to their Kangxi-radical twins (⽤ for
// 用), which look the same. `dropSpaces`: pdftotext's layout choice, not the document's.
std::optional<QString> pdfText(const QString& pdf, bool dropSpaces = true) {
    QProcess text;
    text.start("pdftotext", {"-layout", pdf, "-"});
    if (!text.waitForStarted(5000) || !text.waitForFinished(30000))
        return std::nullopt;
    QString page = QString::fromUtf8(text.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    if (dropSpaces)
        page.remove(QLatin1Char(' '));
    return page;
}

class CliReport : public ::testing::Test {
protected:
    void SetUp() override {
        m_path = m_dir.filePath("r.db");
        Database db;
        ASSERT_FALSE(db.open(m_path, Database::Mode::ReadWrite, Database::Create::IfMissing));
        ConfigRepository config(db);
        const qint64 bus =
            *config.addBus(*config.addChannel(*config.addSite("站1"), "COM1", "serial"), "1号楼");
        MeterConfig m;
        m.busId = bus;
        m.number = "11110001";
        const qint64 meter = *config.addMeter(m);
        HeatUser u;
        u.account = "H-0001";
        u.name = "张三";
        u.building = "1";
        u.room = "101";
        u.areaM2 = 100.0;
        HeatUserRepository users(db);
        const qint64 user = *users.add(u);
        ASSERT_TRUE(users.assign(meter, user, 0));
        std::vector<NewReading> readings;
        for (const auto& [time, kwh] :
             {std::pair{"2026-01-01T00:00:00", 10000.0}, std::pair{"2026-01-15T00:00:00", 13000.0},
              std::pair{"2026-02-01T00:00:00", 18100.0}}) {
            NewReading r;
            r.meterId = meter;
            r.readAtMs = at(time);
            r.values.energyKwh = kwh;
            r.values.rawFrames = {0x68, 0x16};
            readings.push_back(r);
        }
        ASSERT_FALSE(ReadingRepository(db).append(readings));
        ASSERT_FALSE(BillingRepository(db).saveTariff(storetest::tianjinTariff2025()));
    }
    QTemporaryDir m_dir;
    QString m_path;
};

} // namespace

TEST_F(CliReport, MonthlyJsonFollowsTheContract) {
    const ReportRun run =
        cli({"report", "monthly", "--db", m_path, "--month", "2026-01", "--format", "json"});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(run.out).object();
    EXPECT_EQ(o["period"].toObject()["from"].toString(), "2026-01-01T00:00:00");
    EXPECT_EQ(o["period"].toObject()["to"].toString(), "2026-02-01T00:00:00");
    const QJsonArray rows = o["rows"].toArray();
    ASSERT_EQ(rows.size(), 1);
    const QJsonObject r = rows[0].toObject();
    EXPECT_EQ(r["account"].toString(), "H-0001");
    EXPECT_EQ(r["name"].toString(), "张三");
    EXPECT_EQ(r["room"].toString(), "101");
    EXPECT_DOUBLE_EQ(r["area_m2"].toDouble(), 100.0);
    EXPECT_EQ(r["meter"].toString(), "11110001");
    EXPECT_DOUBLE_EQ(r["start"].toObject()["energy_kwh"].toDouble(), 10000.0);
    EXPECT_FALSE(r["start"].toObject()["estimated"].toBool());
    EXPECT_DOUBLE_EQ(r["consumption_kwh"].toDouble(), 8100.0);
    EXPECT_DOUBLE_EQ(r["consumption_gj"].toDouble(), 29.16);
    EXPECT_DOUBLE_EQ(r["kwh_per_m2"].toDouble(), 81.0);
    EXPECT_TRUE(r["fee"].isString());          // money is a decimal string
    EXPECT_EQ(r["fee"].toString(), "1053.00"); // metered part of the month: 0.13 × 8,100
    EXPECT_EQ(o["totals"].toObject()["users"].toInt(), 1);
    EXPECT_EQ(o["totals"].toObject()["fee"].toString(), "1053.00");
}

TEST_F(CliReport, SeasonAddsTheBasicFee) {
    const ReportRun run = cli({"report", "season", "--db", m_path, "--season", "2025"});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject r = QJsonDocument::fromJson(run.out).object()["rows"].toArray()[0].toObject();
    // Season boundaries fall outside the readings: the start is the first reading (2026-01-01) only
    // if it is within tolerance; here it is not, so the start is missing and no fee is invented.
    EXPECT_TRUE(r["flags"].toArray().contains("missing_start"));
    EXPECT_TRUE(r["fee"].isNull());
}

TEST_F(CliReport, SeasonCarriesTheSettlementWhenTheTariffHasAMode) {
    // A season that is January 2026 here, so the readings cover its boundaries: 8,100 kWh on
    // 100 m² against the full area fee prepaid (Tianjin's worked example, domain.md §1.2).
    {
        Database db;
        ASSERT_FALSE(db.open(m_path, Database::Mode::ReadWrite));
        auto t = storetest::tianjinTariff2025();
        t.seasonStart = "2026-01-01";
        t.seasonEnd = "2026-01-31";
        t.settlementMode = "refund_and_charge";
        t.prepayPricePerM2 = "25";
        ASSERT_FALSE(BillingRepository(db).saveTariff(t));
    }
    const ReportRun run = cli({"report", "season", "--db", m_path, "--season", "2025"});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(run.out).object();
    const QJsonObject r = o["rows"].toArray()[0].toObject();
    EXPECT_EQ(r["fee"].toString(), "1803.00"); // the contract's keys stay as they were
    const QJsonObject s = r["settlement"].toObject();
    EXPECT_EQ(s["mode"].toString(), "refund_and_charge");
    EXPECT_EQ(s["basic_fee"].toString(), "750.00");
    EXPECT_EQ(s["metered_fee"].toString(), "1053.00");
    EXPECT_EQ(s["prepaid"].toString(), "2500.00");
    EXPECT_EQ(s["difference"].toString(), "-697.00");
    EXPECT_EQ(s["refund"].toString(), "697.00");
    EXPECT_EQ(s["charge"].toString(), "0.00");
    const QJsonObject totals = o["settlement"].toObject();
    EXPECT_EQ(totals["users"].toInt(), 1);
    EXPECT_EQ(totals["refund"].toString(), "697.00");
    EXPECT_EQ(totals["prepay_price_m2"].toString(), "25.00");
    EXPECT_TRUE(totals["rounding"].toString().contains("0.01"));
    // CSV: the statement's amounts after the fee.
    const QString csvPath = m_dir.filePath("season.csv");
    ASSERT_EQ(
        cli({"report", "season", "--db", m_path, "--season", "2025", "--format", "csv", "--out", csvPath})
            .exitCode,
        0);
    QFile csv(csvPath);
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QByteArray text = csv.readAll();
    EXPECT_TRUE(text.contains(",fee,basic_fee,metered_fee,prepaid,billed,refund,charge,prepaid_source\n"));
    EXPECT_TRUE(text.contains(",1803.00,750.00,1053.00,2500.00,1803.00,697.00,0.00,prepayment_price\n"))
        << text.toStdString();
    const QString xlsx = m_dir.filePath("season.xlsx");
    EXPECT_EQ(cli({"report", "season", "--db", m_path, "--season", "2025", "--format", "xlsx", "--out", xlsx})
                  .exitCode,
              0);
    EXPECT_GT(QFileInfo(xlsx).size(), 0);
    // Without a mode the season sheet is as before: no settlement keys.
    const QJsonObject plain =
        QJsonDocument::fromJson(cli({"report", "monthly", "--db", m_path, "--month", "2026-01"}).out)
            .object();
    EXPECT_FALSE(plain.contains("settlement"));
    EXPECT_FALSE(plain["rows"].toArray()[0].toObject().contains("settlement"));
}

TEST_F(CliReport, RecordedPaymentsAreSettled) {
    {
        Database db;
        ASSERT_FALSE(db.open(m_path, Database::Mode::ReadWrite));
        auto t = storetest::tianjinTariff2025();
        t.seasonStart = "2026-01-01";
        t.seasonEnd = "2026-01-31";
        t.settlementMode = "refund_and_charge";
        t.prepayPricePerM2 = "25";
        ASSERT_FALSE(BillingRepository(db).saveTariff(t));
    }
    const QStringList add = {"payments", "add", "--db", m_path, "--account", "H-0001", "--season", "2025"};
    const ReportRun first = cli(add + QStringList{"--kind", "prepayment", "--amount", "2000", "--date",
                                                  "2025-12-20", "--reference", "R-17", "--by", "李会计"});
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    const QJsonObject stored = QJsonDocument::fromJson(first.out).object();
    EXPECT_EQ(stored["amount"].toString(), "2000.00");
    EXPECT_EQ(stored["kind"].toString(), "prepayment");
    EXPECT_EQ(stored["recorded_by"].toString(), "李会计");
    EXPECT_EQ(cli(add + QStringList{"--amount", "300.5", "--date", "2026-01-05", "--by", "李会计"}).exitCode,
              0);
    // A correction without its reason, fractions of a fen, an unknown user: refused, nothing stored.
    EXPECT_EQ(cli(add + QStringList{"--kind", "correction", "--amount", "-100", "--by", "李会计"}).exitCode,
              1);
    EXPECT_EQ(cli(add + QStringList{"--amount", "1.005", "--by", "李会计"}).exitCode, 1);
    EXPECT_EQ(cli({"payments", "add", "--db", m_path, "--account", "H-9999", "--season", "2025", "--amount",
                   "1", "--by", "x"})
                  .exitCode,
              1);
    EXPECT_EQ(cli(add + QStringList{"--kind", "correction", "--amount", "-100", "--reference",
                                    "R-18 entered 100 too much", "--by", "李会计"})
                  .exitCode,
              0);
    const ReportRun list =
        cli({"payments", "list", "--db", m_path, "--account", "H-0001", "--season", "2025"});
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    const QList<QByteArray> lines = list.out.trimmed().split('\n');
    ASSERT_EQ(lines.size(), 4);
    EXPECT_EQ(QJsonDocument::fromJson(lines[1]).object()["amount"].toString(), "300.50");
    EXPECT_EQ(QJsonDocument::fromJson(lines[3]).object()["summary"].toObject()["paid"].toString(), "2200.50");

    // Paid 2,200.50 against a heat fee of 1,803.00: 397.50 back, and the sheet says from where.
    const ReportRun run = cli({"report", "season", "--db", m_path, "--season", "2025"});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains("recorded payments")) << run.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(run.out).object();
    const QJsonObject s = o["rows"].toArray()[0].toObject()["settlement"].toObject();
    EXPECT_EQ(s["prepaid"].toString(), "2200.50");
    EXPECT_EQ(s["prepaid_source"].toString(), "payments");
    EXPECT_EQ(s["refund"].toString(), "397.50");
    EXPECT_EQ(o["settlement"].toObject()["users_with_payments"].toInt(), 1);

    // The printed season sheet carries the same statement columns, totals included.
    const QString pdf = m_dir.filePath("season.pdf");
    ASSERT_EQ(cli({"report", "season", "--db", m_path, "--season", "2025", "--format", "pdf", "--out", pdf,
                   "--lang", "zh_CN"})
                  .exitCode,
              0);
    const auto text = pdfText(pdf, false);
    if (!text)
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    const QString page = *text;
    // Each amount on the user's row and again on the totals row; 1,803.00 is both fee and billed.
    for (const auto& [shown, times] :
         {std::pair{"退费(元)", 1}, std::pair{"补交(元)", 1}, std::pair{"750.00", 2}, std::pair{"1053.00", 2},
          std::pair{"2200.50", 2}, std::pair{"1803.00", 4}, std::pair{"397.50", 2}})
        EXPECT_EQ(page.count(QString::fromUtf8(shown)), times) << shown << "\n" << page.toStdString();

    // The household's own statement: the same numbers, the fee worked out, every payment listed.
    const ReportRun statement =
        cli({"report", "statement", "--db", m_path, "--user", "H-0001", "--season", "2025"});
    ASSERT_EQ(statement.exitCode, 0) << statement.err.toStdString();
    const QJsonObject st = QJsonDocument::fromJson(statement.out).object();
    EXPECT_EQ(st["user"].toObject()["settlement"].toObject()["refund"].toString(), "397.50");
    EXPECT_EQ(st["payments"].toArray().size(), 3);
    EXPECT_EQ(st["payments"].toArray()[2].toObject()["amount"].toString(), "-100.00");
    EXPECT_EQ(st["paid"].toString(), "2200.50");
    const QString statementPdf = m_dir.filePath("statement.pdf");
    ASSERT_EQ(cli({"report", "statement", "--db", m_path, "--user", "H-0001", "--season", "2025", "--format",
                   "pdf", "--out", statementPdf, "--lang", "zh_CN", "--company", "热力公司"})
                  .exitCode,
              0);
    const QString sheet = pdfText(statementPdf).value_or(QString());
    for (const char* shown :
         {"供热计量结算单", "张三", "2026-01-0100:00", "10000kWh", "18100kWh", "8100kWh=29.16GJ",
          "7.50元/m2×100m2=750.00元" /* NFKC: m² is m2 */, "0.1300元/kWh×8100kWh×1.0000=1053.00元",
          "R-18entered100toomuch", "李会计", "已缴合计2200.50元", "多退少补", "应退397.50元", "第1/1页"})
        EXPECT_TRUE(sheet.contains(QString::fromUtf8(shown))) << shown << "\n" << sheet.toStdString();
    // In English the amounts are in CNY, not in a Chinese character.
    ASSERT_EQ(cli({"report", "statement", "--db", m_path, "--user", "H-0001", "--season", "2025", "--format",
                   "pdf", "--out", statementPdf, "--lang", "en"})
                  .exitCode,
              0);
    const QString english = pdfText(statementPdf).value_or(QString());
    EXPECT_TRUE(english.contains("7.50CNY/m2×100m2=750.00CNY")) << english.toStdString();
    EXPECT_FALSE(english.contains(QString::fromUtf8("元"))) << english.toStdString();
    EXPECT_EQ(cli({"report", "statement", "--db", m_path, "--user", "H-9999", "--season", "2025"}).exitCode,
              1);
    EXPECT_EQ(cli({"report", "statement", "--db", m_path, "--season", "2025"}).exitCode, 1);
}

TEST_F(CliReport, CompareAgainstLastSeason) {
    // January 2025: 6,000 kWh on 100 m² (60 kWh/m²); January 2026: 8,100 (81, +35 %). With 2,000
    // degree-days then and 2,700 now (35 % colder) the change per degree-day is nil.
    {
        Database db;
        ASSERT_FALSE(db.open(m_path, Database::Mode::ReadWrite));
        std::vector<NewReading> readings;
        for (const auto& [time, kwh] :
             {std::pair{"2025-01-01T00:00:00", 1000.0}, {"2025-02-01T00:00:00", 7000.0}}) {
            NewReading r;
            r.meterId = 1;
            r.readAtMs = at(time);
            r.values.energyKwh = kwh;
            r.values.rawFrames = {0x68, 0x16};
            readings.push_back(r);
        }
        ASSERT_FALSE(ReadingRepository(db).append(readings));
    }
    const ReportRun run =
        cli({"report", "compare", "--db", m_path, "--month", "2026-01", "--degree-days", "2700,2000"});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(run.out).object();
    EXPECT_EQ(o["last_season"].toObject()["from"].toString(), "2025-01-01T00:00:00");
    const QJsonObject b = o["buildings"].toArray()[0].toObject();
    EXPECT_EQ(b["building"].toString(), "1");
    EXPECT_DOUBLE_EQ(b["kwh_per_m2"].toDouble(), 81.0);
    EXPECT_DOUBLE_EQ(b["kwh_per_m2_last_season"].toDouble(), 60.0);
    EXPECT_DOUBLE_EQ(b["change_percent"].toDouble(), 35.0);
    EXPECT_DOUBLE_EQ(b["normalised_change_percent"].toDouble(), 0.0);
    EXPECT_EQ(o["users"].toArray()[0].toObject()["account"].toString(), "H-0001");
    EXPECT_EQ(cli({"report", "compare", "--db", m_path}).exitCode, 1);
    EXPECT_EQ(cli({"report", "compare", "--db", m_path, "--month", "2026-01", "--percentile", "60"}).exitCode,
              1);
}

TEST_F(CliReport, CsvHasBomAndHeader) {
    const QString out = m_dir.filePath("jan.csv");
    const ReportRun run =
        cli({"report", "monthly", "--db", m_path, "--month", "2026-01", "--format", "csv", "--out", out});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QFile f(out);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray csv = f.readAll();
    EXPECT_TRUE(csv.startsWith("\xEF\xBB\xBF"
                               "account,name"));
    EXPECT_TRUE(csv.contains("H-0001,张三,"));
    EXPECT_TRUE(csv.contains(",8100,29.16,81,,1053.00"));
}

TEST_F(CliReport, Refusals) {
    EXPECT_EQ(cli({"report", "monthly", "--db", m_path, "--month", "2026-13"}).exitCode, 1);
    EXPECT_EQ(cli({"report", "weekly", "--db", m_path}).exitCode, 1);
    EXPECT_EQ(cli({"report", "monthly", "--db", m_path, "--month", "2026-01", "--format", "pdf"}).exitCode,
              1);
    EXPECT_EQ(cli({"report", "monthly", "--db", m_dir.filePath("none.db"), "--month", "2026-01"}).exitCode,
              3);
}

TEST_F(CliReport, XlsxAndPdfAreWritten) {
    const QString xlsx = m_dir.filePath("jan.xlsx");
    ASSERT_EQ(cli({"report", "monthly", "--db", m_path, "--month", "2026-01", "--format", "xlsx", "--out",
                   xlsx, "--lang", "zh_CN"})
                  .exitCode,
              0);
    QFile x(xlsx);
    ASSERT_TRUE(x.open(QIODevice::ReadOnly));
    EXPECT_TRUE(x.read(2) == "PK"); // an OOXML package is a zip

    const QString pdf = m_dir.filePath("jan.pdf");
    const ReportRun run = cli({"report", "monthly", "--db", m_path, "--month", "2026-01", "--format", "pdf",
                               "--out", pdf, "--lang", "zh_CN", "--company", "热力公司"});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QFile p(pdf);
    ASSERT_TRUE(p.open(QIODevice::ReadOnly));
    EXPECT_TRUE(p.read(5) == "%PDF-");
    // The text a reader sees: Chinese title, the user, the exact consumption and fee.
    const auto text = pdfText(pdf);
    if (!text)
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    const QString page = *text;
    // The text layer must give the characters back, not look-alikes: with Noto CJK, Qt's PDF
    // writer maps 户 and 页 to Kangxi radicals (⼾, ⻚), hence WenQuanYi first in the font list.
    EXPECT_TRUE(page.contains("用户用热量表")) << page.toStdString();
    EXPECT_TRUE(page.contains("张三"));
    EXPECT_TRUE(page.contains("8100"));
    EXPECT_TRUE(page.contains("1053.00"));
    EXPECT_TRUE(page.contains("第1/1页"));
}

TEST_F(CliReport, PdfAndXlsxNeedAnOutputFile) {
    EXPECT_EQ(cli({"report", "monthly", "--db", m_path, "--month", "2026-01", "--format", "pdf"}).exitCode,
              1);
    EXPECT_EQ(cli({"report", "monthly", "--db", m_path, "--month", "2026-01", "--format", "xlsx", "--out",
                   "/nonexistent/dir/x.xlsx"})
                  .exitCode,
              3);
}

TEST_F(CliReport, PaymentsImportIsAllOrNothing) {
    const QString csv = m_dir.filePath("bank.csv");
    const auto write = [&](const QByteArray& text) {
        QFile f(csv);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text);
    };
    const QStringList import = {"payments", "import", "--db", m_path, "--csv", csv, "--by", "李会计"};
    const QStringList list = {"payments", "list", "--db", m_path, "--account", "H-0001", "--season", "2025"};
    write("\xEF\xBB\xBF"
          "account,season,kind,amount,date,reference\n"
          "H-0001,2025,prepayment,2000.00,2025-11-20,银行流水 0001\n"
          "H-9999,2025,payment,10,2025-11-21,\n"
          "H-0001,2025,payment,1.005,2025-11-22,\n");
    const ReportRun refused = cli(import);
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.err.contains("line 3: no heat user with account 'H-9999'"))
        << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains("line 4: the amount")) << refused.err.toStdString();
    EXPECT_TRUE(cli(list).out.contains("\"paid\":\"0.00\"")); // nothing of the file was stored
    write("account,season,kind,amount,date,reference\n"
          "H-0001,2025,prepayment,2000.00,2025-11-20,银行流水 0001\n"
          "H-0001,2025,refund,99.99,2025-12-01,面积更正\n");
    const ReportRun done = cli(import);
    ASSERT_EQ(done.exitCode, 0) << done.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(done.out).object();
    EXPECT_EQ(o["imported"].toInt(), 2);
    EXPECT_EQ(o["paid"].toString(), "1900.01");
    EXPECT_TRUE(cli(list).out.contains("\"paid\":\"1900.01\""));
}
