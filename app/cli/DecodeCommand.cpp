// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/DecodeCommand.h"

#include "cjt188/Message.h"
#include "cli/Cjt188Json.h"
#include "cli/ExitCode.h"
#include "cli/JsonWriter.h"
#include "cli/Output.h"
#include "cli/TelegramJson.h"
#include "mbus/Telegram.h"
#include "text/HexText.h"

#include <QCommandLineParser>
#include <QFile>
#include <cstdio>

namespace heatdesk::cli {
namespace {

// Input larger than this is refused rather than read: a hex dump of a whole day's traffic on
// one bus is a few megabytes; a runaway pipe is not.
constexpr qint64 kMaxInputBytes = 64 * 1024 * 1024;

bool looksLikeMbus(std::span<const std::uint8_t> b) {
    if (b.empty())
        return false;
    if (b[0] == 0xE5 || b[0] == 0x10)
        return true;
    // 68 L L 68: the repeated length and second start byte tell EN 13757-2 from CJ/T 188
    // (68 T A0..A6 C L), whose meter type byte is followed by an address.
    return b[0] == 0x68 && b.size() >= 4 && b[1] == b[2] && b[3] == 0x68;
}

bool looksLikeCjt188(std::span<const std::uint8_t> b) {
    return !b.empty() && (b[0] == 0xFE || b[0] == 0x68);
}

// 68 starts both protocols, and a CJ/T 188 address digit can make 68 T A0 A1 look like 68 L L 68:
// a CJ/T 188 framing that validates wins, otherwise the M-Bus shape decides.
bool validCjt188Frame(std::span<const std::uint8_t> b) {
    return std::holds_alternative<cjt188::Frame>(cjt188::parseFrame(b));
}

std::string decodeCjt188(std::span<const std::uint8_t> bytes, bool& ok) {
    JsonWriter json;
    auto decoded = cjt188::decodeMessage(bytes);
    if (const auto* error = std::get_if<mbus::DecodeError>(&decoded)) {
        writeDecodeError(json, *error);
        return json.take();
    }
    const auto& message = std::get<cjt188::Message>(decoded);
    if (message.abnormal) {
        writeCjt188Abnormal(json, message);
        return json.take();
    }
    writeCjt188Message(json, message,
                       bytes.subspan(message.frame.offset, message.frame.size - message.frame.offset));
    ok = true;
    return json.take();
}

std::string errorJson(mbus::ErrorCode code, std::size_t offset, std::string_view message) {
    JsonWriter json;
    writeDecodeError(json, mbus::DecodeError{code, offset, message, -1});
    return json.take();
}

int decodeText(std::string_view text, Protocol protocol, bool& anyFailed) {
    const text::HexParse hex = text::parseHex(text);
    bool ok = false;
    std::string line;
    if (hex.error) {
        JsonWriter json;
        writeDecodeError(json, *hex.error);
        line = json.take();
    } else {
        line = decodeToJson(hex.bytes, protocol, ok);
    }
    anyFailed = anyFailed || !ok;
    printLine(line);
    return 0;
}

} // namespace

std::string decodeToJson(std::span<const std::uint8_t> bytes, Protocol protocol, bool& ok) {
    ok = false;
    if (bytes.empty())
        return errorJson(mbus::ErrorCode::Empty, 0, "no bytes");
    if (protocol == Protocol::Cjt188 ||
        (protocol == Protocol::Auto &&
         (validCjt188Frame(bytes) || (!looksLikeMbus(bytes) && looksLikeCjt188(bytes)))))
        return decodeCjt188(bytes, ok);
    const bool mbus = protocol == Protocol::Mbus || looksLikeMbus(bytes);
    if (!mbus)
        return errorJson(
            mbus::ErrorCode::UnknownProtocol, 0,
            "neither an EN 13757-2 frame (E5, 10, 68 L L 68) nor CJ/T 188 ([FE..] 68 T A0..A6 C L)");
    mbus::Telegram telegram;
    JsonWriter json;
    if (auto error = mbus::decodeFrames(bytes, telegram)) {
        writeDecodeError(json, *error);
        return json.take();
    }
    writeTelegram(json, telegram, bytes);
    ok = true;
    return json.take();
}

int runDecode(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        "Decodes M-Bus (EN 13757-2/-3) and CJ/T 188 frames given as hex text and prints them as JSON.");
    parser.addHelpOption();
    parser.addPositionalArgument("file", "File with hex text, or - (default) for standard input.",
                                 "[FILE|-]");
    const QCommandLineOption protocolOption("protocol", "auto (default), mbus or cjt188.", "protocol",
                                            "auto");
    const QCommandLineOption linesOption("lines",
                                         "Each non-empty line is one frame; one JSON object per line.");
    parser.addOption(protocolOption);
    parser.addOption(linesOption);
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "heatdesk-cli decode: %s\n", qPrintable(parser.errorText()));
        return ExitCode::Usage;
    }
    if (parser.isSet("help")) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return ExitCode::Ok;
    }

    Protocol protocol = Protocol::Auto;
    const QString p = parser.value(protocolOption);
    if (p == "mbus")
        protocol = Protocol::Mbus;
    else if (p == "cjt188")
        protocol = Protocol::Cjt188;
    else if (p != "auto") {
        std::fprintf(stderr, "heatdesk-cli decode: --protocol must be auto, mbus or cjt188, not '%s'\n",
                     qPrintable(p));
        return ExitCode::Usage;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        std::fprintf(stderr, "heatdesk-cli decode: one input file at most\n");
        return ExitCode::Usage;
    }

    const QString path = positional.isEmpty() ? QStringLiteral("-") : positional.first();
    QFile file;
    const bool opened = path == "-" ? file.open(stdin, QIODevice::ReadOnly)
                                    : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        std::fprintf(stderr, "heatdesk-cli decode: cannot open %s: %s\n", qPrintable(path),
                     qPrintable(file.errorString()));
        return ExitCode::Resource;
    }
    const QByteArray input = file.read(kMaxInputBytes + 1);
    if (input.size() > kMaxInputBytes) {
        std::fprintf(stderr, "heatdesk-cli decode: input larger than %lld bytes refused\n",
                     static_cast<long long>(kMaxInputBytes));
        return ExitCode::Resource;
    }

    bool anyFailed = false;
    const std::string_view text(input.constData(), static_cast<std::size_t>(input.size()));
    if (parser.isSet(linesOption)) {
        std::size_t start = 0;
        while (start <= text.size()) {
            std::size_t end = text.find('\n', start);
            if (end == std::string_view::npos)
                end = text.size();
            const std::string_view line = text.substr(start, end - start);
            if (line.find_first_not_of(" \t\r\f\v") != std::string_view::npos)
                decodeText(line, protocol, anyFailed);
            start = end + 1;
        }
    } else {
        decodeText(text, protocol, anyFailed);
    }
    return anyFailed ? ExitCode::ItemFailed : ExitCode::Ok;
}

} // namespace heatdesk::cli
