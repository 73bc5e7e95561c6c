// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bus/TrafficLog.h"
#include "cjt188/ReadDataProcedure.h"
#include "link/Link.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <memory>
#include <vector>

namespace heatdesk::bus {

struct Cjt188Target {
    cjt188::RequestTarget target;
    cjt188::MeterProfile profile;
};

struct Cjt188Result {
    int index = 0; // position in the list given to read()
    bool ok = false;
    QString error; // timeout, garbled, abnormal, offline, cancelled
    int attempts = 0;
    qint64 elapsedMs = 0;
    QByteArray frame; // the reply (68 .. 16) when ok
};

// Reads CJ/T 188 meters (current data, DI 901F) one after another on one line: the event-loop
// driver of cjt188::ReadDataProcedure, as BusEngine is MbusMaster's. Timeouts and retries come
// from each meter's model profile, plus what the link adds.
class Cjt188Reader : public QObject {
    Q_OBJECT
public:
    Cjt188Reader(link::Link* link, QString busName, QObject* parent = nullptr);
    ~Cjt188Reader() override;

    bool read(std::vector<Cjt188Target> targets); // false while a run is going on
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

    QPointer<link::Link> m_link;
    QString m_busName;
    std::vector<Cjt188Target> m_targets;
    std::size_t m_next = 0;
    std::unique_ptr<cjt188::ReadDataProcedure> m_procedure;
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
