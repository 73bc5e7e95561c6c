// SPDX-License-Identifier: GPL-3.0-or-later
// What both history generators share (seed-db's synthetic district and a scenario's past): a new
// database, meters and heat users as the workstation would have configured them, and the loop
// that reads simulated meters round after round into the store.
#pragma once

#include "sim/CivilTime.h"
#include "store/ConfigRepository.h"
#include "store/HeatUserRepository.h"

#include <QString>
#include <cstdint>
#include <functional>
#include <limits>
#include <vector>

class QElapsedTimer;

namespace heatdesk::store {
class Database;
} // namespace heatdesk::store

namespace heatdesk::sim {

class SimulatedCjt188Meter;
class SimulatedMbusMeter;

struct HistoryResult {
    int sites = 0, channels = 0, buses = 0, meters = 0, heatUsers = 0;
    std::int64_t readings = 0;
    std::int64_t rawBytes = 0;
    double seconds = 0;      // wall time for everything
    double setupSeconds = 0; // of which sites, buses, meters, heat users, assignments
    double storeSeconds = 0; // of which appending to the database
    // Of which simulating, encoding and decoding telegrams while the store was not busy: the
    // meters are read on a worker thread during the appends, so only the first batch shows here.
    double simulateSeconds = 0;
};

// Readings are stored with the workstation's UTC clock; meters live in China time (UTC+8).
qint64 utcMsFromChina(SimSeconds t);

// Creates `path` for a generator and starts the transaction the configuration goes in. Refuses an
// existing file: readings are append-only, and meter numbers would collide.
bool openNewHistoryDatabase(const QString& path, store::Database& db, QString* error);

// A simulated meter as the workstation stores it: number as the decoder prints it, protocol,
// addresses, medium, model profile. The caller sets the bus, location and installation date.
store::MeterConfig meterConfigFor(const SimulatedMbusMeter& meter);
store::MeterConfig meterConfigFor(const SimulatedCjt188Meter& meter);

// Adds a meter in the n-th flat of its bus and the heat user living there, assigned to it from
// `assignedFromMs`; the flat's position gives the meter's location and the user's unit and room.
// The caller fills in the rest of both. Returns the meter's id.
std::optional<qint64> addMeteredFlat(store::ConfigRepository& config, store::HeatUserRepository& users,
                                     store::MeterConfig meter, store::HeatUser user, int indexOnBus,
                                     qint64 assignedFromMs, store::StoreError* error);

// The registered occupant of heat user `n`: a common surname and given name, the same for a seed.
QString residentName(std::uint64_t seed, int n);

// One simulated meter whose past is written; exactly one of the two pointers is set.
struct HistoryMeter {
    qint64 meterId = 0;
    SimulatedMbusMeter* mbus = nullptr;
    SimulatedCjt188Meter* cjt188 = nullptr;
    SimSeconds offsetInRound = 0; // a bus reads its meters one after the other
    SimSeconds lastReadable = std::numeric_limits<SimSeconds>::max(); // no readings after it (a fault)
};

// Readings at from, from + interval, ... up to and including `to`.
struct HistoryRounds {
    SimSeconds from = 0;
    SimSeconds to = 0;
    int intervalSeconds = 3600;
    std::int64_t count() const { return (to - from) / intervalSeconds + 1; }
};

// Commits the configuration written since openNewHistoryDatabase, then reads every meter once a
// round as the workstation would have: the simulated meter's real telegram bytes, decoded by the
// project's own decoders (on a worker thread, which alone touches the meters meanwhile), appended
// in batches under one read session named `source`. Fills the result's counts and its wall times
// since `started`; `progress` (optional, called on the caller's thread) gets the fraction done.
bool writeReadingRounds(store::Database& db, const QString& source, const std::vector<HistoryMeter>& meters,
                        const HistoryRounds& rounds, const QElapsedTimer& started, HistoryResult& result,
                        QString* error, const std::function<void(double)>& progress);

} // namespace heatdesk::sim
