// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bus/BusStatus.h"

#include <QCoreApplication>

namespace heatdesk::ui {

// A bus status in the person's language: "Reading 3/10", "Overload suspected".
class BusStatusText {
    Q_DECLARE_TR_FUNCTIONS(heatdesk::ui::BusStatusText)
public:
    static QString state(const bus::BusStatus& status);
};

} // namespace heatdesk::ui
