// SPDX-License-Identifier: GPL-3.0-or-later
#include "cjt188/ProfileStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <array>

namespace heatdesk::cjt188 {
namespace {

bool readByte(const QJsonValue& v, std::uint8_t& out) {
    if (v.isDouble()) {
        const int n = v.toInt(-1);
        if (n < 0 || n > 255)
            return false;
        out = static_cast<std::uint8_t>(n);
        return true;
    }
    if (v.isString()) {
        bool ok = false;
        const uint n = v.toString().toUInt(&ok, 16);
        if (!ok || n > 255)
            return false;
        out = static_cast<std::uint8_t>(n);
        return true;
    }
    return false;
}

QString byteText(std::uint8_t b) {
    return QString("%1").arg(b, 2, 16, QChar('0')).toUpper();
}

template <typename Enum, std::size_t N>
bool readEnum(const QJsonValue& v, const std::array<Enum, N>& values, std::string_view (*name)(Enum),
              Enum& out) {
    const QString text = v.toString();
    for (Enum e : values)
        if (text == QLatin1String(name(e).data(), qsizetype(name(e).size()))) {
            out = e;
            return true;
        }
    return false;
}

QString enumText(std::string_view n) {
    return QString::fromLatin1(n.data(), qsizetype(n.size()));
}

} // namespace

ProfileStore::ProfileStore() {
    add(MeterProfile{});
}

std::optional<MeterProfile> ProfileStore::parse(const QByteArray& json, QString* error) {
    auto fail = [&](const QString& why) -> std::optional<MeterProfile> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(parseError.errorString());
    if (!doc.isObject())
        return fail("a profile is one JSON object");
    const QJsonObject o = doc.object();
    MeterProfile p;
    if (!o.value("name").isString() || o.value("name").toString().isEmpty())
        return fail("\"name\" is required");
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString key = it.key();
        const QJsonValue v = it.value();
        bool ok = true;
        if (key == "name")
            p.name = v.toString().toStdString();
        else if (key == "description")
            p.description = v.toString().toStdString();
        else if (key == "baud")
            ok = v.isDouble() && v.toInt() > 0 && (p.baud = static_cast<std::uint32_t>(v.toInt()), true);
        else if (key == "preamble_count")
            ok = v.isDouble() && v.toInt(-1) >= 0 && v.toInt() <= 64 &&
                 (p.preambleCount = static_cast<std::size_t>(v.toInt()), true);
        else if (key == "di_order")
            ok = readEnum(v, std::array{DiOrder::LowFirst, DiOrder::HighFirst}, diOrderName, p.diOrder);
        else if (key == "request_meter_type")
            ok = readByte(v, p.requestMeterType);
        else if (key == "valve_open_code")
            ok = readByte(v, p.valveOpenCode);
        else if (key == "valve_close_code")
            ok = readByte(v, p.valveCloseCode);
        else if (key == "response_timeout_ms")
            ok = v.isDouble() && v.toInt(-1) > 0 &&
                 (p.responseTimeout = std::chrono::milliseconds(v.toInt()), true);
        else if (key == "retries")
            ok = v.isDouble() && v.toInt(-1) >= 0 && v.toInt() <= 10 && (p.retries = v.toInt(), true);
        else if (key == "value_order")
            ok = readEnum(v, std::array{ByteOrder::LsbFirst, ByteOrder::MsbFirst}, byteOrderName,
                          p.valueOrder);
        else if (key == "unit_position")
            ok =
                readEnum(v, std::array{UnitPosition::Auto, UnitPosition::ValueFirst, UnitPosition::UnitFirst},
                         unitPositionName, p.unitPosition);
        else if (key == "time_encoding")
            ok = readEnum(v,
                          std::array{TimeEncoding::Auto, TimeEncoding::BcdLsbFirst, TimeEncoding::BcdMsbFirst,
                                     TimeEncoding::Binary},
                          timeEncodingName, p.timeEncoding);
        else if (key == "status_swapped")
            ok = v.isBool() && (p.statusSwapped = v.toBool(), true);
        else if (key == "flow_decimals")
            ok = v.isDouble() && v.toInt(-1) >= 0 && v.toInt() <= 8 && (p.flowDecimals = v.toInt(), true);
        else if (key == "first_energy_is_cooling")
            ok = v.isBool() && (p.firstEnergyIsCooling = v.toBool(), true);
        else if (key == "plus33")
            ok = v.isBool() && (p.plus33 = v.toBool(), true);
        else
            return fail(QString("unknown key \"%1\"").arg(key));
        if (!ok)
            return fail(QString("bad value for \"%1\"").arg(key));
    }
    return p;
}

QByteArray ProfileStore::toJson(const MeterProfile& p) {
    QJsonObject o;
    o["name"] = QString::fromStdString(p.name);
    o["description"] = QString::fromStdString(p.description);
    o["baud"] = static_cast<int>(p.baud);
    o["preamble_count"] = static_cast<int>(p.preambleCount);
    o["di_order"] = enumText(diOrderName(p.diOrder));
    o["request_meter_type"] = byteText(p.requestMeterType);
    o["valve_open_code"] = byteText(p.valveOpenCode);
    o["valve_close_code"] = byteText(p.valveCloseCode);
    o["response_timeout_ms"] = static_cast<int>(p.responseTimeout.count());
    o["retries"] = p.retries;
    o["value_order"] = enumText(byteOrderName(p.valueOrder));
    o["unit_position"] = enumText(unitPositionName(p.unitPosition));
    o["time_encoding"] = enumText(timeEncodingName(p.timeEncoding));
    o["status_swapped"] = p.statusSwapped;
    o["flow_decimals"] = p.flowDecimals;
    o["first_energy_is_cooling"] = p.firstEnergyIsCooling;
    o["plus33"] = p.plus33;
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

int ProfileStore::loadDirectory(const QString& directory) {
    const QDir dir(directory);
    if (!dir.exists())
        return 0;
    int added = 0;
    for (const QString& file : dir.entryList({"*.json"}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(file));
        // Profiles are a few hundred bytes; a huge file is a mistake, not a profile.
        if (!f.open(QIODevice::ReadOnly) || f.size() > 64 * 1024) {
            m_errors << QString("%1: cannot read").arg(f.fileName());
            continue;
        }
        QString why;
        auto profile = parse(f.readAll(), &why);
        if (!profile) {
            m_errors << QString("%1: %2").arg(f.fileName(), why);
            continue;
        }
        add(std::move(*profile));
        ++added;
    }
    return added;
}

void ProfileStore::add(MeterProfile profile) {
    std::string name = profile.name;
    m_profiles.insert_or_assign(std::move(name), std::move(profile));
}

const MeterProfile* ProfileStore::find(const std::string& name) const {
    const auto it = m_profiles.find(name);
    return it == m_profiles.end() ? nullptr : &it->second;
}

const MeterProfile& ProfileStore::profileOrDefault(const std::string& name) const {
    if (const MeterProfile* p = find(name))
        return *p;
    if (const MeterProfile* p = find("default"))
        return *p;
    return defaultProfile();
}

std::vector<std::string> ProfileStore::names() const {
    std::vector<std::string> out;
    for (const auto& [name, profile] : m_profiles)
        out.push_back(name);
    return out;
}

QStringList ProfileStore::standardDirectories() {
    QStringList dirs;
    if (QCoreApplication::instance())
        dirs << QCoreApplication::applicationDirPath() + "/../share/heatdesk/cjt188-profiles";
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!data.isEmpty())
        dirs << data + "/cjt188-profiles";
    const QByteArray env = qgetenv("HEATDESK_CJT188_PROFILES");
    if (!env.isEmpty())
        dirs << QString::fromLocal8Bit(env);
    return dirs;
}

} // namespace heatdesk::cjt188
