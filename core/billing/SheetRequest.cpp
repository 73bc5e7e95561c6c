// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/SheetRequest.h"

#include "billing/Plausibility.h"
#include "store/BillingRepository.h"
#include "store/PaymentRepository.h"

#include <future>

namespace heatdesk::billing {

std::variant<SheetResult, SheetError> prepareSheet(store::Database& db, const SheetRequest& request) {
    using Kind = SheetError::Kind;
    SheetResult result;
    Period period;
    QString label;
    int season = request.season;
    if (request.kind == Sheet::Kind::Monthly) {
        const auto month = monthPeriod(request.month);
        if (!month)
            return SheetError{Kind::Request, QStringLiteral("the month must be YYYY-MM, e.g. 2026-01")};
        period = *month;
        label = request.month;
        season = seasonOf(period.fromMs);
    } else {
        if (season < 1990 || season > 2200)
            return SheetError{Kind::Request, QStringLiteral("the season must be a year such as 2025")};
        label = QStringLiteral("%1/%2").arg(season).arg(season + 1);
    }

    std::optional<Tariff> tariff;
    store::StoreError storeError;
    if (const auto row =
            store::BillingRepository(db).tariff(season, QStringLiteral("residential"), &storeError)) {
        QString problem;
        tariff = parseTariff(*row, &problem);
        if (!tariff)
            return SheetError{Kind::Tariff, problem};
    } else if (!storeError.message.isEmpty()) {
        return SheetError{Kind::Store, storeError.message};
    } else {
        result.notes << QStringLiteral("no tariff for season %1: fees are left empty").arg(season);
    }
    if (request.kind == Sheet::Kind::Season) {
        if (tariff)
            period = tariff->period;
        else // the most common legal season (Beijing, Tianjin): 15 Nov – 15 Mar
            period = *datePeriod(QStringLiteral("%1-11-15").arg(season),
                                 QStringLiteral("%1-03-15").arg(season + 1));
    }

    // One pass over the period's readings (and a tolerance either side) gives the boundaries and
    // the sensor statistics; it runs on connections of its own while the heat users are loaded
    // (100,000 users, January: 3.1 million readings).
    const PlausibilityRules rules = plausibilityRules(db);
    const qint64 margin = request.toleranceMs;
    auto scanner = std::async(std::launch::async, [path = db.path(), period, margin, rules]() {
        return scanPeriodInParallel(path, period, margin, rules);
    });
    std::optional<PeriodScanResult> scanned;
    const auto awaitScan = [&]() -> const PeriodScanResult& {
        if (!scanned) {
            scanned = scanner.get();
            if (!scanned) // the file could not be opened twice (e.g. in memory): scan here
                scanned = scanPeriod(db, period, margin, rules);
        }
        return *scanned;
    };
    ConsumptionOptions options;
    options.toleranceMs = request.toleranceMs;
    auto consumption = computeConsumption(db, period, request.building, options, awaitScan);
    if (auto* e = std::get_if<store::StoreError>(&consumption))
        return SheetError{Kind::Store, e->message};
    auto& users = std::get<QList<UserConsumption>>(consumption);
    applyPlausibility(users, std::get<PeriodScan>(awaitScan()).stats, rules);
    QHash<qint64, Money> paidByUser;
    if (request.kind == Sheet::Kind::Season) {
        const auto totals = store::PaymentRepository(db).seasonTotals(season, &storeError);
        if (!storeError.message.isEmpty())
            return SheetError{Kind::Store, storeError.message};
        for (auto it = totals.begin(); it != totals.end(); ++it)
            paidByUser.insert(it.key(), Money::fromFen(it.value()));
        if (tariff && tariff->settlementMode != SettlementMode::None)
            result.notes << (totals.isEmpty()
                                 ? QStringLiteral("no payments recorded for season %1: prepaid is the "
                                                  "prepayment price × area")
                                       .arg(season)
                                 : QStringLiteral("prepaid: the recorded payments of season %1 (%2 users), "
                                                  "prepayment price × area for the others")
                                       .arg(season)
                                       .arg(totals.size()));
    }
    result.sheet =
        buildSheet(request.kind, period, label, request.building, tariff, std::move(users), paidByUser);
    return result;
}

} // namespace heatdesk::billing
