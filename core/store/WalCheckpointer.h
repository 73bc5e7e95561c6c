// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

struct sqlite3;

namespace heatdesk::store {

// Copies a writing connection's WAL into the database on a thread of its own, so that the writer
// does not stop for it. SQLite's automatic checkpoint runs inside the commit that crosses its
// limit: at 40,000 pages that commit took 1.1-1.3 s, once in about 100 batches of 10,000
// readings, and cost about a quarter of what appending a reading costs.
//
// How: the writer's automatic checkpoint is replaced by a hook that runs after each commit. Once
// the WAL holds `startFrames` frames, the hook wakes the thread, which checkpoints on a connection
// of its own in PASSIVE mode (it never waits for the writer or a reader), again and again while
// the writer adds frames, until at most `finishFrames` are left to copy. The first commit after
// that copies the rest itself, in the writer's thread: only when every frame has been copied does
// the next write transaction start the WAL again from its beginning, so that the file stops
// growing. A reader holding an old snapshot stops the copying at its frame, as it stops SQLite's
// own checkpoint; the thread then waits for the next commit rather than trying again at once.
//
// SQLite-specific, and only where its C API may be used (see ReadingInserter.h); elsewhere
// SQLite's automatic checkpoint stays.
class WalCheckpointer {
public:
    static constexpr int kStartFrames = 40'000;
    static constexpr int kFinishFrames = 4'000;

    // Takes over the checkpoints of `writer`, a connection in WAL mode to the
    // database at `path`; nullptr if the checkpoint thread's connection cannot be opened.
    static std::unique_ptr<WalCheckpointer> attach(sqlite3* writer, const QString& path,
                                                   int startFrames = kStartFrames,
                                                   int finishFrames = kFinishFrames);
    // Stops the thread, interrupting a checkpoint under way, and gives the writer SQLite's
    // automatic checkpoint back.
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer&) = delete;
    WalCheckpointer& operator=(const WalCheckpointer&) = delete;

    // How many checkpoints each side has run, for tests and diagnostics.
    struct Counts {
        int background = 0;
        int writer = 0;
    };
    Counts counts() const;

private:
    WalCheckpointer(sqlite3* writer, sqlite3* own, int startFrames, int finishFrames);
    static int afterCommit(void* self, sqlite3* db, const char* schema, int frames);
    void run();

    sqlite3* m_writer;
    sqlite3* m_own;
    const int m_startFrames;
    const int m_finishFrames;
    std::atomic<int> m_backgroundCheckpoints{0};
    std::atomic<int> m_writerCheckpoints{0};
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    // Guarded by m_mutex; m_stop is also read between the thread's rounds.
    bool m_requested = false;
    bool m_running = false;
    bool m_caughtUp = false; // the thread left at most finishFrames of the current WAL uncopied
    std::atomic<bool> m_stop{false};
    std::thread m_thread; // last: starts once the members above exist
};

} // namespace heatdesk::store
