// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cjt188/DataId.h"
#include "cjt188/Frame.h"

#include <chrono>
#include <cstdint>
#include <string>

namespace heatdesk::cjt188 {

// Order of the bytes of a multi-byte BCD number. The standard and nearly every meter send the
// least significant byte first; Huizhong-based firmware and Danfoss send the most significant first.
enum class ByteOrder : std::uint8_t { LsbFirst, MsbFirst };
// Where the unit byte of a 4+1 field sits. JY, LiChuang, Wanhua and JingWei screen-off models put
// it first. Auto decides per frame by which reading gives more plausible fields.
enum class UnitPosition : std::uint8_t { Auto, ValueFirst, UnitFirst };
// How the 7-byte real-time field is encoded. Auto takes the first of LSB-first BCD, MSB-first BCD
// and binary that gives a valid calendar time.
enum class TimeEncoding : std::uint8_t { Auto, BcdLsbFirst, BcdMsbFirst, Binary };

std::string_view byteOrderName(ByteOrder o);
std::string_view unitPositionName(UnitPosition p);
std::string_view timeEncodingName(TimeEncoding e);

// What one meter model needs (shared/docs/cjt188.md §3.2). Profiles are data: the JSON files in
// resources/cjt188-profiles/ and a technician's own directory (ProfileStore); MeterProfile{} is
// the default profile, the variant most meters use for every uncertain point.
struct MeterProfile {
    std::string name = "default";
    std::string description = "CJ/T 188-2004 as most meters speak it";

    // Serial line: 2400 8E1 on M-Bus; some RS-485 meters run at 1200.
    std::uint32_t baud = 2400;

    // Sending.
    std::size_t preambleCount = 4;       // FE before 68: Delu and most vendor tables use 4
    DiOrder diOrder = DiOrder::LowFirst; // 1F 90: the larger and older group of meters
    std::uint8_t requestMeterType = meter_type::Heat;
    std::uint8_t valveOpenCode = 0x55;
    std::uint8_t valveCloseCode = 0x99;
    std::chrono::milliseconds responseTimeout{2000}; // a local M-Bus answers in < 1 s; DTUs need more
    int retries = 2;

    // Receiving.
    ByteOrder valueOrder = ByteOrder::LsbFirst;
    UnitPosition unitPosition = UnitPosition::Auto;
    TimeEncoding timeEncoding = TimeEncoding::Auto;
    bool statusSwapped = false; // Danfoss reverses ST along with every other field
    int flowDecimals = 4; // heat 901F flow rate: 4 in the standard layout, 2 at LiChuang model 2, Sanext
    bool firstEnergyIsCooling = false; // heat/cool meters that put cooling energy in the settlement slot
    bool plus33 = false;               // Tianjin Wanhua: 33H added to every DATA byte (DL/T 645 habit)
};

// The built-in default (same as MeterProfile{}), for callers that need a reference.
const MeterProfile& defaultProfile();

} // namespace heatdesk::cjt188
