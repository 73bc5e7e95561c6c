// SPDX-License-Identifier: GPL-3.0-or-later
// EN 13757-3 application layer: CI field, fixed header and the data records of a variable data
// response. Works on spans into the caller's frame buffer and reuses the output's vectors, so a
// steady stream of telegrams is decoded without heap allocation.
#include "mbus/Telegram.h"

#include "mbus/DataField.h"
#include "mbus/DateTypes.h"
#include "mbus/FixedData.h"

#include <algorithm>
#include <cmath>

namespace heatdesk::mbus {
namespace {

constexpr int kMaxDife = 10;
constexpr int kMaxVife = 10;
// Meters split a read-out over a handful of telegrams; a longer sequence is input gone wrong, and
// refusing it keeps memory bounded by this, not by the input's size.
constexpr int kMaxTelegrams = 64;

DecodeError error(ErrorCode code, std::size_t offset, std::string_view message, int detail = -1) {
    return DecodeError{code, offset, message, detail};
}

// CI 76 sends multi-byte values most significant byte first; copy them into wire-LSB order.
struct Bytes8 {
    std::array<std::uint8_t, 9> buf{};
};

std::span<const std::uint8_t> littleEndian(std::span<const std::uint8_t> data, bool msbFirst, Bytes8& tmp) {
    if (!msbFirst || data.size() > tmp.buf.size())
        return data;
    std::reverse_copy(data.begin(), data.end(), tmp.buf.begin());
    return std::span<const std::uint8_t>(tmp.buf.data(), data.size());
}

double applyConversion(double v, Conversion c) {
    switch (c) {
    case Conversion::None:
        return v;
    case Conversion::FahrenheitToCelsius:
        return (v - 32.0) * 5.0 / 9.0;
    case Conversion::FahrenheitDiffToKelvin:
        return v * 5.0 / 9.0;
    case Conversion::CalorieToJoule:
        return v * 4.1868;
    case Conversion::CubicFootToCubicMetre:
        return v * 0.028316846592;
    case Conversion::UsGallonToCubicMetre:
        return v * 0.003785411784;
    }
    return v;
}

// Scales an exact mantissa by an integer factor; falls back to a real when it would overflow.
void setExact(DataRecord& r, std::int64_t raw, std::uint32_t factor, int exp10, Conversion conversion) {
    r.rawInteger = raw;
    r.hasRawInteger = true;
    std::int64_t scaled = 0;
    if (conversion == Conversion::None &&
        !__builtin_mul_overflow(raw, static_cast<std::int64_t>(factor), &scaled)) {
        r.kind = ValueKind::Exact;
        r.mantissa = scaled;
        r.exp10 = static_cast<std::int8_t>(exp10);
        return;
    }
    r.kind = ValueKind::Real;
    r.real = applyConversion(static_cast<double>(raw) * factor * std::pow(10.0, exp10), conversion);
}

// Decodes the value of a record whose DIB/VIB and data span are already known.
void decodeValue(DataRecord& r, const VifInfo& info, std::uint32_t factor, int exp10, bool timePoint,
                 bool msbFirst) {
    const std::uint8_t field = r.dif & 0x0F;
    if (info.hint == ValueHint::Manufacturer || r.manufacturerVifeFrom == 0) {
        r.kind = ValueKind::Bytes;
        r.bytes = r.data;
        return;
    }
    if (field == coding::NoData || field == coding::Selection)
        return; // ValueKind::None

    Bytes8 tmp;
    if (field == coding::Variable) {
        const Lvar lvar = classifyLvar(r.lvar);
        switch (lvar.kind) {
        case LvarKind::Text:
            r.kind = ValueKind::Text;
            r.bytes = r.data;
            return;
        case LvarKind::PositiveBcd:
        case LvarKind::NegativeBcd: {
            std::int64_t v = 0;
            if (!readBcd(littleEndian(r.data, msbFirst, tmp), v)) {
                r.kind = ValueKind::BadBcd;
                r.bytes = r.data;
                return;
            }
            setExact(r, lvar.kind == LvarKind::NegativeBcd ? -v : v, factor, exp10, info.conversion);
            return;
        }
        default:
            r.kind = ValueKind::Bytes;
            r.bytes = r.data;
            return;
        }
    }

    const auto data = littleEndian(r.data, msbFirst, tmp);
    if (timePoint && field != coding::Real32 && !isBcdCoding(field) && decodeTimePoint(data, r.time)) {
        r.kind = ValueKind::Time;
        return;
    }
    if (field == coding::Real32) {
        r.kind = ValueKind::Real;
        r.real = applyConversion(static_cast<double>(readReal32(data)) * factor * std::pow(10.0, exp10),
                                 info.conversion);
        return;
    }
    if (isBcdCoding(field)) {
        std::int64_t v = 0;
        if (!readBcd(data, v)) {
            r.kind = ValueKind::BadBcd;
            r.bytes = r.data;
            return;
        }
        setExact(r, v, factor, exp10, info.conversion);
        return;
    }
    if (info.hint == ValueHint::Unsigned || info.hint == ValueHint::Text) {
        const std::uint64_t u = readUnsigned(data);
        if (u > static_cast<std::uint64_t>(INT64_MAX)) {
            r.kind = ValueKind::Real;
            r.real = static_cast<double>(u);
            return;
        }
        setExact(r, static_cast<std::int64_t>(u), factor, exp10, info.conversion);
        return;
    }
    setExact(r, readSigned(data), factor, exp10, info.conversion);
}

// Reads one record starting at d[i]. Returns an error, or advances i past the record.
std::optional<DecodeError> parseRecord(std::span<const std::uint8_t> d, std::size_t& i, std::size_t base,
                                       bool msbFirst, DataRecord& r) {
    const std::size_t start = i;
    r.dif = d[i++];
    r.function = static_cast<RecordFunction>((r.dif >> 4) & 0x03);
    r.storage = (r.dif >> 6) & 0x01;

    std::uint8_t last = r.dif;
    for (int n = 0; last & 0x80; ++n) {
        if (i >= d.size())
            return error(ErrorCode::TruncatedRecord, base + i, "DIFE expected: record ends after its DIF");
        if (n == kMaxDife)
            return error(ErrorCode::TooManyDife, base + i, "more than 10 DIFE in one record");
        last = d[i++];
        r.storage |= static_cast<std::uint64_t>(last & 0x0F) << (1 + 4 * n);
        r.tariff |= static_cast<std::uint32_t>((last >> 4) & 0x03) << (2 * n);
        r.subunit = static_cast<std::uint16_t>(r.subunit | (((last >> 6) & 0x01) << n));
    }

    if (i >= d.size())
        return error(ErrorCode::TruncatedRecord, base + i, "VIF expected: record ends after its DIB");
    r.vif = d[i++];
    const std::uint8_t code = r.vif & 0x7F;
    bool more = r.vif & 0x80;

    auto readVife = [&]() -> std::optional<DecodeError> {
        if (i >= d.size())
            return error(ErrorCode::TruncatedRecord, base + i, "VIFE expected: record ends inside its VIB");
        if (r.vifeCount == kMaxVife)
            return error(ErrorCode::TooManyVife, base + i, "more than 10 VIFE in one record");
        const std::uint8_t b = d[i++];
        r.vife[r.vifeCount++] = b;
        more = b & 0x80;
        return std::nullopt;
    };

    const VifInfo* info = &primaryVif(code);
    if (code == vif::PlainText) {
        // The unit text (length byte, characters in reverse order) comes straight after the VIF,
        // before any VIFE.
        if (i >= d.size())
            return error(ErrorCode::TruncatedRecord, base + i, "plain-text VIF length expected");
        const std::size_t len = d[i++];
        if (len > d.size() - i)
            return error(ErrorCode::TruncatedRecord, base + i - 1, "plain-text VIF longer than the telegram");
        r.plainTextUnit = d.subspan(i, len);
        i += len;
    } else if ((code == vif::ExtensionFb || code == vif::ExtensionFd) && more) {
        if (auto e = readVife())
            return e;
        const std::uint8_t ext = r.vife[0] & 0x7F;
        info = code == vif::ExtensionFb ? &extensionFbVif(ext) : &extensionFdVif(ext);
        r.combinableFrom = 1;
    } else if (code == vif::ManufacturerSpecific) {
        r.manufacturerVifeFrom = 0;
    }
    while (more) {
        if (auto e = readVife())
            return e;
    }

    // Combinable VIFE: corrections change the scale, "date of" changes the value type.
    int exp10 = info->exp10;
    std::uint32_t factor = info->factor;
    bool timePoint = info->hint == ValueHint::TimePoint;
    r.quantity = info->quantity;
    r.unit = info->unit;
    if (r.manufacturerVifeFrom != 0) {
        for (std::uint8_t k = r.combinableFrom; k < r.vifeCount; ++k) {
            const CombinableVife cv = combinableVife(r.vife[k]);
            exp10 += cv.exp10;
            timePoint = timePoint || cv.timePoint;
            if (cv.timePoint) // "date (/time) of ...": the value is when it happened, not an amount
                r.unit = Unit::None;
            r.recordError = r.recordError || cv.recordError;
            if (cv.durationFactor) {
                r.unit = Unit::Second;
                factor = cv.durationFactor;
                exp10 = 0;
            }
            if (cv.manufacturerRest) {
                r.manufacturerVifeFrom = static_cast<std::uint8_t>(k + 1);
                break;
            }
        }
    }

    // Data field.
    const std::uint8_t field = r.dif & 0x0F;
    std::size_t len = fixedDataLength(field);
    if (field == coding::Variable) {
        if (i >= d.size())
            return error(ErrorCode::TruncatedRecord, base + i, "LVAR expected: record ends before its data");
        r.lvar = d[i++];
        const Lvar lvar = classifyLvar(r.lvar);
        if (lvar.kind == LvarKind::Reserved)
            return error(ErrorCode::BadLvar, base + i - 1, "reserved LVAR value");
        len = lvar.length;
    }
    if (len > d.size() - i)
        return error(ErrorCode::TruncatedRecord, base + start,
                     "record data runs past the end of the telegram");
    r.data = d.subspan(i, len);
    i += len;
    r.raw = d.subspan(start, i - start);

    decodeValue(r, *info, factor, exp10, timePoint, msbFirst);
    return std::nullopt;
}

std::optional<DecodeError> parseRecords(std::span<const std::uint8_t> d, std::size_t base, bool msbFirst,
                                        Telegram& out) {
    const auto telegramNo = static_cast<std::uint8_t>(out.telegramCount);
    std::size_t i = 0;
    while (i < d.size()) {
        const std::uint8_t dif = d[i];
        if ((dif & 0x0F) == coding::Special) {
            ++i;
            switch (dif) {
            case 0x0F:
            case 0x1F:
                // Manufacturer-specific data up to the end; 1F: the meter has more telegrams.
                out.manufacturerData.push_back(d.subspan(i));
                out.moreRecordsFollow = dif == 0x1F;
                return std::nullopt;
            case 0x2F: // idle filler
            case 0x7F: // global readout request: a marker, no record
                continue;
            default:
                return error(ErrorCode::ReservedDif, base + i - 1, "reserved special-function DIF");
            }
        }
        DataRecord& r = out.records.emplace_back();
        r.telegram = telegramNo;
        if (auto e = parseRecord(d, i, base, msbFirst, r)) {
            out.records.pop_back();
            return e;
        }
    }
    return std::nullopt;
}

void readHeaderTail(std::span<const std::uint8_t> h, bool msbFirst, TelegramHeader& header) {
    header.access = h[0];
    header.status = h[1];
    header.signature = msbFirst ? static_cast<std::uint16_t>(h[2] << 8 | h[3])
                                : static_cast<std::uint16_t>(h[3] << 8 | h[2]);
}

} // namespace

void Telegram::clear() {
    frameKind = FrameKind::Long;
    c = a = ci = length = 0;
    header = TelegramHeader{};
    records.clear();
    manufacturerData.clear();
    moreRecordsFollow = fixedStructure = alarm = false;
    alarmStatus = 0;
    telegramCount = 0;
}

std::optional<DecodeError> decodeTelegram(const Frame& frame, Telegram& out, bool append) {
    if (!append)
        out.clear();
    ++out.telegramCount;
    out.frameKind = frame.kind;
    out.c = frame.c;
    out.a = frame.a;
    out.ci = frame.ci;
    out.length = frame.length;
    out.moreRecordsFollow = false;
    if (frame.kind != FrameKind::Long && frame.kind != FrameKind::Control)
        return error(ErrorCode::NotLongFrame, 0, "only long and control frames carry application data");
    // A control frame from a master (SND_UD with an application reset, a baud rate change, ...)
    // carries only its CI: nothing more to decode.
    if (frame.kind == FrameKind::Control && (frame.ci < ci::ApplicationError || frame.ci > ci::VariableShort))
        return std::nullopt;

    constexpr std::size_t kUserDataOffset = 7; // 68 L L 68 C A CI
    const auto d = frame.userData;
    switch (frame.ci) {
    case ci::ApplicationError:
        return error(ErrorCode::ApplicationError, 6, "the meter answered with an application error",
                     d.empty() ? -1 : d[0]);
    case ci::Alarm:
        out.alarm = true;
        out.alarmStatus = d.empty() ? 0 : d[0];
        return std::nullopt;
    case ci::FixedLsb:
    case ci::FixedMsb:
        return decodeFixedData(d, kUserDataOffset, frame.ci == ci::FixedMsb, out);
    case ci::VariableLong:
    case ci::VariableMsb: {
        Bytes8 tmp;
        const bool msb = frame.ci == ci::VariableMsb;
        if (d.size() < 12)
            return error(ErrorCode::TruncatedHeader, kUserDataOffset + d.size(),
                         "the 12-byte fixed header is incomplete");
        TelegramHeader& h = out.header;
        h.kind = HeaderKind::Long;
        h.idBcd = static_cast<std::uint32_t>(msb ? readUnsigned(littleEndian(d.first(4), true, tmp))
                                                 : readUnsigned(d.first(4)));
        h.manufacturer =
            msb ? static_cast<std::uint16_t>(d[4] << 8 | d[5]) : static_cast<std::uint16_t>(d[5] << 8 | d[4]);
        h.version = d[6];
        h.medium = d[7];
        readHeaderTail(d.subspan(8, 4), msb, h);
        return parseRecords(d.subspan(12), kUserDataOffset + 12, msb, out);
    }
    case ci::VariableShort:
        if (d.size() < 4)
            return error(ErrorCode::TruncatedHeader, kUserDataOffset + d.size(),
                         "the 4-byte short header is incomplete");
        out.header.kind = HeaderKind::Short;
        readHeaderTail(d.first(4), false, out.header);
        return parseRecords(d.subspan(4), kUserDataOffset + 4, false, out);
    case ci::VariableNone:
    case 0x51: // master to slave data send: records without a header
        return parseRecords(d, kUserDataOffset, false, out);
    default:
        return error(ErrorCode::UnsupportedCi, 6, "CI field not supported");
    }
}

std::optional<DecodeError> decodeFrames(std::span<const std::uint8_t> bytes, Telegram& out) {
    out.clear();
    if (bytes.empty())
        return error(ErrorCode::Empty, 0, "no bytes");
    std::size_t pos = 0;
    while (pos < bytes.size()) {
        auto parsed = parseFrame(bytes.subspan(pos));
        if (auto* e = std::get_if<DecodeError>(&parsed)) {
            e->offset += pos;
            if (pos > 0 && e->code != ErrorCode::Checksum)
                e->message = "bytes after the last frame do not form a frame";
            return *e;
        }
        const Frame& frame = std::get<Frame>(parsed);
        const bool first = pos == 0;
        if (!first) {
            if (out.telegramCount >= kMaxTelegrams)
                return error(ErrorCode::TooManyTelegrams, pos, "more than 64 telegrams in one read-out");
            const bool sameMeter = frame.kind == FrameKind::Long && frame.a == out.a &&
                                   frame.userData.size() >= 6 && out.header.kind == HeaderKind::Long &&
                                   readUnsigned(frame.userData.first(4)) == out.header.idBcd;
            if (!sameMeter)
                return error(ErrorCode::MixedTelegrams, pos,
                             "a following frame is not a telegram of the same meter");
        }
        if (first && (frame.kind == FrameKind::Ack || frame.kind == FrameKind::Short)) {
            out.frameKind = frame.kind;
            out.c = frame.c;
            out.a = frame.a;
            if (frame.size != bytes.size())
                return error(ErrorCode::TrailingBytes, frame.size, "bytes follow a frame that stands alone");
            return std::nullopt;
        }
        if (auto e = decodeTelegram(frame, out, !first)) {
            e->offset += pos;
            return e;
        }
        pos += frame.size;
    }
    return std::nullopt;
}

} // namespace heatdesk::mbus
