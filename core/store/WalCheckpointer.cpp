// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/WalCheckpointer.h"

#ifdef HEATDESK_NATIVE_SQLITE

#include <sqlite3.h>

namespace heatdesk::store {

std::unique_ptr<WalCheckpointer> WalCheckpointer::attach(sqlite3* writer, const QString& path,
                                                         int startFrames, int finishFrames) {
    sqlite3* own = nullptr;
    // The connection is used by the checkpoint thread alone.
    if (sqlite3_open_v2(path.toUtf8().constData(), &own, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX,
                        nullptr) != SQLITE_OK) {
        sqlite3_close(own);
        return nullptr;
    }
    sqlite3_busy_timeout(own, 5000);
    // A checkpoint syncs the WAL before it copies and the database after, as the writer's did.
    sqlite3_exec(own, "PRAGMA synchronous = FULL", nullptr, nullptr, nullptr);
    return std::unique_ptr<WalCheckpointer>(new WalCheckpointer(writer, own, startFrames, finishFrames));
}

WalCheckpointer::WalCheckpointer(sqlite3* writer, sqlite3* own, int startFrames, int finishFrames)
    : m_writer(writer)
    , m_own(own)
    , m_startFrames(startFrames)
    , m_finishFrames(finishFrames)
    , m_thread([this] { run(); }) {
    sqlite3_wal_hook(m_writer, &WalCheckpointer::afterCommit, this);
}

WalCheckpointer::~WalCheckpointer() {
    sqlite3_wal_autocheckpoint(m_writer, m_startFrames); // replaces the hook
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    sqlite3_interrupt(m_own);
    m_wake.notify_one();
    m_thread.join();
    sqlite3_close(m_own);
}

WalCheckpointer::Counts WalCheckpointer::counts() const {
    return {m_backgroundCheckpoints.load(), m_writerCheckpoints.load()};
}

int WalCheckpointer::afterCommit(void* self, sqlite3* db, const char* schema, int frames) {
    auto* c = static_cast<WalCheckpointer*>(self);
    const std::lock_guard lock(c->m_mutex);
    if (frames < c->m_startFrames) {
        // A WAL this short has started again (perhaps after another process's checkpoint).
        c->m_caughtUp = false;
        return SQLITE_OK;
    }
    if (c->m_running || c->m_requested)
        return SQLITE_OK;
    if (c->m_caughtUp) {
        // What the thread left, and this commit's frames: copied here, the WAL starts again at
        // the next write transaction. PASSIVE: another process's checkpoint under way makes this
        // one return at once, and the thread is asked again at the next commit.
        c->m_caughtUp = false;
        if (sqlite3_wal_checkpoint_v2(db, schema, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr) == SQLITE_OK)
            ++c->m_writerCheckpoints;
        return SQLITE_OK;
    }
    c->m_requested = true;
    c->m_wake.notify_one();
    return SQLITE_OK;
}

void WalCheckpointer::run() {
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_requested || m_stop; });
        if (m_stop)
            return;
        m_requested = false;
        m_running = true;
        lock.unlock();
        // Rounds while the writer adds frames faster than "finish" allows, as long as each gets
        // further; an old reader's snapshot or an error ends them until the next commit.
        bool caughtUp = false;
        for (int copiedBefore = -1; !m_stop;) {
            int log = 0;
            int copied = 0;
            if (sqlite3_wal_checkpoint_v2(m_own, nullptr, SQLITE_CHECKPOINT_PASSIVE, &log, &copied) !=
                SQLITE_OK)
                break;
            ++m_backgroundCheckpoints;
            caughtUp = log - copied <= m_finishFrames;
            if (caughtUp || copied <= copiedBefore)
                break;
            copiedBefore = copied;
        }
        lock.lock();
        m_running = false;
        m_caughtUp = caughtUp;
    }
}

} // namespace heatdesk::store

#else

namespace heatdesk::store {

// Never attached here (Database attaches one only where the C API may be used).
WalCheckpointer::~WalCheckpointer() = default;

} // namespace heatdesk::store

#endif
