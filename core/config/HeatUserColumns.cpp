// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/HeatUserColumns.h"

namespace heatdesk::config {

QList<ImportColumn> heatUserColumns(int first) {
    const auto at = [first](HeatUserColumn c) { return first + static_cast<int>(c); };
    return {{"account", at(HeatUserColumn::Account)},     {"name", at(HeatUserColumn::Name)},
            {"community", at(HeatUserColumn::Community)}, {"building", at(HeatUserColumn::Building)},
            {"unit", at(HeatUserColumn::Unit)},           {"room", at(HeatUserColumn::Room)},
            {"area_m2", at(HeatUserColumn::Area)},        {"area", at(HeatUserColumn::Area)},
            {"contact", at(HeatUserColumn::Contact)},     {"phone", at(HeatUserColumn::Contact)}};
}

std::optional<store::HeatUser> readHeatUser(const ImportTable& table, const text::CsvRecord& line, int first,
                                            QStringList& errors) {
    const auto value = [&](HeatUserColumn c) { return table.value(line, first + static_cast<int>(c)); };
    store::HeatUser u;
    u.account = value(HeatUserColumn::Account);
    u.name = value(HeatUserColumn::Name);
    u.community = value(HeatUserColumn::Community);
    u.building = value(HeatUserColumn::Building);
    u.unit = value(HeatUserColumn::Unit);
    u.room = value(HeatUserColumn::Room);
    u.contact = value(HeatUserColumn::Contact);
    const QString area = value(HeatUserColumn::Area);
    if (u.account.isEmpty()) {
        if (!QStringList({u.name, u.community, u.building, u.unit, u.room, u.contact, area})
                 .join(QString())
                 .isEmpty())
            errors.append(QStringLiteral("heat user details without an account"));
        return std::nullopt;
    }
    if (!area.isEmpty()) {
        bool isNumber = false;
        // Spreadsheets set to a Chinese or European locale may write a decimal comma.
        const double m2 = QString(area).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&isNumber);
        if (isNumber && m2 >= 0)
            u.areaM2 = m2;
        else
            errors.append(QStringLiteral("area_m2 '%1' is not a number of square metres").arg(area));
    }
    return u;
}

bool sameHeatUser(const store::HeatUser& a, const store::HeatUser& b) {
    return a.name == b.name && a.community == b.community && a.building == b.building && a.unit == b.unit &&
           a.room == b.room && a.areaM2 == b.areaM2 && a.contact == b.contact;
}

void addLineError(QString& error, const QString& reason) {
    error = error.isEmpty() ? reason : error + QStringLiteral("; ") + reason;
}

} // namespace heatdesk::config
