// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/ImportTable.h"
#include "store/HeatUserRepository.h"

#include <QHash>
#include <functional>
#include <optional>

namespace heatdesk::config {

// The heat user's columns that both the meter and the heat user import read, numbered from the
// importing file's `first` column on.
enum class HeatUserColumn { Account, Name, Community, Building, Unit, Room, Area, Contact, Count };

QList<ImportColumn> heatUserColumns(int first);

// The user `line` names (nothing when its account is empty); its problems are appended to
// `errors`: an area that is not a number ≥ 0, details without an account.
std::optional<store::HeatUser> readHeatUser(const ImportTable& table, const text::CsvRecord& line, int first,
                                            QStringList& errors);

bool sameHeatUser(const store::HeatUser& a, const store::HeatUser& b);

// Appends one more reason to a line's error ("a; b").
void addLineError(QString& error, const QString& reason);

// One account on two lines with different details is an error on the later line; the same
// details twice are one user (with two meters).
template <typename Line>
void checkAccountsWithinFile(QList<Line>& lines,
                             const std::function<const store::HeatUser*(const Line&)>& userOf) {
    QHash<QString, qsizetype> first;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const store::HeatUser* user = userOf(lines.at(i));
        if (!user)
            continue;
        if (const auto it = first.constFind(user->account); it == first.cend())
            first.insert(user->account, i);
        else if (!sameHeatUser(*user, *userOf(lines.at(*it))))
            addLineError(lines[i].error, QStringLiteral("account %1 is on line %2 with other user details")
                                             .arg(user->account)
                                             .arg(lines.at(*it).line));
    }
}

} // namespace heatdesk::config
