// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <cstdint>
#include <span>
#include <string>

namespace heatdesk::cli {

enum class Protocol { Auto, Mbus, Cjt188 };

// The decode object (or error object) for one input frame or frame sequence, as one line of JSON
// without a newline. Sets `ok` to whether it decoded.
std::string decodeToJson(std::span<const std::uint8_t> bytes, Protocol protocol, bool& ok);

// `heatdesk-cli decode [FILE|-] [--protocol auto|mbus|cjt188] [--lines]`; returns the exit status.
int runDecode(const QStringList& arguments);

} // namespace heatdesk::cli
