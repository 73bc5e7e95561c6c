// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bus/TrafficLog.h"
#include "cjt188/Procedure.h"
#include "link/Link.h"
#include "reading/HeatReading.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <memory>
#include <vector>

namespace heatdesk::bus {

enum class Cjt188Job : std::uint8_t {
    ReadData,    // current data, DI 901F
    ReadAddress, // the address of the one meter on the line (broadcast, DI 810A)
    OpenValve,   // A017, confirmed from the status word
    CloseValve,
};

struct Cjt188Target {
    cjt188::RequestTarget target; // ReadAddress: only the meter type is used
    cjt188::MeterProfile profile;
    Cjt188Job job = Cjt188Job::ReadData;
};

struct Cjt188Result {
    int index = 0; // position in the list given to run()
    Cjt188Job job = Cjt188Job::ReadData;
    bool ok = false;
    QString error; // timeout, garbled, abnormal, not_confirmed, valve_abnormal, offline, cancelled
    int attempts = 0;
    qint64 elapsedMs = 0;
    QByteArray frame; // ReadData: the reply (68 .. 16) when ok
    QString address;  // ReadAddress: the 14 digits the meter answered with, when ok
    reading::ValveState valve = reading::ValveState::Unknown; // valve jobs: the last reported position
};

// Runs CJ/T 188 jobs (read data, read the address, open or close the valve) one after another on
// one line: the event-loop driver of the cjt188 procedures, as BusEngine is MbusMaster's.
// Timeouts and retries come from each meter's model profile, plus what the link adds.
class Cjt188Reader : public QObject {
    Q_OBJECT
public:
    Cjt188Reader(link::Link* link, QString busName, QObject* parent = nullptr);
    ~Cjt188Reader() override;

    bool run(std::vector<Cjt188Target> targets); // false while a run is going on
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }

signals:
    void meterRead(const heatdesk::bus::Cjt188Result& result);
    void progress(int done, int total);
    void trafficRecorded(const heatdesk::bus::TrafficRecordPtr& record);
    void finished(int ok, int failed, bool cancelled);

private:
    void startNext();
    void apply(const cjt188::Action& action);
    void handleBytes(const QByteArray& bytes);
    void handleDeadline();
    void complete();
    void record(TrafficRecord::Kind kind, const QByteArray& bytes, QString decoded = {});
    void recordReceived(bool answered);
    [[nodiscard]] QString describeRequest() const;
    void fillResult(Cjt188Result& r) const;

    QPointer<link::Link> m_link;
    QString m_busName;
    std::vector<Cjt188Target> m_targets;
    std::size_t m_next = 0;
    std::unique_ptr<cjt188::Procedure> m_procedure;
    QTimer m_deadline;
    std::optional<cjt188::TimePoint> m_due;
    QElapsedTimer m_meterClock;
    // What came back for the current request: recorded as one line when the exchange ends, not
    // as the dribble of bytes a paced line delivers.
    QByteArray m_received;
    bool m_running = false;
    int m_ok = 0, m_failed = 0;
};

} // namespace heatdesk::bus
