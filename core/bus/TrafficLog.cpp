// SPDX-License-Identifier: GPL-3.0-or-later
#include "bus/TrafficLog.h"

#include "mbus/Frame.h"
#include "mbus/MbusMaster.h"
#include "mbus/Telegram.h"

#include <QDateTime>
#include <algorithm>

namespace heatdesk::bus {

QString trafficKindName(TrafficRecord::Kind kind) {
    switch (kind) {
    case TrafficRecord::Kind::Sent:
        return QStringLiteral("sent");
    case TrafficRecord::Kind::Received:
        return QStringLiteral("received");
    case TrafficRecord::Kind::Echo:
        return QStringLiteral("echo");
    case TrafficRecord::Kind::Garbage:
        return QStringLiteral("garbage");
    case TrafficRecord::Kind::ChecksumError:
        return QStringLiteral("checksum_error");
    case TrafficRecord::Kind::Timeout:
        return QStringLiteral("timeout");
    case TrafficRecord::Kind::Retry:
        return QStringLiteral("retry");
    case TrafficRecord::Kind::Collision:
        return QStringLiteral("collision");
    case TrafficRecord::Kind::Unsolicited:
        return QStringLiteral("unsolicited");
    case TrafficRecord::Kind::Link:
        return QStringLiteral("link");
    }
    return QStringLiteral("?");
}

QString describeFrame(const QByteArray& frame) {
    const auto* data = reinterpret_cast<const std::uint8_t*>(frame.constData());
    const std::span<const std::uint8_t> bytes(data, static_cast<std::size_t>(frame.size()));
    auto parsed = mbus::parseFrame(bytes);
    const auto* f = std::get_if<mbus::Frame>(&parsed);
    if (!f)
        return QStringLiteral("?");
    if (f->kind == mbus::FrameKind::Ack)
        return QStringLiteral("ACK");
    const int fcb = (f->c & mbus::control::Fcb) ? 1 : 0;
    const QString a = QStringLiteral("A=%1").arg(f->a == mbus::kNetworkLayerAddress ? QStringLiteral("FD")
                                                                                    : QString::number(f->a));
    switch (f->c & 0xCF) {
    case mbus::control::SndNke:
        return QStringLiteral("SND_NKE %1").arg(a);
    case 0x4B:
        return QStringLiteral("REQ_UD2 %1 FCB=%2").arg(a).arg(fcb);
    case 0x4A:
        return QStringLiteral("REQ_UD1 %1 FCB=%2").arg(a).arg(fcb);
    case 0x43:
        if (f->ci == 0x52 && f->userData.size() >= 8) {
            mbus::SecondaryAddress s;
            const auto& d = f->userData;
            s.id = {d[0], d[1], d[2], d[3]};
            s.manufacturer = static_cast<std::uint16_t>(d[4] | (d[5] << 8));
            s.version = d[6];
            s.medium = d[7];
            return QStringLiteral("SND_UD select %1").arg(QString::fromStdString(s.toText()));
        }
        return QStringLiteral("SND_UD %1 CI=%2").arg(a).arg(f->ci, 2, 16, QLatin1Char('0'));
    case mbus::control::RspUd: {
        QString text = QStringLiteral("RSP_UD %1 CI=%2").arg(a).arg(f->ci, 2, 16, QLatin1Char('0'));
        if (auto s = mbus::secondaryOf(bytes)) {
            const auto m = mbus::manufacturerLetters(s->manufacturer);
            const auto medium = mbus::mediumName(s->medium);
            text +=
                QStringLiteral(" id %1 %2 v%3 %4")
                    .arg(QString::fromStdString(s->toText().substr(0, 8)), QString::fromLatin1(m.data(), 3))
                    .arg(s->version)
                    .arg(QString::fromLatin1(medium.data(), static_cast<qsizetype>(medium.size())));
        }
        return text;
    }
    default:
        return QStringLiteral("C=%1 %2").arg(f->c, 2, 16, QLatin1Char('0')).arg(a);
    }
}

QString traceLine(const TrafficRecord& r) {
    QString line = QDateTime::fromMSecsSinceEpoch(r.timeMs).toString(QStringLiteral("HH:mm:ss.zzz"));
    line += QLatin1Char(' ') + r.bus + QLatin1Char(' ') + trafficKindName(r.kind);
    if (!r.bytes.isEmpty())
        line += QLatin1Char(' ') + QString::fromLatin1(r.bytes.toHex(' ').toUpper());
    if (r.count > 0)
        line += QStringLiteral(" (%1)").arg(r.count);
    if (!r.decoded.isEmpty())
        line += QStringLiteral("  ") + r.decoded;
    return line;
}

// The ring grows to its capacity as records arrive: a thousand quiet buses (one log each) then
// cost nothing, where a ring allocated up front held 80 KB of empty slots per bus.
TrafficLog::TrafficLog(std::size_t capacity)
    : m_capacity(std::max<std::size_t>(1, capacity)) {}

void TrafficLog::append(TrafficRecordPtr record) {
    if (m_ring.size() < m_capacity)
        m_ring.push_back(std::move(record));
    else
        m_ring[m_next] = std::move(record);
    m_next = (m_next + 1) % m_capacity;
    m_size = m_ring.size();
    ++m_total;
}

std::vector<TrafficRecordPtr> TrafficLog::snapshot() const {
    std::vector<TrafficRecordPtr> out;
    if (m_ring.empty())
        return out;
    out.reserve(m_size);
    const std::size_t first = (m_next + m_ring.size() - m_size) % m_ring.size();
    for (std::size_t i = 0; i < m_size; ++i)
        out.push_back(m_ring[(first + i) % m_ring.size()]);
    return out;
}

} // namespace heatdesk::bus
