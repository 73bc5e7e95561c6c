// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/JsonWriter.h"

#include <charconv>
#include <cmath>

namespace heatdesk::cli {

std::string decimalText(std::int64_t mantissa, int exp10) {
    const bool negative = mantissa < 0;
    // Magnitude as unsigned so that INT64_MIN has a magnitude too.
    const std::uint64_t magnitude =
        negative ? 0 - static_cast<std::uint64_t>(mantissa) : static_cast<std::uint64_t>(mantissa);
    std::string digits = std::to_string(magnitude);
    if (magnitude != 0 && exp10 > 0)
        digits.append(static_cast<std::size_t>(exp10), '0');
    if (exp10 < 0) {
        const auto scale = static_cast<std::size_t>(-exp10);
        if (digits.size() <= scale)
            digits.insert(0, scale - digits.size() + 1, '0');
        digits.insert(digits.size() - scale, 1, '.');
        while (digits.back() == '0')
            digits.pop_back();
        if (digits.back() == '.')
            digits.pop_back();
    }
    if (negative && digits != "0")
        digits.insert(0, 1, '-');
    return digits;
}

void JsonWriter::separate() {
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_hasItems.empty()) {
        if (m_hasItems.back())
            m_out.push_back(',');
        m_hasItems.back() = true;
    }
}

JsonWriter& JsonWriter::beginObject() {
    separate();
    m_out.push_back('{');
    m_hasItems.push_back(false);
    return *this;
}

JsonWriter& JsonWriter::endObject() {
    m_out.push_back('}');
    m_hasItems.pop_back();
    return *this;
}

JsonWriter& JsonWriter::beginArray() {
    separate();
    m_out.push_back('[');
    m_hasItems.push_back(false);
    return *this;
}

JsonWriter& JsonWriter::endArray() {
    m_out.push_back(']');
    m_hasItems.pop_back();
    return *this;
}

JsonWriter& JsonWriter::key(std::string_view name) {
    separate();
    appendEscaped(name);
    m_out.push_back(':');
    m_afterKey = true;
    return *this;
}

JsonWriter& JsonWriter::value(std::string_view text) {
    separate();
    appendEscaped(text);
    return *this;
}

JsonWriter& JsonWriter::value(std::int64_t number) {
    separate();
    m_out += std::to_string(number);
    return *this;
}

JsonWriter& JsonWriter::value(std::uint64_t number) {
    separate();
    m_out += std::to_string(number);
    return *this;
}

JsonWriter& JsonWriter::value(double number) {
    if (!std::isfinite(number))
        return null();
    separate();
    char buf[32];
    const auto res = std::to_chars(buf, buf + sizeof buf, number);
    m_out.append(buf, res.ptr);
    return *this;
}

JsonWriter& JsonWriter::value(bool flag) {
    separate();
    m_out += flag ? "true" : "false";
    return *this;
}

JsonWriter& JsonWriter::null() {
    separate();
    m_out += "null";
    return *this;
}

JsonWriter& JsonWriter::decimal(std::int64_t mantissa, int exp10) {
    separate();
    m_out += decimalText(mantissa, exp10);
    return *this;
}

std::string JsonWriter::take() {
    std::string out = std::move(m_out);
    m_out.clear();
    m_hasItems.clear();
    m_afterKey = false;
    return out;
}

void JsonWriter::appendEscaped(std::string_view text) {
    static constexpr char hex[] = "0123456789abcdef";
    m_out.push_back('"');
    for (char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            m_out += "\\\"";
            break;
        case '\\':
            m_out += "\\\\";
            break;
        case '\n':
            m_out += "\\n";
            break;
        case '\r':
            m_out += "\\r";
            break;
        case '\t':
            m_out += "\\t";
            break;
        default:
            if (c < 0x20 || c == 0x7F) {
                m_out += "\\u00";
                m_out.push_back(hex[c >> 4]);
                m_out.push_back(hex[c & 0x0F]);
            } else {
                m_out.push_back(ch);
            }
        }
    }
    m_out.push_back('"');
}

} // namespace heatdesk::cli
