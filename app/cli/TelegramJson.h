// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/JsonWriter.h"
#include "mbus/DecodeError.h"
#include "mbus/Telegram.h"

#include <QString>
#include <span>

namespace heatdesk::cli {

// The decode object of shared/docs/cli.md for an M-Bus telegram that decoded. `raw` is the
// input the telegram was decoded from (it backs the telegram's spans).
void writeTelegram(JsonWriter& json, const mbus::Telegram& telegram, std::span<const std::uint8_t> raw);

// {"ok": false, "error": {...}} for a frame that did not decode.
void writeDecodeError(JsonWriter& json, const mbus::DecodeError& error);

// The meter's number as printed on it: the M-Bus identification, 8 digits (how the store keys
// meters).
QString meterNumber(std::uint32_t idBcd);

} // namespace heatdesk::cli
