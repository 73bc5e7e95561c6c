// SPDX-License-Identifier: GPL-3.0-or-later
#include "mbus/DataRecord.h"

#include <cmath>

namespace heatdesk::mbus {

std::string_view functionName(RecordFunction f) {
    switch (f) {
    case RecordFunction::Instantaneous:
        return "instantaneous";
    case RecordFunction::Maximum:
        return "maximum";
    case RecordFunction::Minimum:
        return "minimum";
    case RecordFunction::Error:
        return "error";
    }
    return "instantaneous";
}

double DataRecord::number() const {
    switch (kind) {
    case ValueKind::Exact: {
        // Exact powers of ten keep the common cases (e.g. 0.01 °C) free of pow() rounding noise.
        static constexpr double kPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8, 1e9,
                                            1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18};
        const double m = static_cast<double>(mantissa);
        if (exp10 >= 0)
            return exp10 <= 18 ? m * kPow10[exp10] : m * std::pow(10.0, exp10);
        return -exp10 <= 18 ? m / kPow10[-exp10] : m * std::pow(10.0, exp10);
    }
    case ValueKind::Real:
        return real;
    default:
        return 0.0;
    }
}

} // namespace heatdesk::mbus
