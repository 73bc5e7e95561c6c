// SPDX-License-Identifier: GPL-3.0-or-later
#include "reading/HeatReading.h"

namespace heatdesk::reading {

std::string_view readingFlagName(ReadingFlag flag) {
    switch (flag) {
    case ReadingFlag::ApplicationBusy:
        return "application_busy";
    case ReadingFlag::ApplicationError:
        return "application_error";
    case ReadingFlag::Alarm:
        return "alarm";
    case ReadingFlag::PowerLow:
        return "power_low";
    case ReadingFlag::PermanentError:
        return "permanent_error";
    case ReadingFlag::TemporaryError:
        return "temporary_error";
    case ReadingFlag::Manufacturer1:
        return "manufacturer_1";
    case ReadingFlag::Manufacturer2:
        return "manufacturer_2";
    case ReadingFlag::Manufacturer3:
        return "manufacturer_3";
    case ReadingFlag::ErrorRecord:
        return "error_record";
    case ReadingFlag::RecordError:
        return "record_error";
    }
    return "unknown";
}

void HeatReading::clear() {
    auto frames = std::move(rawFrames); // keep the capacity: readings are reused in hot loops
    frames.clear();
    *this = HeatReading{};
    rawFrames = std::move(frames);
}

} // namespace heatdesk::reading
