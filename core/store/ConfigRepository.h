// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Database.h"

#include <QList>
#include <QSqlError>
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

struct SiteRow {
    qint64 id = 0;
    QString name, address;
};

struct BusRow {
    qint64 id = 0, channelId = 0;
    QString name;
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
    // Every meter, by bus (one query: the station sets up thousands at once).
    QList<MeterConfig> meters(StoreError* error = nullptr);
    QList<ChannelRow> channels(StoreError* error = nullptr);
    MaybeError setChannelSettings(qint64 channelId, const QByteArray& settingsJson);

    // What the configuration dialogs edit, one row at a time.
    QList<SiteRow> sites(StoreError* error = nullptr);
    std::optional<SiteRow> site(qint64 id, StoreError* error = nullptr);
    std::optional<ChannelRow> channel(qint64 id, StoreError* error = nullptr);
    QList<BusRow> buses(qint64 channelId, StoreError* error = nullptr);
    std::optional<BusRow> bus(qint64 id, StoreError* error = nullptr);
    std::optional<qint64> addSite(const SiteRow& site, StoreError* error = nullptr);

    // Updates by id. A name or meter number already taken is refused with a message that says
    // where it is taken (UNIQUE constraints of the schema).
    MaybeError updateSite(const SiteRow& site);
    MaybeError updateChannel(const ChannelRow& channel); // name, kind, settings, enabled
    MaybeError updateBus(const BusRow& bus);             // name
    MaybeError updateMeter(const MeterConfig& meter);    // every field, the bus too
    // Set when another meter has this protocol and number: says on which bus it is.
    MaybeError meterNumberTaken(const MeterConfig& meter);

    // Removal only of what has no readings: readings are append-only, so a meter that has any is
    // deactivated (updateMeter with active = false), never deleted. Removing a bus, channel or
    // site removes the meters (and their user assignments) under it, all or nothing.
    MaybeError removeMeter(qint64 id);
    MaybeError removeBus(qint64 id);
    MaybeError removeChannel(qint64 id);
    MaybeError removeSite(qint64 id);

    // Settings the other parts need (key/value text).
    MaybeError setSetting(const QString& key, const QString& value);
    std::optional<QString> setting(const QString& key);

private:
    enum class Level { Site, Channel, Bus, Meter };
    MaybeError remove(Level level, qint64 id);
    StoreError duplicateMeterError(const MeterConfig& meter, const QSqlError& sqlError);
    std::optional<MeterConfig> findMeter(const QString& where, const QVariant& value, StoreError* error);
    std::optional<qint64> ensure(const QString& insert, const QString& select, const QVariantList& values,
                                 const QString& what, StoreError* error);

    Database& m_db;
};

} // namespace heatdesk::store
