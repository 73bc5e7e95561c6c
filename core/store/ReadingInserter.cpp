// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ReadingInserter.h"

#include "store/SqlValues.h"

#include <QSqlQuery>

namespace heatdesk::store {

const char* const kInsertReadingSql =
    "INSERT INTO readings (id, meter_id, session_id, read_at, meter_time, protocol, energy_kwh, volume_m3, "
    "power_kw, flow_m3h, supply_c, return_c, delta_k, operating_s, settlement_energy_kwh, "
    "settlement_volume_m3, "
    "valve, battery_low, flags, quality, raw, chain) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

namespace {

class QtReadingInserter final : public ReadingInserter {
public:
    explicit QtReadingInserter(QSqlDatabase& db)
        : m_query(db) {
        m_query.prepare(QString::fromLatin1(kInsertReadingSql));
    }

    std::optional<QSqlError> insert(qint64 id, const NewReading& r, const QByteArray& link) override {
        const reading::HeatReading& v = r.values;
        int c = 0;
        m_query.bindValue(c++, id);
        m_query.bindValue(c++, r.meterId);
        m_query.bindValue(c++, nullable(r.sessionId));
        m_query.bindValue(c++, r.readAtMs);
        m_query.bindValue(c++, textOrNull(v.meterTime ? meterTimeText(*v.meterTime) : QString()));
        m_query.bindValue(c++, text(r.protocol));
        for (const auto* field :
             {&v.energyKwh, &v.volumeM3, &v.powerKw, &v.flowM3h, &v.supplyC, &v.returnC, &v.deltaK})
            m_query.bindValue(c++, nullable(*field));
        m_query.bindValue(c++, nullable(v.operatingSeconds));
        m_query.bindValue(c++, nullable(v.settlementEnergyKwh));
        m_query.bindValue(c++, nullable(v.settlementVolumeM3));
        m_query.bindValue(c++, static_cast<int>(v.valve));
        m_query.bindValue(c++,
                          nullable(v.batteryLow ? std::optional<int>(*v.batteryLow ? 1 : 0) : std::nullopt));
        m_query.bindValue(c++, v.flags);
        m_query.bindValue(c++, r.quality);
        m_query.bindValue(c++, QByteArray(reinterpret_cast<const char*>(v.rawFrames.data()),
                                          static_cast<qsizetype>(v.rawFrames.size())));
        m_query.bindValue(c++, link);
        if (!m_query.exec())
            return m_query.lastError();
        return std::nullopt;
    }

private:
    QSqlQuery m_query;
};

} // namespace

std::unique_ptr<ReadingInserter> makeQtReadingInserter(QSqlDatabase& db) {
    return std::make_unique<QtReadingInserter>(db);
}

} // namespace heatdesk::store
