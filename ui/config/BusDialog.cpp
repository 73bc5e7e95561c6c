// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/BusDialog.h"

#include <QLineEdit>

namespace heatdesk::ui {

BusDialog::BusDialog(store::Database& db, qint64 busId, qint64 channelId, QWidget* parent)
    : ConfigDialog(db, busId, parent)
    , m_channelId(channelId)
    , m_name(new QLineEdit(this)) {
    setWindowTitle(busId ? tr("Edit bus") : tr("New bus"));
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("for example Building 3, riser 1"));
    addRow(tr("&Name:"), m_name);
    QString problem;
    if (busId) {
        if (const auto bus = config().bus(busId)) {
            m_channelId = bus->channelId;
            m_name->setText(bus->name);
        } else {
            problem = tr("Bus %1 is not in the database (removed meanwhile?).").arg(busId);
        }
    }
    connect(m_name, &QLineEdit::textChanged, this, &BusDialog::revalidate);
    finishLayout(380);
    showError(problem);
}

void BusDialog::validate() {
    setFieldError(m_name, m_name->text().trimmed().isEmpty() ? tr("Enter a name.") : QString());
}

store::MaybeError BusDialog::save(qint64& id) {
    const store::BusRow bus{id, m_channelId, m_name->text().trimmed()};
    if (id)
        return config().updateBus(bus);
    store::StoreError error;
    const auto added = config().addBus(m_channelId, bus.name, &error);
    if (!added)
        return error;
    id = *added;
    return std::nullopt;
}

} // namespace heatdesk::ui
