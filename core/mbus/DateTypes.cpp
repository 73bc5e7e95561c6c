// SPDX-License-Identifier: GPL-3.0-or-later
#include "mbus/DateTypes.h"

namespace heatdesk::mbus {
namespace {

// Year bits are split over two bytes: three low bits in the day byte, four high in the month byte.
int twoDigitYear(std::uint8_t dayByte, std::uint8_t monthByte) {
    return ((monthByte & 0xF0) >> 1) | ((dayByte & 0xE0) >> 5);
}

std::uint16_t fullYear(int yy, int hundredYears) {
    if (hundredYears != 0)
        return static_cast<std::uint16_t>(1900 + 100 * hundredYears + yy);
    // No century information: the usual meter convention puts 81..99 in the 1900s.
    return static_cast<std::uint16_t>(yy <= 80 ? 2000 + yy : 1900 + yy);
}

int daysInMonth(int year, int month) {
    constexpr int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

void setDate(TimePoint& t, std::uint8_t dayByte, std::uint8_t monthByte, int hundredYears) {
    const int yy = twoDigitYear(dayByte, monthByte);
    t.hasDate = true;
    t.day = dayByte & 0x1F;
    t.month = monthByte & 0x0F;
    t.year = fullYear(yy, hundredYears);
    // Day or month 0 (or yy > 99) marks "every"/"not specified": no calendar date.
    if (t.month < 1 || t.month > 12 || t.day < 1 || yy > 99 || t.day > daysInMonth(t.year, t.month))
        t.invalid = true;
}

void checkTime(TimePoint& t) {
    if (t.hour > 23 || t.minute > 59 || t.second > 59)
        t.invalid = true;
}

} // namespace

TimePoint decodeTypeG(std::span<const std::uint8_t, 2> b) {
    TimePoint t;
    setDate(t, b[0], b[1], 0);
    return t;
}

TimePoint decodeTypeJ(std::span<const std::uint8_t, 3> b) {
    TimePoint t;
    t.hasTime = t.hasSeconds = true;
    t.second = b[0] & 0x3F;
    t.minute = b[1] & 0x3F;
    t.hour = b[2] & 0x1F;
    checkTime(t);
    return t;
}

TimePoint decodeTypeF(std::span<const std::uint8_t, 4> b) {
    TimePoint t;
    t.hasTime = true;
    t.minute = b[0] & 0x3F;
    t.hour = b[1] & 0x1F;
    t.summerTime = b[1] & 0x80;
    setDate(t, b[2], b[3], (b[1] >> 5) & 0x03);
    checkTime(t);
    if (b[0] & 0x80) // IV: time invalid
        t.invalid = true;
    return t;
}

TimePoint decodeTypeI(std::span<const std::uint8_t, 6> b) {
    TimePoint t;
    t.hasTime = t.hasSeconds = true;
    t.second = b[0] & 0x3F;
    t.minute = b[1] & 0x3F;
    t.summerTime = b[1] & 0x40;
    t.hour = b[2] & 0x1F;
    setDate(t, b[3], b[4], 0);
    checkTime(t);
    if (b[1] & 0x80) // IV: time invalid
        t.invalid = true;
    return t;
}

bool decodeTimePoint(std::span<const std::uint8_t> data, TimePoint& out) {
    switch (data.size()) {
    case 2:
        out = decodeTypeG(data.first<2>());
        return true;
    case 3:
        out = decodeTypeJ(data.first<3>());
        return true;
    case 4:
        out = decodeTypeF(data.first<4>());
        return true;
    case 6:
        out = decodeTypeI(data.first<6>());
        return true;
    default:
        return false;
    }
}

} // namespace heatdesk::mbus
