// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/HistoryData.h"

#include "store/CorrectionRepository.h"
#include "store/Database.h"
#include "store/ReadingRepository.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSqlQuery>
#include <algorithm>

namespace heatdesk::ui::history {
namespace {

const std::optional<ValueCorrection> kNoCorrection;

std::optional<Quantity> quantityOfField(const QString& field) {
    for (int i = 0; i < kQuantityCount; ++i)
        if (correctionField(static_cast<Quantity>(i)) == field)
            return static_cast<Quantity>(i);
    return std::nullopt; // settlement registers: not shown in the history
}

HistoryRow toRow(const store::StoredReading& r) {
    HistoryRow row;
    row.readingId = r.id;
    row.readAtMs = r.readAtMs;
    row.meterTime = r.values.meterTime;
    const reading::HeatReading& v = r.values;
    row.values = {v.energyKwh, v.volumeM3, v.powerKw, v.flowM3h, v.supplyC, v.returnC, v.deltaK};
    row.flags = v.flags;
    row.valve = v.valve;
    row.batteryLow = v.batteryLow;
    return row;
}

} // namespace

QString correctionField(Quantity q) {
    switch (q) {
    case Quantity::Energy:
        return QStringLiteral("energy_kwh");
    case Quantity::Volume:
        return QStringLiteral("volume_m3");
    case Quantity::Power:
        return QStringLiteral("power_kw");
    case Quantity::Flow:
        return QStringLiteral("flow_m3h");
    case Quantity::Supply:
        return QStringLiteral("supply_c");
    case Quantity::Return:
        return QStringLiteral("return_c");
    case Quantity::Delta:
        return QStringLiteral("delta_k");
    }
    return {};
}

const std::optional<ValueCorrection>& HistoryData::correctionOf(const HistoryRow& row, Quantity q) const {
    if (row.correction < 0)
        return kNoCorrection;
    return corrections[static_cast<std::size_t>(row.correction)][static_cast<std::size_t>(q)];
}

std::optional<double> HistoryData::valueInForce(const HistoryRow& row, Quantity q) const {
    if (const auto& c = correctionOf(row, q))
        return c->value;
    return row.value(q);
}

HistoryData loadHistory(const HistoryRequest& request,
                        const std::shared_ptr<const std::atomic<int>>& latest) {
    QElapsedTimer total;
    total.start();
    HistoryData data;
    data.request = request;
    const auto superseded = [&] {
        return latest && latest->load(std::memory_order_relaxed) != request.generation;
    };

    {
        // A connection belongs to the thread that opened it: this one opens, reads and closes it.
        store::Database db;
        if (auto e = db.open(request.databasePath, store::Database::Mode::ReadOnly)) {
            data.error = e;
            return data;
        }
        // One snapshot for readings and corrections, whatever the bus engine appends meanwhile.
        QSqlQuery(db.sql()).exec(QStringLiteral("BEGIN"));
        store::ReadingRepository readings(db);
        store::ReadingFilter filter;
        filter.meterId = request.meterId;
        filter.fromMs = request.fromMs;
        filter.toMs = request.toMs;
        data.rows.reserve(4096);
        if (auto e = readings.forEach(filter, [&](const store::StoredReading& r) {
                if (superseded())
                    return false;
                data.rows.push_back(toRow(r));
                return true;
            })) {
            data.error = e;
        }
        if (!data.error && !superseded()) {
            store::CorrectionRepository corrections(db);
            store::StoreError error;
            const QList<store::Correction> all = corrections.forReadings(filter, &error);
            if (!error.message.isEmpty())
                data.error = error;
            // Oldest first: each later correction of a field replaces the earlier one.
            QHash<qint64, int> indexOfReading;
            for (const store::Correction& c : all) {
                const auto q = quantityOfField(c.field);
                if (!q)
                    continue;
                auto it = indexOfReading.find(c.readingId);
                if (it == indexOfReading.end()) {
                    it = indexOfReading.insert(c.readingId, int(data.corrections.size()));
                    data.corrections.emplace_back();
                }
                auto& slot = data.corrections[std::size_t(*it)][std::size_t(*q)];
                const int earlier = slot ? slot->earlier + 1 : 0;
                slot = ValueCorrection{c.correctedValue, c.reason, c.correctedBy, c.correctedAtMs, earlier};
            }
            for (HistoryRow& row : data.rows)
                row.correction = indexOfReading.value(row.readingId, -1);
        }
        QSqlQuery(db.sql()).exec(QStringLiteral("COMMIT"));
        db.close();
    }
    data.queryMs = total.elapsed();
    if (superseded()) {
        data.cancelled = true;
        return data;
    }
    if (data.error)
        return data;

    // Readings come in id order; a back-filled capture can be older than the rows before it.
    std::stable_sort(data.rows.begin(), data.rows.end(),
                     [](const HistoryRow& a, const HistoryRow& b) { return a.readAtMs < b.readAtMs; });

    std::vector<EnergySample> energy;
    energy.reserve(data.rows.size());
    data.supply.reserve(data.rows.size());
    data.returnTemp.reserve(data.rows.size());
    data.delta.reserve(data.rows.size());
    for (const HistoryRow& row : data.rows) {
        const auto x = static_cast<double>(row.readAtMs);
        const auto supply = data.valueInForce(row, Quantity::Supply);
        const auto ret = data.valueInForce(row, Quantity::Return);
        if (supply)
            data.supply.emplace_back(x, *supply);
        if (ret)
            data.returnTemp.emplace_back(x, *ret);
        // ΔT as the two lines show it; the meter's own value where a line is missing or ΔT itself
        // was corrected.
        const auto& deltaCorrection = data.correctionOf(row, Quantity::Delta);
        if (deltaCorrection) {
            if (deltaCorrection->value)
                data.delta.emplace_back(x, *deltaCorrection->value);
        } else if (supply && ret) {
            data.delta.emplace_back(x, *supply - *ret);
        } else if (row.value(Quantity::Delta)) {
            data.delta.emplace_back(x, *row.value(Quantity::Delta));
        }
        if (const auto kwh = data.valueInForce(row, Quantity::Energy))
            energy.push_back({row.readAtMs, *kwh});
    }
    for (BucketSize size : {BucketSize::Day, BucketSize::Week, BucketSize::Month})
        data.consumption[std::size_t(size)] = bucketConsumption(energy, size, request.zone);
    data.totalMs = total.elapsed();
    return data;
}

} // namespace heatdesk::ui::history
