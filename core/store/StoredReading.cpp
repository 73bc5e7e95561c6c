// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/StoredReading.h"

#include <QCryptographicHash>
#include <algorithm>
#include <bit>
#include <cstdio>

namespace heatdesk::store {
namespace {

// Fixed little-endian layout, independent of the platform, so a database checks the same on
// Windows and Linux. Hashing is on the append hot path: the fixed-size fields go through a buffer
// on the stack and the raw frames straight from the reading, without a heap allocation per row.
class Digest {
public:
    Digest() { hasher().reset(); }

    void integer(qint64 v) {
        flushIfFull(8);
        auto u = static_cast<quint64>(v);
        for (int i = 0; i < 8; ++i, u >>= 8)
            m_buffer[m_size++] = static_cast<char>(u & 0xFF);
    }
    void optionalReal(const std::optional<double>& v) {
        flag(v.has_value());
        if (v)
            integer(std::bit_cast<qint64>(*v));
    }
    void optionalInteger(const std::optional<qint64>& v) {
        flag(v.has_value());
        if (v)
            integer(*v);
    }
    void bytes(const char* data, qsizetype size) {
        integer(size);
        flush();
        hasher().addData(QByteArrayView(data, size));
    }
    QByteArray result() {
        flush();
        return hasher().resultView().first(kChainLinkSize).toByteArray();
    }

private:
    static QCryptographicHash& hasher() {
        thread_local QCryptographicHash h(QCryptographicHash::Blake2b_160);
        return h;
    }
    void flag(bool set) {
        flushIfFull(1);
        m_buffer[m_size++] = set ? '\1' : '\0';
    }
    void flushIfFull(int needed) {
        if (m_size + needed > static_cast<int>(sizeof m_buffer))
            flush();
    }
    void flush() {
        hasher().addData(QByteArrayView(m_buffer, m_size));
        m_size = 0;
    }

    char m_buffer[256];
    int m_size = 0;
};

} // namespace

QByteArray chainLink(const QByteArray& previous, qint64 id, const NewReading& r) {
    const reading::HeatReading& v = r.values;
    Digest d;
    d.bytes(previous.constData(), previous.size());
    d.integer(id);
    d.integer(r.meterId);
    d.optionalInteger(r.sessionId);
    d.integer(r.readAtMs);
    char time[kMeterTimeTextSize + 1] = {};
    const int timeSize = v.meterTime ? formatMeterTime(*v.meterTime, time) : 0;
    d.bytes(time, timeSize);
    const ProtocolText protocol(r.protocol);
    d.bytes(protocol.data(), protocol.size());
    for (const auto* field : {&v.energyKwh, &v.volumeM3, &v.powerKw, &v.flowM3h, &v.supplyC, &v.returnC,
                              &v.deltaK, &v.settlementEnergyKwh, &v.settlementVolumeM3})
        d.optionalReal(*field);
    d.optionalInteger(v.operatingSeconds);
    d.integer(static_cast<qint64>(v.valve));
    d.optionalInteger(v.batteryLow ? std::optional<qint64>(*v.batteryLow ? 1 : 0) : std::nullopt);
    d.integer(v.flags);
    d.integer(r.quality);
    d.bytes(reinterpret_cast<const char*>(v.rawFrames.data()), static_cast<qsizetype>(v.rawFrames.size()));
    return d.result();
}

ProtocolText::ProtocolText(const QString& protocol) {
    // Protocol names are short ASCII ("mbus", "cjt188"): copied as they are, anything else as UTF-8.
    const bool shortAscii =
        protocol.size() <= static_cast<qsizetype>(sizeof m_ascii) &&
        std::all_of(protocol.begin(), protocol.end(), [](QChar c) { return c.unicode() < 0x80; });
    if (!shortAscii) {
        m_utf8 = protocol.toUtf8();
        m_data = m_utf8.constData();
        m_size = static_cast<int>(m_utf8.size());
        return;
    }
    for (QChar c : protocol)
        m_ascii[m_size++] = static_cast<char>(c.unicode());
    m_data = m_ascii;
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
