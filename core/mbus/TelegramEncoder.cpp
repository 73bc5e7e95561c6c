// SPDX-License-Identifier: GPL-3.0-or-later
#include "mbus/TelegramEncoder.h"

#include "mbus/Frame.h"

#include <cstring>

namespace heatdesk::mbus {

namespace {

std::uint8_t functionBits(RecordFunction f) {
    switch (f) {
    case RecordFunction::Instantaneous:
        return 0x00;
    case RecordFunction::Maximum:
        return 0x10;
    case RecordFunction::Minimum:
        return 0x20;
    case RecordFunction::Error:
        return 0x30;
    }
    return 0x00;
}

bool validDate(const TimePoint& t) {
    constexpr int days[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return t.year >= 2000 && t.year <= 2099 && t.month >= 1 && t.month <= 12 && t.day >= 1 &&
           t.day <= days[t.month - 1];
}

} // namespace

void TelegramEncoder::setLongHeader(std::uint32_t idBcd, std::uint16_t manufacturer, std::uint8_t version,
                                    std::uint8_t medium, std::uint8_t access, std::uint8_t status) {
    m_header = {std::uint8_t(idBcd),
                std::uint8_t(idBcd >> 8),
                std::uint8_t(idBcd >> 16),
                std::uint8_t(idBcd >> 24),
                std::uint8_t(manufacturer),
                std::uint8_t(manufacturer >> 8),
                version,
                medium,
                access,
                status,
                0,
                0};
}

bool TelegramEncoder::addRecord(const Dib& dib, std::uint8_t coding, std::span<const std::uint8_t> vib,
                                std::span<const std::uint8_t> data) {
    if (vib.empty() || vib.size() > 11)
        return false;
    // DIFEs are only written when the storage number, tariff or subunit need them: meters
    // do the same, and a redundant DIFE 00 would change the bytes a test compares.
    std::array<std::uint8_t, 11> dibBytes{};
    std::size_t n = 0;
    std::uint64_t storage = dib.storage >> 1;
    std::uint32_t tariff = dib.tariff;
    std::uint16_t subunit = dib.subunit;
    dibBytes[n++] = std::uint8_t(coding | functionBits(dib.function) | ((dib.storage & 1) << 6));
    while (storage != 0 || tariff != 0 || subunit != 0) {
        if (n == dibBytes.size())
            return false; // at most 10 DIFEs
        dibBytes[n - 1] |= 0x80;
        dibBytes[n++] = std::uint8_t((storage & 0x0F) | ((tariff & 0x03) << 4) | ((subunit & 0x01) << 6));
        storage >>= 4;
        tariff >>= 2;
        subunit >>= 1;
    }
    m_records.insert(m_records.end(), dibBytes.begin(), dibBytes.begin() + n);
    m_records.insert(m_records.end(), vib.begin(), vib.end());
    m_records.insert(m_records.end(), data.begin(), data.end());
    return true;
}

bool TelegramEncoder::addBcd(const Dib& dib, std::span<const std::uint8_t> vib, std::int64_t value,
                             int bytes) {
    std::uint8_t coding = 0;
    switch (bytes) {
    case 1:
        coding = 0x9;
        break;
    case 2:
        coding = 0xA;
        break;
    case 3:
        coding = 0xB;
        break;
    case 4:
        coding = 0xC;
        break;
    case 6:
        coding = 0xE;
        break;
    default:
        return false;
    }
    std::array<std::uint8_t, 6> data{};
    if (!encodeBcd(value, std::span(data).first(static_cast<std::size_t>(bytes))))
        return false;
    return addRecord(dib, coding, vib, std::span(data).first(static_cast<std::size_t>(bytes)));
}

bool TelegramEncoder::addInt(const Dib& dib, std::span<const std::uint8_t> vib, std::int64_t value,
                             int bytes) {
    std::uint8_t coding = 0;
    switch (bytes) {
    case 1:
    case 2:
    case 3:
    case 4:
        coding = std::uint8_t(bytes);
        break;
    case 6:
        coding = 0x6;
        break;
    case 8:
        coding = 0x7;
        break;
    default:
        return false;
    }
    if (bytes < 8) {
        const std::int64_t limit = std::int64_t(1) << (8 * bytes - 1);
        // Unsigned use of the full width (identifiers, counters) is allowed too.
        if (value < -limit || value >= 2 * limit)
            return false;
    }
    std::array<std::uint8_t, 8> data{};
    const auto u = static_cast<std::uint64_t>(value);
    for (int i = 0; i < bytes; ++i)
        data[static_cast<std::size_t>(i)] = std::uint8_t(u >> (8 * i));
    return addRecord(dib, coding, vib, std::span(data).first(static_cast<std::size_t>(bytes)));
}

bool TelegramEncoder::addReal(const Dib& dib, std::span<const std::uint8_t> vib, float value) {
    std::array<std::uint8_t, 4> data{};
    std::uint32_t u = 0;
    std::memcpy(&u, &value, sizeof u);
    for (int i = 0; i < 4; ++i)
        data[static_cast<std::size_t>(i)] = std::uint8_t(u >> (8 * i));
    return addRecord(dib, 0x5, vib, data);
}

bool TelegramEncoder::addDateG(const Dib& dib, std::span<const std::uint8_t> vib, const TimePoint& t) {
    const auto data = encodeTypeG(t);
    return addRecord(dib, 0x2, vib, data);
}

bool TelegramEncoder::addDateTimeF(const Dib& dib, std::span<const std::uint8_t> vib, const TimePoint& t) {
    const auto data = encodeTypeF(t);
    return addRecord(dib, 0x4, vib, data);
}

void TelegramEncoder::addManufacturerData(std::span<const std::uint8_t> bytes, bool moreFollows) {
    m_records.push_back(moreFollows ? 0x1F : 0x0F);
    m_records.insert(m_records.end(), bytes.begin(), bytes.end());
}

void TelegramEncoder::addRaw(std::span<const std::uint8_t> bytes) {
    m_records.insert(m_records.end(), bytes.begin(), bytes.end());
}

std::vector<std::uint8_t> TelegramEncoder::userData() const {
    std::vector<std::uint8_t> out(m_header.begin(), m_header.end());
    out.insert(out.end(), m_records.begin(), m_records.end());
    return out;
}

std::optional<std::vector<std::uint8_t>> TelegramEncoder::rspUd(std::uint8_t address, std::uint8_t c) const {
    const auto data = userData();
    return buildLongFrame(c, address, ci::VariableLong, data);
}

std::array<std::uint8_t, 2> encodeTypeG(const TimePoint& t) {
    if (!validDate(t))
        return {0xFF, 0xFF}; // day/month 31/15 and year 127: no calendar date for any reader
    const int yy = t.year % 100;
    return {std::uint8_t((t.day & 0x1F) | ((yy & 0x07) << 5)),
            std::uint8_t((t.month & 0x0F) | ((yy & 0x78) << 1))};
}

std::array<std::uint8_t, 4> encodeTypeF(const TimePoint& t) {
    if (!validDate(t) || t.hour > 23 || t.minute > 59)
        return {0x80, 0x00, 0x00, 0x00}; // IV bit: the meter's clock is not set
    const auto g = encodeTypeG(t);
    return {std::uint8_t((t.minute & 0x3F) | (t.invalid ? 0x80 : 0x00)),
            std::uint8_t((t.hour & 0x1F) | (t.summerTime ? 0x80 : 0x00)), g[0], g[1]};
}

bool encodeBcd(std::int64_t value, std::span<std::uint8_t> bytes) {
    if (bytes.empty())
        return false;
    const bool negative = value < 0;
    std::uint64_t v = negative ? static_cast<std::uint64_t>(-value) : static_cast<std::uint64_t>(value);
    const std::size_t digits = bytes.size() * 2 - (negative ? 1 : 0);
    for (std::size_t i = 0; i < digits; ++i) {
        const auto d = std::uint8_t(v % 10);
        v /= 10;
        auto& b = bytes[i / 2];
        b = (i % 2 == 0) ? d : std::uint8_t(b | (d << 4));
    }
    if (v != 0)
        return false;
    if (negative)
        bytes.back() = std::uint8_t(bytes.back() | 0xF0);
    return true;
}

} // namespace heatdesk::mbus
