// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/TelegramJson.h"

#include "mbus/HeatReadingMapper.h"
#include "mbus/VifTable.h"
#include "text/HexText.h"

#include <cstdio>

namespace heatdesk::cli {
namespace {

using namespace heatdesk::mbus;

std::string hexOf(std::span<const std::uint8_t> bytes) {
    return text::toHex(bytes);
}

std::string hexByte(std::uint8_t b) {
    return text::toHex(std::span(&b, 1));
}

// Meter text is single-byte (ASCII, sometimes Latin-1): transmitted last character first.
std::string meterText(std::span<const std::uint8_t> wire) {
    std::string out;
    out.reserve(wire.size());
    for (auto it = wire.rbegin(); it != wire.rend(); ++it) {
        const std::uint8_t c = *it;
        if (c < 0x80) {
            out.push_back(static_cast<char>(c));
        } else { // Latin-1 to UTF-8
            out.push_back(static_cast<char>(0xC0 | (c >> 6)));
            out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
        }
    }
    return out;
}

std::string isoTime(const TimePoint& t) {
    char buf[32];
    if (t.hasDate && t.hasTime)
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d", t.year, t.month, t.day, t.hour,
                      t.minute, t.second);
    else if (t.hasDate)
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", t.year, t.month, t.day);
    else
        std::snprintf(buf, sizeof buf, "%02d:%02d:%02d", t.hour, t.minute, t.second);
    return buf;
}

std::string meterId(std::uint32_t idBcd) {
    char buf[9];
    std::snprintf(buf, sizeof buf, "%08X", idBcd);
    return buf;
}

std::string_view frameKindName(FrameKind k) {
    switch (k) {
    case FrameKind::Ack:
        return "ack";
    case FrameKind::Short:
        return "short";
    case FrameKind::Control:
        return "control";
    case FrameKind::Long:
        return "long";
    }
    return "long";
}

std::string_view applicationErrorName(int code) {
    switch (code) {
    case -1:
    case 0:
        return "unspecified_error";
    case 1:
        return "unimplemented_ci";
    case 2:
        return "buffer_too_long_truncated";
    case 3:
        return "too_many_records";
    case 4:
        return "premature_end_of_record";
    case 5:
        return "more_than_10_dife";
    case 6:
        return "more_than_10_vife";
    case 8:
        return "application_busy";
    case 9:
        return "too_many_readouts";
    default:
        return "reserved";
    }
}

void writeValue(JsonWriter& json, const DataRecord& r) {
    json.key("value");
    switch (r.kind) {
    case ValueKind::None:
        json.null();
        break;
    case ValueKind::Exact:
        json.decimal(r.mantissa, r.exp10);
        break;
    case ValueKind::Real:
        json.value(r.real);
        break;
    case ValueKind::Time:
        if (r.time.invalid) {
            json.null();
            json.key("invalid").value(true);
        } else {
            json.value(isoTime(r.time));
        }
        break;
    case ValueKind::Text:
        json.value(meterText(r.bytes));
        break;
    case ValueKind::Bytes:
        json.value(hexOf(r.bytes));
        break;
    case ValueKind::BadBcd:
        // Hex digits in a BCD field are how meters display errors ("--", "E1"): keep them visible.
        json.null();
        json.key("invalid").value(true);
        json.key("bcd_digits").value(hexOf(r.bytes));
        break;
    }
}

void writeRecord(JsonWriter& json, const DataRecord& r, int index, bool multiTelegram) {
    json.beginObject();
    json.key("index").value(index);
    if (multiTelegram)
        json.key("telegram").value(static_cast<int>(r.telegram));
    json.key("dif").value(hexByte(r.dif));
    json.key("vif").value(hexByte(r.vif));
    // The whole DIB and VIB as on the wire (with DIFE and VIFE) for audit.
    const std::size_t dibLength = [&] {
        std::size_t n = 1;
        while (n < r.raw.size() && (r.raw[n - 1] & 0x80))
            ++n;
        return n;
    }();
    json.key("dib").value(hexOf(r.raw.first(std::min(dibLength, r.raw.size()))));
    json.key("storage").value(static_cast<std::uint64_t>(r.storage));
    json.key("tariff").value(static_cast<unsigned>(r.tariff));
    json.key("subunit").value(static_cast<unsigned>(r.subunit));
    json.key("function").value(functionName(r.function));
    json.key("quantity").value(r.quantity);
    json.key("unit").value(unitSymbol(r.unit));
    if ((r.vif & 0x7F) == vif::PlainText)
        json.key("unit_text").value(meterText(r.plainTextUnit));
    if (r.combinableFrom < r.vifeCount) {
        json.key("vife").beginArray();
        const std::uint8_t end = std::min<std::uint8_t>(r.vifeCount, r.manufacturerVifeFrom);
        for (std::uint8_t k = r.combinableFrom; k < end; ++k)
            json.value(combinableVife(r.vife[k]).name);
        json.endArray();
    }
    writeValue(json, r);
    if (r.hasRawInteger) // the number as the meter sent it, before the VIF's scale (for audit)
        json.key("raw_value").value(static_cast<std::int64_t>(r.rawInteger));
    json.key("raw").value(hexOf(r.raw));
    json.endObject();
}

void writeHeader(JsonWriter& json, const Telegram& t) {
    const TelegramHeader& h = t.header;
    json.key("header").beginObject();
    if (h.kind == HeaderKind::Long || h.kind == HeaderKind::Fixed)
        json.key("id").value(meterId(h.idBcd));
    if (h.kind == HeaderKind::Long) {
        const auto m = manufacturerLetters(h.manufacturer);
        json.key("manufacturer").value(std::string_view(m.data(), m.size()));
        json.key("version").value(static_cast<unsigned>(h.version));
    }
    if (h.kind == HeaderKind::Long || h.kind == HeaderKind::Fixed) {
        json.key("medium").value(mediumName(h.medium));
        json.key("medium_code").value(static_cast<unsigned>(h.medium));
    }
    if (h.kind != HeaderKind::None) {
        json.key("access").value(static_cast<unsigned>(h.access));
        json.key("status").value(static_cast<unsigned>(h.status));
        std::array<std::string_view, 8> flags;
        const int n = statusFlagNames(h.status, flags);
        json.key("status_flags").beginArray();
        for (int i = 0; i < n; ++i)
            json.value(flags[i]);
        json.endArray();
    }
    if (h.kind == HeaderKind::Long || h.kind == HeaderKind::Short)
        json.key("signature").value(static_cast<unsigned>(h.signature));
    json.endObject();
}

void writeHeat(JsonWriter& json, const Telegram& t, std::span<const std::uint8_t> raw) {
    reading::HeatReading hr;
    toHeatReading(t, raw, hr);
    json.key("heat").beginObject();
    auto number = [&](std::string_view key, const std::optional<double>& v) {
        if (v)
            json.key(key).value(*v);
    };
    number("energy_kwh", hr.energyKwh);
    number("volume_m3", hr.volumeM3);
    number("power_kw", hr.powerKw);
    number("flow_m3h", hr.flowM3h);
    number("supply_c", hr.supplyC);
    number("return_c", hr.returnC);
    number("delta_k", hr.deltaK);
    if (hr.meterTime) {
        TimePoint tp;
        tp.hasDate = tp.hasTime = true;
        tp.year = static_cast<std::uint16_t>(hr.meterTime->year);
        tp.month = static_cast<std::uint8_t>(hr.meterTime->month);
        tp.day = static_cast<std::uint8_t>(hr.meterTime->day);
        tp.hour = static_cast<std::uint8_t>(hr.meterTime->hour);
        tp.minute = static_cast<std::uint8_t>(hr.meterTime->minute);
        tp.second = static_cast<std::uint8_t>(hr.meterTime->second);
        json.key("meter_time").value(isoTime(tp));
    }
    if (hr.operatingSeconds)
        json.key("operating_s").value(*hr.operatingSeconds);
    json.key("error_flags").beginArray();
    for (int b = 0; b < reading::kReadingFlagCount; ++b) {
        const auto flag = static_cast<reading::ReadingFlag>(1u << b);
        if (hr.has(flag))
            json.value(reading::readingFlagName(flag));
    }
    json.endArray();
    json.endObject();
}

} // namespace

void writeTelegram(JsonWriter& json, const Telegram& t, std::span<const std::uint8_t> raw) {
    json.beginObject();
    json.key("ok").value(true);
    json.key("protocol").value("mbus");
    json.key("frame").beginObject();
    json.key("kind").value(frameKindName(t.frameKind));
    if (t.frameKind != FrameKind::Ack) {
        json.key("c").value(static_cast<unsigned>(t.c));
        json.key("a").value(static_cast<unsigned>(t.a));
    }
    if (t.frameKind == FrameKind::Long || t.frameKind == FrameKind::Control) {
        json.key("ci").value(static_cast<unsigned>(t.ci));
        json.key("length").value(static_cast<unsigned>(t.length));
    }
    json.endObject();
    if (t.frameKind == FrameKind::Ack || t.frameKind == FrameKind::Short) {
        json.endObject();
        return;
    }
    if (t.telegramCount > 1)
        json.key("telegrams").value(t.telegramCount);
    if (t.alarm)
        json.key("alarm").value(static_cast<unsigned>(t.alarmStatus));
    writeHeader(json, t);
    json.key("records").beginArray();
    int index = 0;
    for (const DataRecord& r : t.records)
        writeRecord(json, r, index++, t.telegramCount > 1);
    json.endArray();
    json.key("more_records_follow").value(t.moreRecordsFollow);
    std::string manufacturerData;
    for (auto part : t.manufacturerData)
        text::appendHex(manufacturerData, part);
    json.key("manufacturer_data").value(manufacturerData);
    const bool medium = t.header.kind == HeaderKind::Long || t.header.kind == HeaderKind::Fixed;
    if (medium && isMeteringMedium(t.header.medium))
        writeHeat(json, t, raw);
    json.endObject();
}

void writeDecodeError(JsonWriter& json, const DecodeError& error) {
    json.beginObject();
    json.key("ok").value(false);
    json.key("error").beginObject();
    json.key("code").value(errorCodeName(error.code));
    json.key("message").value(error.message);
    json.key("offset").value(static_cast<std::uint64_t>(error.offset));
    if (error.code == ErrorCode::ApplicationError) {
        json.key("detail");
        if (error.detail >= 0)
            json.value(error.detail);
        else
            json.null();
        json.key("detail_name").value(applicationErrorName(error.detail));
    }
    json.endObject();
    json.endObject();
}

QString meterNumber(std::uint32_t idBcd) {
    return QString::asprintf("%08X", idBcd);
}

} // namespace heatdesk::cli
