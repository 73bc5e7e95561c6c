// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/CivilTime.h"

#include <charconv>
#include <cstdio>

namespace heatdesk::sim {

// Howard Hinnant's days_from_civil / civil_from_days algorithms (public domain), rewritten.
std::int64_t daysFromCivil(int year, int month, int day) {
    const int y = year - (month <= 2 ? 1 : 0);
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int mp = (month + 9) % 12;
    const int doy = (153 * mp + 2) / 5 + day - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return std::int64_t(era) * 146097 + doe - 719468;
}

reading::MeterTime civilFromSeconds(SimSeconds t) {
    std::int64_t days = t / 86400;
    std::int64_t rest = t % 86400;
    if (rest < 0) {
        rest += 86400;
        --days;
    }
    const std::int64_t z = days + 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<int>(z - era * 146097);
    const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int mp = (5 * doy + 2) / 153;
    reading::MeterTime m;
    m.day = doy - (153 * mp + 2) / 5 + 1;
    m.month = mp < 10 ? mp + 3 : mp - 9;
    m.year = static_cast<int>(yoe + era * 400 + (m.month <= 2 ? 1 : 0));
    m.hour = static_cast<int>(rest / 3600);
    m.minute = static_cast<int>(rest / 60 % 60);
    m.second = static_cast<int>(rest % 60);
    return m;
}

SimSeconds secondsFromCivil(const reading::MeterTime& t) {
    return daysFromCivil(t.year, t.month, t.day) * 86400 + t.hour * 3600 + t.minute * 60 + t.second;
}

namespace {
bool number(std::string_view s, int& out) {
    const auto r = std::from_chars(s.data(), s.data() + s.size(), out);
    return r.ec == std::errc() && r.ptr == s.data() + s.size();
}
} // namespace

std::optional<SimSeconds> parseCivil(std::string_view text) {
    if (text.size() != 10 && text.size() != 16)
        return std::nullopt;
    reading::MeterTime t;
    if (text[4] != '-' || text[7] != '-' || !number(text.substr(0, 4), t.year) ||
        !number(text.substr(5, 2), t.month) || !number(text.substr(8, 2), t.day))
        return std::nullopt;
    if (text.size() == 16 && (text[10] != 'T' || text[13] != ':' || !number(text.substr(11, 2), t.hour) ||
                              !number(text.substr(14, 2), t.minute)))
        return std::nullopt;
    if (t.month < 1 || t.month > 12 || t.day < 1 || t.day > 31 || t.hour > 23 || t.minute > 59)
        return std::nullopt;
    const auto s = secondsFromCivil(t);
    if (civilFromSeconds(s).day != t.day) // 2025-02-30
        return std::nullopt;
    return s;
}

std::string formatCivil(SimSeconds t) {
    const auto c = civilFromSeconds(t);
    char text[32];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d", c.year, c.month, c.day, c.hour, c.minute);
    return text;
}

std::uint64_t mix(std::uint64_t a, std::uint64_t b, std::uint64_t c) {
    // splitmix64 finaliser over a simple combination: cheap, well spread, stable across platforms.
    std::uint64_t z = a * 0x9E3779B97F4A7C15ull ^ (b + 0x632BE59BD9B4E019ull) * 0xBF58476D1CE4E5B9ull ^
                      (c + 0x94D049BB133111EBull) * 0x2545F4914F6CDD1Dull;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

double unit(std::uint64_t hash) {
    return double(hash >> 11) * (1.0 / 9007199254740992.0);
}

} // namespace heatdesk::sim
