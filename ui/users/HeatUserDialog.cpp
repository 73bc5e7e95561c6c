// SPDX-License-Identifier: GPL-3.0-or-later
#include "users/HeatUserDialog.h"

#include <QLineEdit>
#include <QLocale>

namespace heatdesk::ui {

HeatUserDialog::HeatUserDialog(store::Database& db, qint64 userId, QWidget* parent)
    : ConfigDialog(db, userId, parent)
    , m_users(db)
    , m_account(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_community(new QLineEdit(this))
    , m_building(new QLineEdit(this))
    , m_unit(new QLineEdit(this))
    , m_room(new QLineEdit(this))
    , m_area(new QLineEdit(this))
    , m_contact(new QLineEdit(this)) {
    const std::pair<QLineEdit*, const char*> names[] = {
        {m_account, "account"}, {m_name, "name"}, {m_community, "community"}, {m_building, "building"},
        {m_unit, "unit"},       {m_room, "room"}, {m_area, "area"},           {m_contact, "contact"}};
    for (const auto& [field, name] : names)
        field->setObjectName(QLatin1String(name));
    addRow(tr("&Account:"), m_account);
    addNote(m_account, tr("The heat-card or account number, as the billing system has it."));
    addRow(tr("&Name:"), m_name);
    addRow(tr("&Community:"), m_community);
    addRow(tr("&Building:"), m_building);
    addRow(tr("&Unit:"), m_unit);
    addRow(tr("&Room:"), m_room);
    addRow(tr("&Heated area (m²):"), m_area);
    addNote(m_area, tr("The area the basic price is charged on; empty when not known yet."));
    addRow(tr("&Phone:"), m_contact);
    m_area->setPlaceholderText(QLocale().toString(86.5, 'f', 1));

    if (userId != 0) {
        store::StoreError error;
        if (const auto user = m_users.user(userId, &error)) {
            m_user = *user;
            m_account->setText(m_user.account);
            m_name->setText(m_user.name);
            m_community->setText(m_user.community);
            m_building->setText(m_user.building);
            m_unit->setText(m_user.unit);
            m_room->setText(m_user.room);
            if (m_user.areaM2)
                m_area->setText(QLocale().toString(*m_user.areaM2, 'f', 2));
            m_contact->setText(m_user.contact);
        }
        setWindowTitle(tr("Heat user %1").arg(m_user.account));
        finishLayout(460);
        showError(error.message.isEmpty() ? QString()
                                          : tr("Cannot load the heat user: %1").arg(error.message));
    } else {
        setWindowTitle(tr("Add heat user"));
        finishLayout(460);
    }
    for (QLineEdit* field : {m_account, m_area})
        connect(field, &QLineEdit::textChanged, this, &HeatUserDialog::revalidate);
}

std::optional<double> HeatUserDialog::area(bool* ok) const {
    const QString text = m_area->text().trimmed();
    *ok = true;
    if (text.isEmpty())
        return std::nullopt;
    // The clerk's locale first, then a plain decimal point (pasted from a spreadsheet).
    double m2 = QLocale().toDouble(text, ok);
    if (!*ok)
        m2 = QString(text).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(ok);
    *ok = *ok && m2 >= 0 && m2 < 100'000;
    return m2;
}

void HeatUserDialog::validate() {
    const QString account = m_account->text().trimmed();
    QString accountError;
    if (account.isEmpty()) {
        accountError = tr("An account number is required.");
    } else if (const auto other = m_users.byAccount(account); other && other->id != id()) {
        accountError = tr("Account %1 belongs to %2 already.").arg(account, other->name);
    }
    setFieldError(m_account, accountError);
    bool areaOk = false;
    area(&areaOk);
    setFieldError(m_area,
                  areaOk ? QString() : tr("The heated area is a number of square metres, 0 or more."));
}

store::MaybeError HeatUserDialog::save(qint64& id) {
    store::HeatUser u = m_user; // keeps id and the active flag
    u.account = m_account->text().trimmed();
    u.name = m_name->text().trimmed();
    u.community = m_community->text().trimmed();
    u.building = m_building->text().trimmed();
    u.unit = m_unit->text().trimmed();
    u.room = m_room->text().trimmed();
    bool ok = false;
    u.areaM2 = area(&ok);
    u.contact = m_contact->text().trimmed();
    if (id != 0)
        return m_users.update(u);
    store::StoreError error;
    const auto added = m_users.add(u, &error);
    if (!added)
        return error;
    id = *added;
    return std::nullopt;
}

} // namespace heatdesk::ui
