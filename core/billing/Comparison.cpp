// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/Comparison.h"

#include "billing/Money.h"
#include "billing/Sheet.h"
#include "text/Csv.h"

#include <QDateTime>
#include <QHash>
#include <algorithm>
#include <cmath>

namespace heatdesk::billing {
namespace {

// Heat and area summed over the users whose both are known.
struct HeatAndArea {
    std::int64_t kwhHundredths = 0, areaHundredths = 0;
    int users = 0;
    void add(const UserConsumption& u) {
        if (!u.consumptionHundredths || !u.user.areaM2 || *u.user.areaM2 <= 0)
            return;
        kwhHundredths += std::max<std::int64_t>(0, *u.consumptionHundredths);
        areaHundredths += toHundredths(*u.user.areaM2);
        ++users;
    }
    std::optional<std::int64_t> perM2() const {
        return users ? perSquareMetreHundredths(kwhHundredths, areaHundredths) : std::nullopt;
    }
};

IntensityChange change(std::optional<std::int64_t> current, std::optional<std::int64_t> previous,
                       const ComparisonOptions& o) {
    IntensityChange c{current, previous, std::nullopt, std::nullopt};
    if (!current || !previous || *previous <= 0)
        return c;
    c.changePercent = (double(*current) - double(*previous)) / double(*previous) * 100.0;
    if (o.currentDegreeDays && o.previousDegreeDays && *o.currentDegreeDays > 0 &&
        *o.previousDegreeDays > 0) {
        const double ratio =
            (double(*current) / *o.currentDegreeDays) / (double(*previous) / *o.previousDegreeDays);
        c.normalisedChangePercent = (ratio - 1.0) * 100.0;
    }
    return c;
}

// How many users make up p % of n (at least one): the top and bottom groups' size; users tied
// with the group's last value join it.
std::size_t groupSize(std::size_t n, double p) {
    return std::clamp<std::size_t>(static_cast<std::size_t>(std::llround(p / 100.0 * double(n))), 1, n);
}

QString number(const std::optional<double>& v) {
    return v ? QString::number(*v, 'f', 1) : QString();
}

QString hundredths(const std::optional<std::int64_t>& v) {
    return v ? hundredthsText(*v) : QString();
}

} // namespace

Period sameTimeLastSeason(const Period& period) {
    const auto yearEarlier = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms).addYears(-1).toMSecsSinceEpoch();
    };
    return {yearEarlier(period.fromMs), yearEarlier(period.toMs)};
}

double heatingDegreeDays(const QList<double>& dailyMeanOutdoorC, double baseC) {
    double sum = 0;
    for (double t : dailyMeanOutdoorC)
        sum += std::max(0.0, baseC - t);
    return sum;
}

Comparison compareIntensity(const QList<UserConsumption>& current, const QList<UserConsumption>& previous,
                            const ComparisonOptions& options) {
    Comparison out;
    out.currentDegreeDays = options.currentDegreeDays;
    out.previousDegreeDays = options.previousDegreeDays;
    QHash<qint64, const UserConsumption*> before;
    for (const UserConsumption& u : previous)
        before.insert(u.user.userId, &u);

    QList<std::pair<QString, QString>> buildingOrder;
    QHash<std::pair<QString, QString>, std::pair<HeatAndArea, HeatAndArea>> buildings;
    std::vector<std::int64_t> intensities;
    for (const UserConsumption& u : current) {
        const UserConsumption* p = before.value(u.user.userId);
        HeatAndArea now, then;
        now.add(u);
        if (p)
            then.add(*p);
        UserComparison c;
        c.user = u.user;
        c.change = change(now.perM2(), then.perM2(), options);
        if (c.change.currentPerM2)
            intensities.push_back(*c.change.currentPerM2);
        out.users.append(std::move(c));

        const std::pair key{u.user.community, u.user.building};
        if (!buildings.contains(key))
            buildingOrder.append(key);
        auto& [b, bThen] = buildings[key];
        b.add(u);
        // Last season's heat of the users measured this season, so both sides cover the same flats.
        if (now.users && p)
            bThen.add(*p);
    }
    for (const auto& key : buildingOrder) {
        const auto& [now, then] = buildings.value(key);
        out.buildings.append({key.first, key.second, now.users, change(now.perM2(), then.perM2(), options)});
    }
    if (!intensities.empty()) {
        std::sort(intensities.begin(), intensities.end());
        const std::size_t k = groupSize(intensities.size(), options.percentile);
        out.bottomTo = intensities[k - 1];
        out.topFrom = intensities[intensities.size() - k];
        for (UserComparison& c : out.users) {
            if (!c.change.currentPerM2)
                continue;
            if (*c.change.currentPerM2 >= *out.topFrom)
                c.rank = UserComparison::Rank::Top;
            else if (*c.change.currentPerM2 <= *out.bottomTo)
                c.rank = UserComparison::Rank::Bottom;
        }
    }
    return out;
}

std::variant<Comparison, store::StoreError> compareWithLastSeason(store::Database& db, const Period& current,
                                                                  const QString& building,
                                                                  const ComparisonOptions& options) {
    const Period previous = sameTimeLastSeason(current);
    auto now = computeConsumption(db, current, building, options.consumption);
    if (auto* e = std::get_if<store::StoreError>(&now))
        return *e;
    auto then = computeConsumption(db, previous, building, options.consumption);
    if (auto* e = std::get_if<store::StoreError>(&then))
        return *e;
    Comparison c = compareIntensity(std::get<QList<UserConsumption>>(now),
                                    std::get<QList<UserConsumption>>(then), options);
    c.current = current;
    c.previous = previous;
    return c;
}

QByteArray comparisonCsv(const Comparison& comparison) {
    using text::csvField;
    QString out = QStringLiteral("\uFEFFkind,account,name,community,building,room,users,kwh_per_m2,"
                                 "kwh_per_m2_last_season,change_percent,normalised_change_percent,rank\n");
    auto changeFields = [](const IntensityChange& c) {
        return QStringList{hundredths(c.currentPerM2), hundredths(c.previousPerM2), number(c.changePercent),
                           number(c.normalisedChangePercent)};
    };
    for (const BuildingComparison& b : comparison.buildings) {
        QStringList f{QStringLiteral("building"), {}, {}, csvField(b.community), csvField(b.building), {},
                      QString::number(b.users)};
        f << changeFields(b.change) << QString();
        out += f.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    for (const UserComparison& u : comparison.users) {
        static const char* const kRanks[] = {"", "top", "bottom"};
        QStringList f{QStringLiteral("user"),
                      csvField(u.user.account),
                      csvField(u.user.name),
                      csvField(u.user.community),
                      csvField(u.user.building),
                      csvField(u.user.room),
                      QString()};
        f << changeFields(u.change) << QString::fromLatin1(kRanks[static_cast<int>(u.rank)]);
        out += f.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out.toUtf8();
}

} // namespace heatdesk::billing
