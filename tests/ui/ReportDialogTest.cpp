// SPDX-License-Identifier: GPL-3.0-or-later
// The report dialog computes the same sheet as heatdesk-cli report, off the GUI thread, and
// exports it as CSV, XLSX and PDF.
#include "reports/ReportDialog.h"

#include "SimTestSupport.h"
#include "TrafficSupport.h"
#include "sim/HistoryGenerator.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

using namespace heatdesk;

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
