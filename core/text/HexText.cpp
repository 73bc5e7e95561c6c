// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/HexText.h"

namespace heatdesk::text {
namespace {

int digitValue(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool isSeparator(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == ',' || c == ':';
}

} // namespace

HexParse parseHex(std::string_view text) {
    HexParse result;
    result.bytes.reserve(text.size() / 2);
    int pending = -1;          // high nibble waiting for its low nibble
    std::size_t pendingAt = 0; // where that nibble stood
    bool tokenStart = true;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (isSeparator(c)) {
            tokenStart = true;
            continue;
        }
        if (tokenStart && c == '0' && i + 1 < text.size() && (text[i + 1] == 'x' || text[i + 1] == 'X') &&
            pending < 0) {
            ++i; // skip the 0x prefix
            tokenStart = false;
            continue;
        }
        tokenStart = false;
        const int v = digitValue(c);
        if (v < 0) {
            result.bytes.clear();
            result.error = mbus::DecodeError{mbus::ErrorCode::NotHex, i, "not a hex digit", -1};
            return result;
        }
        if (pending < 0) {
            pending = v;
            pendingAt = i;
        } else {
            result.bytes.push_back(static_cast<std::uint8_t>(pending << 4 | v));
            pending = -1;
        }
    }
    if (pending >= 0) {
        result.bytes.clear();
        result.error =
            mbus::DecodeError{mbus::ErrorCode::OddDigits, pendingAt, "odd number of hex digits", -1};
    } else if (result.bytes.empty()) {
        result.error = mbus::DecodeError{mbus::ErrorCode::Empty, 0, "no hex digits", -1};
    }
    return result;
}

void appendHex(std::string& out, std::span<const std::uint8_t> bytes) {
    static constexpr char digits[] = "0123456789ABCDEF";
    for (std::uint8_t b : bytes) {
        out.push_back(digits[b >> 4]);
        out.push_back(digits[b & 0x0F]);
    }
}

std::string toHex(std::span<const std::uint8_t> bytes) {
    std::string out;
    out.reserve(bytes.size() * 2);
    appendHex(out, bytes);
    return out;
}

} // namespace heatdesk::text
