// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Database.h"
#include "store/ReadingWriter.h"

#include <QObject>
#include <QTimer>
#include <memory>

namespace heatdesk::station {

// Stores readings on its own thread, so that a slow disk (every commit is fsynced) never stalls
// the bus engines or the window. Readings are batched by ReadingWriter (at most a second); on a
// failed commit they stay queued and are retried, never dropped, and failed() says why.
class ReadingRecorder : public QObject {
    Q_OBJECT
public:
    explicit ReadingRecorder(QString databasePath, QObject* parent = nullptr);
    ~ReadingRecorder() override;

public slots:
    void record(const heatdesk::store::NewReading& reading);
    // Commits what is pending now (before the window closes).
    void flush();

signals:
    void committed(qint64 total);
    void failed(const QString& message);

private:
    bool ensureOpen();
    void commitDue();

    QString m_path;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<store::ReadingWriter> m_writer;
    QTimer* m_timer = nullptr;
    std::optional<qint64> m_session;
};

} // namespace heatdesk::station
