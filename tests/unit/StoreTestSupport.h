// SPDX-License-Identifier: GPL-3.0-or-later
// A fresh database in a temporary folder with one site, channel, bus and a few meters.
#pragma once

#include "store/BillingRepository.h"
#include "store/ConfigRepository.h"
#include "store/Database.h"
#include "store/ReadingRepository.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <ostream>

namespace heatdesk::store {
// Lets a failed ASSERT_FALSE(error) print what the store said.
inline void PrintTo(const StoreError& e, std::ostream* os) {
    *os << e.message.toStdString();
}
} // namespace heatdesk::store

namespace storetest {

// Tianjin's residential two-part price from the 2014-15 season on (shared/docs/domain.md §1.2):
// 7.5 元/m² basic, 0.13 元/kWh metered, for the 2025 season.
inline heatdesk::store::TariffRow tianjinTariff2025() {
    heatdesk::store::TariffRow t;
    t.season = 2025;
    t.name = "residential";
    t.seasonStart = "2025-11-15";
    t.seasonEnd = "2026-03-15";
    t.basicPricePerM2 = "7.5";
    t.meteredPricePerKwh = "0.13";
    return t;
}

class StoreFixture : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("heatdesk.db"));
        auto error = m_db.open(m_path, heatdesk::store::Database::Mode::ReadWrite,
                               heatdesk::store::Database::Create::IfMissing);
        ASSERT_FALSE(error) << error->message.toStdString();
        heatdesk::store::ConfigRepository config(m_db);
        const auto site = config.addSite(QStringLiteral("Station 1"));
        const auto channel = config.addChannel(*site, QStringLiteral("COM1"), QStringLiteral("serial"));
        m_busId = *config.addBus(*channel, QStringLiteral("Bus A"));
        for (int i = 0; i < 3; ++i) {
            heatdesk::store::MeterConfig m;
            m.busId = m_busId;
            m.number = QStringLiteral("1234567%1").arg(i);
            m.primaryAddress = i + 1;
            m_meters.push_back(*config.addMeter(m));
        }
    }

    // A reading of `meter` at `atMs` with energy `kwh` and a plausible raw frame.
    static heatdesk::store::NewReading reading(qint64 meter, qint64 atMs, double kwh) {
        heatdesk::store::NewReading r;
        r.meterId = meter;
        r.readAtMs = atMs;
        r.values.energyKwh = kwh;
        r.values.supplyC = 70.5;
        r.values.returnC = 45.25;
        r.values.meterTime = heatdesk::reading::MeterTime{2026, 1, 31, 23, 0, 12};
        r.values.rawFrames = {0x68, 0x03, 0x03, 0x68, 0x08, 0x01, 0x72, 0x7B, 0x16};
        return r;
    }

    QTemporaryDir m_dir;
    QString m_path;
    heatdesk::store::Database m_db;
    qint64 m_busId = 0;
    std::vector<qint64> m_meters;
};

} // namespace storetest
