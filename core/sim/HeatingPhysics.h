// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/CivilTime.h"

#include <cstdint>
#include <vector>

namespace heatdesk::sim {

// The climate and network of one simulated district (shared/docs/domain.md §1.4, §3).
struct ClimateParams {
    std::uint64_t seed = 1;
    // Outdoor temperature: yearly cosine (coldest around 20 January), a daily cycle (coldest
    // before dawn) and multi-day weather spells. Defaults are Beijing-like.
    double annualMeanC = 12.5;
    double seasonalAmplitudeK = 15.5;
    int coldestDayOfYear = 20;
    double dailyAmplitudeK = 4.0;
    double weatherAmplitudeK = 4.0;
    // Heating season (every year), as month*100 + day: 15 Nov .. 15 Mar in Beijing and Tianjin.
    int seasonStartMmdd = 1115;
    int seasonEndMmdd = 315;
    // Heating curve: supply temperature at the design outdoor temperature, falling linearly
    // towards the room setpoint; the design temperature difference supply - return.
    double indoorSetpointC = 18.0;
    double designOutdoorC = -9.0;
    double designSupplyC = 60.0;
    double minimumSupplyC = 35.0;
    double designDeltaK = 15.0;
    // Hourly knots are computed from here on; earlier instants read as the origin.
    SimSeconds origin = 0;
};

// One flat behind one heat meter. Heat demand is proportional to the heating degrees: the
// factor spreads flats as position and insulation do (top floor vs middle, up to 3.5×).
struct FlatParams {
    double areaM2 = 90.0;
    double heatLossWPerM2K = 1.2;
    double deltaFactor = 1.0;   // this flat's ΔT relative to the network's (radiator sizing)
    double energyOffsetKwh = 0; // register value at the origin (earlier seasons)
    double volumeOffsetM3 = 0;
    bool vacant = false; // valve closed: no flow, registers stand still
};

// A water meter's household: litres per day with an evening peak.
struct WaterParams {
    double litresPerDay = 300.0;
    double volumeOffsetM3 = 0;
};

// What a heat meter measures at one instant.
struct FlatState {
    double outdoorC = 0;
    double supplyC = 0;
    double returnC = 0;
    double deltaK = 0;
    double powerKw = 0;
    double flowM3h = 0;
    double energyKwh = 0; // register, monotonic
    double volumeM3 = 0;  // register, monotonic
};

// Deterministic heating physics. Every value is a pure function of (parameters, seed, time):
// any instant can be asked for in any order, without stepping. Internally the outdoor
// temperature is linear between hourly knots, so power and flow are too and the registers are
// their exact integrals, taken from prefix sums built lazily (the object caches them, so one
// instance is not to be shared between threads).
// Energy and flow are tied by Q = V̇·ΔT·c·ρ with c·ρ = kWaterHeatKwhPerM3K.
class HeatingPhysics {
public:
    static constexpr double kWaterHeatKwhPerM3K = 4.186 * 985.0 / 3600.0; // c·ρ at about 60 °C

    explicit HeatingPhysics(ClimateParams params = {});

    const ClimateParams& params() const { return m_params; }
    bool inHeatingSeason(SimSeconds t) const;
    double outdoorC(SimSeconds t) const;
    FlatState flat(const FlatParams& flat, SimSeconds t) const;
    double waterVolumeM3(const WaterParams& water, SimSeconds t) const;
    double waterFlowM3h(const WaterParams& water, SimSeconds t) const;

private:
    struct Knot {
        double outdoorC;
        double degrees;     // heating degrees d (K), 0 outside the season
        double perDelta;    // d / ΔT of the network (1/1)
        double supplyC;     // heating curve at this knot
        double sumDegrees;  // ∫ d dt from the origin to this knot, K·h
        double sumPerDelta; // ∫ d/ΔT dt, h
    };
    const Knot& knot(std::int64_t index) const;
    Knot computeKnot(std::int64_t index) const;
    double rawOutdoorC(SimSeconds t) const;

    ClimateParams m_params;
    mutable std::vector<Knot> m_knots;
};

} // namespace heatdesk::sim
