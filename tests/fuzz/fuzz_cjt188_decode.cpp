// SPDX-License-Identifier: GPL-3.0-or-later
// Arbitrary bytes through every CJ/T 188 path: the frame and message decoders under several
// profiles, the HeatReading mapping, the CLI JSON, the streaming extractor in chunks the input
// chooses, and a master procedure fed the same bytes as its meter's answer.
#include "cjt188/FrameExtractor.h"
#include "cjt188/HeatReadingMapper.h"
#include "cjt188/Message.h"
#include "cjt188/ReadDataProcedure.h"
#include "cjt188/ValveProcedure.h"
#include "cli/DecodeCommand.h"
#include "text/HexText.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace {

using namespace heatdesk;
using namespace heatdesk::cjt188;

void decodeAll(std::span<const std::uint8_t> bytes, const MeterProfile& profile) {
    auto decoded = decodeMessage(bytes, profile);
    if (const auto* m = std::get_if<Message>(&decoded)) {
        reading::HeatReading r;
        (void)toHeatReading(*m, bytes, r, profile);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::span<const std::uint8_t> bytes(data, size);

    MeterProfile vendor;
    vendor.valueOrder = ByteOrder::MsbFirst;
    vendor.unitPosition = UnitPosition::UnitFirst;
    vendor.statusSwapped = true;
    vendor.plus33 = true;
    vendor.flowDecimals = 2;
    decodeAll(bytes, defaultProfile());
    decodeAll(bytes, vendor);

    bool ok = false;
    (void)cli::decodeToJson(bytes, cli::Protocol::Cjt188, ok);
    (void)cli::decodeToJson(bytes, cli::Protocol::Auto, ok);
    const auto hex = text::parseHex(std::string_view(reinterpret_cast<const char*>(data), size));
    (void)cli::decodeToJson(hex.bytes, cli::Protocol::Cjt188, ok);

    FrameExtractor extractor;
    const std::size_t chunk = size ? (data[0] % 19) + 1 : 1;
    for (std::size_t pos = 0; pos < size; pos += chunk) {
        extractor.feed(bytes.subspan(pos, std::min(chunk, size - pos)));
        while (auto frame = extractor.next())
            decodeAll(frame->bytes, defaultProfile());
    }
    extractor.flush();
    while (auto frame = extractor.next())
        decodeAll(frame->bytes, vendor);

    // The input as a meter's answer, to a read and to a valve command.
    const RequestTarget target{0x20, Address::broadcast()};
    ReadDataProcedure read(defaultProfile(), target, Timing{std::chrono::milliseconds(100), 1});
    ValveProcedure valve(defaultProfile(), target, true, Timing{std::chrono::milliseconds(100), 1},
                         ValveConfirmation{1, std::chrono::milliseconds(10)});
    for (Procedure* p : {static_cast<Procedure*>(&read), static_cast<Procedure*>(&valve)}) {
        TimePoint now{};
        Action a = p->start(now);
        for (int round = 0; round < 4 && !p->finished(); ++round) {
            a = p->onBytes(bytes, now);
            if (p->finished() || !a.deadline)
                break;
            now = *a.deadline;
            a = p->onTimeout(now);
        }
    }
    return 0;
}
