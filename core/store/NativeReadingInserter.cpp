// SPDX-License-Identifier: GPL-3.0-or-later
// The SQLite C-API inserter (see ReadingInserter.h for when it is used). SQLite-specific.
#include "store/ReadingInserter.h"

#ifdef HEATDESK_NATIVE_SQLITE

#include "store/NativeSqlite.h"

namespace heatdesk::store {
namespace {

class NativeReadingInserter final : public ReadingInserter {
public:
    NativeReadingInserter(sqlite3* handle, sqlite3_stmt* statement)
        : m_handle(handle)
        , m_statement(statement) {}
    ~NativeReadingInserter() override { sqlite3_finalize(m_statement); }

    std::optional<QSqlError> insert(qint64 id, const NewReading& r, const QByteArray& link) override {
        const reading::HeatReading& v = r.values;
        sqlite3_stmt* s = m_statement;
        int c = 1;
        auto real = [&](const std::optional<double>& x) {
            x ? sqlite3_bind_double(s, c++, *x) : sqlite3_bind_null(s, c++);
        };
        auto integer = [&](const std::optional<qint64>& x) {
            x ? sqlite3_bind_int64(s, c++, *x) : sqlite3_bind_null(s, c++);
        };
        char time[kMeterTimeTextSize];
        const ProtocolText protocol(r.protocol);

        sqlite3_bind_int64(s, c++, id);
        sqlite3_bind_int64(s, c++, r.meterId);
        integer(r.sessionId);
        sqlite3_bind_int64(s, c++, r.readAtMs);
        if (v.meterTime)
            sqlite3_bind_text(s, c++, time, formatMeterTime(*v.meterTime, time), SQLITE_STATIC);
        else
            sqlite3_bind_null(s, c++);
        sqlite3_bind_text(s, c++, protocol.data(), protocol.size(), SQLITE_STATIC);
        for (const auto* field :
             {&v.energyKwh, &v.volumeM3, &v.powerKw, &v.flowM3h, &v.supplyC, &v.returnC, &v.deltaK})
            real(*field);
        integer(v.operatingSeconds);
        real(v.settlementEnergyKwh);
        real(v.settlementVolumeM3);
        sqlite3_bind_int(s, c++, static_cast<int>(v.valve));
        integer(v.batteryLow ? std::optional<qint64>(*v.batteryLow ? 1 : 0) : std::nullopt);
        sqlite3_bind_int64(s, c++, v.flags);
        sqlite3_bind_int64(s, c++, r.quality);
        sqlite3_bind_blob(s, c++, v.rawFrames.data(), static_cast<int>(v.rawFrames.size()), SQLITE_STATIC);
        sqlite3_bind_blob(s, c++, link.constData(), static_cast<int>(link.size()), SQLITE_STATIC);

        const int rc = sqlite3_step(s);
        sqlite3_reset(s);
        sqlite3_clear_bindings(s); // the bound buffers die with this call
        if (rc == SQLITE_DONE)
            return std::nullopt;
        return nativeError(m_handle, QStringLiteral("Unable to insert"));
    }

private:
    sqlite3* m_handle;
    sqlite3_stmt* m_statement;
};

} // namespace

std::unique_ptr<ReadingInserter> makeNativeReadingInserter(QSqlDatabase& db) {
    sqlite3* native = nativeHandle(db);
    sqlite3_stmt* statement = nullptr;
    if (!native || sqlite3_prepare_v2(native, kInsertReadingSql, -1, &statement, nullptr) != SQLITE_OK)
        return nullptr;
    return std::make_unique<NativeReadingInserter>(native, statement);
}

} // namespace heatdesk::store

#else

namespace heatdesk::store {

std::unique_ptr<ReadingInserter> makeNativeReadingInserter(QSqlDatabase&) {
    return nullptr;
}

} // namespace heatdesk::store

#endif
