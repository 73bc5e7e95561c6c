// SPDX-License-Identifier: GPL-3.0-or-later
#include "main/Cjt188Actions.h"

#include "main/BusTreeModel.h"
#include "station/Station.h"

#include <QMessageBox>

namespace heatdesk::ui {

Cjt188Actions::Cjt188Actions(QWidget* window)
    : QObject(window)
    , m_window(window)
    , m_openValve(new QAction(this))
    , m_closeValve(new QAction(this))
    , m_readAddress(new QAction(this)) {
    connect(m_openValve, &QAction::triggered, this, [this] { switchValve(true); });
    connect(m_closeValve, &QAction::triggered, this, [this] { switchValve(false); });
    connect(m_readAddress, &QAction::triggered, this, &Cjt188Actions::readAddress);
    setCurrent({});
    retranslate();
}

void Cjt188Actions::setStation(station::Station* station) {
    m_station = station;
    if (station)
        connect(station, &station::Station::cjt188CommandDone, this,
                [this](qint64, qint64 meterId, const bus::Cjt188Result& r) { commandDone(meterId, r); });
}

void Cjt188Actions::setCurrent(const QModelIndex& index) {
    const auto kind = BusTreeModel::Kind(index.data(BusTreeModel::KindRole).toInt());
    const bool valid = index.isValid();
    const bool cjtMeter = valid && kind == BusTreeModel::Kind::Meter &&
                          index.data(BusTreeModel::ProtocolRole).toString() == QLatin1String("cjt188");
    m_meterId = cjtMeter ? index.data(BusTreeModel::IdRole).toLongLong() : 0;
    m_meterNumber = cjtMeter ? index.siblingAtColumn(0).data().toString() : QString();
    const bool onBus = valid && (kind == BusTreeModel::Kind::Bus || kind == BusTreeModel::Kind::Meter);
    m_busId = onBus ? index.data(BusTreeModel::BusIdRole).toLongLong() : 0;
    m_openValve->setEnabled(cjtMeter);
    m_closeValve->setEnabled(cjtMeter);
    m_readAddress->setEnabled(onBus);
}

void Cjt188Actions::retranslate() {
    m_openValve->setText(tr("&Open valve…"));
    m_openValve->setToolTip(tr("Open the valve of the selected CJ/T 188 meter"));
    m_closeValve->setText(tr("C&lose valve…"));
    m_closeValve->setToolTip(tr("Close the valve of the selected CJ/T 188 meter"));
    m_readAddress->setText(tr("Read CJ/T 188 &address"));
    m_readAddress->setToolTip(tr("Ask the one CJ/T 188 meter on this bus for its address (broadcast: "
                                 "with several meters on the bus the answers collide)"));
}

void Cjt188Actions::switchValve(bool open) {
    if (!m_station || m_meterId == 0)
        return;
    const QString question =
        open ? tr("Open the valve of meter %1? Heat will flow to the flat again.").arg(m_meterNumber)
             : tr("Close the valve of meter %1? The flat will get no heat until it is opened.")
                   .arg(m_meterNumber);
    if (QMessageBox::question(m_window, open ? tr("Open valve") : tr("Close valve"), question,
                              QMessageBox::Yes | QMessageBox::Cancel,
                              QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    QString why;
    if (m_station->setValve(m_meterId, open, &why))
        emit message(open ? tr("Opening the valve of meter %1…").arg(m_meterNumber)
                          : tr("Closing the valve of meter %1…").arg(m_meterNumber));
    else
        emit message(why);
}

void Cjt188Actions::readAddress() {
    if (!m_station || m_busId == 0)
        return;
    QString why;
    if (m_station->readCjt188Address(m_busId, &why))
        emit message(tr("Asking the CJ/T 188 meter on this bus for its address…"));
    else
        emit message(why);
}

QString Cjt188Actions::errorText(const QString& error) const {
    if (error == QLatin1String("timeout"))
        return tr("no answer");
    if (error == QLatin1String("garbled"))
        return tr("only garbled answers (several meters answering at once?)");
    if (error == QLatin1String("abnormal_reply"))
        return tr("the meter refused the command");
    if (error == QLatin1String("not_confirmed"))
        return tr("the meter did not confirm the new valve position");
    if (error == QLatin1String("valve_abnormal"))
        return tr("the meter reports its valve as abnormal (blocked or without power)");
    if (error == QLatin1String("offline"))
        return tr("the line is not connected");
    if (error == QLatin1String("cancelled"))
        return tr("stopped");
    return error;
}

void Cjt188Actions::commandDone(qint64 meterId, const bus::Cjt188Result& r) {
    Q_UNUSED(meterId)
    switch (r.job) {
    case bus::Cjt188Job::ReadAddress:
        if (!r.ok) {
            emit message(tr("No CJ/T 188 address read: %1").arg(errorText(r.error)));
            return;
        }
        emit message(tr("The CJ/T 188 meter on this bus has address %1").arg(r.address));
        {
            QMessageBox box(QMessageBox::Information, tr("CJ/T 188 address"),
                            tr("The meter answered with address\n\n%1").arg(r.address), QMessageBox::Ok,
                            m_window);
            box.setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
            box.exec();
        }
        return;
    case bus::Cjt188Job::OpenValve:
    case bus::Cjt188Job::CloseValve: {
        const bool open = r.job == bus::Cjt188Job::OpenValve;
        if (r.ok)
            emit message(open ? tr("Valve opened (confirmed by the meter).")
                              : tr("Valve closed (confirmed by the meter)."));
        else
            emit message((open ? tr("The valve did not open: %1") : tr("The valve did not close: %1"))
                             .arg(errorText(r.error)));
        return;
    }
    case bus::Cjt188Job::ReadData:
        return;
    }
}

} // namespace heatdesk::ui
