// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/Scenario.h"
#include "sim/ScenarioServer.h"

#include <QObject>
#include <QTemporaryDir>
#include <functional>
#include <memory>
#include <vector>

namespace heatdesk::gui {

// `heatdesk --demo`: a district that lives inside the workstation. The shipped demo scenario's
// meters get a fresh temporary database with their last 90 days of readings, and each of its
// lines is served, paced at its real baud rate, by a simulated serial-to-Ethernet converter on
// 127.0.0.1 or by a simulated GPRS DTU that dials in to the workstation's DTU port: the
// workstation reaches them through its ordinary TCP links and DTU server, exactly as in the field.
class DemoDistrict : public QObject {
    Q_OBJECT
public:
    explicit DemoDistrict(QObject* parent = nullptr);
    ~DemoDistrict() override;

    // Writes the database (slow part: call it off the GUI thread) and returns its path, or an
    // empty string with `error` set.
    QString prepare(QString* error, const std::function<void(double)>& progress = {});
    // Starts the simulated converters and points the database's channels at them (GUI thread).
    QString serve();

    [[nodiscard]] QString databasePath() const { return m_dir.filePath(QStringLiteral("demo.db")); }

private:
    QTemporaryDir m_dir;
    sim::Scenario m_scenario;
    sim::SimSeconds m_epoch = 0;
    std::unique_ptr<sim::ScenarioServer> m_server;
    std::vector<qint64> m_channelIds;
};

} // namespace heatdesk::gui
