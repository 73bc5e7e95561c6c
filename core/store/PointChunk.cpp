// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/PointChunk.h"

#include <QtEndian>
#include <array>
#include <bit>
#include <cstring>

namespace heatdesk::store {
namespace {

using Values = std::array<const std::optional<double>*, 6>;

Values valuesOf(const Point& p) {
    return {&p.energyKwh, &p.volumeM3, &p.powerKw, &p.flowM3h, &p.supplyC, &p.returnC};
}

template <typename T>
void put(char*& at, T value) {
    qToLittleEndian(value, at);
    at += sizeof(T);
}

template <typename T>
T take(const char*& at) {
    const T value = qFromLittleEndian<T>(at);
    at += sizeof(T);
    return value;
}

} // namespace

void encodePoint(const Point& p, char* at) {
    const Values values = valuesOf(p);
    quint32 present = 0;
    for (std::size_t v = 0; v < values.size(); ++v)
        if (*values[v])
            present |= 1u << v;
    put<qint64>(at, p.readAtMs);
    put<qint64>(at, p.readingId);
    put<quint32>(at, p.flags);
    put<quint32>(at, present);
    for (const std::optional<double>* v : values)
        put<quint64>(at, std::bit_cast<quint64>(v->value_or(0.0)));
}

Point decodePoint(const char* at) {
    Point p;
    p.readAtMs = take<qint64>(at);
    p.readingId = take<qint64>(at);
    p.flags = take<quint32>(at);
    const quint32 present = take<quint32>(at);
    int v = 0;
    for (std::optional<double>* value :
         {&p.energyKwh, &p.volumeM3, &p.powerKw, &p.flowM3h, &p.supplyC, &p.returnC}) {
        const double x = std::bit_cast<double>(take<quint64>(at));
        if (present & (1u << v++))
            *value = x;
    }
    return p;
}

bool decodePoints(const QByteArray& blob, std::vector<Point>& out) {
    if (blob.size() % kPointRecordSize != 0)
        return false;
    const qsizetype count = blob.size() / kPointRecordSize;
    out.reserve(out.size() + static_cast<std::size_t>(count));
    for (qsizetype i = 0; i < count; ++i)
        out.push_back(decodePoint(blob.constData() + i * kPointRecordSize));
    return true;
}

} // namespace heatdesk::store
