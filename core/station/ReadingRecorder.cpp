// SPDX-License-Identifier: GPL-3.0-or-later
#include "station/ReadingRecorder.h"

#include <QDateTime>

namespace heatdesk::station {

namespace {
constexpr int kCheckIntervalMs = 200;
}

ReadingRecorder::ReadingRecorder(QString databasePath, QObject* parent)
    : QObject(parent)
    , m_path(std::move(databasePath)) {}

ReadingRecorder::~ReadingRecorder() {
    if (m_writer)
        m_writer->flush();
}

bool ReadingRecorder::ensureOpen() {
    if (m_writer)
        return true;
    auto db = std::make_unique<store::Database>();
    if (auto e = db->open(m_path)) {
        emit failed(e->message);
        return false;
    }
    m_db = std::move(db);
    // One read session per workstation run: who read, from where (db export and audits show it).
    m_session = store::ReadingRepository(*m_db).startSession(
        qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME", QStringLiteral("unknown"))),
        QStringLiteral("heatdesk"), QDateTime::currentMSecsSinceEpoch());
    m_writer = std::make_unique<store::ReadingWriter>(*m_db);
    // Created here, on the recorder's thread, so its timer events arrive there.
    m_timer = new QTimer(this);
    m_timer->setInterval(kCheckIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &ReadingRecorder::commitDue);
    m_timer->start();
    return true;
}

void ReadingRecorder::record(const store::NewReading& reading) {
    if (!ensureOpen())
        return;
    const qint64 before = m_writer->committed();
    store::NewReading r = reading;
    if (!r.sessionId)
        r.sessionId = m_session;
    if (auto e = m_writer->add(std::move(r), QDateTime::currentMSecsSinceEpoch()))
        emit failed(e->message);
    else if (m_writer->committed() != before)
        emit committed(m_writer->committed());
}

void ReadingRecorder::commitDue() {
    const qint64 before = m_writer->committed();
    if (auto e = m_writer->flushIfDue(QDateTime::currentMSecsSinceEpoch()))
        emit failed(e->message);
    else if (m_writer->committed() != before)
        emit committed(m_writer->committed());
}

void ReadingRecorder::flush() {
    if (!m_writer)
        return;
    const qint64 before = m_writer->committed();
    if (auto e = m_writer->flush())
        emit failed(e->message);
    else if (m_writer->committed() != before)
        emit committed(m_writer->committed());
}

} // namespace heatdesk::station
