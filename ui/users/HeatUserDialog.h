// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/ConfigDialog.h"
#include "store/HeatUserRepository.h"

class QLineEdit;

namespace heatdesk::ui {

// Adds (id 0) or edits one heat user: account (required, unique), name, community, building,
// unit, room, heated area (m², 0 or more), phone, checked as the user types.
class HeatUserDialog : public ConfigDialog {
    Q_OBJECT
public:
    HeatUserDialog(store::Database& db, qint64 userId, QWidget* parent = nullptr);

protected:
    void validate() override;
    store::MaybeError save(qint64& id) override;

private:
    std::optional<double> area(bool* ok) const;

    store::HeatUserRepository m_users;
    store::HeatUser m_user;
    QLineEdit* m_account;
    QLineEdit* m_name;
    QLineEdit* m_community;
    QLineEdit* m_building;
    QLineEdit* m_unit;
    QLineEdit* m_room;
    QLineEdit* m_area;
    QLineEdit* m_contact;
};

} // namespace heatdesk::ui
