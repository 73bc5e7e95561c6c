// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/Money.h"

#include <cmath>

namespace heatdesk::billing {
namespace {

// Divides with rounding half away from zero.
__int128 divideRounded(__int128 value, __int128 divisor) {
    const __int128 half = divisor / 2;
    return value >= 0 ? (value + half) / divisor : -((-value + half) / divisor);
}

std::int64_t pow10(int n) {
    std::int64_t p = 1;
    while (n-- > 0)
        p *= 10;
    return p;
}

} // namespace

std::optional<std::int64_t> Money::parseFen(const QString& text) {
    const auto amount = parse(text);
    if (!amount || amount->units() % (kScale / 100) != 0)
        return std::nullopt;
    return amount->units() / (kScale / 100);
}

std::optional<Money> Money::parse(const QString& text) {
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    qsizetype i = 0;
    const bool negative = t.at(0) == QLatin1Char('-');
    if (negative || t.at(0) == QLatin1Char('+'))
        ++i;
    std::int64_t whole = 0;
    int wholeDigits = 0;
    for (; i < t.size() && t.at(i).isDigit(); ++i) {
        if (++wholeDigits > 12)
            return std::nullopt; // a trillion 元 is not a heat price
        whole = whole * 10 + t.at(i).digitValue();
    }
    std::int64_t fraction = 0;
    int fractionDigits = 0;
    if (i < t.size() && t.at(i) == QLatin1Char('.')) {
        for (++i; i < t.size() && t.at(i).isDigit(); ++i) {
            if (++fractionDigits > 4)
                return std::nullopt;
            fraction = fraction * 10 + t.at(i).digitValue();
        }
    }
    if (i != t.size() || wholeDigits + fractionDigits == 0)
        return std::nullopt;
    const std::int64_t units = whole * kScale + fraction * pow10(4 - fractionDigits);
    return Money(negative ? -units : units);
}

QString Money::toString(int decimals) const {
    const Money r = roundedTo(decimals);
    const std::int64_t magnitude = r.m_units < 0 ? -r.m_units : r.m_units;
    QString s = QString::number(magnitude / kScale);
    if (decimals > 0) {
        const std::int64_t fraction = (magnitude % kScale) / pow10(4 - decimals);
        s += QLatin1Char('.') + QString::number(fraction).rightJustified(decimals, QLatin1Char('0'));
    }
    return r.m_units < 0 ? QLatin1Char('-') + s : s;
}

Money Money::roundedTo(int decimals) const {
    const std::int64_t step = pow10(4 - decimals);
    return Money(static_cast<std::int64_t>(divideRounded(m_units, step) * step));
}

Money Money::timesHundredths(std::int64_t hundredths, int decimals) const {
    const __int128 product = static_cast<__int128>(m_units) * hundredths; // units × 1/100
    return Money(static_cast<std::int64_t>(divideRounded(product, 100))).roundedTo(decimals);
}

Money Money::timesFactor(Money factor, int decimals) const {
    const __int128 product = static_cast<__int128>(m_units) * factor.m_units;
    return Money(static_cast<std::int64_t>(divideRounded(product, kScale))).roundedTo(decimals);
}

std::int64_t toHundredths(double value) {
    // Via thousandths: 1234.565 is 1234.56499999… as a double; ×1000 rounds back to the decimal
    // the meter sent, and only then is it rounded to hundredths, half away from zero.
    const __int128 thousandths = std::llround(value * 1000.0);
    return static_cast<std::int64_t>(divideRounded(thousandths, 10));
}

} // namespace heatdesk::billing
