// SPDX-License-Identifier: GPL-3.0-or-later
#include "main/ConfigurationActions.h"

#include "config/BusDialog.h"
#include "config/ChannelDialog.h"
#include "config/MeterDialog.h"
#include "config/MeterImportDialog.h"
#include "config/SiteDialog.h"
#include "main/BusTreeModel.h"

#include <QAction>

namespace heatdesk::ui {

namespace {
using Kind = BusTreeModel::Kind;
} // namespace

ConfigurationActions::ConfigurationActions(QWidget* window, std::function<QModelIndex()> current)
    : QObject(window)
    , m_window(window)
    , m_current(std::move(current))
    , m_addSite(new QAction(this))
    , m_addChannel(new QAction(this))
    , m_addBus(new QAction(this))
    , m_addMeter(new QAction(this))
    , m_edit(new QAction(this))
    , m_import(new QAction(this)) {
    connect(m_addSite, &QAction::triggered, this, [this] { add(int(Kind::Site)); });
    connect(m_addChannel, &QAction::triggered, this, [this] { add(int(Kind::Channel)); });
    connect(m_addBus, &QAction::triggered, this, [this] { add(int(Kind::Bus)); });
    m_addMeter->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    connect(m_addMeter, &QAction::triggered, this, [this] { add(int(Kind::Meter)); });
    m_edit->setShortcut(QKeySequence(Qt::Key_F2));
    connect(m_edit, &QAction::triggered, this, &ConfigurationActions::editCurrent);
    connect(m_import, &QAction::triggered, this, &ConfigurationActions::importMeters);
    retranslate();
}

void ConfigurationActions::retranslate() {
    m_addSite->setText(tr("Add &site…"));
    m_addChannel->setText(tr("Add &channel…"));
    m_addBus->setText(tr("Add &bus…"));
    m_addMeter->setText(tr("Add &meter…"));
    m_edit->setText(tr("&Edit selected…"));
    m_import->setText(tr("&Import meters from CSV…"));
}

void ConfigurationActions::run(QDialog* dialog) {
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &ConfigurationActions::configurationChanged);
    dialog->open();
}

void ConfigurationActions::add(int kindValue) {
    if (!m_db)
        return;
    // The parent of the new row: the current row or its nearest ancestor of the right kind.
    const auto ancestor = [this](Kind wanted) -> qint64 {
        for (QModelIndex i = m_current(); i.isValid(); i = i.parent())
            if (BusTreeModel::kindOf(i) == wanted)
                return i.data(BusTreeModel::IdRole).toLongLong();
        return 0;
    };
    switch (static_cast<Kind>(kindValue)) {
    case Kind::Site:
        run(new SiteDialog(*m_db, 0, m_window));
        return;
    case Kind::Channel:
        if (const qint64 site = ancestor(Kind::Site))
            run(new ChannelDialog(*m_db, 0, site, m_window));
        else
            emit message(tr("Select the site the channel belongs to."));
        return;
    case Kind::Bus:
        if (const qint64 channel = ancestor(Kind::Channel))
            run(new BusDialog(*m_db, 0, channel, m_window));
        else
            emit message(tr("Select the channel the bus is on."));
        return;
    case Kind::Meter:
        if (const qint64 bus = ancestor(Kind::Bus))
            run(new MeterDialog(*m_db, 0, bus, {}, m_window));
        else
            emit message(tr("Select the bus the meter is on."));
        return;
    }
}

void ConfigurationActions::editCurrent() {
    const QModelIndex index = m_current();
    if (!m_db || !index.isValid()) {
        emit message(tr("Select a site, channel, bus or meter to edit."));
        return;
    }
    const qint64 id = index.data(BusTreeModel::IdRole).toLongLong();
    switch (BusTreeModel::kindOf(index)) {
    case Kind::Site:
        run(new SiteDialog(*m_db, id, m_window));
        break;
    case Kind::Channel:
        run(new ChannelDialog(*m_db, id, 0, m_window));
        break;
    case Kind::Bus:
        run(new BusDialog(*m_db, id, 0, m_window));
        break;
    case Kind::Meter:
        run(new MeterDialog(*m_db, id, 0, {}, m_window));
        break;
    }
}

void ConfigurationActions::importMeters() {
    const QModelIndex index = m_current();
    const bool onBus = index.isValid() && (BusTreeModel::kindOf(index) == Kind::Bus ||
                                           BusTreeModel::kindOf(index) == Kind::Meter);
    if (!m_db || !onBus) {
        emit message(tr("Select the bus to import meters into."));
        return;
    }
    run(new MeterImportDialog(*m_db, index.data(BusTreeModel::BusIdRole).toLongLong(), {}, m_window));
}

} // namespace heatdesk::ui
