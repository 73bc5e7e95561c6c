// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/ConfigDialog.h"
#include "station/ChannelSettings.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace heatdesk::ui {

// How the workstation reaches a bus master: a serial port, a serial-over-TCP server or a GPRS
// DTU that dials in. Only the fields of the chosen kind are shown; the settings are stored as
// station::ChannelSettings JSON and checked by its validate(). channelId 0 adds one to `siteId`.
class ChannelDialog : public ConfigDialog {
    Q_OBJECT
public:
    ChannelDialog(store::Database& db, qint64 channelId, qint64 siteId = 0, QWidget* parent = nullptr);

protected:
    void validate() override;
    store::MaybeError save(qint64& id) override;

private:
    void load();
    void showKind();
    [[nodiscard]] station::ChannelSettings settings() const;

    qint64 m_siteId;
    station::ChannelSettings m_loaded; // what the dialog does not show is kept as it was
    QString m_loadProblem;
    QLineEdit* m_name;
    QComboBox* m_kind;
    QComboBox* m_port;
    QComboBox* m_baud;
    QComboBox* m_parity;
    QLineEdit* m_host;
    QSpinBox* m_tcpPort;
    QLineEdit* m_dtuId;
    QComboBox* m_dtuFormat;
    QComboBox* m_dtuFraming;
    QSpinBox* m_latency;
    QSpinBox* m_retries;
    QCheckBox* m_enabled;
};

} // namespace heatdesk::ui
