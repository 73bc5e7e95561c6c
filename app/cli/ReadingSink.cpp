// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ReadingSink.h"

#include "cli/TelegramJson.h"
#include "mbus/HeatReadingMapper.h"

#include <QDateTime>

namespace heatdesk::cli {

std::optional<QString> ReadingSink::open(const QString& path) {
    if (auto e = m_db.open(path))
        return e->message;
    m_config = std::make_unique<store::ConfigRepository>(m_db);
    m_writer = std::make_unique<store::ReadingWriter>(m_db, 1000);
    store::ReadingRepository sessions(m_db);
    m_session =
        sessions.startSession(qEnvironmentVariable("USER", QStringLiteral("unknown")),
                              QStringLiteral("heatdesk-cli read"), QDateTime::currentMSecsSinceEpoch());
    return std::nullopt;
}

std::optional<QString> ReadingSink::add(const mbus::Telegram& t, std::span<const std::uint8_t> raw,
                                        int address, const QString& busName, bool dtu) {
    store::StoreError error;
    const auto meter = meterFor(t, address, busName, dtu, error);
    if (!meter)
        return error.message;
    store::NewReading r;
    r.meterId = *meter;
    r.sessionId = m_session;
    r.readAtMs = QDateTime::currentMSecsSinceEpoch();
    r.protocol = QStringLiteral("mbus");
    mbus::toHeatReading(t, raw, r.values);
    if (auto e = m_writer->add(std::move(r), QDateTime::currentMSecsSinceEpoch()))
        return e->message;
    if (auto e = m_writer->flushIfDue(QDateTime::currentMSecsSinceEpoch()))
        return e->message;
    return std::nullopt;
}

std::optional<QString> ReadingSink::flush() {
    if (auto e = m_writer->flush())
        return e->message;
    return std::nullopt;
}

std::optional<qint64> ReadingSink::meterFor(const mbus::Telegram& t, int address, const QString& busName,
                                            bool dtu, store::StoreError& error) {
    const QString number = meterNumber(t.header.idBcd);
    if (auto it = m_ids.find(number); it != m_ids.end())
        return *it;
    if (auto m = m_config->meterByNumber(number, &error)) {
        m_ids.insert(number, m->id);
        return m->id;
    }
    if (!error.message.isEmpty())
        return std::nullopt;
    std::optional<qint64> busId =
        m_busIds.contains(busName) ? std::optional(m_busIds.value(busName)) : std::nullopt;
    if (!busId) {
        const auto site = m_config->ensureSite(QStringLiteral("Read by heatdesk-cli"), &error);
        const QString kind = dtu ? QStringLiteral("dtu") : QStringLiteral("serial");
        const auto channel = site ? m_config->ensureChannel(*site, busName, kind, &error) : std::nullopt;
        busId = channel ? m_config->ensureBus(*channel, busName, &error) : std::nullopt;
        if (!busId)
            return std::nullopt;
        m_busIds.insert(busName, *busId);
    }
    store::MeterConfig m;
    m.busId = *busId;
    m.number = number;
    m.primaryAddress = address >= 0 && address <= 250 ? std::optional<int>(address) : std::nullopt;
    const auto medium = mbus::mediumName(t.header.medium);
    m.medium = QString::fromLatin1(medium.data(), static_cast<qsizetype>(medium.size()));
    const auto id = m_config->addMeter(m, &error);
    if (id)
        m_ids.insert(number, *id);
    return id;
}

} // namespace heatdesk::cli
