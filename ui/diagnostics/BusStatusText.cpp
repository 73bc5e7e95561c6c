// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnostics/BusStatusText.h"

namespace heatdesk::ui {

QString BusStatusText::state(const bus::BusStatus& status) {
    switch (status.state) {
    case bus::BusState::Idle:
        return tr("Idle");
    case bus::BusState::Reading:
        return status.total > 0 ? tr("Reading %1/%2").arg(status.done).arg(status.total) : tr("Reading");
    case bus::BusState::NoLoadSuspected:
        return tr("No load suspected");
    case bus::BusState::OverloadSuspected:
        return tr("Overload suspected");
    case bus::BusState::Offline:
        return tr("Offline");
    }
    return QStringLiteral("?");
}

} // namespace heatdesk::ui
