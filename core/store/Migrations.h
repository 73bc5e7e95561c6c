// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/StoreError.h"

#include <QSqlDatabase>

namespace heatdesk::store {

// The schema version this program writes. A database with a higher version was made by a newer
// HeatDesk and is refused; lower versions are migrated forward, one step per transaction.
constexpr int kSchemaVersion = 6;

// Version recorded in the database (0 for an empty file), or an error.
std::optional<int> schemaVersion(QSqlDatabase& db, StoreError* error = nullptr);

// Brings the schema to kSchemaVersion. Each step runs in its own transaction: a failure leaves the
// database at the previous version, never half-migrated.
MaybeError migrate(QSqlDatabase& db);

// Runs migrations up to (and including) `version` only: tests use it to build an older database
// with data in it, then migrate it.
MaybeError migrateTo(QSqlDatabase& db, int version);

} // namespace heatdesk::store
