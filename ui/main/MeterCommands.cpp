// SPDX-License-Identifier: GPL-3.0-or-later
#include "main/MeterCommands.h"

#include "main/BusTreeModel.h"
#include "station/Station.h"

#include <QMessageBox>

namespace heatdesk::ui {

MeterCommands::MeterCommands(QWidget* window)
    : QObject(window)
    , m_window(window)
    , m_reset(new QAction(this))
    , m_openValve(new QAction(this))
    , m_closeValve(new QAction(this))
    , m_readAddress(new QAction(this)) {
    connect(m_reset, &QAction::triggered, this, &MeterCommands::resetMeter);
    connect(m_openValve, &QAction::triggered, this, [this] { switchValve(true); });
    connect(m_closeValve, &QAction::triggered, this, [this] { switchValve(false); });
    connect(m_readAddress, &QAction::triggered, this, &MeterCommands::readAddress);
    setCurrent({});
    retranslate();
}

void MeterCommands::setStation(station::Station* station) {
    m_station = station;
    if (!station)
        return;
    connect(station, &station::Station::cjt188CommandDone, this,
            [this](qint64, qint64, const bus::Cjt188Result& r) { commandDone(r); });
    connect(
        station, &station::Station::meterResetDone, this, [this](qint64, qint64, const bus::MeterResult& r) {
            emit message(r.ok ? tr("Meter reset (SND_NKE and application reset acknowledged).")
                              : tr("The meter did not acknowledge the reset: %1").arg(errorText(r.error)));
        });
}

void MeterCommands::setCurrent(const QModelIndex& index) {
    const auto kind = BusTreeModel::kindOf(index);
    const bool valid = index.isValid();
    const bool meter = valid && kind == BusTreeModel::Kind::Meter;
    m_cjt188 = meter && index.data(BusTreeModel::ProtocolRole).toString() == QLatin1String("cjt188");
    m_meterId = meter ? index.data(BusTreeModel::IdRole).toLongLong() : 0;
    m_meterNumber = meter ? index.siblingAtColumn(0).data().toString() : QString();
    const bool onBus = valid && (kind == BusTreeModel::Kind::Bus || kind == BusTreeModel::Kind::Meter);
    m_busId = onBus ? index.data(BusTreeModel::BusIdRole).toLongLong() : 0;
    m_reset->setEnabled(meter && !m_cjt188);
    m_openValve->setEnabled(m_cjt188);
    m_closeValve->setEnabled(m_cjt188);
    m_readAddress->setEnabled(onBus);
}

void MeterCommands::retranslate() {
    m_reset->setText(tr("R&eset meter"));
    m_reset->setToolTip(tr("Send SND_NKE and the application reset to the selected M-Bus meter (for a meter "
                           "that answers out of step or with another telegram than usual)"));
    m_openValve->setText(tr("&Open valve…"));
    m_openValve->setToolTip(tr("Open the valve of the selected CJ/T 188 meter"));
    m_closeValve->setText(tr("C&lose valve…"));
    m_closeValve->setToolTip(tr("Close the valve of the selected CJ/T 188 meter"));
    m_readAddress->setText(tr("Read CJ/T 188 &address"));
    m_readAddress->setToolTip(tr("Ask the one CJ/T 188 meter on this bus for its address (broadcast: "
                                 "with several meters on the bus the answers collide)"));
}

void MeterCommands::resetMeter() {
    if (!m_station || m_meterId == 0 || m_cjt188)
        return;
    QString why;
    emit message(m_station->resetMeter(m_meterId, &why) ? tr("Resetting meter %1…").arg(m_meterNumber) : why);
}

void MeterCommands::switchValve(bool open) {
    if (!m_station || m_meterId == 0 || !m_cjt188)
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

void MeterCommands::readAddress() {
    if (!m_station || m_busId == 0)
        return;
    QString why;
    if (m_station->readCjt188Address(m_busId, &why))
        emit message(tr("Asking the CJ/T 188 meter on this bus for its address…"));
    else
        emit message(why);
}

QString MeterCommands::errorText(const QString& error) const {
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
    if (error == QLatin1String("checksum"))
        return tr("answers with checksum errors");
    if (error == QLatin1String("collision"))
        return tr("several meters answered at once");
    if (error == QLatin1String("not_selected"))
        return tr("no meter acknowledged the selection");
    return error;
}

void MeterCommands::commandDone(const bus::Cjt188Result& r) {
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
