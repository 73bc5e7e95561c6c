// SPDX-License-Identifier: GPL-3.0-or-later
#include "cjt188/Message.h"

#include <algorithm>

namespace heatdesk::cjt188 {
namespace {

using reading::ValveState;

constexpr std::size_t kHeatPayload = 43;
constexpr std::size_t kWaterPayload = 19;
constexpr double kMaxPlausibleTemperatureC = 150.0;

DecodeError payloadError(const Frame& f, std::size_t dataOffset, std::string_view message) {
    return DecodeError{ErrorCode::BadPayload, f.offset + kHeaderSize + dataOffset, message, -1};
}

bool isBcdByte(std::uint8_t b) {
    return (b & 0x0F) < 10 && (b >> 4) < 10;
}

int bcdByte(std::uint8_t b) {
    return (b >> 4) * 10 + (b & 0x0F);
}

// Reads `bytes` as packed BCD in the given order; false when a nibble is not a digit.
bool readBcd(std::span<const std::uint8_t> bytes, ByteOrder order, std::uint32_t& out) {
    std::uint32_t v = 0;
    const std::size_t n = bytes.size();
    for (std::size_t k = 0; k < n; ++k) {
        // Most significant byte first through the loop.
        const std::uint8_t b = order == ByteOrder::LsbFirst ? bytes[n - 1 - k] : bytes[k];
        if (!isBcdByte(b))
            return false;
        v = v * 100 + static_cast<std::uint32_t>(bcdByte(b));
    }
    out = v;
    return true;
}

BcdNumber readNumber(std::span<const std::uint8_t> bytes, ByteOrder order, std::uint8_t decimals) {
    BcdNumber n;
    n.decimals = decimals;
    n.valid = readBcd(bytes, order, n.digits);
    return n;
}

bool plausibleField(std::span<const std::uint8_t, 5> f, UnitPosition position) {
    const auto value = position == UnitPosition::UnitFirst ? f.subspan<1, 4>() : f.subspan<0, 4>();
    const std::uint8_t unit = position == UnitPosition::UnitFirst ? f[0] : f[4];
    return isKnownUnit(unit) && std::all_of(value.begin(), value.end(), isBcdByte);
}

MeasuredValue readMeasured(std::span<const std::uint8_t, 5> f, UnitPosition position, ByteOrder order,
                           std::uint8_t decimals) {
    MeasuredValue m;
    const bool unitFirst = position == UnitPosition::UnitFirst;
    std::copy_n(f.begin() + (unitFirst ? 1 : 0), 4, m.valueBytes.begin());
    m.unitCode = unitFirst ? f[0] : f[4];
    m.decimals = decimals;
    m.notAvailable =
        std::all_of(m.valueBytes.begin(), m.valueBytes.end(), [](std::uint8_t b) { return b == 0xFF; });
    m.bcdValid = readBcd(m.valueBytes, order, m.digits);
    if (m.bcdValid)
        m.canonical = toCanonical(m.digits, decimals, m.unitCode);
    return m;
}

// Decides value-first or unit-first for the 4+1 fields starting at the given offsets.
template <std::size_t N>
UnitPosition resolveUnitPosition(std::span<const std::uint8_t> p, const std::array<std::size_t, N>& offsets,
                                 UnitPosition configured, std::uint8_t& valueFirst, std::uint8_t& unitFirst,
                                 bool& detected) {
    valueFirst = unitFirst = 0;
    for (std::size_t off : offsets) {
        const auto f = std::span<const std::uint8_t, 5>(p.data() + off, 5);
        valueFirst += plausibleField(f, UnitPosition::ValueFirst);
        unitFirst += plausibleField(f, UnitPosition::UnitFirst);
    }
    detected = configured == UnitPosition::Auto;
    if (!detected)
        return configured;
    // Ties keep the standard layout.
    return unitFirst > valueFirst ? UnitPosition::UnitFirst : UnitPosition::ValueFirst;
}

Status readStatus(std::span<const std::uint8_t> two, const MeterProfile& profile) {
    return profile.statusSwapped ? Status{two[1], two[0]} : Status{two[0], two[1]};
}

std::uint32_t clockWarnings(const MeterClock& clock, const MeterProfile& profile) {
    std::uint32_t w = 0;
    if (clock.encoding == ClockEncoding::Invalid)
        w |= warning::ClockInvalid;
    if ((clock.encoding == ClockEncoding::BcdMsbFirst && profile.valueOrder == ByteOrder::LsbFirst) ||
        (clock.encoding == ClockEncoding::BcdLsbFirst && profile.valueOrder == ByteOrder::MsbFirst))
        w |= warning::TimeOrderDiffers;
    return w;
}

template <std::size_t Offset>
std::span<const std::uint8_t, 5> field(std::span<const std::uint8_t> p) {
    return std::span<const std::uint8_t, 5>(p.data() + Offset, 5);
}

HeatData decodeHeat(std::span<const std::uint8_t> p, const MeterProfile& profile) {
    HeatData h;
    static constexpr std::array<std::size_t, 5> kFields{0, 5, 10, 15, 20};
    h.unitPosition = resolveUnitPosition(p, kFields, profile.unitPosition, h.plausibleValueFirst,
                                         h.plausibleUnitFirst, h.unitPositionDetected);
    const ByteOrder order = profile.valueOrder;
    h.settlementEnergy = readMeasured(field<0>(p), h.unitPosition, order, 2);
    h.currentEnergy = readMeasured(field<5>(p), h.unitPosition, order, 2);
    h.power = readMeasured(field<10>(p), h.unitPosition, order, 2);
    h.flow = readMeasured(field<15>(p), h.unitPosition, order,
                          static_cast<std::uint8_t>(std::clamp(profile.flowDecimals, 0, 8)));
    h.volume = readMeasured(field<20>(p), h.unitPosition, order, 2);
    h.supplyC = readNumber(p.subspan(25, 3), order, 2);
    h.returnC = readNumber(p.subspan(28, 3), order, 2);
    h.operatingHours = readNumber(p.subspan(31, 3), order, 0);
    h.clock = decodeClock(std::span<const std::uint8_t, 7>(p.data() + 34, 7), profile.timeEncoding);
    h.status = readStatus(p.subspan(41, 2), profile);
    h.warnings = clockWarnings(h.clock, profile);
    if (auto t = h.supplyC.value(); t && *t > kMaxPlausibleTemperatureC)
        h.warnings |= warning::SupplyImplausible;
    if (auto t = h.returnC.value(); t && *t > kMaxPlausibleTemperatureC)
        h.warnings |= warning::ReturnImplausible;
    return h;
}

WaterData decodeWater(std::span<const std::uint8_t> p, const MeterProfile& profile) {
    WaterData w;
    static constexpr std::array<std::size_t, 2> kFields{0, 5};
    w.unitPosition = resolveUnitPosition(p, kFields, profile.unitPosition, w.plausibleValueFirst,
                                         w.plausibleUnitFirst, w.unitPositionDetected);
    w.currentVolume = readMeasured(field<0>(p), w.unitPosition, profile.valueOrder, 2);
    w.settlementVolume = readMeasured(field<5>(p), w.unitPosition, profile.valueOrder, 2);
    w.clock = decodeClock(std::span<const std::uint8_t, 7>(p.data() + 10, 7), profile.timeEncoding);
    w.status = readStatus(p.subspan(17, 2), profile);
    w.warnings = clockWarnings(w.clock, profile);
    return w;
}

std::optional<reading::MeterTime> calendar(int s, int mi, int h, int d, int mo, int y, int c) {
    if (s > 59 || mi > 59 || h > 23 || d < 1 || d > 31 || mo < 1 || mo > 12 || y > 99 || c < 19 || c > 21)
        return std::nullopt;
    return reading::MeterTime{c * 100 + y, mo, d, h, mi, s};
}

std::optional<DecodeError> decodeRequestPayload(const Frame& f, std::uint16_t d,
                                                std::span<const std::uint8_t> p, const MeterProfile& profile,
                                                Payload& out) {
    auto need = [&](std::size_t n) { return p.size() >= n; };
    switch (d) {
    case di::WriteSettlementDay:
    case di::WriteReadingDay:
        if (!need(1))
            return payloadError(f, 3, "the day byte is missing");
        {
            out = DayValue{p[0], isBcdByte(p[0]) ? std::optional<int>(bcdByte(p[0])) : std::nullopt};
            return std::nullopt;
        }
    case di::ValveControl: {
        if (!need(1))
            return payloadError(f, 3, "the valve command byte is missing");
        ValveCommand v{p[0], ValveState::Unknown};
        if (p[0] == profile.valveOpenCode)
            v.target = ValveState::Open;
        else if (p[0] == profile.valveCloseCode)
            v.target = ValveState::Closed;
        {
            out = v;
            return std::nullopt;
        }
    }
    case di::WriteAddress:
        if (!need(7))
            return payloadError(f, 3, "the new address needs 7 bytes");
        {
            AddressData a;
            std::copy_n(p.begin(), 7, a.address.wire.begin());
            {
                out = a;
                return std::nullopt;
            }
        }
    case di::WriteTime:
        if (!need(7))
            return payloadError(f, 3, "the time needs 7 bytes");
        {
            out = TimeData{decodeClock(p.first<7>(), profile.timeEncoding)};
            return std::nullopt;
        }
    case di::WriteSync:
        if (!need(5))
            return payloadError(f, 3, "sync data needs a unit byte and 4 BCD bytes");
        {
            out = SyncData{p[0], readNumber(p.subspan(1, 4), profile.valueOrder, 2)};
            return std::nullopt;
        }
    default:
        if (!p.empty())
            out = RawData{p};
        return std::nullopt;
    }
}

std::optional<DecodeError> decodeReplyPayload(const Frame& f, std::uint16_t d,
                                              std::span<const std::uint8_t> p, const MeterProfile& profile,
                                              Payload& out) {
    if (d == di::CurrentData) {
        // The layout follows the length, not T: T is a family, and some meters answer with a
        // type the request did not use.
        if (p.size() >= kHeatPayload) {
            out = decodeHeat(p, profile);
            return std::nullopt;
        }
        if (p.size() >= kWaterPayload) {
            out = decodeWater(p, profile);
            return std::nullopt;
        }
        return payloadError(f, 3 + p.size(), "901F data shorter than the water/gas layout (19 bytes)");
    }
    if (d >= di::History1 && d <= di::History12) {
        if (p.size() < 5)
            return payloadError(f, 3 + p.size(), "history value needs 4 BCD bytes and a unit");
        const UnitPosition pos = profile.unitPosition == UnitPosition::UnitFirst ? UnitPosition::UnitFirst
                                                                                 : UnitPosition::ValueFirst;
        {
            out = HistoryValue{d - di::History1 + 1, readMeasured(p.first<5>(), pos, profile.valueOrder, 2)};
            return std::nullopt;
        }
    }
    switch (d) {
    case di::SettlementDay:
    case di::ReadingDay:
        if (p.empty())
            return payloadError(f, 3, "the day byte is missing");
        {
            out = DayValue{p[0], isBcdByte(p[0]) ? std::optional<int>(bcdByte(p[0])) : std::nullopt};
            return std::nullopt;
        }
    case di::MeterAddress:
        // Most meters carry the address only in the header (L=03); one driver expects it repeated.
        if (p.size() >= 7) {
            AddressData a;
            std::copy_n(p.begin(), 7, a.address.wire.begin());
            {
                out = a;
                return std::nullopt;
            }
        }
        return std::nullopt;
    case di::PurchaseAmount:
        if (p.size() < 15)
            return payloadError(f, 3 + p.size(), "purchase data needs 15 bytes");
        {
            out = PurchaseData{p[0], readNumber(p.subspan(1, 4), profile.valueOrder, 2),
                               readNumber(p.subspan(5, 4), profile.valueOrder, 2),
                               readNumber(p.subspan(9, 4), profile.valueOrder, 2),
                               readStatus(p.subspan(13, 2), profile)};
            return std::nullopt;
        }
    case di::ValveControl:
    case di::WriteSync:
        if (p.size() >= 2) {
            out = StatusReply{readStatus(p.first(2), profile)};
            return std::nullopt;
        }
        return std::nullopt;
    default:
        if (!p.empty())
            out = RawData{p};
        return std::nullopt;
    }
}

AbnormalReply decodeAbnormal(std::span<const std::uint8_t> data, const MeterProfile& profile, Message& m) {
    AbnormalReply a;
    auto withDi = [&] {
        const DiMatch match = matchDi(data[0], data[1], profile.diOrder);
        return match.known ? std::optional<DiMatch>(match) : std::nullopt;
    };
    if (data.size() >= 5) {
        if (auto match = withDi()) {
            m.hasDi = true;
            m.di = *match;
            m.hasSer = true;
            m.ser = data[2];
            a.form = AbnormalReply::Form::DiSerStatus;
            a.status = readStatus(data.subspan(3, 2), profile);
            return a;
        }
    }
    if (data.size() == 4) {
        if (auto match = withDi()) {
            m.hasDi = true;
            m.di = *match;
            m.hasSer = true;
            m.ser = data[2];
            a.form = AbnormalReply::Form::DiSerStatusByte;
            a.statusByte = data[3];
            return a;
        }
    }
    if (data.size() == 3) {
        m.hasSer = true;
        m.ser = data[0];
        a.form = AbnormalReply::Form::SerStatus;
        a.status = readStatus(data.subspan(1, 2), profile);
    } else if (data.size() == 1) {
        a.form = AbnormalReply::Form::StatusByte;
        a.statusByte = data[0];
    }
    return a;
}

} // namespace

Quantity MeasuredValue::unitQuantity() const {
    const auto info = unitInfo(unitCode);
    return info ? info->quantity : Quantity::Unknown;
}

std::optional<double> MeasuredValue::meterValue() const {
    if (!bcdValid)
        return std::nullopt;
    return scaleDecimal(digits, -decimals);
}

std::optional<double> MeasuredValue::canonicalAs(Quantity expected) const {
    if (unitQuantity() != expected)
        return std::nullopt;
    return canonical;
}

std::optional<double> BcdNumber::value() const {
    if (!valid)
        return std::nullopt;
    return scaleDecimal(digits, -decimals);
}

std::string_view clockEncodingName(ClockEncoding e) {
    switch (e) {
    case ClockEncoding::BcdLsbFirst:
        return "bcd_lsb_first";
    case ClockEncoding::BcdMsbFirst:
        return "bcd_msb_first";
    case ClockEncoding::Binary:
        return "binary";
    case ClockEncoding::NotSet:
        return "not_set";
    case ClockEncoding::Invalid:
        break;
    }
    return "invalid";
}

reading::ValveState Status::valve() const {
    switch (first & 0x03) {
    case 0:
        return ValveState::Open;
    case 1:
        return ValveState::Closed;
    default:
        return ValveState::Abnormal;
    }
}

std::string_view valveStateName(reading::ValveState v) {
    switch (v) {
    case ValveState::Open:
        return "open";
    case ValveState::Closed:
        return "closed";
    case ValveState::Abnormal:
        return "abnormal";
    case ValveState::Unknown:
        break;
    }
    return "unknown";
}

std::string_view abnormalFormName(AbnormalReply::Form form) {
    switch (form) {
    case AbnormalReply::Form::SerStatus:
        return "ser_status";
    case AbnormalReply::Form::DiSerStatus:
        return "di_ser_status";
    case AbnormalReply::Form::StatusByte:
        return "status_byte";
    case AbnormalReply::Form::DiSerStatusByte:
        return "di_ser_status_byte";
    case AbnormalReply::Form::Other:
        break;
    }
    return "other";
}

MeterClock decodeClock(std::span<const std::uint8_t, 7> raw, TimeEncoding encoding) {
    MeterClock c;
    std::copy(raw.begin(), raw.end(), c.raw.begin());
    if (std::all_of(raw.begin(), raw.end(), [](std::uint8_t b) { return b == 0; })) {
        c.encoding = ClockEncoding::NotSet; // meters without a clock send zeros
        return c;
    }
    const bool bcd = std::all_of(raw.begin(), raw.end(), isBcdByte);
    auto tryLsb = [&] {
        return bcd ? calendar(bcdByte(raw[0]), bcdByte(raw[1]), bcdByte(raw[2]), bcdByte(raw[3]),
                              bcdByte(raw[4]), bcdByte(raw[5]), bcdByte(raw[6]))
                   : std::nullopt;
    };
    auto tryMsb = [&] {
        return bcd ? calendar(bcdByte(raw[6]), bcdByte(raw[5]), bcdByte(raw[4]), bcdByte(raw[3]),
                              bcdByte(raw[2]), bcdByte(raw[1]), bcdByte(raw[0]))
                   : std::nullopt;
    };
    auto tryBinary = [&] { return calendar(raw[0], raw[1], raw[2], raw[3], raw[4], raw[5], raw[6]); };

    const bool any = encoding == TimeEncoding::Auto;
    if ((any || encoding == TimeEncoding::BcdLsbFirst) && (c.time = tryLsb()))
        c.encoding = ClockEncoding::BcdLsbFirst;
    else if ((any || encoding == TimeEncoding::BcdMsbFirst) && (c.time = tryMsb()))
        c.encoding = ClockEncoding::BcdMsbFirst;
    else if ((any || encoding == TimeEncoding::Binary) && (c.time = tryBinary()))
        c.encoding = ClockEncoding::Binary;
    else
        c.encoding = ClockEncoding::Invalid;
    return c;
}

Result<Message> decodeMessage(std::span<const std::uint8_t> bytes, const MeterProfile& profile) {
    auto parsed = parseFrame(bytes);
    if (auto* e = std::get_if<DecodeError>(&parsed))
        return *e;
    const Frame& f = std::get<Frame>(parsed);
    // Only FE may follow (some meters pad their replies); anything else is not this frame.
    for (std::size_t i = f.size; i < bytes.size(); ++i)
        if (bytes[i] != kPreamble)
            return DecodeError{ErrorCode::TrailingBytes, i, "bytes after the 16 that end the frame", -1};
    return decodeMessage(f, profile);
}

Result<Message> decodeMessage(const Frame& frame, const MeterProfile& profile) {
    Message m;
    m.frame = frame;
    std::span<const std::uint8_t> data = frame.data;
    // Tianjin Wanhua adds 33H to every DATA byte; undo it into a local copy. Payloads keep values,
    // not spans, except RawData, which then still shows the bytes as on the wire.
    std::array<std::uint8_t, kMaxDataLength> unshifted{};
    if (profile.plus33) {
        std::transform(data.begin(), data.end(), unshifted.begin(),
                       [](std::uint8_t b) { return static_cast<std::uint8_t>(b - 0x33); });
        data = std::span<const std::uint8_t>(unshifted.data(), data.size());
    }

    if (frame.control.isAbnormal()) {
        m.abnormal = decodeAbnormal(data, profile, m);
        return m;
    }
    if (data.size() < 2)
        return payloadError(frame, data.size(), "DATA too short for a DI");
    m.hasDi = true;
    m.di = matchDi(data[0], data[1], profile.diOrder);
    if (data.size() < 3) // a few meters leave SER out of short replies; nothing else is missing
        return m;
    m.hasSer = true;
    m.ser = data[2];
    const auto payload = data.subspan(3);
    const auto failed = frame.control.isResponse()
                            ? decodeReplyPayload(frame, m.di.di, payload, profile, m.payload)
                            : decodeRequestPayload(frame, m.di.di, payload, profile, m.payload);
    if (failed)
        return *failed;
    if (profile.plus33)
        if (auto* raw = std::get_if<RawData>(&m.payload))
            raw->bytes = frame.data.subspan(3);
    return m;
}

DecodeError abnormalError(const Message& message) {
    DecodeError e{ErrorCode::AbnormalReply, message.frame.offset + 9,
                  "the meter refused the request (abnormal reply, C with D6 set)", -1};
    if (message.abnormal) {
        if (message.abnormal->status)
            e.detail = message.abnormal->status->value();
        else if (message.abnormal->statusByte)
            e.detail = *message.abnormal->statusByte;
    }
    return e;
}

} // namespace heatdesk::cjt188
