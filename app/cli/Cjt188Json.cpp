// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Cjt188Json.h"

#include "cjt188/HeatReadingMapper.h"
#include "cli/TelegramJson.h"
#include "text/HexText.h"

#include <cstdio>

namespace heatdesk::cli {
namespace {

using namespace heatdesk::cjt188;

std::string diText(std::uint16_t di) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "%04X", di);
    return buf;
}

std::string isoTime(const reading::MeterTime& t) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d", t.year, t.month, t.day, t.hour, t.minute,
                  t.second);
    return buf;
}

void writeFrame(JsonWriter& json, const Message& m) {
    const Frame& f = m.frame;
    json.key("frame").beginObject();
    json.key("kind").value("cjt188");
    json.key("meter_type").value(static_cast<unsigned>(f.meterType));
    json.key("address").value(f.address.toText());
    json.key("control").value(static_cast<unsigned>(f.control.raw));
    if (m.hasDi)
        json.key("di").value(diText(m.di.di));
    if (m.hasSer)
        json.key("ser").value(static_cast<unsigned>(m.ser));
    json.key("preamble").value(static_cast<std::uint64_t>(f.preamble));
    json.key("length").value(static_cast<unsigned>(f.length));
    json.key("function").value(functionName(f.control.function()));
    json.key("response").value(f.control.isResponse());
    json.key("abnormal").value(f.control.isAbnormal());
    if (m.hasDi) {
        json.key("di_order").value(diOrderName(m.di.order));
        json.key("di_known").value(m.di.known);
    }
    json.endObject();
}

std::optional<Status> statusOf(const Message& m) {
    if (const auto* h = std::get_if<HeatData>(&m.payload))
        return h->status;
    if (const auto* w = std::get_if<WaterData>(&m.payload))
        return w->status;
    if (const auto* s = std::get_if<StatusReply>(&m.payload))
        return s->status;
    if (const auto* p = std::get_if<PurchaseData>(&m.payload))
        return p->status;
    if (m.abnormal && m.abnormal->status)
        return m.abnormal->status;
    return std::nullopt;
}

void writeHeader(JsonWriter& json, const Message& m) {
    json.key("header").beginObject();
    json.key("id").value(m.frame.address.toText());
    json.key("medium").value(mediumName(m.frame.meterType));
    if (const auto st = statusOf(m))
        json.key("status").value(static_cast<unsigned>(st->value()));
    json.endObject();
}

void writeMeasured(JsonWriter& json, std::string_view name, const MeasuredValue& v) {
    json.beginObject();
    json.key("name").value(name);
    std::string raw = text::toHex(v.valueBytes);
    json.key("raw").value(raw);
    json.key("unit_code").value(static_cast<unsigned>(v.unitCode));
    const auto info = unitInfo(v.unitCode);
    json.key("unit").value(info ? info->symbol : std::string_view("unknown"));
    json.key("value");
    if (v.bcdValid)
        json.decimal(v.digits, -v.decimals);
    else
        json.null();
    if (v.notAvailable)
        json.key("not_available").value(true);
    json.endObject();
}

void writeNumber(JsonWriter& json, std::string_view key, const BcdNumber& n) {
    json.key(key);
    if (n.valid)
        json.decimal(n.digits, -n.decimals);
    else
        json.null();
}

void writeClock(JsonWriter& json, const MeterClock& c) {
    json.key("clock_raw").value(text::toHex(c.raw));
    json.key("clock_encoding").value(clockEncodingName(c.encoding));
}

void writeWarnings(JsonWriter& json, std::uint32_t w) {
    json.key("warnings").beginArray();
    if (w & warning::SupplyImplausible)
        json.value("supply_temperature_implausible");
    if (w & warning::ReturnImplausible)
        json.value("return_temperature_implausible");
    if (w & warning::TimeOrderDiffers)
        json.value("time_byte_order_differs");
    if (w & warning::ClockInvalid)
        json.value("clock_invalid");
    json.endArray();
}

void writeUnitPosition(JsonWriter& json, UnitPosition p, bool detected) {
    json.key("unit_position").value(unitPositionName(p));
    json.key("unit_position_detected").value(detected);
}

void writePayload(JsonWriter& json, const Message& m) {
    json.key("payload").beginObject();
    std::visit(
        [&](const auto& p) {
            using T = std::decay_t<decltype(p)>;
            if constexpr (std::is_same_v<T, HeatData>) {
                json.key("layout").value("heat_901f");
                writeUnitPosition(json, p.unitPosition, p.unitPositionDetected);
                json.key("fields").beginArray();
                writeMeasured(json, "settlement_energy", p.settlementEnergy);
                writeMeasured(json, "current_energy", p.currentEnergy);
                writeMeasured(json, "power", p.power);
                writeMeasured(json, "flow", p.flow);
                writeMeasured(json, "volume", p.volume);
                json.endArray();
                writeNumber(json, "supply_c", p.supplyC);
                writeNumber(json, "return_c", p.returnC);
                writeNumber(json, "operating_hours", p.operatingHours);
                writeClock(json, p.clock);
                writeWarnings(json, p.warnings);
            } else if constexpr (std::is_same_v<T, WaterData>) {
                json.key("layout").value("water_901f");
                writeUnitPosition(json, p.unitPosition, p.unitPositionDetected);
                json.key("fields").beginArray();
                writeMeasured(json, "current_volume", p.currentVolume);
                writeMeasured(json, "settlement_volume", p.settlementVolume);
                json.endArray();
                writeClock(json, p.clock);
                writeWarnings(json, p.warnings);
            } else if constexpr (std::is_same_v<T, HistoryValue>) {
                json.key("layout").value("history");
                json.key("months_ago").value(p.monthsAgo);
                json.key("fields").beginArray();
                writeMeasured(json, "settlement_value", p.value);
                json.endArray();
            } else if constexpr (std::is_same_v<T, DayValue>) {
                json.key("layout").value("day");
                json.key("day");
                if (p.day)
                    json.value(*p.day);
                else
                    json.null();
            } else if constexpr (std::is_same_v<T, AddressData>) {
                json.key("layout").value("address");
                json.key("address").value(p.address.toText());
            } else if constexpr (std::is_same_v<T, ValveCommand>) {
                json.key("layout").value("valve_command");
                json.key("code").value(static_cast<unsigned>(p.code));
                json.key("target").value(valveStateName(p.target));
            } else if constexpr (std::is_same_v<T, StatusReply>) {
                json.key("layout").value("status");
            } else if constexpr (std::is_same_v<T, TimeData>) {
                json.key("layout").value("time");
                writeClock(json, p.clock);
                if (p.clock.time)
                    json.key("time").value(isoTime(*p.clock.time));
            } else if constexpr (std::is_same_v<T, PurchaseData>) {
                json.key("layout").value("purchase");
                json.key("sequence").value(static_cast<unsigned>(p.sequence));
                writeNumber(json, "this_purchase", p.thisPurchase);
                writeNumber(json, "total_purchased", p.totalPurchased);
                writeNumber(json, "remaining", p.remaining);
            } else if constexpr (std::is_same_v<T, SyncData>) {
                json.key("layout").value("sync");
                json.key("unit_code").value(static_cast<unsigned>(p.unitCode));
                writeNumber(json, "value", p.value);
            } else if constexpr (std::is_same_v<T, RawData>) {
                json.key("layout").value("raw");
                json.key("raw").value(text::toHex(p.bytes));
            } else {
                json.key("layout").value("none");
            }
        },
        m.payload);
    json.endObject();
}

void writeHeat(JsonWriter& json, const Message& m, std::span<const std::uint8_t> raw,
               const MeterProfile& profile) {
    reading::HeatReading r;
    if (!toHeatReading(m, raw, r, profile))
        return;
    json.key("heat").beginObject();
    auto number = [&](std::string_view key, const std::optional<double>& v) {
        if (v)
            json.key(key).value(*v);
    };
    number("energy_kwh", r.energyKwh);
    number("settlement_energy_kwh", r.settlementEnergyKwh);
    number("power_kw", r.powerKw);
    number("flow_m3h", r.flowM3h);
    number("volume_m3", r.volumeM3);
    number("settlement_volume_m3", r.settlementVolumeM3);
    number("supply_c", r.supplyC);
    number("return_c", r.returnC);
    if (r.operatingSeconds)
        json.key("operating_s").value(*r.operatingSeconds);
    if (r.meterTime)
        json.key("meter_time").value(isoTime(*r.meterTime));
    if (r.valve != reading::ValveState::Unknown)
        json.key("valve").value(valveStateName(r.valve));
    if (r.batteryLow)
        json.key("battery_low").value(*r.batteryLow);
    json.key("error_flags").beginArray();
    for (int b = 0; b < reading::kReadingFlagCount; ++b) {
        const auto flag = static_cast<reading::ReadingFlag>(1u << b);
        if (r.has(flag))
            json.value(reading::readingFlagName(flag));
    }
    json.endArray();
    json.endObject();
}

} // namespace

void writeCjt188Message(JsonWriter& json, const Message& m, std::span<const std::uint8_t> raw,
                        const MeterProfile& profile) {
    json.beginObject();
    json.key("ok").value(true);
    json.key("protocol").value("cjt188");
    writeFrame(json, m);
    writeHeader(json, m);
    writePayload(json, m);
    writeHeat(json, m, raw, profile);
    json.endObject();
}

void writeCjt188Abnormal(JsonWriter& json, const Message& m) {
    const DecodeError e = abnormalError(m);
    json.beginObject();
    json.key("ok").value(false);
    json.key("error").beginObject();
    json.key("code").value(errorCodeName(e.code));
    json.key("message").value(e.message);
    json.key("offset").value(static_cast<std::uint64_t>(e.offset));
    json.key("detail");
    if (e.detail >= 0)
        json.value(e.detail);
    else
        json.null();
    if (m.abnormal) {
        json.key("form").value(abnormalFormName(m.abnormal->form));
        if (m.abnormal->status)
            json.key("valve").value(valveStateName(m.abnormal->status->valve()));
    }
    json.endObject();
    json.key("protocol").value("cjt188");
    writeFrame(json, m);
    writeHeader(json, m);
    json.endObject();
}

} // namespace heatdesk::cli
