// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace heatdesk::ui {

// The CJ/T 188 model profiles the workstation knows: the built-in default and every profile in
// cjt188::ProfileStore::standardDirectories(), sorted by name.
QStringList modelProfileNames();

} // namespace heatdesk::ui
