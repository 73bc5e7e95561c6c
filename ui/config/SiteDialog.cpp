// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/SiteDialog.h"

#include <QLineEdit>

namespace heatdesk::ui {

SiteDialog::SiteDialog(store::Database& db, qint64 siteId, QWidget* parent)
    : ConfigDialog(db, siteId, parent)
    , m_name(new QLineEdit(this))
    , m_address(new QLineEdit(this)) {
    setWindowTitle(siteId ? tr("Edit site") : tr("New site"));
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("for example Heping heating station"));
    m_address->setObjectName(QStringLiteral("address"));
    addRow(tr("&Name:"), m_name);
    addRow(tr("&Address:"), m_address);
    QString problem;
    if (siteId) {
        if (const auto site = config().site(siteId)) {
            m_name->setText(site->name);
            m_address->setText(site->address);
        } else {
            problem = tr("Site %1 is not in the database (removed meanwhile?).").arg(siteId);
        }
    }
    connect(m_name, &QLineEdit::textChanged, this, &SiteDialog::revalidate);
    finishLayout(420);
    showError(problem);
}

void SiteDialog::validate() {
    setFieldError(m_name, m_name->text().trimmed().isEmpty() ? tr("Enter a name.") : QString());
}

store::MaybeError SiteDialog::save(qint64& id) {
    const store::SiteRow site{id, m_name->text().trimmed(), m_address->text().trimmed()};
    if (id)
        return config().updateSite(site);
    store::StoreError error;
    const auto added = config().addSite(site, &error);
    if (!added)
        return error;
    id = *added;
    return std::nullopt;
}

} // namespace heatdesk::ui
