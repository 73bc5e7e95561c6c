// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/HistoryGenerator.h"

#include "sim/HeatingPhysics.h"
#include "sim/SimulatedCjt188Meter.h"
#include "sim/SimulatedMbusMeter.h"
#include "store/ConfigRepository.h"
#include "store/Database.h"
#include "store/HeatUserRepository.h"

#include <QElapsedTimer>
#include <cmath>
#include <memory>
#include <vector>

namespace heatdesk::sim {

namespace {

std::uint32_t toBcd(std::uint32_t n) {
    std::uint32_t out = 0;
    for (int shift = 0; shift < 32; shift += 4) {
        out |= (n % 10) << shift;
        n /= 10;
    }
    return out;
}

// Owns one generated meter; the history loop reads it through a HistoryMeter.
struct SimMeter {
    std::unique_ptr<SimulatedMbusMeter> mbus;
    std::unique_ptr<SimulatedCjt188Meter> cjt188;
};

FlatParams flatFor(std::uint64_t seed, int n) {
    FlatParams f;
    const auto u = [&](int k) {
        return unit(mix(seed, 0x666C6174, std::uint64_t(n) * 16 + std::uint64_t(k)));
    };
    f.areaM2 = std::round(55.0 + 85.0 * u(0));
    // Top floors and end units lose more heat; mid-floor flats get heat from their neighbours.
    f.heatLossWPerM2K = 0.7 + 1.4 * u(1) * u(1) + 0.2;
    f.deltaFactor = 0.8 + 0.4 * u(2);
    f.vacant = u(3) < 0.04;
    f.energyOffsetKwh = std::floor(u(4) * 4.0) * f.areaM2 * 85.0 + u(5) * 50.0;
    f.volumeOffsetM3 = f.energyOffsetKwh / 14.0;
    return f;
}

} // namespace

std::optional<int> parseInterval(const QString& text) {
    if (text.isEmpty())
        return std::nullopt;
    int factor = 1;
    QString number = text;
    const QChar last = text.back();
    if (last == 's' || last == 'm' || last == 'h' || last == 'd') {
        factor = last == 's' ? 1 : last == 'm' ? 60 : last == 'h' ? 3600 : 86400;
        number.chop(1);
    }
    bool ok = false;
    const qint64 n = number.toLongLong(&ok);
    if (!ok || n <= 0 || n * factor > 366LL * 86400)
        return std::nullopt;
    return static_cast<int>(n * factor);
}

std::optional<HistoryResult> generateHistory(const HistoryOptions& o, QString* error,
                                             const std::function<void(double)>& progress) {
    auto fail = [&](const QString& message) -> std::optional<HistoryResult> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (o.buses < 1 || o.buses > 10000)
        return fail(QStringLiteral("--buses must be 1..10000"));
    if (o.metersPerBus < 1 || o.metersPerBus > 250)
        return fail(QStringLiteral("--meters-per-bus must be 1..250 (one M-Bus segment)"));
    if (o.to <= o.from)
        return fail(QStringLiteral("--to must be after --from"));
    if (o.intervalSeconds < 60)
        return fail(QStringLiteral("--interval must be at least 1m"));

    QElapsedTimer total;
    total.start();
    HistoryResult result;
    store::Database db;
    if (!openNewHistoryDatabase(o.dbPath, db, error))
        return std::nullopt;
    store::ConfigRepository config(db);
    store::HeatUserRepository users(db);
    store::StoreError se;

    ClimateParams climate;
    climate.seed = o.seed;
    climate.origin = o.from - 86400; // knots from a day before, so the first reading has a past
    const HeatingPhysics physics(climate);

    const qint64 fromMs = utcMsFromChina(o.from);
    std::vector<SimMeter> meters;
    meters.reserve(std::size_t(o.buses) * std::size_t(o.metersPerBus));
    std::vector<HistoryMeter> reads;
    reads.reserve(meters.capacity());
    constexpr int kBusesPerSite = 10; // a heat exchange station serves a few buildings
    const MbusLayout layouts[] = {MbusLayout::LandisGyrT230, MbusLayout::SvmF22,
                                  MbusLayout::EngelmannSensoStar2C, MbusLayout::ItronCf55};
    std::optional<qint64> siteId;
    int meterNo = 0;
    for (int b = 0; b < o.buses; ++b) {
        if (b % kBusesPerSite == 0) {
            siteId = config.addSite(QStringLiteral("换热站 %1").arg(b / kBusesPerSite + 1), &se);
            if (!siteId)
                return fail(se.message);
            ++result.sites;
        }
        static const char* kinds[] = {"serial", "tcp", "dtu"};
        const QString kind = QString::fromLatin1(kinds[b % 3]);
        const auto channel = config.addChannel(*siteId, QStringLiteral("%1 %2").arg(kind).arg(b + 1), kind,
                                               QStringLiteral("{}"), &se);
        if (!channel)
            return fail(se.message);
        ++result.channels;
        const int building = b + 1;
        const auto bus = config.addBus(*channel, QStringLiteral("%1号楼").arg(building), &se);
        if (!bus)
            return fail(se.message);
        ++result.buses;
        const bool cjt = o.cjt188EveryNthBus > 0 && b % o.cjt188EveryNthBus == o.cjt188EveryNthBus - 1;
        for (int i = 0; i < o.metersPerBus; ++i, ++meterNo) {
            SimMeter m;
            store::MeterConfig mc;
            const FlatParams flat = flatFor(o.seed, meterNo);
            if (cjt) {
                Cjt188MeterConfig c;
                const auto address = cjt188::Address::fromText(
                    QStringLiteral("2025%1").arg(meterNo + 1, 10, 10, QLatin1Char('0')).toStdString());
                c.address = address.value_or(cjt188::Address{});
                c.flat = flat;
                m.cjt188 = std::make_unique<SimulatedCjt188Meter>(c, physics);
                mc = meterConfigFor(*m.cjt188);
            } else {
                MbusMeterConfig c;
                c.layout = layouts[i % 4];
                c.primaryAddress = static_cast<std::uint8_t>(i + 1);
                c.idBcd = toBcd(std::uint32_t(25000000 + meterNo + 1));
                c.flat = flat;
                c.batteryLow = unit(mix(o.seed, 0x62617474, std::uint64_t(meterNo))) < 0.01;
                c.clockOffsetSeconds =
                    static_cast<std::int64_t>(unit(mix(o.seed, 0x636C6F63, std::uint64_t(meterNo))) * 240) -
                    120;
                c.clockDriftPpm = unit(mix(o.seed, 0x64726966, std::uint64_t(meterNo))) * 40 - 20;
                m.mbus = std::make_unique<SimulatedMbusMeter>(c, physics);
                mc = meterConfigFor(*m.mbus);
            }
            mc.busId = *bus;
            mc.installedOn = QStringLiteral("2022-09-01");
            store::HeatUser u;
            u.account = QStringLiteral("HD%1").arg(meterNo + 1, 7, 10, QLatin1Char('0'));
            u.name = residentName(o.seed, meterNo);
            u.community = QStringLiteral("小区 %1").arg(b / kBusesPerSite + 1);
            u.building = QStringLiteral("%1号楼").arg(building);
            u.areaM2 = flat.areaM2;
            const auto meterId = addMeteredFlat(config, users, mc, u, i, fromMs - 86400000, &se);
            if (!meterId)
                return fail(se.message);
            ++result.heatUsers;
            reads.push_back({*meterId, m.mbus.get(), m.cjt188.get(), i}); // about 1 s a meter at 2400 Bd
            meters.push_back(std::move(m));
        }
    }
    result.meters = static_cast<int>(meters.size());
    if (!writeReadingRounds(db, QStringLiteral("heatdesk-sim seed-db"), reads,
                            {o.from, o.to, o.intervalSeconds}, total, result, error, progress))
        return std::nullopt;
    return result;
}

} // namespace heatdesk::sim
