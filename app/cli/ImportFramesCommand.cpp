// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ImportFramesCommand.h"

#include "cli/ExitCode.h"
#include "cli/JsonWriter.h"
#include "cli/Output.h"
#include "cli/TelegramJson.h"
#include "mbus/HeatReadingMapper.h"
#include "mbus/Telegram.h"
#include "store/ConfigRepository.h"
#include "store/ReadingWriter.h"
#include "text/HexText.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <cstdio>

namespace heatdesk::cli {
namespace {

int fail(const QString& message, int status) {
    return cli::fail("db import-frames", message, status);
}

constexpr const char* kImportSite = "Imported frames";
constexpr const char* kImportChannel = "import";

void printCommitted(qint64 total) {
    JsonWriter json;
    json.beginObject().key("committed").value(static_cast<std::int64_t>(total)).endObject();
    printLine(json.take());
}

// Finds the meter of a telegram, or registers it on the import bus.
class MeterDirectory {
public:
    MeterDirectory(store::Database& db, QString busName)
        : m_config(db)
        , m_busName(std::move(busName)) {}

    std::optional<qint64> meterFor(const mbus::Telegram& t, store::StoreError& error) {
        const QString number = meterNumber(t.header.idBcd);
        if (auto it = m_ids.find(number); it != m_ids.end())
            return *it;
        if (auto m = m_config.meterByNumber(number, &error)) {
            m_ids.insert(number, m->id);
            return m->id;
        }
        if (!error.message.isEmpty())
            return std::nullopt;
        const auto bus = importBus(error);
        if (!bus)
            return std::nullopt;
        store::MeterConfig m;
        m.busId = *bus;
        m.number = number;
        m.primaryAddress = t.a <= 250 ? std::optional<int>(t.a) : std::nullopt;
        const auto medium = mbus::mediumName(t.header.medium);
        m.medium = QString::fromLatin1(medium.data(), static_cast<qsizetype>(medium.size()));
        const auto id = m_config.addMeter(m, &error);
        if (id)
            m_ids.insert(number, *id);
        return id;
    }

private:
    std::optional<qint64> importBus(store::StoreError& error) {
        if (m_busId)
            return m_busId;
        const auto site = m_config.ensureSite(QString::fromLatin1(kImportSite), &error);
        const auto channel = site ? m_config.ensureChannel(*site, QString::fromLatin1(kImportChannel),
                                                           QStringLiteral("serial"), &error)
                                  : std::nullopt;
        m_busId = channel ? m_config.ensureBus(*channel, m_busName, &error) : std::nullopt;
        return m_busId;
    }

    store::ConfigRepository m_config;
    QString m_busName;
    std::optional<qint64> m_busId;
    QHash<QString, qint64> m_ids;
};

} // namespace

int runImportFrames(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Stores captured M-Bus read-outs (hex text, one per line) as readings in the database."));
    parser.addHelpOption();
    parser.addPositionalArgument("import-frames", "The action.");
    parser.addPositionalArgument("file", "File with hex lines, or - (default) for standard input.",
                                 "[FILE|-]");
    parser.addOption({"db", "The HeatDesk database.", "file"});
    parser.addOption(
        {"bus", "Bus that unknown meters are registered on (default: import).", "name", "import"});
    parser.addOption({"commit-ms", "Longest time a decoded reading waits to be committed.", "ms", "1000"});
    if (!parser.parse(arguments))
        return fail(parser.errorText(), ExitCode::Usage);
    if (parser.isSet("help")) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return ExitCode::Ok;
    }
    bool numberOk = false;
    const qint64 commitMs = parser.value("commit-ms").toLongLong(&numberOk);
    if (!numberOk || commitMs < 0 || commitMs > 60'000)
        return fail(QStringLiteral("--commit-ms must be 0..60000"), ExitCode::Usage);
    if (!parser.isSet("db"))
        return fail(QStringLiteral("--db FILE is required"), ExitCode::Usage);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 2)
        return fail(QStringLiteral("one input file at most"), ExitCode::Usage);

    QFile input;
    const QString path = positional.size() == 2 ? positional.at(1) : QStringLiteral("-");
    const bool opened = path == "-" ? input.open(stdin, QIODevice::ReadOnly)
                                    : (input.setFileName(path), input.open(QIODevice::ReadOnly));
    if (!opened)
        return fail(QStringLiteral("cannot open %1: %2").arg(path, input.errorString()), ExitCode::Resource);

    store::Database db;
    if (auto e = db.open(parser.value("db")))
        return fail(e->message, ExitCode::Resource);
    MeterDirectory meters(db, parser.value("bus"));
    store::ReadingWriter writer(db, commitMs);
    const qint64 startedAt = QDateTime::currentMSecsSinceEpoch();
    store::ReadingRepository sessions(db);
    const auto session = sessions.startSession(qEnvironmentVariable("USER", QStringLiteral("unknown")),
                                               QStringLiteral("heatdesk-cli db import-frames"), startedAt);

    bool anyFailed = false;
    qint64 lineNo = 0;
    mbus::Telegram telegram;
    auto commit = [&](bool force) -> bool {
        const qint64 before = writer.committed();
        const auto now = QDateTime::currentMSecsSinceEpoch();
        if (auto e = force ? writer.flush() : writer.flushIfDue(now)) {
            fail(e->message, ExitCode::Resource);
            return false;
        }
        if (writer.committed() != before)
            printCommitted(writer.committed());
        return true;
    };

    // Lines are read one at a time, so a 1 GB capture never sits in memory; an absurdly long line
    // (no newline for 1 MiB) is refused as one bad item.
    constexpr qint64 kMaxLine = 1 << 20;
    while (!input.atEnd()) {
        const QByteArray line = input.readLine(kMaxLine);
        ++lineNo;
        if (line.trimmed().isEmpty())
            continue;
        JsonWriter json;
        const auto hex =
            text::parseHex(std::string_view(line.constData(), static_cast<std::size_t>(line.size())));
        std::optional<mbus::DecodeError> error = hex.error;
        if (!error)
            error = mbus::decodeFrames(hex.bytes, telegram);
        if (!error && telegram.header.kind != mbus::HeaderKind::Long &&
            telegram.header.kind != mbus::HeaderKind::Fixed)
            error = mbus::DecodeError{
                mbus::ErrorCode::TruncatedHeader, 0,
                "no meter identification in this frame: cannot tell whose reading it is", -1};
        if (error) {
            anyFailed = true;
            json.beginObject().key("line").value(static_cast<std::int64_t>(lineNo)).key("ok").value(false);
            json.key("error").value(errorCodeName(error->code)).endObject();
            printLine(json.take());
            continue;
        }
        store::StoreError storeError;
        const auto meterId = meters.meterFor(telegram, storeError);
        if (!meterId)
            return fail(storeError.message, ExitCode::Resource);
        store::NewReading r;
        r.meterId = *meterId;
        r.sessionId = session;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        r.readAtMs = now;
        r.protocol = QStringLiteral("mbus");
        mbus::toHeatReading(telegram, hex.bytes, r.values);
        if (auto e = writer.add(std::move(r), now))
            return fail(e->message, ExitCode::Resource);
        json.beginObject().key("line").value(static_cast<std::int64_t>(lineNo)).key("ok").value(true);
        json.key("meter").value(meterNumber(telegram.header.idBcd).toStdString()).endObject();
        printLine(json.take());
        if (!commit(false))
            return ExitCode::Resource;
    }
    if (!commit(true))
        return ExitCode::Resource;
    return anyFailed ? ExitCode::ItemFailed : ExitCode::Ok;
}

} // namespace heatdesk::cli
