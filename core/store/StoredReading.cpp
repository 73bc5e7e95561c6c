// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/StoredReading.h"

#include <QCryptographicHash>
#include <bit>
#include <cstdio>

namespace heatdesk::store {
namespace {

// Fixed little-endian layout, independent of the platform, so a database checks the same on
// Windows and Linux.
class Digest {
public:
    void integer(qint64 v) {
        char b[8];
        auto u = static_cast<quint64>(v);
        for (char& c : b) {
            c = static_cast<char>(u & 0xFF);
            u >>= 8;
        }
        m_data.append(b, 8);
    }
    void optionalReal(const std::optional<double>& v) {
        m_data.append(v ? '\1' : '\0');
        if (v)
            integer(std::bit_cast<qint64>(*v));
    }
    void optionalInteger(const std::optional<qint64>& v) {
        m_data.append(v ? '\1' : '\0');
        if (v)
            integer(*v);
    }
    void bytes(const QByteArray& b) {
        integer(b.size());
        m_data.append(b);
    }
    QByteArray result() const {
        return QCryptographicHash::hash(m_data, QCryptographicHash::Sha256).left(kChainLinkSize);
    }

private:
    QByteArray m_data;
};

} // namespace

QByteArray chainLink(const QByteArray& previous, qint64 id, const NewReading& r) {
    const reading::HeatReading& v = r.values;
    Digest d;
    d.bytes(previous);
    d.integer(id);
    d.integer(r.meterId);
    d.optionalInteger(r.sessionId);
    d.integer(r.readAtMs);
    d.bytes(v.meterTime ? meterTimeText(*v.meterTime).toUtf8() : QByteArray());
    d.bytes(r.protocol.toUtf8());
    for (const auto* field : {&v.energyKwh, &v.volumeM3, &v.powerKw, &v.flowM3h, &v.supplyC, &v.returnC,
                              &v.deltaK, &v.settlementEnergyKwh, &v.settlementVolumeM3})
        d.optionalReal(*field);
    d.optionalInteger(v.operatingSeconds);
    d.integer(static_cast<qint64>(v.valve));
    d.optionalInteger(v.batteryLow ? std::optional<qint64>(*v.batteryLow ? 1 : 0) : std::nullopt);
    d.integer(v.flags);
    d.integer(r.quality);
    d.bytes(QByteArray(reinterpret_cast<const char*>(v.rawFrames.data()),
                       static_cast<qsizetype>(v.rawFrames.size())));
    return d.result();
}

QString meterTimeText(const reading::MeterTime& t) {
    return QString::asprintf("%04d-%02d-%02dT%02d:%02d:%02d", t.year, t.month, t.day, t.hour, t.minute,
                             t.second);
}

std::optional<reading::MeterTime> parseMeterTime(const QString& text) {
    reading::MeterTime t;
    const QByteArray s = text.toLatin1();
    if (s.size() != 19 || std::sscanf(s.constData(), "%4d-%2d-%2dT%2d:%2d:%2d", &t.year, &t.month, &t.day,
                                      &t.hour, &t.minute, &t.second) != 6)
        return std::nullopt;
    return t;
}

} // namespace heatdesk::store
