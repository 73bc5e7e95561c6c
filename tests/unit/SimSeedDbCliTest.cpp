// SPDX-License-Identifier: GPL-3.0-or-later
// heatdesk-sim seed-db --scenario as a person or the README runs it: the real executable, its
// output, exit status and the database it leaves.
#include "CliRunner.h"
#include "store/ConfigRepository.h"
#include "store/Database.h"
#include "store/ReadingRepository.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

using namespace heatdesk;

const QString kScenario = QStringLiteral(HEATDESK_SOURCE_DIR "/resources/demo/scenario.json");

clitest::CliRun seedDb(const QStringList& args) {
    return clitest::runProgram(QStringLiteral(HEATDESK_SIM_PATH), QStringList{"seed-db"} + args);
}

TEST(SimSeedDbCli, WritesTheScenariosPastAndSaysHowToContinueIt) {
    QTemporaryDir dir;
    const QString path = dir.filePath("demo.db");
    // One day of readings; the last round stays the default, an hour before the scenario's start.
    const auto run = seedDb({"--scenario", kScenario, "--out", path, "--from", "2026-01-14T09:00"});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains("2 sites, 4 channels, 6 buses, 180 meters, 180 heat users"))
        << run.out.data();
    EXPECT_TRUE(run.out.contains("readings 2026-01-14T09:00 .. 2026-01-15T08:00 every 3600 s"))
        << run.out.data();
    EXPECT_TRUE(run.out.contains("--start 2026-01-15T09:00")) << run.out.data();

    store::Database db;
    ASSERT_FALSE(db.open(path));
    EXPECT_EQ(store::ConfigRepository(db).tree().size(), 180);
    // 24 rounds of the 143 meters that answer; the 37 on the overloaded and the cut bus and the
    // silent one fell silent two days before the start, before this day began.
    EXPECT_EQ(store::ReadingRepository(db).count(), 143 * 24);

    const auto again = seedDb({"--scenario", kScenario, "--out", path});
    EXPECT_EQ(again.exitCode, 3);
    EXPECT_TRUE(again.err.contains("exists")) << again.err.data();
}

TEST(SimSeedDbCli, RefusesWhatDoesNotGoWithAScenario) {
    QTemporaryDir dir;
    const QString path = dir.filePath("x.db");
    const auto generic = seedDb({"--scenario", kScenario, "--out", path, "--buses", "3"});
    EXPECT_EQ(generic.exitCode, 1);
    EXPECT_TRUE(generic.err.contains("--buses")) << generic.err.data();
    const auto late = seedDb({"--scenario", kScenario, "--out", path, "--to", "2026-01-15T09:00"});
    EXPECT_EQ(late.exitCode, 1);
    EXPECT_TRUE(late.err.contains("--to")) << late.err.data();
    const auto missing = seedDb({"--scenario", dir.filePath("none.json"), "--out", path});
    EXPECT_EQ(missing.exitCode, 3);
    EXPECT_TRUE(missing.err.contains("cannot open")) << missing.err.data();
    const auto startAlone = seedDb({"--out", path, "--start", "2026-01-15"});
    EXPECT_EQ(startAlone.exitCode, 1);
    EXPECT_FALSE(QFileInfo::exists(path));
}

} // namespace
