// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bus/BusStatus.h"
#include "bus/LatencyLearner.h"
#include "bus/TrafficLog.h"
#include "link/Link.h"
#include "mbus/MbusMaster.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <deque>
#include <functional>
#include <memory>

namespace heatdesk::bus {

// Line and protocol settings of one bus (a channel), with per-meter overrides in MeterTarget.
struct BusConfig {
    QString name = QStringLiteral("bus");
    std::uint32_t baud = 2400;
    int retries = 2;     // reads
    int scanRetries = 1; // scans: for garbled answers only (a silent address costs one window)
    std::chrono::milliseconds latency{0}; // on top of the link's own allowance
    int gapBits = 33;
    bool allTelegrams = true;
    int maxTelegrams = 16;
    std::size_t trafficCapacity = 5000;
    // Learn the link's latency from when answers arrive; the window never gets shorter than the
    // configured latency, only longer (up to maxLearnedLatency).
    bool adaptiveLatency = false;
    std::chrono::milliseconds maxLearnedLatency{10000};
    // An overloaded bus garbles every answer, and each read would still cost all its retries
    // (minutes for a bus behind a DTU). Once this many reads of a run came back garbled, none
    // clean and the bus looks overloaded, the rest are reported unread ("overload_suspected")
    // without a request. 0: read every meter regardless.
    int stopReadsAfterGarbled = 5;
};

struct MeterTarget {
    std::optional<std::uint8_t> primary;
    std::optional<mbus::SecondaryAddress> secondary;
    std::optional<int> retries;
    std::optional<std::chrono::milliseconds> latency; // a meter that answers late (battery meters)
};

struct MeterResult {
    int index = 0; // position in the list given to readMeters()
    MeterTarget target;
    bool ok = false;
    QString error; // cli.md names: timeout, checksum, garbled, collision, not_selected, offline, cancelled,
                   // overload_suspected (not asked: the bus looked overloaded)
    int telegrams = 0;
    int retries = 0;
    int attempts = 0; // requests sent for this meter
    qint64 elapsedMs = 0;
    QByteArray raw; // the RSP_UD frames back to back
};

struct FoundMeter {
    std::optional<std::uint8_t> primary;
    std::optional<mbus::SecondaryAddress> secondary;
    bool garbled = false; // something answered, but not cleanly (two meters on one address?)
    QByteArray frame;     // the telegram that identified it, if one was read
};

struct RunSummary {
    int requested = 0;
    int ok = 0;
    int failed = 0;
    qint64 elapsedMs = 0;
    bool cancelled = false;
    BusStatus status;
};

// Runs M-Bus jobs on one bus: one exchange at a time, on the owner's event loop (no threads, no
// waits). Many engines on many links run side by side on the same loop. The protocol decisions
// are MbusMaster's; this class moves its bytes, fires its deadlines, keeps per-meter state (FCB,
// whether a SND_NKE is due) and reports results, progress, bus status and traffic.
class BusEngine : public QObject {
    Q_OBJECT
public:
    BusEngine(link::Link* link, BusConfig config, QObject* parent = nullptr);
    ~BusEngine() override;

    // Each returns false (and does nothing) while a run is going on.
    bool readMeters(std::vector<MeterTarget> targets);
    bool scanPrimary(int from, int to, mbus::ProbeJob::Method method = mbus::ProbeJob::Method::SndNke);
    bool scanSecondary(mbus::SecondaryAddress mask = {}, bool hexDigits = false);
    // SND_NKE to each meter, and with `application` also the application reset (SND_UD CI 50);
    // answered by meterReset per meter. The next read of a meter that was not reset cleanly
    // starts with SND_NKE again.
    bool resetMeters(std::vector<MeterTarget> targets, bool application = true);
    // Stops the run now. The bus is idle at once; the next run waits one answer window so that a
    // late answer to the cancelled request cannot be mistaken for a new one.
    void cancel();

    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] BusStatus status() const;
    [[nodiscard]] const TrafficLog& traffic() const { return m_traffic; }
    [[nodiscard]] const BusConfig& config() const { return m_config; }
    void setHealthSource(BusHealthSource* source) { m_health = source; }
    // What adaptive mode has learned (0 when off or nothing came late).
    [[nodiscard]] std::chrono::milliseconds learnedLatency() const { return m_learner.latency(); }

signals:
    void meterRead(const heatdesk::bus::MeterResult& result);
    void meterFound(const heatdesk::bus::FoundMeter& meter);
    // A reset's outcome (no telegram: `raw` is empty).
    void meterReset(const heatdesk::bus::MeterResult& result);
    void progress(int done, int total);
    void statusChanged(const heatdesk::bus::BusStatus& status);
    void trafficRecorded(const heatdesk::bus::TrafficRecordPtr& record);
    void finished(const heatdesk::bus::RunSummary& summary);

private:
    enum class JobKind : quint8 { Read, Probe, SecondaryScan, Reset };
    struct Pending {
        JobKind kind = JobKind::Read;
        int index = 0;
        MeterTarget target;
        mbus::MasterJob job;
    };

    bool beginRun(std::deque<Pending> jobs);
    static std::deque<Pending> meterJobs(JobKind kind, std::vector<MeterTarget> targets,
                                         const std::function<mbus::MasterJob(const MeterTarget&)>& jobFor);
    void startNext();
    void apply(const mbus::MasterAction& action);
    void handleBytes(const QByteArray& bytes);
    void handleDeadline();
    void handleLinkState(link::Link::State state);
    void completeCurrent(const QString& failure = {});
    void finishRun();
    void drainEvents();
    void emitNewFinds();
    void record(TrafficRecord::Kind kind, QByteArray bytes = {}, std::uint64_t count = 0,
                QString decoded = {});
    mbus::MbusTiming timingFor(const MeterTarget& target, bool scan) const;
    static QString keyOf(const MeterTarget& target);
    static mbus::Instant now();

    QPointer<link::Link> m_link;
    BusConfig m_config;
    TrafficLog m_traffic;
    BusHealthSource* m_health = nullptr;

    std::deque<Pending> m_queue;
    std::unique_ptr<mbus::MbusMaster> m_master;
    Pending m_current;
    QTimer m_deadlineTimer;
    QTimer m_quietTimer;
    QElapsedTimer m_jobClock;
    QElapsedTimer m_runClock;
    mbus::Instant m_quietUntil{};
    bool m_running = false;
    std::size_t m_foundEmitted = 0;

    // Per meter, across runs.
    QHash<QString, bool> m_fcb;
    QSet<QString> m_linkReset; // meters whose link layer we reset (SND_NKE) and read cleanly since

    RunSummary m_summary;
    int m_total = 0;
    int m_done = 0;
    BusStatusInference m_inference;
    LatencyLearner m_learner;
    BusStatus m_lastStatus;
};

} // namespace heatdesk::bus
