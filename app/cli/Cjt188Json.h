// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cjt188/Message.h"
#include "cli/JsonWriter.h"

#include <span>

namespace heatdesk::cli {

// The decode object of shared/docs/cli.md for a CJ/T 188 frame that decoded: frame (kind
// "cjt188"), header (id, medium, status), payload (every field with its raw bytes and unit code,
// for audit) and, for 901F replies, heat (the HeatReading summary in canonical units).
void writeCjt188Message(JsonWriter& json, const cjt188::Message& message, std::span<const std::uint8_t> raw,
                        const cjt188::MeterProfile& profile = cjt188::defaultProfile());

// An abnormal reply is the meter refusing: {"ok": false, "error": {"code": "abnormal_reply",
// "detail": ST, ...}, "protocol": "cjt188", "frame": {...}}.
void writeCjt188Abnormal(JsonWriter& json, const cjt188::Message& message);

} // namespace heatdesk::cli
