// SPDX-License-Identifier: GPL-3.0-or-later
#include "bus/BusEngine.h"

#include "bus/StartQueue.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <algorithm>

Q_LOGGING_CATEGORY(lcBus, "heatdesk.bus", QtWarningMsg)

namespace heatdesk::bus {
namespace {

QByteArray toBytes(const std::vector<std::uint8_t>& v) {
    return QByteArray(reinterpret_cast<const char*>(v.data()), static_cast<qsizetype>(v.size()));
}

TrafficRecord::Kind recordKind(mbus::MasterEvent::Kind k) {
    using K = mbus::MasterEvent::Kind;
    switch (k) {
    case K::Sent:
        return TrafficRecord::Kind::Sent;
    case K::Received:
        return TrafficRecord::Kind::Received;
    case K::Echo:
        return TrafficRecord::Kind::Echo;
    case K::Garbage:
        return TrafficRecord::Kind::Garbage;
    case K::ChecksumError:
        return TrafficRecord::Kind::ChecksumError;
    case K::Timeout:
        return TrafficRecord::Kind::Timeout;
    case K::Retry:
        return TrafficRecord::Kind::Retry;
    case K::Collision:
        return TrafficRecord::Kind::Collision;
    }
    return TrafficRecord::Kind::Garbage;
}

} // namespace

BusEngine::BusEngine(link::Link* link, BusConfig config, QObject* parent)
    : QObject(parent)
    , m_link(link)
    , m_config(std::move(config))
    , m_traffic(m_config.trafficCapacity)
    , m_learner(m_config.maxLearnedLatency) {
    m_deadlineTimer.setSingleShot(true);
    m_deadlineTimer.setTimerType(Qt::PreciseTimer);
    m_quietTimer.setSingleShot(true);
    m_quietTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &BusEngine::handleDeadline);
    connect(&m_quietTimer, &QTimer::timeout, this, &BusEngine::startNext);
    if (m_link) {
        connect(m_link, &link::Link::bytesReceived, this, &BusEngine::handleBytes);
        connect(m_link, &link::Link::stateChanged, this, &BusEngine::handleLinkState);
    }
}

BusEngine::~BusEngine() = default;

mbus::Instant BusEngine::now() {
    return mbus::MasterClock::now();
}

QString BusEngine::keyOf(const MeterTarget& t) {
    if (t.secondary)
        return QStringLiteral("s") + QString::fromStdString(t.secondary->toText());
    return QStringLiteral("p%1").arg(t.primary.value_or(0));
}

mbus::MbusTiming BusEngine::timingFor(const MeterTarget& target, bool scan) const {
    mbus::MbusTiming t;
    t.baud = m_config.baud;
    t.retries = target.retries.value_or(scan ? m_config.scanRetries : m_config.retries);
    auto latency = m_config.latency + target.latency.value_or(std::chrono::milliseconds(0));
    if (m_link)
        latency += m_link->latencyAllowance();
    if (m_config.adaptiveLatency)
        latency = std::max(latency, m_learner.latency());
    t.latency = latency;
    t.gapBits = m_config.gapBits;
    t.maxTelegrams = m_config.maxTelegrams;
    return t;
}

bool BusEngine::readMeters(std::vector<MeterTarget> targets) {
    return beginRun(meterJobs(JobKind::Read, std::move(targets), {}));
}

bool BusEngine::resetMeters(std::vector<MeterTarget> targets, bool application) {
    return beginRun(meterJobs(JobKind::Reset, std::move(targets), [application](const MeterTarget& t) {
        return mbus::MasterJob{mbus::ResetJob{t.primary.value_or(0), t.secondary, application}};
    }));
}

// One job per meter, in the given order; a read's master job is made when it starts (its FCB
// and SND_NKE depend on the reads before it), so `jobFor` is empty then.
std::deque<BusEngine::Pending>
BusEngine::meterJobs(JobKind kind, std::vector<MeterTarget> targets,
                     const std::function<mbus::MasterJob(const MeterTarget&)>& jobFor) {
    std::deque<Pending> jobs;
    int index = 0;
    for (auto& target : targets) {
        Pending p;
        p.kind = kind;
        p.index = index++;
        if (jobFor)
            p.job = jobFor(target);
        p.target = std::move(target);
        jobs.push_back(std::move(p));
    }
    return jobs;
}

bool BusEngine::scanPrimary(int from, int to, mbus::ProbeJob::Method method) {
    std::deque<Pending> jobs;
    from = std::clamp(from, 0, 250);
    to = std::clamp(to, 0, 250);
    for (int a = from; a <= to; ++a) {
        Pending p;
        p.kind = JobKind::Probe;
        p.index = a - from;
        p.target.primary = static_cast<std::uint8_t>(a);
        p.job = mbus::ProbeJob{static_cast<std::uint8_t>(a), method};
        jobs.push_back(std::move(p));
    }
    return beginRun(std::move(jobs));
}

bool BusEngine::scanSecondary(mbus::SecondaryAddress mask, bool hexDigits) {
    Pending p;
    p.kind = JobKind::SecondaryScan;
    p.job = mbus::SecondaryScanJob{mask, hexDigits};
    return beginRun({std::move(p)});
}

bool BusEngine::beginRun(std::deque<Pending> jobs) {
    if (m_running)
        return false;
    m_queue = std::move(jobs);
    m_running = true;
    m_total = static_cast<int>(m_queue.size());
    m_done = 0;
    m_summary = RunSummary{};
    m_summary.requested = m_total;
    m_inference.reset();
    m_runClock.start();
    emit statusChanged(status());
    // After a cancel the line stays quiet for one answer window before anything new is sent.
    const auto wait = std::chrono::ceil<std::chrono::milliseconds>(m_quietUntil - now());
    if (wait.count() > 0)
        m_quietTimer.start(wait);
    else
        startSoon(this, [this] { startNext(); });
    return true;
}

void BusEngine::startNext() {
    if (!m_running || m_master)
        return;
    if (m_queue.empty()) {
        finishRun();
        return;
    }
    m_current = std::move(m_queue.front());
    m_queue.pop_front();
    m_jobClock.start();
    m_foundEmitted = 0;
    if (m_current.kind == JobKind::Read && m_config.stopReadsAfterGarbled > 0 && m_inference.clean() == 0 &&
        m_inference.garbled() >= m_config.stopReadsAfterGarbled &&
        m_inference.infer().state == BusState::OverloadSuspected) {
        completeCurrent(QStringLiteral("overload_suspected"));
        return;
    }
    if (!m_link || !m_link->isOpen()) {
        completeCurrent(QStringLiteral("offline"));
        return;
    }
    const bool scan = m_current.kind == JobKind::Probe || m_current.kind == JobKind::SecondaryScan;
    if (m_current.kind == JobKind::Read) {
        const QString key = keyOf(m_current.target);
        mbus::ReadMeterJob read;
        read.address = m_current.target.primary.value_or(0);
        read.secondary = m_current.target.secondary;
        // SND_NKE before the first read of a meter, and again after it failed: it resets the
        // meter's link layer, so its FCB expectation matches ours.
        read.sndNkeFirst = !m_linkReset.contains(key);
        read.fcb = m_fcb.value(key, true);
        read.allTelegrams = m_config.allTelegrams;
        m_current.job = read;
    }
    m_master = std::make_unique<mbus::MbusMaster>(m_current.job, timingFor(m_current.target, scan));
    apply(m_master->start(now()));
}

void BusEngine::apply(const mbus::MasterAction& action) {
    if (!m_master)
        return;
    if (!action.send.empty() && !(m_link && m_link->write(toBytes(action.send)))) {
        drainEvents();
        m_master->cancel();
        completeCurrent(QStringLiteral("offline"));
        return;
    }
    drainEvents();
    emitNewFinds();
    if (m_master->finished()) {
        completeCurrent();
        return;
    }
    if (action.deadline) {
        // Rounded up: a timer a fraction early would cut the window the standard grants.
        const auto wait = std::chrono::ceil<std::chrono::milliseconds>(*action.deadline - now());
        m_deadlineTimer.start(std::max<std::chrono::milliseconds>(wait, std::chrono::milliseconds(0)));
    }
}

void BusEngine::handleBytes(const QByteArray& bytes) {
    if (!m_master) {
        record(TrafficRecord::Kind::Unsolicited, bytes);
        return;
    }
    const auto* data = reinterpret_cast<const std::uint8_t*>(bytes.constData());
    apply(m_master->onBytes(std::span<const std::uint8_t>(data, static_cast<std::size_t>(bytes.size())),
                            now()));
}

void BusEngine::handleDeadline() {
    if (m_master)
        apply(m_master->onTimeout(now()));
}

void BusEngine::handleLinkState(link::Link::State state) {
    QString text = QStringLiteral("link %1").arg(m_link ? m_link->description() : QString());
    switch (state) {
    case link::Link::State::Open:
        text += QStringLiteral(" open");
        break;
    case link::Link::State::Closed:
        text += QStringLiteral(" closed");
        break;
    case link::Link::State::Opening:
        text += QStringLiteral(" opening");
        break;
    case link::Link::State::Reconnecting:
        text += QStringLiteral(" lost: ") + (m_link ? m_link->lastError().message : QString());
        break;
    }
    record(TrafficRecord::Kind::Link, {}, 0, text);
    if (state != link::Link::State::Open && m_master) {
        // The exchange cannot complete; the next jobs fail fast as offline until it is back.
        m_deadlineTimer.stop();
        m_master->cancel();
        drainEvents();
        completeCurrent(QStringLiteral("offline"));
    }
    emit statusChanged(status());
}

void BusEngine::drainEvents() {
    if (!m_master)
        return;
    auto events = m_master->takeEvents();
    if (m_config.adaptiveLatency) {
        const auto before = m_learner.latency();
        m_learner.observe(events, m_master->timing());
        if (m_learner.latency() > before)
            record(TrafficRecord::Kind::Link, {}, 0,
                   QStringLiteral("answers come late: answer window now allows %1 ms of link latency")
                       .arg(m_learner.latency().count()));
    }
    for (auto& e : events) {
        QByteArray bytes = toBytes(e.bytes);
        QString decoded;
        if (!bytes.isEmpty() && e.kind != mbus::MasterEvent::Kind::Echo)
            decoded = describeFrame(bytes);
        record(recordKind(e.kind), std::move(bytes), e.count, std::move(decoded));
    }
}

void BusEngine::record(TrafficRecord::Kind kind, QByteArray bytes, std::uint64_t count, QString decoded) {
    auto r = std::make_shared<TrafficRecord>();
    r->timeMs = QDateTime::currentMSecsSinceEpoch();
    r->bus = m_config.name;
    r->kind = kind;
    r->bytes = std::move(bytes);
    r->count = count;
    r->decoded = std::move(decoded);
    TrafficRecordPtr shared = std::move(r);
    m_traffic.append(shared);
    emit trafficRecorded(shared);
}

void BusEngine::emitNewFinds() {
    if (!m_master || m_current.kind != JobKind::SecondaryScan)
        return;
    const auto& found = m_master->found();
    for (; m_foundEmitted < found.size(); ++m_foundEmitted) {
        const auto& f = found[m_foundEmitted];
        FoundMeter m;
        m.primary = f.primary;
        m.secondary = f.address;
        m.frame = toBytes(f.frame);
        m_inference.addClean();
        emit meterFound(m);
    }
}

void BusEngine::completeCurrent(const QString& failure) {
    m_deadlineTimer.stop();
    const qint64 elapsed = m_jobClock.elapsed();
    std::unique_ptr<mbus::MbusMaster> master = std::move(m_master);
    const auto garbage = master ? master->lineStats().garbageBytes : 0;
    const auto checksums = master ? master->lineStats().checksumErrors : 0;
    const bool ok = failure.isEmpty() && master && master->ok();

    switch (m_current.kind) {
    case JobKind::Read:
    case JobKind::Reset: {
        MeterResult r;
        r.index = m_current.index;
        r.target = m_current.target;
        r.ok = ok;
        r.elapsedMs = elapsed;
        if (master) {
            r.telegrams = static_cast<int>(master->telegrams().size());
            r.retries = master->retries();
            r.attempts = master->requestsSent();
            r.raw = toBytes(master->rawFrames());
        }
        r.error = failure.isEmpty() && master && !ok
                      ? QString::fromLatin1(mbus::masterErrorName(master->error()))
                      : failure;
        // The meter's link state for its next read: known after a clean read, and after a clean
        // reset by primary address (a selection does not reset the selected meter's link);
        // otherwise the next read starts with SND_NKE.
        const QString key = keyOf(m_current.target);
        const bool linkKnown = ok && (m_current.kind == JobKind::Read || !m_current.target.secondary);
        if (master && master->requestsSent() > 0 && (m_current.kind == JobKind::Read || linkKnown))
            m_fcb.insert(key, master->nextFcb());
        if (linkKnown)
            m_linkReset.insert(key);
        else
            m_linkReset.remove(key);
        if (ok)
            m_inference.addClean();
        else if (master && master->error() == mbus::MasterError::Timeout && garbage == 0 && checksums == 0)
            m_inference.addSilent();
        else if (master)
            m_inference.addGarbled(garbage, checksums);
        ok ? ++m_summary.ok : ++m_summary.failed;
        if (m_current.kind == JobKind::Read)
            emit meterRead(r);
        else
            emit meterReset(r);
        break;
    }
    case JobKind::Probe: {
        const auto result = master && failure.isEmpty() ? master->probeResult() : mbus::ProbeResult::Nothing;
        if (result == mbus::ProbeResult::Found || result == mbus::ProbeResult::Garbled) {
            FoundMeter f;
            f.primary = m_current.target.primary;
            f.garbled = result == mbus::ProbeResult::Garbled;
            if (f.garbled)
                m_inference.addGarbled(garbage, checksums);
            else
                m_inference.addClean();
            ++m_summary.ok;
            emit meterFound(f);
        } else if (failure.isEmpty()) {
            m_inference.addSilent();
        } else {
            ++m_summary.failed;
        }
        break;
    }
    case JobKind::SecondaryScan:
        if (master) {
            for (int i = 0; i < master->collisions(); ++i)
                m_inference.addCollision();
            if (master->found().empty() && master->collisions() == 0)
                m_inference.addSilent();
            m_summary.ok += static_cast<int>(master->found().size());
            m_summary.failed += static_cast<int>(master->unresolved().size());
        }
        if (!failure.isEmpty())
            ++m_summary.failed;
        break;
    }
    ++m_done;
    emit progress(m_done, m_total);
    emit statusChanged(status());
    if (m_running)
        startSoon(this, [this] { startNext(); });
}

void BusEngine::finishRun() {
    m_running = false;
    m_summary.elapsedMs = m_runClock.elapsed();
    m_lastStatus = m_inference.infer();
    m_summary.status = status();
    qCDebug(lcBus) << m_config.name << "run finished" << m_summary.ok << "ok" << m_summary.failed << "failed";
    emit statusChanged(m_summary.status);
    emit finished(m_summary);
}

void BusEngine::cancel() {
    if (!m_running)
        return;
    m_queue.clear();
    m_quietTimer.stop();
    m_deadlineTimer.stop();
    if (m_master) {
        m_master->cancel();
        drainEvents();
        m_quietUntil = now() + m_master->timing().answerWindow();
        m_master.reset();
    }
    m_summary.cancelled = true;
    finishRun();
}

BusStatus BusEngine::status() const {
    if (m_health)
        if (auto reported = m_health->report())
            return *reported;
    if (!m_link || !m_link->isOpen()) {
        BusStatus s;
        s.state = BusState::Offline;
        s.evidence = m_link ? tr("%1: %2").arg(m_link->description(), m_link->lastError().message.isEmpty()
                                                                          ? tr("not open")
                                                                          : m_link->lastError().message)
                            : tr("no link");
        return s;
    }
    if (m_running) {
        BusStatus s;
        s.state = BusState::Reading;
        s.done = m_done;
        s.total = m_total;
        s.evidence = tr("%1 of %2 done").arg(m_done).arg(m_total);
        return s;
    }
    return m_lastStatus;
}

} // namespace heatdesk::bus
