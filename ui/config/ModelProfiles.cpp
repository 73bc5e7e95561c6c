// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/ModelProfiles.h"

#include "cjt188/ProfileStore.h"

namespace heatdesk::ui {

QStringList modelProfileNames() {
    cjt188::ProfileStore store;
    for (const QString& directory : cjt188::ProfileStore::standardDirectories())
        store.loadDirectory(directory);
    QStringList names;
    for (const std::string& name : store.names())
        names.append(QString::fromStdString(name));
    names.sort();
    return names;
}

} // namespace heatdesk::ui
