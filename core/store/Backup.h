// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Database.h"

namespace heatdesk::store {

// Writes a consistent copy of the open database to `target` while others keep reading and
// writing. Uses SQLite's VACUUM INTO, a single read transaction (rather than the C backup API,
// which Qt's SQL plugin does not expose portably: on Windows it links its own SQLite). Refuses
// to overwrite an existing file; checks the copy before reporting success.
MaybeError backupDatabase(Database& source, const QString& target, qint64* bytes = nullptr);

// Replaces the database at `targetPath` by the backup `backupFile`, after checking the backup
// (integrity, hash chain, not newer than this program). Refuses while another program uses the
// target. The replaced file is kept beside it; `keptAs` receives its name.
MaybeError restoreDatabase(const QString& backupFile, const QString& targetPath, QString* keptAs = nullptr);

} // namespace heatdesk::store
