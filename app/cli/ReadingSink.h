// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mbus/Telegram.h"
#include "store/ConfigRepository.h"
#include "store/Database.h"
#include "store/ReadingWriter.h"

#include <QHash>
#include <QString>
#include <memory>
#include <optional>
#include <span>

namespace heatdesk::cli {

// Stores readings as they arrive (read --db); meters it does not know are registered on the bus
// they were read on (a channel of kind "dtu" for each DTU). Each call gives what went wrong, or
// nothing.
class ReadingSink {
public:
    std::optional<QString> open(const QString& path);
    // `address` is the primary address the meter was read at, -1 when read by its secondary one.
    std::optional<QString> add(const mbus::Telegram& t, std::span<const std::uint8_t> raw, int address,
                               const QString& busName, bool dtu);
    std::optional<QString> flush();

private:
    std::optional<qint64> meterFor(const mbus::Telegram& t, int address, const QString& busName, bool dtu,
                                   store::StoreError& error);

    store::Database m_db;
    std::unique_ptr<store::ConfigRepository> m_config;
    std::unique_ptr<store::ReadingWriter> m_writer;
    std::optional<qint64> m_session;
    QHash<QString, qint64> m_busIds;
    QHash<QString, qint64> m_ids;
};

} // namespace heatdesk::cli
