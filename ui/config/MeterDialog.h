// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/ConfigDialog.h"
#include "config/MeterRules.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace heatdesk::ui {

// One meter on a bus: protocol, number as printed on it, how the bus addresses it (M-Bus primary
// and secondary address; CJ/T 188 by number with the model profile of its dialect), medium,
// location, installation date, active. The rules are config::checkMeter's, shared with the CSV
// import. meterId 0 adds one to `busId`. `profiles`: the CJ/T 188 model profile names offered
// (empty: the ones installed, see modelProfileNames()).
class MeterDialog : public ConfigDialog {
    Q_OBJECT
public:
    MeterDialog(store::Database& db, qint64 meterId, qint64 busId = 0, QStringList profiles = {},
                QWidget* parent = nullptr);

    // The reason for a rule's refusal, in the user's language.
    static QString problemText(config::MeterIssue issue);

protected:
    void validate() override;
    store::MaybeError save(qint64& id) override;

private:
    void load();
    void showProtocol();
    [[nodiscard]] store::MeterConfig meter() const;
    [[nodiscard]] QWidget* fieldWidget(config::MeterField field) const;

    store::MeterConfig m_loaded;
    QStringList m_profiles;
    QString m_loadProblem;
    QComboBox* m_protocol;
    QLineEdit* m_number;
    QSpinBox* m_primary;
    QLineEdit* m_secondary;
    QComboBox* m_profile;
    QComboBox* m_medium;
    QLineEdit* m_location;
    QLineEdit* m_installedOn;
    QCheckBox* m_active;
};

} // namespace heatdesk::ui
