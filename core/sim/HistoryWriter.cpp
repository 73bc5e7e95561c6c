// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/HistoryWriter.h"

#include "cjt188/HeatReadingMapper.h"
#include "cjt188/Message.h"
#include "mbus/HeatReadingMapper.h"
#include "mbus/Telegram.h"
#include "sim/SimulatedCjt188Meter.h"
#include "sim/SimulatedMbusMeter.h"
#include "store/Database.h"
#include "store/ReadingRepository.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <array>
#include <future>

namespace heatdesk::sim {

namespace {

constexpr SimSeconds kUtcOffset = 8 * 3600;
constexpr std::size_t kBatch = 100000;

QString latin1(std::string_view text) {
    return QString::fromLatin1(text.data(), qsizetype(text.size()));
}

// Where the n-th meter (0-based) of a bus sits: a slab block with two flats a floor and 24 a unit.
struct FlatPosition {
    int unit = 1, floor = 1, door = 1;
    static FlatPosition ofMeter(int indexOnBus) {
        return {indexOnBus / 24 + 1, (indexOnBus % 24) / 2 + 1, indexOnBus % 2 + 1};
    }
    QString room() const { return QStringLiteral("%1%2").arg(floor).arg(door, 2, 10, QLatin1Char('0')); }
    QString location() const { return QStringLiteral("%1单元 %2").arg(unit).arg(room()); }
};

// Readings for the store, as many as one append takes, and how far through the rounds they reach.
struct Batch {
    std::vector<store::NewReading> readings;
    std::int64_t rawBytes = 0;
    std::int64_t roundsDone = 0;
};

// Reads one meter at t as the workstation would: its real telegram bytes through the project's
// own decoder. False if the decoder refuses what the simulator sent.
bool readMeter(const HistoryMeter& m, SimSeconds t, std::uint8_t ser, mbus::Telegram& telegram,
               store::NewReading& r) {
    if (m.mbus) {
        const auto raw = m.mbus->readout(t);
        if (mbus::decodeFrames(raw, telegram))
            return false;
        mbus::toHeatReading(telegram, raw, r.values);
        r.protocol = QStringLiteral("mbus");
        return true;
    }
    const auto raw = m.cjt188->reply(t, ser);
    const auto& profile = m.cjt188->config().profile;
    const auto decoded = cjt188::decodeMessage(raw, profile);
    const auto* message = std::get_if<cjt188::Message>(&decoded);
    r.protocol = QStringLiteral("cjt188");
    return message && cjt188::toHeatReading(*message, raw, r.values, profile);
}

} // namespace

qint64 utcMsFromChina(SimSeconds t) {
    return (t - kUtcOffset) * 1000;
}

bool openNewHistoryDatabase(const QString& path, store::Database& db, QString* error) {
    auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (QFileInfo::exists(path))
        return fail(QStringLiteral("%1 exists: seed-db writes a new database only").arg(path));
    if (auto e = db.open(path, store::Database::Mode::ReadWrite, store::Database::Create::IfMissing))
        return fail(e->message);
    // A new file that nobody else uses yet: if this run dies the file is useless anyway, so the
    // per-commit fsync and the write-ahead log's second copy of every page, which protect real
    // readings, only cost time here (the next open of the file brings FULL and WAL back). The
    // configuration goes in as one transaction for the same reason.
    QSqlQuery(db.sql()).exec(QStringLiteral("PRAGMA synchronous = OFF"));
    QSqlQuery(db.sql()).exec(QStringLiteral("PRAGMA journal_mode = MEMORY"));
    if (!db.sql().transaction())
        return fail(db.sql().lastError().text());
    return true;
}

store::MeterConfig meterConfigFor(const SimulatedMbusMeter& meter) {
    const auto& c = meter.config();
    store::MeterConfig mc;
    mc.protocol = QStringLiteral("mbus");
    mc.number = QStringLiteral("%1").arg(c.idBcd, 8, 16, QLatin1Char('0')).toUpper();
    mc.primaryAddress = c.primaryAddress;
    mc.secondaryAddress = QString::fromStdString(meter.secondaryAddress().toText());
    mc.modelProfile = latin1(layoutName(c.layout));
    mc.medium = latin1(mbus::mediumName(meter.medium()));
    return mc;
}

store::MeterConfig meterConfigFor(const SimulatedCjt188Meter& meter) {
    const auto& c = meter.config();
    store::MeterConfig mc;
    mc.protocol = QStringLiteral("cjt188");
    mc.number = QString::fromStdString(c.address.toText());
    mc.modelProfile = QString::fromStdString(c.profile.name);
    mc.medium = c.water ? QStringLiteral("water") : QStringLiteral("heat");
    return mc;
}

std::optional<qint64> addMeteredFlat(store::ConfigRepository& config, store::HeatUserRepository& users,
                                     store::MeterConfig meter, store::HeatUser user, int indexOnBus,
                                     qint64 assignedFromMs, store::StoreError* error) {
    const auto position = FlatPosition::ofMeter(indexOnBus);
    meter.location = position.location();
    const auto meterId = config.addMeter(meter, error);
    if (!meterId)
        return std::nullopt;
    user.unit = QString::number(position.unit);
    user.room = position.room();
    const auto userId = users.add(user, error);
    if (!userId || !users.assign(*meterId, *userId, assignedFromMs, error))
        return std::nullopt;
    return meterId;
}

QString residentName(std::uint64_t seed, int n) {
    // The most common surnames and given names of the generation that owns most flats.
    static constexpr std::array<const char*, 20> surnames{"王", "李", "张", "刘", "陈", "杨", "赵",
                                                          "黄", "周", "吴", "徐", "孙", "胡", "朱",
                                                          "高", "林", "何", "郭", "马", "罗"};
    static constexpr std::array<const char*, 24> given{
        "建国", "秀英", "桂兰", "志强", "丽", "伟", "敏",   "静", "军",   "磊",   "洋",   "艳",
        "勇",   "杰",   "娟",   "涛",   "明", "超", "秀兰", "霞", "海燕", "建华", "玉兰", "国强"};
    const auto h = mix(seed, 0x6E616D65, std::uint64_t(n));
    return QString::fromUtf8(surnames[h % surnames.size()]) +
           QString::fromUtf8(given[(h >> 16) % given.size()]);
}

bool writeReadingRounds(store::Database& db, const QString& source, const std::vector<HistoryMeter>& meters,
                        const HistoryRounds& rounds, const QElapsedTimer& started, HistoryResult& result,
                        QString* error, const std::function<void(double)>& progress) {
    auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (!db.sql().commit())
        return fail(db.sql().lastError().text());
    result.setupSeconds = double(started.nsecsElapsed()) / 1e9;

    store::ReadingRepository readings(db);
    store::StoreError se;
    const auto session =
        readings.startSession(QStringLiteral("heatdesk-sim"), source, utcMsFromChina(rounds.from), &se);
    if (!session)
        return fail(se.message);

    // The meters are read on a worker thread while this one appends the previous batch: the
    // simulation and the store overlap. Only the worker touches the meters (and their physics,
    // whose cache is not shared between threads); only this thread touches the database.
    const std::int64_t count = rounds.count();
    std::int64_t round = 0;
    std::size_t next = 0; // meter of `round` to read next
    mbus::Telegram telegram;
    bool undecodable = false;
    auto produce = [&]() {
        Batch out;
        out.readings.reserve(kBatch);
        for (; round < count && out.readings.size() < kBatch; next = 0, ++round) {
            const SimSeconds roundAt = rounds.from + round * rounds.intervalSeconds;
            for (; next < meters.size() && out.readings.size() < kBatch; ++next) {
                const HistoryMeter& m = meters[next];
                const SimSeconds t = roundAt + m.offsetInRound;
                if (t > m.lastReadable)
                    continue;
                store::NewReading r;
                r.meterId = m.meterId;
                r.sessionId = session;
                r.readAtMs = utcMsFromChina(t);
                if (!readMeter(m, t, std::uint8_t(round), telegram, r)) {
                    undecodable = true;
                    return out;
                }
                out.rawBytes += static_cast<std::int64_t>(r.values.rawFrames.size());
                out.readings.push_back(std::move(r));
            }
            if (next < meters.size())
                break; // the batch is full in the middle of a round: go on from here
        }
        out.roundsDone = round;
        return out;
    };

    QElapsedTimer phase;
    qint64 storeNs = 0;
    auto pending = std::async(std::launch::async, produce);
    while (true) {
        Batch batch = pending.get();
        if (undecodable)
            return fail(QStringLiteral("internal: a simulated telegram did not decode"));
        if (batch.readings.empty())
            break;
        const bool more = batch.roundsDone < count;
        if (more)
            pending = std::async(std::launch::async, produce);
        phase.start();
        const auto e = readings.append(batch.readings);
        storeNs += phase.nsecsElapsed();
        if (e) {
            if (more)
                pending.wait(); // the worker uses this frame's locals
            return fail(e->message);
        }
        result.readings += static_cast<std::int64_t>(batch.readings.size());
        result.rawBytes += batch.rawBytes;
        if (progress)
            progress(double(batch.roundsDone) / double(count));
        if (!more)
            break;
    }
    result.seconds = double(started.nsecsElapsed()) / 1e9;
    result.storeSeconds = double(storeNs) / 1e9;
    result.simulateSeconds = result.seconds - result.storeSeconds - result.setupSeconds;
    return true;
}

} // namespace heatdesk::sim
