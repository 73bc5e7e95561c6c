// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mbus/DecodeError.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace heatdesk::text {

// Hex text as people paste it: digits in either case, any whitespace, commas or colons between
// bytes, optional 0x prefixes. Errors say which character (0-based offset into the text).
struct HexParse {
    std::vector<std::uint8_t> bytes;
    std::optional<mbus::DecodeError> error;
};
HexParse parseHex(std::string_view text);

// Bytes as upper-case hex without separators (the form the JSON contract uses).
std::string toHex(std::span<const std::uint8_t> bytes);
void appendHex(std::string& out, std::span<const std::uint8_t> bytes);

} // namespace heatdesk::text
