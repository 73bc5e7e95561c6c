// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Database.h"

#include <QStringList>

namespace heatdesk::store {

struct CheckReport {
    qint64 readings = 0;
    QStringList problems; // empty: the database is sound
    bool ok() const { return problems.isEmpty(); }
};

// What `heatdesk-cli db check` runs: SQLite's integrity and foreign-key checks, the presence of the
// append-only triggers, and the readings' hash chain (every row re-hashed in id order).
CheckReport checkDatabase(Database& db);

} // namespace heatdesk::store
