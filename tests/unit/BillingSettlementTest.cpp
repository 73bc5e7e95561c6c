// SPDX-License-Identifier: GPL-3.0-or-later
// Season settlement under each mode with the Tianjin two-part price (domain.md §1.2–1.3): 100 m²,
// 7.5 元/m² basic, 0.13 元/kWh metered, 25 元/m² prepaid (the full area fee, 2,500 元).
#include "StoreTestSupport.h"
#include "billing/Settlement.h"
#include "billing/Sheet.h"
#include "billing/Tariff.h"

#include <gtest/gtest.h>

using namespace heatdesk::billing;

namespace {

Money yuan(const char* text) {
    return *Money::parse(QString::fromLatin1(text));
}

Tariff tianjin(const char* mode, const char* cap = "") {
    auto row = storetest::tianjinTariff2025();
    row.settlementMode = QString::fromLatin1(mode);
    row.prepayPricePerM2 = QStringLiteral("25");
    row.capPercent = QString::fromLatin1(cap);
    QString error;
    const auto t = parseTariff(row, &error);
    EXPECT_TRUE(t) << error.toStdString();
    return t.value_or(Tariff{});
}

constexpr std::int64_t k100m2 = 100'00;

} // namespace

TEST(Settlement, RefundAndChargeSettlesBothWays) {
    // Tianjin's worked example: 8,100 kWh cost 750 + 1,053 = 1,803 元 against 2,500 prepaid.
    const Settlement low = settle(tianjin("refund_and_charge"), k100m2, 8100'00);
    EXPECT_EQ(low.basicFee, yuan("750"));
    EXPECT_EQ(low.meteredFee, yuan("1053"));
    EXPECT_EQ(low.heatFee, yuan("1803"));
    EXPECT_EQ(low.prepaid, yuan("2500"));
    EXPECT_EQ(low.difference, yuan("-697"));
    EXPECT_EQ(low.refund, yuan("697"));
    EXPECT_EQ(low.charge, Money());
    EXPECT_EQ(low.billed, yuan("1803"));
    // 20,000 kWh: 750 + 2,600 = 3,350, so 850 more is collected.
    const Settlement high = settle(tianjin("refund_and_charge"), k100m2, 20000'00);
    EXPECT_EQ(high.charge, yuan("850"));
    EXPECT_EQ(high.refund, Money());
    EXPECT_EQ(high.billed, yuan("3350"));
}

TEST(Settlement, RefundOnlyNeverCollects) {
    EXPECT_EQ(settle(tianjin("refund_only"), k100m2, 8100'00).refund, yuan("697"));
    const Settlement high = settle(tianjin("refund_only"), k100m2, 20000'00);
    EXPECT_EQ(high.difference, yuan("850"));
    EXPECT_EQ(high.charge, Money());
    EXPECT_EQ(high.refund, Money());
    EXPECT_EQ(high.billed, yuan("2500")); // the prepayment stands
}

TEST(Settlement, CappedAtAShareOfTheAreaFee) {
    // 115 % of 2,500 = 2,875: of 3,350 only 375 more than prepaid is collected.
    const Settlement high = settle(tianjin("capped", "115"), k100m2, 20000'00);
    ASSERT_TRUE(high.cap);
    EXPECT_EQ(*high.cap, yuan("2875"));
    EXPECT_EQ(high.billed, yuan("2875"));
    EXPECT_EQ(high.charge, yuan("375"));
    // Below the cap it settles like refund-and-charge; without a cap % the cap is the area fee.
    EXPECT_EQ(settle(tianjin("capped", "115"), k100m2, 8100'00).refund, yuan("697"));
    EXPECT_EQ(settle(tianjin("capped"), k100m2, 20000'00).billed, yuan("2500"));
    EXPECT_EQ(settle(tianjin("capped", "112.5"), k100m2, 20000'00).charge, yuan("312.5"));
}

TEST(Settlement, RecordedPaymentsAreThePrepayment) {
    // The household paid 2,000 of the 2,500 area fee. Without payments the area fee is assumed.
    const Money paid = Money::fromFen(2000'00);
    EXPECT_FALSE(settle(tianjin("refund_and_charge"), k100m2, 8100'00).prepaidFromPayments);
    const Settlement low = settle(tianjin("refund_and_charge"), k100m2, 8100'00, paid);
    EXPECT_TRUE(low.prepaidFromPayments);
    EXPECT_EQ(low.prepaid, yuan("2000"));
    EXPECT_EQ(low.difference, yuan("-197"));
    EXPECT_EQ(low.refund, yuan("197"));
    // 多退少不补 waives heat above the area fee, not the unpaid part of the area fee itself.
    const Settlement high = settle(tianjin("refund_only"), k100m2, 20000'00, paid);
    EXPECT_EQ(high.billed, yuan("2500"));
    EXPECT_EQ(high.charge, yuan("500"));
    EXPECT_EQ(settle(tianjin("refund_only"), k100m2, 8100'00, paid).refund, yuan("197"));
    // The cap stays a share of the area fee, not of what was paid: 2,875 − 2,000.
    const Settlement capped = settle(tianjin("capped", "115"), k100m2, 20000'00, paid);
    EXPECT_EQ(*capped.cap, yuan("2875"));
    EXPECT_EQ(capped.charge, yuan("875"));
    // An overpayment comes back even when the heat fee is low.
    EXPECT_EQ(settle(tianjin("refund_and_charge"), k100m2, 8100'00, Money::fromFen(3000'00)).refund,
              yuan("1197"));
}

TEST(Settlement, NoneKeepsTheAreaFee) {
    const Settlement s = settle(tianjin("none"), k100m2, 8100'00);
    EXPECT_EQ(s.heatFee, yuan("1803"));
    EXPECT_EQ(s.billed, yuan("2500"));
    EXPECT_EQ(s.refund, Money());
    EXPECT_EQ(s.charge, Money());
}

TEST(Settlement, RoundsEachFeeOnceToTheFen) {
    // 89.37 m² × 7.5 = 670.275 → 670.28; 1234.56 kWh × 0.13 × 1.05 = 168.51744 → 168.52;
    // prepaid 89.37 × 25 = 2,234.25; refund 2,234.25 − 838.80 = 1,395.45 exactly.
    auto row = storetest::tianjinTariff2025();
    row.correction = "1.05";
    row.settlementMode = "refund_and_charge";
    row.prepayPricePerM2 = "25";
    const Settlement s = settle(*parseTariff(row), 89'37, 1234'56);
    EXPECT_EQ(s.basicFee, yuan("670.28"));
    EXPECT_EQ(s.meteredFee, yuan("168.52"));
    EXPECT_EQ(s.heatFee, yuan("838.80"));
    EXPECT_EQ(s.prepaid, yuan("2234.25"));
    EXPECT_EQ(s.refund, yuan("1395.45"));
}

TEST(Settlement, DecreasingRegisterIsZeroHeatNotACredit) {
    EXPECT_EQ(settle(tianjin("refund_and_charge"), k100m2, -500'00).meteredFee, Money());
}

TEST(Settlement, TariffRefusesWhatCannotBeSettled) {
    auto row = storetest::tianjinTariff2025();
    row.settlementMode = "refund_and_charge";
    QString error;
    EXPECT_FALSE(parseTariff(row, &error)); // no prepayment price
    EXPECT_TRUE(error.contains("prepayment")) << error.toStdString();
    row.prepayPricePerM2 = "25";
    row.capPercent = "115.125";
    EXPECT_FALSE(parseTariff(row));
    row.capPercent = "";
    row.settlementMode = "sometimes";
    EXPECT_FALSE(parseTariff(row));
    row.settlementMode = "";
    EXPECT_TRUE(parseTariff(row));
}

TEST(Settlement, SeasonSheetCarriesStatementsAndTotals) {
    const Tariff t = tianjin("refund_and_charge");
    auto user = [](double area, std::optional<std::int64_t> heat) {
        UserConsumption u;
        u.user.areaM2 = area;
        u.consumptionHundredths = heat;
        return u;
    };
    const Sheet sheet = buildSheet(Sheet::Kind::Season, t.period, "2025/2026", {}, t,
                                   {user(100, 8100'00), user(100, 20000'00), user(80, std::nullopt)});
    ASSERT_TRUE(sheet.settlement);
    EXPECT_EQ(sheet.settlement->users, 2);
    EXPECT_EQ(sheet.settlement->prepaid, yuan("5000"));
    EXPECT_EQ(sheet.settlement->refund, yuan("697"));
    EXPECT_EQ(sheet.settlement->charge, yuan("850"));
    EXPECT_EQ(sheet.settlement->billed, yuan("5153"));
    EXPECT_EQ(sheet.totalFee, yuan("5153"));
    EXPECT_FALSE(sheet.rows.at(2).settlement); // unknown heat: nothing settled, nothing invented
    // A monthly sheet never settles; a tariff without a mode neither.
    EXPECT_FALSE(
        buildSheet(Sheet::Kind::Monthly, t.period, "2026-01", {}, t, {user(100, 100'00)}).settlement);
    EXPECT_FALSE(buildSheet(Sheet::Kind::Season, t.period, "2025/2026", {}, tianjin("none"), {user(100, 1)})
                     .settlement);
}
