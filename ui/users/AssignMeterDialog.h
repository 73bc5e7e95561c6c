// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/ConfigDialog.h"
#include "store/HeatUserRepository.h"

class QCheckBox;
class QDateEdit;
class QLineEdit;

namespace heatdesk::ui {

// Assigns a meter to a heat user from a date. A meter measures one flat at a time: when it
// measures another user now, its assignment ends on that date only if the clerk says so (the
// tenant moved out); when this user has a meter now, it ends on that date unless the clerk says
// otherwise (the meter was replaced). Overlaps are refused with the reason under the field.
class AssignMeterDialog : public ConfigDialog {
    Q_OBJECT
public:
    AssignMeterDialog(store::Database& db, qint64 userId, QWidget* parent = nullptr);

protected:
    void validate() override;
    store::MaybeError save(qint64& id) override;

private:
    [[nodiscard]] qint64 fromMs() const;

    store::HeatUserRepository m_users;
    qint64 m_userId;
    std::optional<store::MeterConfig> m_meter;
    std::optional<store::MeterAssignment> m_meterOpen;     // the meter's open assignment
    std::optional<store::AssignmentHistoryRow> m_userOpen; // this user's latest open assignment
    QLineEdit* m_number;
    QDateEdit* m_from;
    QCheckBox* m_endMeters;
    QCheckBox* m_endUsers;
};

} // namespace heatdesk::ui
