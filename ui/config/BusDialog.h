// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/ConfigDialog.h"

class QLineEdit;

namespace heatdesk::ui {

// One M-Bus or CJ/T 188 line behind a channel. busId 0 adds one to `channelId`.
class BusDialog : public ConfigDialog {
    Q_OBJECT
public:
    BusDialog(store::Database& db, qint64 busId, qint64 channelId = 0, QWidget* parent = nullptr);

protected:
    void validate() override;
    store::MaybeError save(qint64& id) override;

private:
    qint64 m_channelId;
    QLineEdit* m_name;
};

} // namespace heatdesk::ui
