// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace heatdesk::cli {

// A small streaming JSON writer that keeps keys in the order written (the CLI contract's order is
// part of its readability) and prints decimals exactly: a value is never pushed through a binary
// float unless it was one to begin with.
class JsonWriter {
public:
    JsonWriter& beginObject();
    JsonWriter& endObject();
    JsonWriter& beginArray();
    JsonWriter& endArray();
    JsonWriter& key(std::string_view name);

    JsonWriter& value(std::string_view text);
    JsonWriter& value(const char* text) { return value(std::string_view(text)); }
    JsonWriter& value(std::int64_t number);
    JsonWriter& value(int number) { return value(static_cast<std::int64_t>(number)); }
    JsonWriter& value(unsigned number) { return value(static_cast<std::int64_t>(number)); }
    JsonWriter& value(std::uint64_t number);
    JsonWriter& value(double number); // shortest round-trip form; NaN and infinities become null
    JsonWriter& value(bool flag);
    JsonWriter& null();
    // mantissa * 10^exp10, printed exactly (e.g. 332, -3 -> 0.332).
    JsonWriter& decimal(std::int64_t mantissa, int exp10);

    const std::string& text() const { return m_out; }
    std::string take();

private:
    void separate();
    void appendEscaped(std::string_view text);

    std::string m_out;
    std::vector<bool> m_hasItems; // per open container: something written already
    bool m_afterKey = false;
};

// Exact decimal text of mantissa * 10^exp10, without trailing zeros after the point.
std::string decimalText(std::int64_t mantissa, int exp10);

} // namespace heatdesk::cli
