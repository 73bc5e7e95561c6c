// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Database.h"

#include <QList>
#include <QString>
#include <QVariantList>
#include <optional>

namespace heatdesk::store {

struct MeterConfig {
    qint64 id = 0;
    qint64 busId = 0;
    QString number; // as printed on the meter: M-Bus identification or CJ/T 188 address
    QString protocol = QStringLiteral("mbus");
    std::optional<int> primaryAddress;
    QString secondaryAddress;
    QString modelProfile;
    QString medium = QStringLiteral("heat_outlet");
    QString installedOn; // ISO date
    QString location;    // position in the building
    bool active = true;
};

// One row of the site → channel → bus → meter tree, with the meter's latest reading and the heat
// user it measures now. A bus without meters is one row with meterId 0 (the tree still shows it).
struct TreeRow {
    qint64 siteId = 0, channelId = 0, busId = 0, meterId = 0;
    QString site, channel, channelKind, bus, meterNumber, protocol;
    QString secondaryAddress, location, userName, userRoom; // room: building-unit-room
    std::optional<int> primaryAddress;
    std::optional<qint64> lastReadAtMs;
    std::optional<double> lastEnergyKwh;
    quint32 lastFlags = 0;
};

struct ChannelRow {
    qint64 id = 0, siteId = 0;
    QString name, kind;
    QByteArray settingsJson;
    bool enabled = true;
};

// Sites, channels, buses and meters: what the tree shows. The SQL for them lives here.
class ConfigRepository {
public:
    explicit ConfigRepository(Database& db);

    std::optional<qint64> addSite(const QString& name, StoreError* error = nullptr);
    std::optional<qint64> addChannel(qint64 siteId, const QString& name, const QString& kind,
                                     const QString& settingsJson = QStringLiteral("{}"),
                                     StoreError* error = nullptr);
    std::optional<qint64> addBus(qint64 channelId, const QString& name, StoreError* error = nullptr);
    std::optional<qint64> addMeter(const MeterConfig& meter, StoreError* error = nullptr);

    // The id of the named site / channel / bus, added first if missing (imports, demo set-up).
    std::optional<qint64> ensureSite(const QString& name, StoreError* error = nullptr);
    std::optional<qint64> ensureChannel(qint64 siteId, const QString& name, const QString& kind,
                                        StoreError* error = nullptr);
    std::optional<qint64> ensureBus(qint64 channelId, const QString& name, StoreError* error = nullptr);

    std::optional<MeterConfig> meter(qint64 id, StoreError* error = nullptr);
    std::optional<MeterConfig> meterByNumber(const QString& number, StoreError* error = nullptr);
    QString busName(qint64 busId);

    // The whole tree, one row per meter, ordered site, channel, bus, meter.
    QList<TreeRow> tree(StoreError* error = nullptr);
    QList<ChannelRow> channels(StoreError* error = nullptr);
    MaybeError setChannelSettings(qint64 channelId, const QByteArray& settingsJson);

    // Settings the other parts need (key/value text).
    MaybeError setSetting(const QString& key, const QString& value);
    std::optional<QString> setting(const QString& key);

private:
    std::optional<MeterConfig> findMeter(const QString& where, const QVariant& value, StoreError* error);
    std::optional<qint64> ensure(const QString& insert, const QString& select, const QVariantList& values,
                                 const QString& what, StoreError* error);

    Database& m_db;
};

} // namespace heatdesk::store
