// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/ConfigDialog.h"

class QLineEdit;

namespace heatdesk::ui {

// A heating station or district: name and address. siteId 0 adds one.
class SiteDialog : public ConfigDialog {
    Q_OBJECT
public:
    SiteDialog(store::Database& db, qint64 siteId, QWidget* parent = nullptr);

protected:
    void validate() override;
    store::MaybeError save(qint64& id) override;

private:
    QLineEdit* m_name;
    QLineEdit* m_address;
};

} // namespace heatdesk::ui
