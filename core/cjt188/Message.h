// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cjt188/DataId.h"
#include "cjt188/Frame.h"
#include "cjt188/MeterProfile.h"
#include "cjt188/UnitCode.h"
#include "reading/HeatReading.h"

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <variant>

namespace heatdesk::cjt188 {

// A 4-byte BCD number with its unit code (the "4+1" fields of 901F and D12x).
struct MeasuredValue {
    std::array<std::uint8_t, 4> valueBytes{}; // as on the wire
    std::uint8_t unitCode = 0;
    std::uint32_t digits = 0; // the 8 BCD digits as an integer (exact), valid when bcdValid
    std::uint8_t decimals = 2;
    bool bcdValid = false;
    bool notAvailable = false; // FF FF FF FF: the meter has no value
    // In the canonical unit of the unit code's quantity (energy Wh, power kW, volume m³, flow
    // m³/h). Absent for an unknown unit code or digits that are not BCD.
    std::optional<double> canonical;

    [[nodiscard]] Quantity unitQuantity() const;
    // The number as the meter shows it (digits / 10^decimals), in the meter's unit.
    [[nodiscard]] std::optional<double> meterValue() const;
    // The canonical value if the unit measures `expected` (an energy field in L/h is not energy).
    [[nodiscard]] std::optional<double> canonicalAs(Quantity expected) const;
};

// A unit-less BCD number (temperatures XXXX.XX, working hours XXXXXX).
struct BcdNumber {
    std::uint32_t digits = 0;
    std::uint8_t decimals = 0;
    bool valid = false;
    [[nodiscard]] std::optional<double> value() const;
};

// How the real-time field was actually read.
enum class ClockEncoding : std::uint8_t { BcdLsbFirst, BcdMsbFirst, Binary, NotSet, Invalid };
std::string_view clockEncodingName(ClockEncoding e);

struct MeterClock {
    std::array<std::uint8_t, 7> raw{};
    ClockEncoding encoding = ClockEncoding::NotSet;
    std::optional<reading::MeterTime> time;
};

// Status word ST. The first byte on the wire holds D0..D7: D1D0 valve (00 open, 01 closed,
// 11 abnormal; 10, named only by one source, is read as abnormal too), D2 battery low, D3..D7 and
// the second byte vendor-defined.
struct Status {
    std::uint8_t first = 0;
    std::uint8_t second = 0;
    [[nodiscard]] std::uint16_t value() const { return std::uint16_t(second << 8 | first); }
    [[nodiscard]] reading::ValveState valve() const;
    [[nodiscard]] bool batteryLow() const { return first & 0x04; }
    [[nodiscard]] std::uint8_t vendorBits() const { return first & 0xF8; }
    friend bool operator==(const Status&, const Status&) = default;
};
std::string_view valveStateName(reading::ValveState v); // open, closed, abnormal, unknown

// Plausibility warnings: the byte order of the numbers cannot be read from the digits.
namespace warning {
constexpr std::uint32_t SupplyImplausible = 1u << 0; // supply temperature above 150 °C
constexpr std::uint32_t ReturnImplausible = 1u << 1;
constexpr std::uint32_t TimeOrderDiffers = 1u << 2; // time decoded in the other byte order than the numbers
constexpr std::uint32_t ClockInvalid = 1u << 3;     // no encoding gives a calendar time
} // namespace warning

// Heat meter 901F reply, 43 bytes after DI+SER (cjt188.md §2.2).
struct HeatData {
    MeasuredValue settlementEnergy; // or cooling energy on some heat/cool meters (profile)
    MeasuredValue currentEnergy;
    MeasuredValue power;
    MeasuredValue flow;
    MeasuredValue volume;
    BcdNumber supplyC;
    BcdNumber returnC;
    BcdNumber operatingHours;
    MeterClock clock;
    Status status;
    UnitPosition unitPosition = UnitPosition::ValueFirst; // as decoded (never Auto)
    bool unitPositionDetected = false;                    // Auto chose it
    std::uint8_t plausibleValueFirst = 0, plausibleUnitFirst = 0;
    std::uint32_t warnings = 0;
};

// Water and gas meter 901F reply, 19 bytes: note the current value comes first here.
struct WaterData {
    MeasuredValue currentVolume;
    MeasuredValue settlementVolume;
    MeterClock clock;
    Status status;
    UnitPosition unitPosition = UnitPosition::ValueFirst;
    bool unitPositionDetected = false;
    std::uint8_t plausibleValueFirst = 0, plausibleUnitFirst = 0;
    std::uint32_t warnings = 0;
};

struct HistoryValue { // D120..D12B reply
    int monthsAgo = 1;
    MeasuredValue value;
};
struct DayValue { // 8103/8104 reply, A011/A012 request
    std::uint8_t raw = 0;
    std::optional<int> day; // 1..31 when BCD
};
struct AddressData { // 810A reply with the address in the body, A018 request
    Address address;
};
struct ValveCommand { // A017 request
    std::uint8_t code = 0;
    reading::ValveState target = reading::ValveState::Unknown; // Open for 55, Closed for 99
};
struct StatusReply { // A017 and A016 replies: DI SER ST
    Status status;
};
struct TimeData { // A015 request
    MeterClock clock;
};
struct PurchaseData { // 8105 reply
    std::uint8_t sequence = 0;
    BcdNumber thisPurchase, totalPurchased, remaining; // 2 decimals
    Status status;
};
struct SyncData { // A016 request: unit then 4 BCD (KingDa)
    std::uint8_t unitCode = 0;
    BcdNumber value;
};
struct RawData { // DIs whose layout is not known well enough (8102, 8106, vendor DIs): wire bytes
    std::span<const std::uint8_t> bytes;
};

using Payload = std::variant<std::monostate, HeatData, WaterData, HistoryValue, DayValue, AddressData,
                             ValveCommand, StatusReply, TimeData, PurchaseData, SyncData, RawData>;

// What an abnormal reply (C with D6 set) carries. Meter firmware sends SER + ST (L=3); one driver
// expects a single status byte; both, with or without DI, are accepted.
struct AbnormalReply {
    enum class Form : std::uint8_t { SerStatus, DiSerStatus, StatusByte, DiSerStatusByte, Other };
    Form form = Form::Other;
    std::optional<Status> status;
    std::optional<std::uint8_t> statusByte;
};
std::string_view abnormalFormName(AbnormalReply::Form form);

// One decoded CJ/T 188 frame: link layer, DI, SER and payload.
struct Message {
    Frame frame;
    bool hasDi = false;
    DiMatch di;
    bool hasSer = false;
    std::uint8_t ser = 0;
    Payload payload;
    std::optional<AbnormalReply> abnormal;

    [[nodiscard]] bool isRequest() const { return !frame.control.isResponse(); }
};

// Parses and decodes one frame (any FE preamble, nothing after the 16 but more FE). The profile
// says how the meter model writes its numbers; only the DI order is never taken from it, since
// both orders are recognised on receive. Never throws, never allocates.
Result<Message> decodeMessage(std::span<const std::uint8_t> bytes,
                              const MeterProfile& profile = defaultProfile());
// Decodes the DATA of an already parsed frame (its spans must stay valid).
Result<Message> decodeMessage(const Frame& frame, const MeterProfile& profile = defaultProfile());

// The error value for an abnormal reply ("errors are values"): abnormal_reply, detail = ST as a
// number (or the single status byte), offset of C.
DecodeError abnormalError(const Message& message);

// Reads the 7-byte time field as the profile says (Auto tries LSB-first BCD, MSB-first BCD, binary).
MeterClock decodeClock(std::span<const std::uint8_t, 7> raw, TimeEncoding encoding);

} // namespace heatdesk::cjt188
