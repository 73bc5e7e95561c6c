// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <cstdint>
#include <optional>

namespace heatdesk::billing {

// An exact decimal amount with four decimal places: prices such as 0.1871 元/kWh and fees alike.
// Money never passes through binary floating point; multiplication by a quantity rounds once,
// half away from zero, at the stated precision.
class Money {
public:
    static constexpr std::int64_t kScale = 10'000; // 1 元 = 10,000 units

    constexpr Money() = default;
    static constexpr Money fromUnits(std::int64_t units) { return Money(units); }
    // Amounts paid are whole fen (0.01 元), as stored in the payments table.
    static constexpr Money fromFen(std::int64_t fen) { return Money(fen * (kScale / 100)); }
    // Yuan with at most two decimals ("2500", "-100.5") to fen; anything else is refused.
    static std::optional<std::int64_t> parseFen(const QString& text);
    // "12.5", "-0.1871", "7" — at most four decimals; anything else is refused.
    static std::optional<Money> parse(const QString& text);

    constexpr std::int64_t units() const { return m_units; }
    // Fixed decimals for display and the JSON contract ("123.45" with 2).
    QString toString(int decimals = 2) const;

    // This price times a quantity given in hundredths (centi-kWh, centi-m²), rounded to `decimals`.
    Money timesHundredths(std::int64_t hundredths, int decimals = 4) const;
    // This amount times a factor with four decimals (correction coefficients), rounded likewise.
    Money timesFactor(Money factor, int decimals = 4) const;
    Money roundedTo(int decimals) const;

    friend constexpr Money operator+(Money a, Money b) { return Money(a.m_units + b.m_units); }
    friend constexpr Money operator-(Money a, Money b) { return Money(a.m_units - b.m_units); }
    friend constexpr bool operator==(Money a, Money b) = default;
    friend constexpr auto operator<=>(Money a, Money b) = default;

private:
    constexpr explicit Money(std::int64_t units)
        : m_units(units) {}
    std::int64_t m_units = 0;
};

// Kilowatt-hours to hundredths, the resolution heat meters display (0.01 kWh), rounded half away
// from zero: the one place where a reading's binary double becomes an exact quantity.
std::int64_t toHundredths(double value);

} // namespace heatdesk::billing
