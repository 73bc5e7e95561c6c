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
    // One buffer and one hasher per thread, reused: hashing is on the append hot path.
    Digest() { m_data.clear(); }

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
    void bytes(const char* data, qsizetype size) {
        integer(size);
        m_data.append(data, size);
    }
    void bytes(const QByteArray& b) { bytes(b.constData(), b.size()); }
    QByteArray result() const {
        thread_local QCryptographicHash hasher(QCryptographicHash::Blake2b_160);
        hasher.reset();
        hasher.addData(m_data);
        return hasher.resultView().first(kChainLinkSize).toByteArray();
    }

private:
    static thread_local QByteArray m_data;
};

thread_local QByteArray Digest::m_data;

} // namespace

QByteArray chainLink(const QByteArray& previous, qint64 id, const NewReading& r) {
    const reading::HeatReading& v = r.values;
    Digest d;
    d.bytes(previous);
    d.integer(id);
    d.integer(r.meterId);
    d.optionalInteger(r.sessionId);
    d.integer(r.readAtMs);
    char time[kMeterTimeTextSize + 1] = {};
    const int timeSize = v.meterTime ? formatMeterTime(*v.meterTime, time) : 0;
    d.bytes(time, timeSize);
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

int formatMeterTime(const reading::MeterTime& t, char* out) {
    // By hand rather than snprintf: this runs for every reading appended.
    auto put = [&](int pos, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i) {
            out[pos + i] = static_cast<char>('0' + value % 10);
            value /= 10;
        }
    };
    put(0, t.year < 0 ? 0 : t.year % 10000, 4);
    out[4] = '-';
    put(5, t.month % 100, 2);
    out[7] = '-';
    put(8, t.day % 100, 2);
    out[10] = 'T';
    put(11, t.hour % 100, 2);
    out[13] = ':';
    put(14, t.minute % 100, 2);
    out[16] = ':';
    put(17, t.second % 100, 2);
    return kMeterTimeTextSize;
}

QString meterTimeText(const reading::MeterTime& t) {
    char text[kMeterTimeTextSize];
    return QString::fromLatin1(text, formatMeterTime(t, text));
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
