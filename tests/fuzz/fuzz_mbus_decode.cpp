// SPDX-License-Identifier: GPL-3.0-or-later
// Feeds arbitrary bytes through every decoding path a frame from a bus or a file takes: the hex
// text parser, the streaming extractor (in chunks the input itself chooses), the frame and
// telegram decoders, the HeatReading mapping and the JSON writer.
#include "cli/DecodeCommand.h"
#include "mbus/FrameExtractor.h"
#include "mbus/HeatReadingMapper.h"
#include "mbus/Telegram.h"
#include "text/HexText.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace heatdesk;
    const std::span<const std::uint8_t> bytes(data, size);

    bool ok = false;
    (void)cli::decodeToJson(bytes, cli::Protocol::Auto, ok);

    mbus::Telegram telegram;
    if (!mbus::decodeFrames(bytes, telegram)) {
        reading::HeatReading reading;
        mbus::toHeatReading(telegram, bytes, reading);
    }

    // The same bytes as hex text.
    const auto hex = text::parseHex(std::string_view(reinterpret_cast<const char*>(data), size));
    (void)cli::decodeToJson(hex.bytes, cli::Protocol::Mbus, ok);

    // Streaming: chunk sizes from the first byte, so the fuzzer explores the splits.
    mbus::FrameExtractor extractor;
    const std::size_t chunk = size ? (data[0] % 17) + 1 : 1;
    for (std::size_t pos = 0; pos < size; pos += chunk) {
        extractor.feed(bytes.subspan(pos, std::min(chunk, size - pos)));
        while (auto frame = extractor.next()) {
            mbus::Telegram t;
            (void)mbus::decodeFrames(frame->bytes, t);
        }
    }
    return 0;
}
