// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bus/BusEngine.h"
#include "bus/Cjt188Reader.h"
#include "cjt188/ProfileStore.h"
#include "link/DtuServer.h"
#include "link/Link.h"
#include "station/ChannelSettings.h"
#include "store/ConfigRepository.h"
#include "store/StoredReading.h"

#include <QElapsedTimer>
#include <QObject>
#include <QThread>
#include <deque>
#include <functional>
#include <map>
#include <memory>

namespace heatdesk::station {

class ReadingRecorder;

// What happened to one meter in a read.
struct MeterOutcome {
    qint64 meterId = 0;
    qint64 busId = 0;
    bool ok = false;
    QString error;             // cli.md names (timeout, checksum, …) or why the telegram was refused
    store::NewReading reading; // when ok: decoded values and the raw frames
    int retries = 0;
    qint64 elapsedMs = 0;
};

// The live side of the workstation: one link per channel, one bus engine per bus, and the path
// from an answer to a stored reading. It owns no widget; the window asks it to read and shows what
// it reports. Everything runs on the owner's event loop except storing, which has its own thread.
class Station : public QObject {
    Q_OBJECT
public:
    // `db` is the window's connection (configuration reads); readings are written through a
    // second connection to the same file on the recorder thread.
    explicit Station(store::Database& db, QObject* parent = nullptr);
    ~Station() override;

    // (Re)builds links and engines from the configuration and opens every enabled channel.
    // Returns what could not be set up, one line per channel ("COM7: port: no serial port given").
    QStringList start();
    void stopAll();

    // Each returns false, with the reason in `why`, when nothing was started.
    bool readBus(qint64 busId, QString* why = nullptr);
    bool readMeters(qint64 busId, const QList<qint64>& meterIds, QString* why = nullptr);
    void stop(qint64 busId);
    // CJ/T 188 commands, run when the line is free (queued behind a bus of the same line):
    // open or close a meter's valve (confirmed from its status word), and read the address of
    // the one CJ/T 188 meter on a bus (commissioning: a meter whose number is not known).
    // Answered by cjt188CommandDone.
    bool setValve(qint64 meterId, bool open, QString* why = nullptr);
    // SND_NKE and the application reset to one M-Bus meter (one that answers out of step, or
    // sends a vendor telegram after another master's selection); answered by meterResetDone.
    bool resetMeter(qint64 meterId, QString* why = nullptr);
    bool readCjt188Address(qint64 busId, QString* why = nullptr);

    [[nodiscard]] bus::BusEngine* engine(qint64 busId) const;
    [[nodiscard]] bus::BusStatus busStatus(qint64 busId) const;
    [[nodiscard]] link::Link* channelLink(qint64 channelId) const;
    [[nodiscard]] int runningBuses() const;
    // The TCP server GPRS DTUs dial in to, listening while DTU channels are configured (setting
    // "dtu_listen", HOST:PORT, default 0.0.0.0:5001); nullptr otherwise.
    [[nodiscard]] link::DtuServer* dtuServer() const { return m_dtuServer.get(); }
    [[nodiscard]] QList<qint64> busIds() const;
    // Readings handed to the recorder and not yet reported committed (for the status bar).
    [[nodiscard]] qint64 storedReadings() const { return m_stored; }

signals:
    void meterDone(const heatdesk::station::MeterOutcome& outcome);
    // meterId is 0 for a read of the address.
    void cjt188CommandDone(qint64 busId, qint64 meterId, const heatdesk::bus::Cjt188Result& result);
    void meterResetDone(qint64 busId, qint64 meterId, const heatdesk::bus::MeterResult& result);
    void busStatusChanged(qint64 busId, const heatdesk::bus::BusStatus& status);
    void busFinished(qint64 busId, const heatdesk::bus::RunSummary& summary);
    void traffic(qint64 busId, const heatdesk::bus::TrafficRecordPtr& record);
    void linkStateChanged(qint64 channelId, heatdesk::link::Link::State state, const QString& error);
    void readingsStored(qint64 total);
    void storeFailed(const QString& message);
    // For the recorder thread only.
    void recordReading(const heatdesk::store::NewReading& reading);

private:
    struct BusEntry {
        qint64 id = 0;
        qint64 channelId = 0;
        QString name;
        std::unique_ptr<bus::BusEngine> engine;
        // CJ/T 188 meters on the same line are read after the M-Bus meters of a run.
        std::unique_ptr<bus::Cjt188Reader> cjt188;
        std::vector<bus::Cjt188Target> cjt188Pending;
        std::vector<qint64> cjt188Meters; // meter id per CJ/T 188 target index
        bus::RunSummary summary;          // of the M-Bus part, while the CJ/T 188 part runs
        QElapsedTimer runClock;
        std::function<void()> pendingRun;          // set while the bus waits for its line
        QList<store::MeterConfig> meters;          // as configured when the run started
        std::vector<qint64> runMeters;             // meter id per target index of the current run
        std::optional<bus::BusStatus> setupStatus; // offline: the channel could not be set up
        std::optional<qint64> commandMeter;        // a command runs, not a read (0: on no meter)
    };
    struct ChannelEntry {
        qint64 id = 0;
        QString name;
        std::unique_ptr<link::Link> link;
        std::deque<qint64> waiting; // buses whose run waits for the line, in order
    };

    void clear();
    bool busy(const BusEntry& bus) const;
    // Why nothing can start on this bus now (empty: it can).
    QString unusable(const BusEntry& bus) const;
    bool runCjt188Command(BusEntry& bus, qint64 meterId, bus::Cjt188Target target, QString* why);
    void cjt188Finished(BusEntry& bus, int ok, int failed, bool cancelled);
    void endCommand(BusEntry& bus);
    // Someone else talks on this bus's line: the CJ/T 188 reader, or another bus of its channel.
    bool lineBusy(const BusEntry& bus) const;
    void mbusFinished(BusEntry& bus, const bus::RunSummary& summary);
    void runCjt188(BusEntry& bus);
    void handleCjt188Result(BusEntry& bus, const bus::Cjt188Result& result);
    void finishRun(BusEntry& bus);
    // Hands a decoded reading to the recorder and reports the meter read.
    void accept(MeterOutcome& outcome, const QString& protocol);
    static const store::MeterConfig* meterOf(const BusEntry& bus, qint64 meterId);
    void handleResult(BusEntry& bus, const bus::MeterResult& result);
    void runOrQueue(BusEntry& bus, std::function<void()> run);
    void startNextOnLine(qint64 channelId);
    std::unique_ptr<link::Link> makeLink(const ChannelSettings& settings);
    QString listenForDtus(const std::vector<ChannelSettings>& dtuChannels);
    QString dtuServerId(const ChannelSettings& channel) const;

    store::Database& m_db;
    cjt188::ProfileStore m_profiles;
    std::unique_ptr<link::DtuServer> m_dtuServer;
    link::DtuIdRules::Format m_dtuFormat = link::DtuIdRules::Format::Ascii;
    std::map<qint64, std::unique_ptr<ChannelEntry>> m_channels;
    std::map<qint64, std::unique_ptr<BusEntry>> m_buses;
    QThread m_recorderThread;
    ReadingRecorder* m_recorder = nullptr;
    qint64 m_stored = 0;
};

} // namespace heatdesk::station
