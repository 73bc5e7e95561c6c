// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/BusRunJson.h"

#include "cli/JsonWriter.h"
#include "cli/Output.h"
#include "cli/TelegramJson.h"

#include <QStringList>

namespace heatdesk::cli {
namespace {

std::string text(const QString& s) {
    return s.toStdString();
}

std::string idText(const mbus::SecondaryAddress& s) {
    return s.toText().substr(0, 8);
}

// The worse of two bus states, for one status over many DTUs.
int severity(bus::BusState s) {
    switch (s) {
    case bus::BusState::Idle:
        return 0;
    case bus::BusState::Reading:
        return 1;
    case bus::BusState::NoLoadSuspected:
        return 2;
    case bus::BusState::OverloadSuspected:
        return 3;
    case bus::BusState::Offline:
        return 4;
    }
    return 0;
}

} // namespace

void printMeterRead(const bus::MeterResult& r, const QString& dtu, const mbus::Telegram* telegram,
                    std::span<const std::uint8_t> raw, const std::optional<mbus::DecodeError>& decodeError) {
    JsonWriter json;
    json.beginObject();
    if (r.target.primary)
        json.key("address").value(static_cast<unsigned>(*r.target.primary));
    if (telegram &&
        (telegram->header.kind == mbus::HeaderKind::Long || telegram->header.kind == mbus::HeaderKind::Fixed))
        json.key("secondary").value(text(meterNumber(telegram->header.idBcd)));
    else if (r.target.secondary)
        json.key("secondary").value(idText(*r.target.secondary));
    if (!dtu.isEmpty())
        json.key("dtu").value(text(dtu));
    json.key("ok").value(telegram != nullptr);
    if (telegram) {
        json.key("telegrams").value(r.telegrams);
        json.key("retries").value(r.retries);
        json.key("elapsed_ms").value(static_cast<std::int64_t>(r.elapsedMs));
        json.key("reading");
        writeTelegram(json, *telegram, raw);
    } else {
        json.key("error").value(decodeError ? std::string(mbus::errorCodeName(decodeError->code))
                                            : text(r.error));
        json.key("attempts").value(r.attempts);
    }
    json.endObject();
    printLine(json.take());
}

void printFoundMeter(const bus::FoundMeter& m, const QString& dtu) {
    JsonWriter json;
    json.beginObject();
    if (m.secondary) {
        const auto letters = mbus::manufacturerLetters(m.secondary->manufacturer);
        json.key("secondary").value(idText(*m.secondary));
        json.key("manufacturer").value(std::string_view(letters.data(), letters.size()));
        json.key("version").value(static_cast<unsigned>(m.secondary->version));
        json.key("medium").value(mbus::mediumName(m.secondary->medium));
    } else if (m.primary) {
        json.key("address").value(static_cast<unsigned>(*m.primary));
        if (m.garbled)
            json.key("garbled").value(true);
    }
    if (!dtu.isEmpty())
        json.key("dtu").value(text(dtu));
    json.endObject();
    printLine(json.take());
}

void printSummary(const std::vector<BusRun>& buses, const DtuFleet* dtus, qint64 elapsedMs, int requested,
                  int ok, int failed) {
    bus::BusStatus status;
    if (!dtus) {
        status = buses.front().summary.status;
        elapsedMs = buses.front().summary.elapsedMs;
    } else if (buses.empty()) {
        status.state = bus::BusState::Offline;
        status.evidence = QStringLiteral("no DTU dialled in within %1 s").arg(dtus->options().wait.count());
    } else {
        constexpr int kShown = 5;
        QStringList notIdle;
        for (const BusRun& b : buses) {
            if (b.summary.status.state == bus::BusState::Idle)
                continue;
            if (severity(b.summary.status.state) > severity(status.state))
                status.state = b.summary.status.state;
            if (notIdle.size() < kShown)
                notIdle.append(
                    QStringLiteral("%1: %2 (%3)")
                        .arg(b.dtu, bus::busStateName(b.summary.status.state), b.summary.status.evidence));
            else if (notIdle.size() == kShown)
                notIdle.append(QStringLiteral("..."));
        }
        status.evidence = notIdle.isEmpty() ? QStringLiteral("all %1 DTU buses idle").arg(buses.size())
                                            : notIdle.join(QStringLiteral("; "));
    }
    JsonWriter json;
    json.beginObject().key("summary").beginObject();
    json.key("requested").value(requested).key("ok").value(ok).key("failed").value(failed);
    json.key("elapsed_ms").value(static_cast<std::int64_t>(elapsedMs));
    json.key("bus_status").value(text(bus::busStateName(status.state)));
    json.key("bus_evidence").value(text(status.evidence));
    if (dtus) {
        json.key("dtus").beginObject();
        json.key("awaited").value(dtus->awaited()).key("dialled_in").value(dtus->dialledIn());
        json.key("missing").beginArray();
        for (const QString& id : dtus->missing())
            json.value(text(id));
        json.endArray().endObject();
    }
    json.endObject().endObject();
    printLine(json.take());
}

} // namespace heatdesk::cli
