// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace heatdesk::ui {

// Words for the keys the configuration stores (channel kinds, media), in the window's language;
// an unknown key is shown as it is stored.
QString channelKindText(const QString& kind);
QString mediumText(const QString& medium);

} // namespace heatdesk::ui
