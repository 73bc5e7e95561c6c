// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/ScenarioHistory.h"

#include "station/ChannelSettings.h"
#include "store/ConfigRepository.h"
#include "store/Database.h"
#include "store/HeatUserRepository.h"

#include <QElapsedTimer>
#include <algorithm>
#include <map>
#include <memory>

namespace heatdesk::sim {

namespace {

constexpr SimSeconds kDay = 86400;
constexpr SimSeconds kDefaultSpan = 90 * kDay;
// How long before the epoch a meter that cannot answer now stopped answering: long enough for
// the tree to show its last reading as stale, short enough to look like a fresh fault.
constexpr SimSeconds kFaultAge = 2 * kDay;
constexpr SimSeconds kSecondsPerMeter = 1; // a bus reads its meters one after the other

// The channel of a bus, as the channel dialog would store it: the GPRS DTU the bus is behind,
// or a serial-to-Ethernet converter on this machine whose port the caller fills in once its
// simulated server listens.
station::ChannelSettings channelSettings(const BusSpec& bus) {
    station::ChannelSettings s;
    s.serial.baud = static_cast<int>(bus.config.baud);
    if (bus.dtu) {
        s.kind = station::ChannelSettings::Kind::Dtu;
        s.dtuId = bus.dtu->id;
        s.dtuIdHex = bus.dtu->idHex;
        s.dtuFraming = bus.dtu->framing;
    } else {
        s.kind = station::ChannelSettings::Kind::Tcp;
        s.tcp.host = QStringLiteral("127.0.0.1");
        s.tcp.port = 0;
    }
    return s;
}

bool answersAtEpoch(const BusSpec& bus, const MeterSpec& meter) {
    const auto& faults =
        std::visit([](const auto& spec) -> const MeterFaults& { return spec.faults; }, meter);
    return !faults.silent && !bus.config.faults.overload && !bus.config.faults.noLoad;
}

const FlatParams& flatOf(const MeterSpec& meter) {
    return std::visit([](const auto& spec) -> const FlatParams& { return spec.config.flat; }, meter);
}

} // namespace

std::optional<ScenarioHistoryResult> generateScenarioHistory(const Scenario& scenario,
                                                             const ScenarioHistoryOptions& o, QString* error,
                                                             const std::function<void(double)>& progress) {
    auto fail = [&](const QString& message) -> std::optional<ScenarioHistoryResult> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (scenario.buses.empty())
        return fail(QStringLiteral("the scenario has no buses"));
    if (o.intervalSeconds < 60)
        return fail(QStringLiteral("--interval must be at least 1m"));
    ScenarioHistoryResult out;
    out.epoch = o.epoch.value_or(scenario.epoch());
    const SimSeconds origin = out.epoch - Scenario::kHistorySeconds;
    out.rounds.intervalSeconds = o.intervalSeconds;
    out.rounds.from = o.from.value_or(out.epoch - kDefaultSpan);
    out.rounds.to = o.to.value_or(out.epoch - o.intervalSeconds);
    std::size_t longestBus = 0;
    for (const auto& bus : scenario.buses)
        longestBus = std::max(longestBus, bus.meters.size());
    const SimSeconds roundSeconds = SimSeconds(longestBus) * kSecondsPerMeter;
    const auto text = [](SimSeconds t) { return QString::fromStdString(formatCivil(t)); };
    if (out.rounds.from < origin)
        return fail(QStringLiteral("--from must not be before %1: the scenario's registers start 180 days "
                                   "before the simulation (%2)")
                        .arg(text(origin), text(out.epoch)));
    if (out.rounds.to < out.rounds.from)
        return fail(QStringLiteral("--to must not be before --from"));
    if (out.rounds.to + roundSeconds > out.epoch)
        return fail(QStringLiteral("--to must be at least %1 s (a round of readings) before the simulation "
                                   "starts at %2, or the live meters would contradict the history")
                        .arg(roundSeconds)
                        .arg(text(out.epoch)));

    QElapsedTimer total;
    total.start();
    HistoryResult& result = out.totals;
    store::Database db;
    if (!openNewHistoryDatabase(o.dbPath, db, error))
        return std::nullopt;
    store::ConfigRepository config(db);
    store::HeatUserRepository users(db);
    store::StoreError se;

    const HeatingPhysics physics = scenario.physics(out.epoch);
    std::vector<std::unique_ptr<SimulatedBus>> buses; // the meters the history reads
    std::vector<HistoryMeter> reads;
    std::map<QString, qint64> sites;
    const QString community = scenario.community.isEmpty() ? scenario.name : scenario.community;
    const QString installedOn = QStringLiteral("%1-09-01").arg(civilFromSeconds(origin).year - 2);
    int userNo = 0;
    for (std::size_t b = 0; b < scenario.buses.size(); ++b) {
        const BusSpec& spec = scenario.buses[b];
        const QString siteName = spec.site.isEmpty() ? scenario.name : spec.site;
        if (!sites.count(siteName)) {
            const auto site = config.addSite(siteName, &se);
            if (!site)
                return fail(se.message);
            sites[siteName] = *site;
            ++result.sites;
        }
        // Buses sharing a channel join the one the first of them added.
        const std::size_t first = scenario.channelBuses(b).front();
        if (first == b) {
            const auto settings = channelSettings(spec);
            const auto channel =
                config.addChannel(sites[siteName], scenario.channelName(b), settings.kindName(),
                                  QString::fromUtf8(settings.toJson()), &se);
            if (!channel)
                return fail(se.message);
            ++result.channels;
            out.channelIds.push_back(*channel);
        } else {
            out.channelIds.push_back(out.channelIds[first]);
        }
        const auto busId = config.addBus(out.channelIds.back(), spec.name, &se);
        if (!busId)
            return fail(se.message);
        ++result.buses;
        out.busIds.push_back(*busId);

        buses.push_back(scenario.buildBus(b, physics, out.epoch));
        SimulatedBus& bus = *buses.back();
        for (int i = 0; i < bus.meterCount(); ++i, ++userNo) {
            const MeterSpec& meterSpec = spec.meters[std::size_t(i)];
            HistoryMeter read;
            read.mbus = bus.mbusMeter(i);
            read.cjt188 = bus.cjt188Meter(i);
            store::MeterConfig mc = read.mbus ? meterConfigFor(*read.mbus) : meterConfigFor(*read.cjt188);
            mc.busId = *busId;
            mc.installedOn = installedOn;
            const FlatParams& flat = flatOf(meterSpec);
            store::HeatUser u;
            u.account = QStringLiteral("HD%1%2")
                            .arg(b + 1, 2, 10, QLatin1Char('0'))
                            .arg(i + 1, 3, 10, QLatin1Char('0'));
            // A vacant flat keeps its owner (who pays the basic heat fee); the office marks it.
            u.name = residentName(scenario.climate.seed, userNo) +
                     (flat.vacant ? QStringLiteral("（空置）") : QString());
            u.community = community;
            u.building = spec.building.isEmpty() ? spec.name : spec.building;
            u.areaM2 = flat.areaM2;
            const auto meterId = addMeteredFlat(config, users, mc, u, i, utcMsFromChina(origin), &se);
            if (!meterId)
                return fail(QStringLiteral("bus '%1', meter %2: %3").arg(spec.name, mc.number, se.message));
            ++result.heatUsers;

            read.meterId = *meterId;
            read.offsetInRound = SimSeconds(i) * kSecondsPerMeter;
            if (!answersAtEpoch(spec, meterSpec))
                read.lastReadable = out.epoch - kFaultAge;
            reads.push_back(read);
        }
    }
    result.meters = static_cast<int>(reads.size());
    if (!writeReadingRounds(db, QStringLiteral("heatdesk-sim seed-db --scenario"), reads, out.rounds, total,
                            result, error, progress))
        return std::nullopt;
    return out;
}

} // namespace heatdesk::sim
