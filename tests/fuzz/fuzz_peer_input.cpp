// SPDX-License-Identifier: GPL-3.0-or-later
// What strangers send besides telegrams: a DTU's first bytes on the workstation's DTU port (any
// rule set, and the vendor framings with what follows the registration), a CSV file a clerk imports, and
// channel settings as stored JSON. The first input byte picks the target, the rest is the input.
#include "link/DtuFraming.h"
#include "link/DtuRegistration.h"
#include "station/ChannelSettings.h"
#include "text/CsvReader.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

using namespace heatdesk;

void framed(const QByteArray& bytes, link::DtuFraming framing, link::DtuIdRules::Format format);

void dtu(const QByteArray& bytes, std::uint8_t choice) {
    link::DtuIdRules rules;
    rules.format = choice & 1 ? link::DtuIdRules::Format::Hex : link::DtuIdRules::Format::Ascii;
    if (choice & 2)
        rules.header = QByteArrayLiteral("LOGIN:");
    if (choice & 4)
        rules.terminator = QByteArrayLiteral("\r\n");
    if (choice & 8)
        rules.idLength = 11;
    const QList<QByteArray> known{QByteArrayLiteral("13900000001"), QByteArray::fromHex("0A1B2C3D")};
    for (const bool settled : {false, true}) {
        const auto id = link::identifyDtu(bytes, rules, known, settled);
        // What the server strips as the registration can never be more than it received.
        if (id.outcome == link::DtuIdentification::Outcome::Identified &&
            (id.consumed < 0 || id.consumed > bytes.size()))
            std::abort();
    }
    framed(bytes, choice & 16 ? link::DtuFraming::FourFaith : link::DtuFraming::HongdianDdp, rules.format);
}

// A vendor-framed DTU: its registration, then whatever follows read by the centre in pieces of
// the registration's size. Nothing it sends may be held beyond one packet.
void framed(const QByteArray& bytes, link::DtuFraming framing, link::DtuIdRules::Format format) {
    const auto id = link::identifyFramedDtu(bytes, framing, format, true);
    if (id.outcome == link::DtuIdentification::Outcome::Identified &&
        (id.consumed <= 0 || id.consumed > bytes.size()))
        std::abort();
    const auto idFormat = framing == link::DtuFraming::FourFaith ? link::DtuIdRules::Format::Hex : format;
    const QByteArray idWire = link::dtuIdWire(id.id, idFormat);
    link::DtuFrameCodec centre(framing, link::DtuFrameCodec::Side::Centre, idWire);
    const qsizetype step = std::max<qsizetype>(1, id.consumed);
    for (qsizetype at = id.consumed; at < bytes.size(); at += step) {
        const auto out = centre.feed(QByteArrayView(bytes).sliced(at, std::min(step, bytes.size() - at)));
        if (centre.buffered() > 1040 || out.data.size() > bytes.size() || out.problems.size() > 9)
            std::abort();
    }
}

void csv(const QByteArray& bytes) {
    const auto table = text::readCsv(bytes, 1000);
    if (table.records.size() > 1000)
        std::abort();
}

void settings(const QByteArray& bytes, std::uint8_t choice) {
    static const char* kinds[] = {"serial", "tcp", "dtu", "modem"};
    auto parsed = station::ChannelSettings::fromJson(QString::fromLatin1(kinds[choice % 4]), bytes);
    if (auto* s = std::get_if<station::ChannelSettings>(&parsed)) {
        (void)s->validate();
        // What is written back must read back.
        if (!std::holds_alternative<station::ChannelSettings>(
                station::ChannelSettings::fromJson(s->kindName(), s->toJson())))
            std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 1)
        return 0;
    const std::uint8_t selector = data[0];
    const QByteArray bytes(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    switch (selector % 3) {
    case 0:
        dtu(bytes, std::uint8_t(selector / 3));
        break;
    case 1:
        csv(bytes);
        break;
    default:
        settings(bytes, std::uint8_t(selector / 3));
        break;
    }
    return 0;
}
