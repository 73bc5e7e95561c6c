// SPDX-License-Identifier: GPL-3.0-or-later
#include "mbus/HeatReadingMapper.h"

#include <cmath>

namespace heatdesk::mbus {

using reading::ReadingFlag;

bool isMeteringMedium(std::uint8_t medium) {
    switch (medium) {
    case 0x03: // gas
    case 0x04: // heat, outlet
    case 0x06: // warm water
    case 0x07: // water
    case 0x0A: // cooling, outlet
    case 0x0B: // cooling, inlet
    case 0x0C: // heat, inlet
    case 0x0D: // heat / cooling
    case 0x15: // hot water
    case 0x16: // cold water
    case 0x17: // dual register water
        return true;
    default:
        return false;
    }
}

namespace {

bool isCurrentValue(const DataRecord& r) {
    return r.storage == 0 && r.tariff == 0 && r.subunit == 0 && r.function == RecordFunction::Instantaneous &&
           !r.hasCombinableVife();
}

bool isNumber(const DataRecord& r) {
    return r.kind == ValueKind::Exact || r.kind == ValueKind::Real;
}

void setOnce(std::optional<double>& field, double value) {
    if (!field)
        field = value;
}

void addStatusFlags(std::uint8_t status, reading::HeatReading& out) {
    switch (status & 0x03) {
    case 1:
        out.set(ReadingFlag::ApplicationBusy);
        break;
    case 2:
        out.set(ReadingFlag::ApplicationError);
        break;
    case 3:
        out.set(ReadingFlag::Alarm);
        break;
    default:
        break;
    }
    constexpr ReadingFlag bits[] = {ReadingFlag::PowerLow,       ReadingFlag::PermanentError,
                                    ReadingFlag::TemporaryError, ReadingFlag::Manufacturer1,
                                    ReadingFlag::Manufacturer2,  ReadingFlag::Manufacturer3};
    for (int b = 0; b < 6; ++b)
        if (status & (0x04 << b))
            out.set(bits[b]);
}

} // namespace

void toHeatReading(const Telegram& telegram, std::span<const std::uint8_t> rawFrames,
                   reading::HeatReading& out) {
    out.clear();
    out.rawFrames.assign(rawFrames.begin(), rawFrames.end());
    addStatusFlags(telegram.header.status, out);

    for (const DataRecord& r : telegram.records) {
        if (r.recordError)
            out.set(ReadingFlag::RecordError);
        if (r.quantity == "error_flags" && r.kind == ValueKind::Exact && r.mantissa != 0)
            out.set(ReadingFlag::ErrorRecord);
        if (!isCurrentValue(r))
            continue;
        if (r.kind == ValueKind::Time) {
            if (!out.meterTime && r.quantity == "date_time" && r.time.hasDate && r.time.hasTime &&
                !r.time.invalid) {
                const TimePoint& t = r.time;
                out.meterTime = reading::MeterTime{t.year, t.month, t.day, t.hour, t.minute, t.second};
            }
            continue;
        }
        if (!isNumber(r))
            continue;
        const double v = r.number();
        // Energies and powers: Wh and W to kWh and kW; J and J/h via 3.6 MJ per kWh.
        switch (r.unit) {
        case Unit::Wh:
            if (r.quantity == "energy")
                setOnce(out.energyKwh, v / 1e3);
            break;
        case Unit::J:
            if (r.quantity == "energy")
                setOnce(out.energyKwh, v / 3.6e6);
            break;
        case Unit::Watt:
            if (r.quantity == "power")
                setOnce(out.powerKw, v / 1e3);
            break;
        case Unit::JoulePerHour:
            if (r.quantity == "power")
                setOnce(out.powerKw, v / 3.6e6);
            break;
        case Unit::CubicMetre:
            if (r.quantity == "volume")
                setOnce(out.volumeM3, v);
            break;
        case Unit::CubicMetrePerHour:
            setOnce(out.flowM3h, v);
            break;
        case Unit::Celsius:
            if (r.quantity == "flow_temperature")
                setOnce(out.supplyC, v);
            else if (r.quantity == "return_temperature")
                setOnce(out.returnC, v);
            break;
        case Unit::Kelvin:
            setOnce(out.deltaK, v);
            break;
        case Unit::Second:
            // A real (or absurdly scaled) value from a broken meter must not overflow the
            // integer: only plausible durations are taken; the record itself stays in the telegram.
            if (r.quantity == "operating_time" && !out.operatingSeconds && std::isfinite(v) && v >= 0 &&
                v < 1e15)
                out.operatingSeconds = static_cast<std::int64_t>(v);
            break;
        default:
            break;
        }
    }
}

} // namespace heatdesk::mbus
