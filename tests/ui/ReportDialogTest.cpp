// SPDX-License-Identifier: GPL-3.0-or-later
// The report dialog computes the same sheet as heatdesk-cli report, off the GUI thread, and
// exports it as CSV, XLSX and PDF.
#include "reports/ReportDialog.h"

#include "SimTestSupport.h"
#include "TrafficSupport.h"
#include "sim/HistoryGenerator.h"
#include "store/BillingRepository.h"
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

using namespace heatdesk;

// The text a reader sees in a PDF, from pdftotext (as in CliReportTest), spaces dropped; nothing
// when pdftotext (poppler-utils) is missing.
std::optional<QString> pdfText(const QString& pdf) {
    QProcess text;
    text.start("pdftotext", {"-layout", pdf, "-"});
    if (!text.waitForStarted(5000) || !text.waitForFinished(30000))
        return std::nullopt;
    return QString::fromUtf8(text.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC)
        .remove(QLatin1Char(' '));
}

class ReportDialogTest : public ::testing::Test {
protected:
    void SetUp() override {
        sim::HistoryOptions o;
        o.dbPath = m_dir.filePath("report.db");
        o.buses = 2;
        o.metersPerBus = 3;
        o.cjt188EveryNthBus = 0;
        o.from = simtest::at("2025-12-31T12:00");
        o.to = simtest::at("2026-02-01T12:00");
        o.intervalSeconds = 6 * 3600;
        QString error;
        ASSERT_TRUE(sim::generateHistory(o, &error)) << error.toStdString();
        m_path = o.dbPath;
    }
    QTemporaryDir m_dir;
    QString m_path;
};

TEST_F(ReportDialogTest, ComputesAMonthForOneBuildingAndExportsIt) {
    ui::ReportDialog dialog(m_path);
    billing::SheetRequest request;
    request.month = "2026-01";
    request.building = "1号楼";
    dialog.setRequest(request);
    QSignalSpy built(&dialog, &ui::ReportDialog::built);
    dialog.build();
    ASSERT_TRUE(built.wait(10000));
    EXPECT_EQ(built.front().front().toInt(), 3);
    ASSERT_TRUE(dialog.sheet());
    EXPECT_EQ(dialog.sheet()->label, "2026-01");
    EXPECT_EQ(dialog.sheet()->usersWithConsumption, 3);
    EXPECT_GT(dialog.sheet()->totalHundredths, 0);

    dialog.show();
    uitest::screenshot(dialog, "report-dialog");

    const QString csv = m_dir.filePath("jan.csv");
    ASSERT_TRUE(dialog.exportTo(csv));
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    EXPECT_TRUE(text.startsWith("\xEF\xBB\xBF")); // Excel on Chinese Windows needs the BOM
    EXPECT_EQ(text.count('\n'), 1 + 3);           // header and the three users of 1号楼

    const QString pdf = m_dir.filePath("jan.pdf");
    ASSERT_TRUE(dialog.exportTo(pdf));
    QFile pdfFile(pdf);
    ASSERT_TRUE(pdfFile.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdfFile.read(5) == "%PDF-");
    ASSERT_TRUE(dialog.exportTo(m_dir.filePath("jan.xlsx")));
    EXPECT_GT(QFile(m_dir.filePath("jan.xlsx")).size(), 1000);

    QString error;
    EXPECT_FALSE(dialog.exportTo(m_dir.filePath("jan.doc"), &error));
    EXPECT_NE(error.indexOf(".xlsx"), -1);
}

TEST_F(ReportDialogTest, WritesTheSelectedHouseholdsStatementForTheSheetsMonth) {
    {
        store::Database db; // a tariff, so the month's sheet and the statement carry a fee
        ASSERT_FALSE(db.open(m_path));
        store::TariffRow t;
        t.season = 2025;
        t.name = "residential";
        t.seasonStart = "2025-11-15";
        t.seasonEnd = "2026-03-15";
        t.basicPricePerM2 = "7.5";
        t.meteredPricePerKwh = "0.13";
        ASSERT_FALSE(store::BillingRepository(db).saveTariff(t));
    }
    ui::ReportDialog dialog(m_path);
    billing::SheetRequest request;
    request.month = "2026-01";
    request.building = "1号楼";
    dialog.setRequest(request);
    QSignalSpy built(&dialog, &ui::ReportDialog::built);
    dialog.build();
    ASSERT_TRUE(built.wait(10000));
    auto* button = dialog.findChild<QPushButton*>("statement");
    ASSERT_NE(button, nullptr);
    EXPECT_FALSE(button->isEnabled()); // no row selected yet

    dialog.selectRow(1);
    ASSERT_EQ(dialog.selectedRow(), 1);
    EXPECT_TRUE(button->isEnabled());
    const billing::SheetRow& row = dialog.sheet()->rows.at(1);
    ASSERT_TRUE(row.fee);
    const QString account = row.consumption.user.account;
    ASSERT_FALSE(row.consumption.user.name.isEmpty());

    QString suggested;
    const QString pdf = m_dir.filePath("statement.pdf");
    dialog.setStatementPathProvider([&](const QString& name) {
        suggested = name;
        return pdf;
    });
    QSignalSpy written(&dialog, &ui::ReportDialog::statementWritten);
    QSignalSpy failed(&dialog, &ui::ReportDialog::statementFailed);
    button->click();
    EXPECT_EQ(suggested, account + "-2026-01.pdf");
    EXPECT_TRUE(dialog.writingStatement() || !written.isEmpty());
    if (dialog.writingStatement()) {
        EXPECT_FALSE(button->isEnabled()); // one statement at a time
    }
    ASSERT_TRUE(written.wait(30'000))
        << (failed.isEmpty() ? "" : failed.front().front().toString().toStdString());
    EXPECT_EQ(written.front().front().toString(), pdf);
    EXPECT_TRUE(button->isEnabled());

    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.read(5), "%PDF-");
    dialog.show();
    uitest::screenshot(dialog, "report-dialog-statement");
    if (const QString dir = qEnvironmentVariable("HEATDESK_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QFile::remove(QDir(dir).filePath("report-statement.pdf"));
        EXPECT_TRUE(QFile::copy(pdf, QDir(dir).filePath("report-statement.pdf"))); // to look at
    }
    const auto text = pdfText(pdf);
    if (!text)
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    for (const QString& shown :
         {account, row.consumption.user.name, QStringLiteral("2026-01"), QStringLiteral("0.1300CNY/kWh"),
          row.fee->toString(2) + QStringLiteral("CNY")})
        EXPECT_TRUE(text->contains(QString(shown).remove(QLatin1Char(' ')))) << shown.toStdString() << "\n"
                                                                             << text->toStdString();

    // A statement that cannot be written says why.
    EXPECT_TRUE(dialog.writeStatement(0, m_dir.filePath("no/such/dir/x.pdf")));
    ASSERT_TRUE(failed.wait(30'000));
    EXPECT_FALSE(failed.front().front().toString().isEmpty());
    EXPECT_FALSE(dialog.writeStatement(99, pdf)); // no such row
}

TEST_F(ReportDialogTest, AnUnreadableDatabaseIsAClearFailure) {
    ui::ReportDialog dialog(m_dir.filePath("missing.db"));
    QSignalSpy failed(&dialog, &ui::ReportDialog::failed);
    dialog.build();
    ASSERT_TRUE(failed.wait(10000));
    EXPECT_FALSE(failed.front().front().toString().isEmpty());
    EXPECT_FALSE(dialog.sheet());
    QString error;
    EXPECT_FALSE(dialog.exportTo(m_dir.filePath("x.csv"), &error));
}

} // namespace
