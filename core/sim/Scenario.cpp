// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/Scenario.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace heatdesk::sim {

namespace {

// Reads optional fields of one JSON object, remembering the first problem with its path.
class Reader {
public:
    Reader(const QJsonObject& o, QString path, QString& error)
        : m_o(o)
        , m_path(std::move(path))
        , m_error(error) {}

    double number(const char* key, double fallback, double min, double max) {
        const auto v = m_o.value(QLatin1String(key));
        if (v.isUndefined())
            return fallback;
        if (!v.isDouble() || v.toDouble() < min || v.toDouble() > max) {
            fail(key, QStringLiteral("a number from %1 to %2").arg(min).arg(max));
            return fallback;
        }
        return v.toDouble();
    }
    bool boolean(const char* key, bool fallback) {
        const auto v = m_o.value(QLatin1String(key));
        if (v.isUndefined())
            return fallback;
        if (!v.isBool())
            fail(key, QStringLiteral("true or false"));
        return v.toBool(fallback);
    }
    QString text(const char* key, const QString& fallback = {}) {
        const auto v = m_o.value(QLatin1String(key));
        if (v.isUndefined())
            return fallback;
        if (!v.isString())
            fail(key, QStringLiteral("a string"));
        return v.toString(fallback);
    }
    void fail(const char* key, const QString& expected) {
        if (m_error.isEmpty())
            m_error = QStringLiteral("%1.%2: expected %3").arg(m_path, QLatin1String(key), expected);
    }

private:
    const QJsonObject& m_o;
    QString m_path;
    QString& m_error;
};

std::optional<std::uint32_t> idFromText(const QString& text) {
    if (text.size() != 8)
        return std::nullopt;
    bool ok = false;
    const auto v = text.toUInt(&ok, 16);
    for (QChar c : text)
        if (!c.isDigit())
            return std::nullopt;
    return ok ? std::optional<std::uint32_t>(v) : std::nullopt;
}

FlatParams flatFrom(Reader& r) {
    FlatParams f;
    f.areaM2 = r.number("area_m2", f.areaM2, 10, 1000);
    f.heatLossWPerM2K = r.number("heat_loss_w_per_m2k", f.heatLossWPerM2K, 0.1, 10);
    f.energyOffsetKwh = r.number("energy_kwh", 0, 0, 9e7);
    f.volumeOffsetM3 = r.number("volume_m3", 0, 0, 9e6);
    f.vacant = r.boolean("vacant", false);
    return f;
}

std::optional<DtuSpec> dtuFrom(const QJsonObject& bus, const QString& busPath, QString& error) {
    const QJsonValue v = bus.value(QLatin1String("dtu"));
    if (v.isUndefined())
        return std::nullopt;
    const QJsonObject o = v.toObject();
    Reader r(o, busPath + QStringLiteral(".dtu"), error);
    DtuSpec d;
    d.id = r.text("id");
    const QString format = r.text("id_format", QStringLiteral("ascii"));
    d.idHex = format == QLatin1String("hex");
    if (!d.idHex && format != QLatin1String("ascii"))
        r.fail("id_format", QStringLiteral("ascii or hex"));
    const bool hexDigits =
        d.id.size() % 2 == 0 && QByteArray::fromHex(d.id.toLatin1()).toHex().size() == d.id.size();
    if (d.id.trimmed().isEmpty() || (d.idHex && !hexDigits))
        r.fail("id",
               d.idHex ? QStringLiteral("an even number of hex digits") : QStringLiteral("the DTU's ID"));
    d.heartbeat = r.text("heartbeat", QString::fromLatin1(d.heartbeat)).toLatin1();
    d.heartbeatMs = static_cast<int>(r.number("heartbeat_s", d.heartbeatMs / 1000, 0, 3600)) * 1000;
    d.frameIntervalMs = static_cast<int>(r.number("frame_interval_ms", d.frameIntervalMs, 1, 10000));
    d.idOnEveryPacket = r.boolean("id_every_packet", false);
    const auto framing = link::dtuFramingFromName(r.text("framing", QStringLiteral("plain")));
    if (!framing)
        r.fail("framing", QStringLiteral("plain, hongdian-ddp or four-faith"));
    d.framing = framing.value_or(link::DtuFraming::Plain);
    // A vendor framing carries an ID of its own size (and Four-Faith's is a number, given in hex).
    if (d.framing == link::DtuFraming::FourFaith && !d.idHex)
        r.fail("id_format", QStringLiteral("hex for a four-faith DTU"));
    const int idBytes = link::dtuFramingIdLength(d.framing);
    if (idBytes > 0 && (d.idHex ? QByteArray::fromHex(d.id.toLatin1()).size() : d.id.size()) != idBytes)
        r.fail("id",
               QStringLiteral("%1 bytes for a %2 DTU").arg(idBytes).arg(link::dtuFramingName(d.framing)));
    const QJsonObject faults = o.value(QLatin1String("faults")).toObject();
    Reader fr(faults, busPath + QStringLiteral(".dtu.faults"), error);
    d.disconnectMidFrameRate = fr.number("disconnect_mid_frame_rate", 0, 0, 1);
    d.garbageRate = fr.number("garbage_rate", 0, 0, 1);
    d.endlessStream = fr.boolean("endless_stream", false);
    return d;
}

// Whether two buses describe one line alike, as buses sharing a channel must.
bool sameLine(const BusSpec& a, const BusSpec& b) {
    return a.site == b.site && a.config.baud == b.config.baud && a.config.echo == b.config.echo &&
           a.config.faults == b.config.faults && a.dtu == b.dtu && a.tcpPort == b.tcpPort;
}

MeterFaults faultsFrom(Reader& r) {
    MeterFaults f;
    f.silent = r.boolean("silent", false);
    f.extraDelayMs = static_cast<int>(r.number("slow_ms", 0, 0, 60000));
    return f;
}

void addMeters(SimulatedBus& bus, const BusSpec& spec, const HeatingPhysics& physics, SimSeconds epoch) {
    for (const auto& meter : spec.meters) {
        if (const auto* m = std::get_if<MbusMeterSpec>(&meter)) {
            MbusMeterConfig config = m->config;
            if (m->replacedAfterSeconds)
                config.replacement =
                    MbusMeterConfig::Replacement{epoch + *m->replacedAfterSeconds, m->replacementIdBcd};
            bus.addMbusMeter(config, physics, m->faults);
        } else if (const auto* c = std::get_if<Cjt188MeterSpec>(&meter))
            bus.addCjt188Meter(c->config, physics, c->faults);
    }
}

} // namespace

std::variant<Scenario, QString> Scenario::fromJson(const QByteArray& json) {
    QJsonParseError parseError;
    const auto doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return QStringLiteral("not JSON at byte %1: %2").arg(parseError.offset).arg(parseError.errorString());
    if (!doc.isObject())
        return QStringLiteral("a scenario is a JSON object");
    QString error;
    Scenario s;
    const QJsonObject root = doc.object();
    Reader top(root, QStringLiteral("scenario"), error);
    s.name = top.text("name", QStringLiteral("scenario"));
    s.community = top.text("community");
    s.climate.seed = static_cast<std::uint64_t>(top.number("seed", 1, 0, 9007199254740991.0));
    if (const QString start = top.text("start"); !start.isEmpty()) {
        s.start = parseCivil(start.toStdString());
        if (!s.start)
            top.fail("start", QStringLiteral("YYYY-MM-DD or YYYY-MM-DDTHH:MM"));
    }
    const QJsonArray buses = root.value(QLatin1String("buses")).toArray();
    if (buses.isEmpty())
        return QStringLiteral("scenario.buses: expected at least one bus");
    for (int b = 0; b < buses.size(); ++b) {
        const QString busPath = QStringLiteral("buses[%1]").arg(b);
        if (!buses.at(b).isObject())
            return busPath + QStringLiteral(": expected an object");
        const QJsonObject bo = buses.at(b).toObject();
        Reader br(bo, busPath, error);
        BusSpec bus;
        bus.name = br.text("name", QStringLiteral("bus %1").arg(b + 1));
        bus.site = br.text("site");
        bus.building = br.text("building");
        bus.channel = br.text("channel");
        bus.tcpPort = static_cast<quint16>(br.number("tcp_port", 0, 0, 65535));
        bus.dtu = dtuFrom(bo, busPath, error);
        if (bus.dtu && bus.tcpPort != 0)
            br.fail("tcp_port", QStringLiteral("no port on a bus behind a DTU: the DTU dials in"));
        bus.config.baud = static_cast<std::uint32_t>(br.number("baud", 2400, 300, 38400));
        bus.config.echo = br.boolean("echo", false);
        bus.config.seed = s.climate.seed + static_cast<std::uint64_t>(b);
        const QJsonObject fo = bo.value(QLatin1String("faults")).toObject();
        Reader fr(fo, busPath + QStringLiteral(".faults"), error);
        bus.config.faults.overload = fr.boolean("overload", false);
        bus.config.faults.noLoad = fr.boolean("no_load", false);
        bus.config.faults.bitErrorRate = fr.number("bit_error_rate", 0, 0, 0.5);
        bus.config.faults.dropRate = fr.number("drop_rate", 0, 0, 1);
        bus.config.faults.duplicateRate = fr.number("duplicate_rate", 0, 0, 1);
        const QJsonArray meters = bo.value(QLatin1String("meters")).toArray();
        if (meters.size() > SimulatedBus::kMaxMeters)
            return busPath + QStringLiteral(".meters: at most 250 meters on one bus");
        for (int m = 0; m < meters.size(); ++m) {
            const QString path = busPath + QStringLiteral(".meters[%1]").arg(m);
            const QJsonObject mo = meters.at(m).toObject();
            Reader mr(mo, path, error);
            const QString protocol = mr.text("protocol", QStringLiteral("mbus"));
            if (protocol == QLatin1String("mbus")) {
                MbusMeterSpec spec;
                auto& c = spec.config;
                const auto layout =
                    layoutFromName(mr.text("layout", QStringLiteral("landis_gyr_t230")).toStdString());
                if (!layout)
                    mr.fail("layout",
                            QStringLiteral("landis_gyr_t230, engelmann_sensostar2c, svm_f22, itron_cf55 or "
                                           "engelmann_waterstar"));
                c.layout = layout.value_or(MbusLayout::LandisGyrT230);
                c.primaryAddress = static_cast<std::uint8_t>(mr.number("primary", 0, 0, 250));
                const auto id = idFromText(mr.text("id"));
                if (!id)
                    mr.fail("id", QStringLiteral("8 decimal digits"));
                c.idBcd = id.value_or(0);
                c.needsSndNkeAfterPowerUp = mr.boolean("needs_snd_nke", false);
                c.responseDelayMs = static_cast<int>(mr.number("response_delay_ms", 30, 0, 10000));
                c.clockOffsetSeconds = static_cast<std::int64_t>(mr.number("clock_offset_s", 0, -1e8, 1e8));
                c.clockDriftPpm = mr.number("clock_drift_ppm", 0, -1e5, 1e5);
                c.batteryLow = mr.boolean("battery_low", false);
                c.energyRolloverUnits = static_cast<std::int64_t>(mr.number("rollover_units", 0, 0, 1e12));
                c.flat = flatFrom(mr);
                c.water.litresPerDay = mr.number("litres_per_day", c.water.litresPerDay, 0, 1e5);
                c.water.volumeOffsetM3 = c.flat.volumeOffsetM3;
                spec.faults = faultsFrom(mr);
                if (const QJsonValue replaced = mo.value(QLatin1String("replaced"));
                    !replaced.isUndefined()) {
                    Reader rr(replaced.toObject(), path + QStringLiteral(".replaced"), error);
                    spec.replacedAfterSeconds = static_cast<SimSeconds>(rr.number("after_s", 0, 0, 1e9));
                    const auto newId = idFromText(rr.text("id"));
                    if (!newId || *newId == c.idBcd)
                        rr.fail("id", QStringLiteral("8 decimal digits, not the meter's own"));
                    spec.replacementIdBcd = newId.value_or(0);
                }
                bus.meters.emplace_back(spec);
            } else if (protocol == QLatin1String("cjt188")) {
                Cjt188MeterSpec spec;
                auto& c = spec.config;
                const auto address = cjt188::Address::fromText(mr.text("address").toStdString());
                if (!address)
                    mr.fail("address", QStringLiteral("14 digits"));
                c.address = address.value_or(cjt188::Address{});
                c.water = mr.boolean("water", false);
                c.replyMeterType = c.water ? cjt188::meter_type::ColdWater : std::uint8_t(0x25);
                if (c.water)
                    c.profile.requestMeterType = cjt188::meter_type::ColdWater;
                const QString order = mr.text("di_order", QStringLiteral("low_first"));
                if (order != QLatin1String("low_first") && order != QLatin1String("high_first"))
                    mr.fail("di_order", QStringLiteral("low_first or high_first"));
                c.profile.diOrder = order == QLatin1String("high_first") ? cjt188::DiOrder::HighFirst
                                                                         : cjt188::DiOrder::LowFirst;
                c.profile.preambleCount = static_cast<std::size_t>(mr.number("preamble", 4, 0, 8));
                c.responseDelayMs = static_cast<int>(mr.number("response_delay_ms", 40, 0, 10000));
                c.clockOffsetSeconds = static_cast<std::int64_t>(mr.number("clock_offset_s", 0, -1e8, 1e8));
                c.clockDriftPpm = mr.number("clock_drift_ppm", 0, -1e5, 1e5);
                c.energyRolloverUnits = static_cast<std::int64_t>(mr.number("rollover_units", 0, 0, 1e8));
                c.batteryLow = mr.boolean("battery_low", false);
                c.valveClosed = mr.boolean("valve_closed", false);
                c.flat = flatFrom(mr);
                c.waterParams.litresPerDay = mr.number("litres_per_day", 300, 0, 1e5);
                c.waterParams.volumeOffsetM3 = c.flat.volumeOffsetM3;
                spec.faults = faultsFrom(mr);
                bus.meters.emplace_back(spec);
            } else {
                mr.fail("protocol", QStringLiteral("mbus or cjt188"));
            }
        }
        s.buses.push_back(std::move(bus));
        const auto shared = s.channelBuses(s.buses.size() - 1);
        if (error.isEmpty() && !sameLine(s.buses[shared.front()], s.buses.back()))
            br.fail("channel",
                    QStringLiteral(
                        "the same site, baud, echo, faults, dtu and tcp_port as buses[%1] on that channel")
                        .arg(shared.front()));
    }
    if (!error.isEmpty())
        return error;
    return s;
}

std::variant<Scenario, QString> Scenario::fromFile(const QString& path, bool* unreadable) {
    QFile file(path);
    const bool opened = file.open(QIODevice::ReadOnly);
    if (unreadable)
        *unreadable = !opened;
    if (!opened)
        return QStringLiteral("cannot open %1: %2").arg(path, file.errorString());
    constexpr qint64 kMaxScenario = 16 << 20;
    auto parsed = fromJson(file.read(kMaxScenario));
    if (auto* error = std::get_if<QString>(&parsed))
        return QStringLiteral("%1: %2").arg(path, *error);
    return parsed;
}

SimSeconds Scenario::epoch() const {
    return start.value_or(QDateTime::currentSecsSinceEpoch() + 8 * 3600);
}

HeatingPhysics Scenario::physics(SimSeconds epoch) const {
    ClimateParams c = climate;
    c.origin = epoch - kHistorySeconds;
    return HeatingPhysics(c);
}

std::unique_ptr<SimulatedBus> Scenario::buildBus(std::size_t index, const HeatingPhysics& physics,
                                                 SimSeconds epoch) const {
    if (index >= buses.size())
        return nullptr;
    auto bus = std::make_unique<SimulatedBus>(buses[index].config, epoch);
    addMeters(*bus, buses[index], physics, epoch);
    return bus;
}

std::vector<std::size_t> Scenario::channelBuses(std::size_t index) const {
    if (index >= buses.size())
        return {};
    if (buses[index].channel.isEmpty())
        return {index};
    std::vector<std::size_t> shared;
    for (std::size_t b = 0; b < buses.size(); ++b)
        if (buses[b].channel == buses[index].channel)
            shared.push_back(b);
    return shared;
}

std::unique_ptr<SimulatedBus> Scenario::buildLine(std::size_t index, const HeatingPhysics& physics,
                                                  SimSeconds epoch) const {
    const auto shared = channelBuses(index);
    if (shared.empty())
        return nullptr;
    auto line = std::make_unique<SimulatedBus>(buses[shared.front()].config, epoch);
    for (std::size_t b : shared)
        addMeters(*line, buses[b], physics, epoch);
    return line;
}

std::optional<DtuConfig> Scenario::dtuFor(std::size_t index) const {
    if (index >= buses.size() || !buses[index].dtu)
        return std::nullopt;
    const DtuSpec& d = *buses[index].dtu;
    DtuConfig c;
    c.registration = d.idHex ? QByteArray::fromHex(d.id.toLatin1()) : d.id.toLatin1();
    c.heartbeat = d.heartbeat;
    c.heartbeatMs = d.heartbeatMs;
    c.frameIntervalMs = d.frameIntervalMs;
    c.registrationOnEveryPacket = d.idOnEveryPacket;
    c.framing = d.framing;
    c.disconnectMidFrameRate = d.disconnectMidFrameRate;
    c.garbageRate = d.garbageRate;
    c.endlessStream = d.endlessStream;
    c.seed = climate.seed + index;
    return c;
}

QString Scenario::channelName(std::size_t index) const {
    if (index >= buses.size())
        return {};
    const BusSpec& bus = buses[index];
    if (bus.dtu)
        return QStringLiteral("GPRS DTU %1").arg(bus.dtu->id);
    if (!bus.channel.isEmpty())
        return bus.channel;
    const std::size_t first = channelBuses(index).front();
    int number = 0;
    for (std::size_t b = 0; b <= first; ++b)
        number += channelBuses(b).front() == b;
    return QStringLiteral("串口服务器 %1").arg(number);
}

} // namespace heatdesk::sim
