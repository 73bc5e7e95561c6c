// SPDX-License-Identifier: GPL-3.0-or-later
#include "cjt188/MeterProfile.h"

namespace heatdesk::cjt188 {

std::string_view byteOrderName(ByteOrder o) {
    return o == ByteOrder::LsbFirst ? "lsb_first" : "msb_first";
}

std::string_view unitPositionName(UnitPosition p) {
    switch (p) {
    case UnitPosition::ValueFirst:
        return "value_first";
    case UnitPosition::UnitFirst:
        return "unit_first";
    case UnitPosition::Auto:
        break;
    }
    return "auto";
}

std::string_view timeEncodingName(TimeEncoding e) {
    switch (e) {
    case TimeEncoding::BcdLsbFirst:
        return "bcd_lsb_first";
    case TimeEncoding::BcdMsbFirst:
        return "bcd_msb_first";
    case TimeEncoding::Binary:
        return "binary";
    case TimeEncoding::Auto:
        break;
    }
    return "auto";
}

const MeterProfile& defaultProfile() {
    static const MeterProfile profile;
    return profile;
}

} // namespace heatdesk::cjt188
