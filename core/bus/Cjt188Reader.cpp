// SPDX-License-Identifier: GPL-3.0-or-later
#include "bus/Cjt188Reader.h"

#include "cjt188/ReadAddressProcedure.h"
#include "cjt188/ReadDataProcedure.h"
#include "cjt188/ValveProcedure.h"

#include <QDateTime>

namespace heatdesk::bus {

namespace {

constexpr qsizetype kMaxRecordedBytes = 1024;

QByteArray bytesOf(const std::vector<std::uint8_t>& v) {
    return QByteArray(reinterpret_cast<const char*>(v.data()), qsizetype(v.size()));
}

std::unique_ptr<cjt188::Procedure> procedureFor(const Cjt188Target& t, cjt188::Timing timing) {
    switch (t.job) {
    case Cjt188Job::ReadData:
        return std::make_unique<cjt188::ReadDataProcedure>(t.profile, t.target, timing);
    case Cjt188Job::ReadAddress:
        return std::make_unique<cjt188::ReadAddressProcedure>(t.profile, timing);
    case Cjt188Job::OpenValve:
    case Cjt188Job::CloseValve:
        return std::make_unique<cjt188::ValveProcedure>(t.profile, t.target, t.job == Cjt188Job::OpenValve,
                                                        timing);
    }
    return nullptr;
}

} // namespace

Cjt188Reader::Cjt188Reader(link::Link* link, QString busName, QObject* parent)
    : QObject(parent)
    , m_link(link)
    , m_busName(std::move(busName)) {
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer); // a coarse timer may fire early: no false timeouts
    connect(&m_deadline, &QTimer::timeout, this, &Cjt188Reader::handleDeadline);
    if (m_link)
        connect(m_link, &link::Link::bytesReceived, this, &Cjt188Reader::handleBytes);
}

Cjt188Reader::~Cjt188Reader() = default;

bool Cjt188Reader::run(std::vector<Cjt188Target> targets) {
    if (m_running)
        return false;
    m_targets = std::move(targets);
    m_next = 0;
    m_ok = m_failed = 0;
    m_running = true;
    startNext();
    return true;
}

void Cjt188Reader::cancel() {
    if (!m_running)
        return;
    m_deadline.stop();
    m_received.clear();
    m_procedure.reset();
    for (; m_next < m_targets.size(); ++m_next) {
        Cjt188Result r;
        r.index = int(m_next);
        r.job = m_targets[m_next].job;
        r.error = QStringLiteral("cancelled");
        ++m_failed;
        emit meterRead(r);
    }
    m_running = false;
    emit finished(m_ok, m_failed, true);
}

void Cjt188Reader::startNext() {
    if (m_next >= m_targets.size()) {
        m_running = false;
        emit finished(m_ok, m_failed, false);
        return;
    }
    const auto& t = m_targets[m_next];
    if (!m_link || !m_link->isOpen()) {
        Cjt188Result r;
        r.job = t.job;
        r.index = int(m_next++);
        r.error = QStringLiteral("offline");
        ++m_failed;
        emit meterRead(r);
        emit progress(int(m_next), int(m_targets.size()));
        startNext();
        return;
    }
    auto timing = cjt188::Timing::fromProfile(t.profile);
    timing.responseTimeout += m_link->latencyAllowance();
    m_procedure = procedureFor(t, timing);
    m_meterClock.start();
    apply(m_procedure->start(cjt188::Clock::now()));
}

void Cjt188Reader::apply(const cjt188::Action& action) {
    if (!action.send.empty()) {
        recordReceived(false); // whatever came for the previous attempt was no answer
        const QByteArray bytes = bytesOf(action.send);
        record(m_procedure->requestsSent() > 1 ? TrafficRecord::Kind::Retry : TrafficRecord::Kind::Sent,
               bytes, describeRequest());
        m_link->write(bytes);
    }
    if (m_procedure->finished()) {
        complete();
        return;
    }
    m_due = action.deadline;
    if (action.deadline) {
        const auto wait =
            std::chrono::duration_cast<std::chrono::milliseconds>(*action.deadline - cjt188::Clock::now());
        m_deadline.start(int(std::max<std::int64_t>(0, wait.count())));
    }
}

void Cjt188Reader::handleBytes(const QByteArray& bytes) {
    if (!m_running || !m_procedure)
        return;
    // Bounded: a line that streams garbage is cut off here, the procedure still sees every byte.
    if (m_received.size() < kMaxRecordedBytes)
        m_received += bytes.left(kMaxRecordedBytes - m_received.size());
    const auto span =
        std::span(reinterpret_cast<const std::uint8_t*>(bytes.constData()), std::size_t(bytes.size()));
    apply(m_procedure->onBytes(span, cjt188::Clock::now()));
}

void Cjt188Reader::handleDeadline() {
    if (!m_running || !m_procedure)
        return;
    const auto now = cjt188::Clock::now();
    if (m_due && now < *m_due) { // early: the procedure would only ask to wait on
        apply(m_procedure->onTimeout(now));
        return;
    }
    record(TrafficRecord::Kind::Timeout, {});
    apply(m_procedure->onTimeout(now));
}

void Cjt188Reader::recordReceived(bool answered) {
    if (m_received.isEmpty())
        return;
    const QByteArray bytes = std::exchange(m_received, {});
    if (answered)
        record(TrafficRecord::Kind::Received, bytes,
               QStringLiteral("CJ/T 188 reply %1")
                   .arg(QString::fromStdString(m_targets[m_next].target.address.toText())));
    else
        record(TrafficRecord::Kind::Garbage, bytes);
}

QString Cjt188Reader::describeRequest() const {
    const Cjt188Target& t = m_targets[m_next];
    const QString address = QString::fromStdString(t.target.address.toText());
    switch (t.job) {
    case Cjt188Job::ReadData:
        return QStringLiteral("CJ/T 188 read 901F %1").arg(address);
    case Cjt188Job::ReadAddress:
        return QStringLiteral("CJ/T 188 read address 810A (broadcast)");
    case Cjt188Job::OpenValve:
        return QStringLiteral("CJ/T 188 open valve A017 %1").arg(address);
    case Cjt188Job::CloseValve:
        return QStringLiteral("CJ/T 188 close valve A017 %1").arg(address);
    }
    return {};
}

void Cjt188Reader::fillResult(Cjt188Result& r) const {
    if (const auto* read = dynamic_cast<const cjt188::ReadDataProcedure*>(m_procedure.get()); read && r.ok)
        r.frame = bytesOf(read->replyFrame());
    if (const auto* find = dynamic_cast<const cjt188::ReadAddressProcedure*>(m_procedure.get());
        find && find->address())
        r.address = QString::fromStdString(find->address()->toText());
    if (const auto* valve = dynamic_cast<const cjt188::ValveProcedure*>(m_procedure.get()))
        r.valve = valve->reportedState();
}

void Cjt188Reader::complete() {
    m_deadline.stop();
    recordReceived(m_procedure->state() == cjt188::ProcedureState::Done);
    Cjt188Result r;
    r.index = int(m_next);
    r.job = m_targets[m_next].job;
    r.attempts = m_procedure->requestsSent();
    r.elapsedMs = m_meterClock.elapsed();
    r.ok = m_procedure->state() == cjt188::ProcedureState::Done;
    if (!r.ok)
        r.error = QString::fromLatin1(cjt188::procedureErrorName(m_procedure->error()).data());
    fillResult(r);
    m_procedure.reset();
    r.ok ? ++m_ok : ++m_failed;
    ++m_next;
    emit meterRead(r);
    emit progress(int(m_next), int(m_targets.size()));
    startNext();
}

void Cjt188Reader::record(TrafficRecord::Kind kind, const QByteArray& bytes, QString decoded) {
    auto r = std::make_shared<TrafficRecord>();
    r->timeMs = QDateTime::currentMSecsSinceEpoch();
    r->bus = m_busName;
    r->kind = kind;
    r->bytes = bytes;
    r->decoded = std::move(decoded);
    emit trafficRecorded(TrafficRecordPtr(std::move(r)));
}

} // namespace heatdesk::bus
