// SPDX-License-Identifier: GPL-3.0-or-later
#include "cjt188/HeatReadingMapper.h"

namespace heatdesk::cjt188 {
namespace {

constexpr int kWhToKwh = -3;

std::optional<double> energyKwh(const MeasuredValue& m) {
    if (m.unitQuantity() != Quantity::Energy || !m.bcdValid)
        return std::nullopt;
    return toCanonical(m.digits, m.decimals, m.unitCode, kWhToKwh);
}

void applyStatus(const Status& st, reading::HeatReading& r) {
    r.valve = st.valve();
    r.batteryLow = st.batteryLow();
    if (st.batteryLow())
        r.set(reading::ReadingFlag::PowerLow);
}

} // namespace

bool toHeatReading(const Message& message, std::span<const std::uint8_t> raw, reading::HeatReading& r,
                   const MeterProfile& profile) {
    r.clear();
    r.rawFrames.assign(raw.begin(), raw.end());
    if (const auto* h = std::get_if<HeatData>(&message.payload)) {
        r.energyKwh = energyKwh(h->currentEnergy);
        if (!profile.firstEnergyIsCooling)
            r.settlementEnergyKwh = energyKwh(h->settlementEnergy);
        r.powerKw = h->power.canonicalAs(Quantity::Power);
        r.flowM3h = h->flow.canonicalAs(Quantity::Flow);
        r.volumeM3 = h->volume.canonicalAs(Quantity::Volume);
        r.supplyC = h->supplyC.value();
        r.returnC = h->returnC.value();
        if (h->operatingHours.valid)
            r.operatingSeconds = static_cast<std::int64_t>(h->operatingHours.digits) * 3600;
        r.meterTime = h->clock.time;
        applyStatus(h->status, r);
        return true;
    }
    if (const auto* w = std::get_if<WaterData>(&message.payload)) {
        r.volumeM3 = w->currentVolume.canonicalAs(Quantity::Volume);
        r.settlementVolumeM3 = w->settlementVolume.canonicalAs(Quantity::Volume);
        r.meterTime = w->clock.time;
        applyStatus(w->status, r);
        return true;
    }
    return false;
}

} // namespace heatdesk::cjt188
