// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/Sheet.h"

namespace heatdesk::billing {
namespace {

QString decimal(std::int64_t mantissa, int places) {
    const bool negative = mantissa < 0;
    const auto magnitude = static_cast<std::uint64_t>(negative ? -mantissa : mantissa);
    std::uint64_t scale = 1;
    for (int i = 0; i < places; ++i)
        scale *= 10;
    QString text = QString::number(magnitude / scale);
    QString fraction = QString::number(magnitude % scale).rightJustified(places, QLatin1Char('0'));
    while (fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    if (!fraction.isEmpty())
        text += QLatin1Char('.') + fraction;
    return negative && magnitude != 0 ? QLatin1Char('-') + text : text;
}

std::optional<std::int64_t> perSquareMetre(const UserConsumption& u) {
    if (!u.consumptionHundredths || !u.user.areaM2)
        return std::nullopt;
    return perSquareMetreHundredths(*u.consumptionHundredths, toHundredths(*u.user.areaM2));
}

void addToTotals(SettlementTotals& t, const Settlement& s) {
    ++t.users;
    t.usersWithPayments += s.prepaidFromPayments ? 1 : 0;
    t.basicFee = t.basicFee + s.basicFee;
    t.meteredFee = t.meteredFee + s.meteredFee;
    t.heatFee = t.heatFee + s.heatFee;
    t.prepaid = t.prepaid + s.prepaid;
    t.billed = t.billed + s.billed;
    t.refund = t.refund + s.refund;
    t.charge = t.charge + s.charge;
}

} // namespace

std::optional<std::int64_t> perSquareMetreHundredths(std::int64_t kwhHundredths,
                                                     std::int64_t areaHundredths) {
    if (areaHundredths <= 0)
        return std::nullopt;
    const __int128 twice = static_cast<__int128>(kwhHundredths) * 200;
    const __int128 area = areaHundredths;
    const __int128 q = twice >= 0 ? (twice + area) / (2 * area) : -((-twice + area) / (2 * area));
    return static_cast<std::int64_t>(q);
}

QString hundredthsText(std::int64_t hundredths) {
    return decimal(hundredths, 2);
}

QString gigajouleText(std::int64_t kwhHundredths) {
    return decimal(kwhHundredths * 36, 6);
}

Sheet buildSheet(Sheet::Kind kind, const Period& period, const QString& label, const QString& building,
                 const std::optional<Tariff>& tariff, QList<UserConsumption> consumption,
                 const QHash<qint64, Money>& paidByUser) {
    Sheet sheet;
    sheet.kind = kind;
    sheet.period = period;
    sheet.label = label;
    sheet.building = building;
    sheet.tariff = tariff;
    sheet.rows.reserve(consumption.size());
    SettlementTotals settled;
    for (UserConsumption& u : consumption) {
        SheetRow row;
        row.consumption = std::move(u);
        const UserConsumption& c = row.consumption;
        row.kwhPerM2Hundredths = perSquareMetre(c);
        if (tariff && c.consumptionHundredths) {
            // A decreasing register is flagged, never billed as a credit.
            const std::int64_t heat = std::max<std::int64_t>(0, *c.consumptionHundredths);
            if (kind == Sheet::Kind::Monthly) {
                row.fee = meteredFee(*tariff, heat);
            } else if (c.user.areaM2) {
                const auto paid = paidByUser.find(c.user.userId);
                const Settlement s =
                    settle(*tariff, toHundredths(*c.user.areaM2), heat,
                           paid == paidByUser.end() ? std::nullopt : std::optional<Money>(*paid));
                row.fee = s.heatFee;
                if (s.mode != SettlementMode::None) {
                    row.settlement = s;
                    addToTotals(settled, s);
                }
            }
        }
        if (c.consumptionHundredths) {
            sheet.totalHundredths += std::max<std::int64_t>(0, *c.consumptionHundredths);
            ++sheet.usersWithConsumption;
        }
        if (row.fee)
            sheet.totalFee = sheet.totalFee + *row.fee;
        sheet.rows.append(std::move(row));
    }
    if (kind == Sheet::Kind::Season && tariff && tariff->settlementMode != SettlementMode::None)
        sheet.settlement = settled;
    return sheet;
}

} // namespace heatdesk::billing
