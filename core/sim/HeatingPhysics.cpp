// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/HeatingPhysics.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace heatdesk::sim {

namespace {
constexpr double kHour = 3600.0;
constexpr std::int64_t kWeatherKnotSeconds = 3 * 86400; // weather spells last a few days
constexpr double kTwoPi = 2.0 * std::numbers::pi;

double smooth(double u) {
    return u * u * (3.0 - 2.0 * u);
}
} // namespace

HeatingPhysics::HeatingPhysics(ClimateParams params)
    : m_params(params) {}

bool HeatingPhysics::inHeatingSeason(SimSeconds t) const {
    const auto c = civilFromSeconds(t);
    const int mmdd = c.month * 100 + c.day;
    if (m_params.seasonStartMmdd <= m_params.seasonEndMmdd)
        return mmdd >= m_params.seasonStartMmdd && mmdd < m_params.seasonEndMmdd;
    // The season spans New Year; the end day is the first day without heating.
    return mmdd >= m_params.seasonStartMmdd || mmdd < m_params.seasonEndMmdd;
}

double HeatingPhysics::rawOutdoorC(SimSeconds t) const {
    const double days = double(t) / 86400.0;
    // Day of year from a fixed epoch is close enough for a cosine climate: 1970-01-01 is day 0.
    const double seasonal =
        m_params.annualMeanC - m_params.seasonalAmplitudeK *
                                   std::cos(kTwoPi * (days - double(m_params.coldestDayOfYear)) / 365.2425);
    const double hourOfDay = std::fmod(days, 1.0) * 24.0;
    const double daily = -m_params.dailyAmplitudeK * std::cos(kTwoPi * (hourOfDay - 4.0) / 24.0);
    // Weather: value noise with a knot every three days, eased between knots.
    const std::int64_t k =
        t >= 0 ? t / kWeatherKnotSeconds : (t - kWeatherKnotSeconds + 1) / kWeatherKnotSeconds;
    const double u = double(t - k * kWeatherKnotSeconds) / double(kWeatherKnotSeconds);
    const double a = unit(mix(m_params.seed, 0x77656174, static_cast<std::uint64_t>(k))) * 2.0 - 1.0;
    const double b = unit(mix(m_params.seed, 0x77656174, static_cast<std::uint64_t>(k + 1))) * 2.0 - 1.0;
    const double weather = m_params.weatherAmplitudeK * (a + (b - a) * smooth(u));
    return seasonal + daily + weather;
}

HeatingPhysics::Knot HeatingPhysics::computeKnot(std::int64_t index) const {
    const SimSeconds t = m_params.origin + index * static_cast<SimSeconds>(kHour);
    Knot k{};
    k.outdoorC = rawOutdoorC(t);
    const double span = std::max(1.0, m_params.indoorSetpointC - m_params.designOutdoorC);
    if (inHeatingSeason(t)) {
        k.degrees = std::max(0.0, m_params.indoorSetpointC - k.outdoorC);
        const double load = std::min(k.degrees / span, 1.4);
        k.supplyC = std::max(m_params.minimumSupplyC,
                             m_params.indoorSetpointC +
                                 (m_params.designSupplyC - m_params.indoorSetpointC) * std::pow(load, 0.77));
        // Thermostatic valves throttle flow at part load, so ΔT shrinks less than the load.
        const double delta = 3.0 + (m_params.designDeltaK - 3.0) * std::sqrt(load);
        k.perDelta = k.degrees > 0 ? k.degrees / delta : 0.0;
    } else {
        k.degrees = 0;
        k.perDelta = 0;
        k.supplyC = std::max(20.0, k.outdoorC); // pipes at room temperature between seasons
    }
    return k;
}

const HeatingPhysics::Knot& HeatingPhysics::knot(std::int64_t index) const {
    if (index < 0)
        index = 0;
    while (static_cast<std::int64_t>(m_knots.size()) <= index) {
        Knot k = computeKnot(static_cast<std::int64_t>(m_knots.size()));
        if (!m_knots.empty()) {
            const Knot& p = m_knots.back();
            k.sumDegrees = p.sumDegrees + 0.5 * (p.degrees + k.degrees);
            k.sumPerDelta = p.sumPerDelta + 0.5 * (p.perDelta + k.perDelta);
        }
        m_knots.push_back(k);
    }
    return m_knots[static_cast<std::size_t>(index)];
}

double HeatingPhysics::outdoorC(SimSeconds t) const {
    const SimSeconds rel = std::max<SimSeconds>(0, t - m_params.origin);
    const auto i = rel / static_cast<SimSeconds>(kHour);
    const double u = double(rel - i * static_cast<SimSeconds>(kHour)) / kHour;
    const Knot a = knot(i);
    const Knot& b = knot(i + 1);
    return a.outdoorC + (b.outdoorC - a.outdoorC) * u;
}

FlatState HeatingPhysics::flat(const FlatParams& flat, SimSeconds t) const {
    const SimSeconds rel = std::max<SimSeconds>(0, t - m_params.origin);
    const auto i = rel / static_cast<SimSeconds>(kHour);
    const double u = double(rel - i * static_cast<SimSeconds>(kHour)) / kHour;
    const Knot a = knot(i); // a copy: knot(i + 1) may grow the vector
    const Knot& b = knot(i + 1);

    const double degrees = a.degrees + (b.degrees - a.degrees) * u;
    const double perDelta = a.perDelta + (b.perDelta - a.perDelta) * u;
    // Exact integrals of the linear pieces from knot i to t, in hours.
    const double sumDegrees = a.sumDegrees + a.degrees * u + (b.degrees - a.degrees) * u * u / 2.0;
    const double sumPerDelta = a.sumPerDelta + a.perDelta * u + (b.perDelta - a.perDelta) * u * u / 2.0;

    const double kFlat = flat.vacant ? 0.0 : flat.areaM2 * flat.heatLossWPerM2K / 1000.0; // kW per K
    const double r = flat.deltaFactor > 0.1 ? flat.deltaFactor : 1.0;

    FlatState s;
    s.outdoorC = a.outdoorC + (b.outdoorC - a.outdoorC) * u;
    s.supplyC = a.supplyC + (b.supplyC - a.supplyC) * u;
    s.powerKw = kFlat * degrees;
    s.flowM3h = kFlat * perDelta / (kWaterHeatKwhPerM3K * r);
    s.energyKwh = flat.energyOffsetKwh + kFlat * sumDegrees;
    s.volumeM3 = flat.volumeOffsetM3 + kFlat * sumPerDelta / (kWaterHeatKwhPerM3K * r);
    if (s.flowM3h > 1e-9) {
        s.deltaK = s.powerKw / (s.flowM3h * kWaterHeatKwhPerM3K); // = r·d/q: Q = V̇·ΔT·c·ρ holds exactly
        s.returnC = s.supplyC - s.deltaK;
    } else {
        // No flow: the return pipe cools towards the room; never warmer than the supply.
        s.returnC = std::min(s.supplyC, m_params.indoorSetpointC - 2.0);
        s.deltaK = s.supplyC - s.returnC;
    }
    return s;
}

double HeatingPhysics::waterVolumeM3(const WaterParams& water, SimSeconds t) const {
    // Rate a·(1 + 0.8·cos(2π(τ − 19/24))) per day, τ in days: an evening peak, never negative.
    const double a = water.litresPerDay / 1000.0;
    const double tau = double(t - m_params.origin) / 86400.0;
    if (tau <= 0)
        return water.volumeOffsetM3;
    constexpr double phase = 19.0 / 24.0;
    const double wave = 0.8 / kTwoPi * (std::sin(kTwoPi * (tau - phase)) - std::sin(-kTwoPi * phase));
    return water.volumeOffsetM3 + a * (tau + wave);
}

double HeatingPhysics::waterFlowM3h(const WaterParams& water, SimSeconds t) const {
    const double a = water.litresPerDay / 1000.0;
    const double tau = double(t - m_params.origin) / 86400.0;
    return a * (1.0 + 0.8 * std::cos(kTwoPi * (tau - 19.0 / 24.0))) / 24.0;
}

} // namespace heatdesk::sim
