// SPDX-License-Identifier: GPL-3.0-or-later
#include "station/Station.h"

#include "cjt188/HeatReadingMapper.h"
#include "link/DtuLink.h"
#include "link/DtuRegistration.h"
#include "mbus/HeatReadingMapper.h"
#include "mbus/Telegram.h"
#include "station/MeterAddressing.h"
#include "station/ReadingRecorder.h"

#include <QDateTime>
#include <algorithm>

namespace heatdesk::station {

namespace {

QString meterNumberOf(const mbus::Telegram& telegram) {
    return QString::asprintf("%08X", telegram.header.idBcd);
}

// The meter type byte a CJ/T 188 request carries: meters ignore requests for another type.
std::uint8_t cjt188MeterType(const QString& medium) {
    if (medium.contains(QLatin1String("hot_water")))
        return cjt188::meter_type::HotWater;
    if (medium.contains(QLatin1String("water")))
        return cjt188::meter_type::ColdWater;
    if (medium.contains(QLatin1String("gas")))
        return cjt188::meter_type::Gas;
    if (medium.contains(QLatin1String("cool")))
        return cjt188::meter_type::Cooling;
    return cjt188::meter_type::Heat;
}

bus::BusStatus offlineStatus(const QString& why) {
    bus::BusStatus s;
    s.state = bus::BusState::Offline;
    s.evidence = why;
    return s;
}

} // namespace

Station::Station(store::Database& db, QObject* parent)
    : QObject(parent)
    , m_db(db) {
    m_recorder = new ReadingRecorder(db.path());
    m_recorder->moveToThread(&m_recorderThread);
    connect(&m_recorderThread, &QThread::finished, m_recorder, &QObject::deleteLater);
    connect(this, &Station::recordReading, m_recorder, &ReadingRecorder::record);
    connect(m_recorder, &ReadingRecorder::committed, this, [this](qint64 total) {
        m_stored = total;
        emit readingsStored(total);
    });
    connect(m_recorder, &ReadingRecorder::failed, this, &Station::storeFailed);
    // Model profiles: shipped with the program (and built into it), then the user's own.
    m_profiles.loadDirectory(QStringLiteral(":/cjt188-profiles"));
    for (const auto& dir : cjt188::ProfileStore::standardDirectories())
        m_profiles.loadDirectory(dir);
    m_recorderThread.setObjectName(QStringLiteral("reading recorder"));
    m_recorderThread.start();
}

Station::~Station() {
    clear();
    // Whatever is still pending is committed before the thread ends.
    QMetaObject::invokeMethod(m_recorder, &ReadingRecorder::flush, Qt::BlockingQueuedConnection);
    m_recorderThread.quit();
    m_recorderThread.wait();
}

void Station::clear() {
    stopAll();
    m_buses.clear(); // engines first: they hold pointers to the links
    for (auto& [id, channel] : m_channels)
        if (channel->link)
            channel->link->close();
    m_channels.clear();
}

QList<qint64> Station::busIds() const {
    QList<qint64> ids;
    for (const auto& [id, bus] : m_buses)
        ids.append(id);
    return ids;
}

std::unique_ptr<link::Link> Station::makeLink(const ChannelSettings& settings) {
    std::unique_ptr<link::Link> link;
    switch (settings.kind) {
    case ChannelSettings::Kind::Serial:
        link = std::make_unique<link::SerialLink>(settings.serial);
        break;
    case ChannelSettings::Kind::Tcp:
        link = std::make_unique<link::TcpLink>(settings.tcp);
        break;
    case ChannelSettings::Kind::Dtu:
        if (!m_dtuServer)
            return nullptr;
        link = std::make_unique<link::DtuLink>(*m_dtuServer, dtuServerId(settings));
        if (settings.latencyMs == 0) // GPRS: the DTU's frame interval and the round trip
            link->setLatencyAllowance(link::DtuLink::kDefaultLatency);
        else
            link->setLatencyAllowance(std::chrono::milliseconds(settings.latencyMs));
        return link;
    }
    link->setLatencyAllowance(std::chrono::milliseconds(settings.latencyMs));
    return link;
}

QStringList Station::start() {
    clear();
    QStringList problems;
    store::ConfigRepository config(m_db);
    store::StoreError error;
    const auto channels = config.channels(&error);
    if (!error.message.isEmpty())
        return {error.message};
    std::map<qint64, ChannelSettings> settingsOf;
    std::vector<ChannelSettings> dtuChannels;
    for (const auto& row : channels) {
        auto parsed = ChannelSettings::fromJson(row.kind, row.settingsJson);
        if (const auto* dtu = std::get_if<ChannelSettings>(&parsed);
            dtu && dtu->kind == ChannelSettings::Kind::Dtu && row.enabled && dtu->validate().isEmpty())
            dtuChannels.push_back(*dtu);
    }
    if (const QString problem = listenForDtus(dtuChannels); !problem.isEmpty())
        problems.append(problem);
    for (const auto& row : channels) {
        auto entry = std::make_unique<ChannelEntry>();
        entry->id = row.id;
        entry->name = row.name;
        auto parsed = ChannelSettings::fromJson(row.kind, row.settingsJson);
        QString problem;
        if (const auto* bad = std::get_if<QString>(&parsed)) {
            problem = *bad;
        } else {
            const auto& settings = std::get<ChannelSettings>(parsed);
            settingsOf[row.id] = settings;
            problem = settings.validate();
            if (problem.isEmpty() && row.enabled) {
                entry->link = makeLink(settings);
                if (!entry->link)
                    problem = tr("the DTU port is not listening");
            } else if (problem.isEmpty()) {
                problem = tr("channel disabled");
            }
        }
        if (!problem.isEmpty())
            problems.append(QStringLiteral("%1: %2").arg(row.name, problem));
        if (auto* link = entry->link.get()) {
            const qint64 channelId = row.id;
            connect(link, &link::Link::stateChanged, this, [this, channelId, link](link::Link::State state) {
                emit linkStateChanged(channelId, state, link->lastError().message);
            });
            connect(link, &link::Link::errorOccurred, this,
                    [this, channelId, link](const link::LinkError& e) {
                        emit linkStateChanged(channelId, link->state(), e.message);
                    });
        }
        m_channels[row.id] = std::move(entry);
    }

    const auto rows = config.tree(&error);
    for (const auto& row : rows) {
        auto& slot = m_buses[row.busId];
        if (!slot) {
            slot = std::make_unique<BusEntry>();
            slot->id = row.busId;
            slot->channelId = row.channelId;
            slot->name = row.bus;
            const auto channel = m_channels.find(row.channelId);
            link::Link* link = channel != m_channels.end() ? channel->second->link.get() : nullptr;
            if (!link) {
                slot->setupStatus = offlineStatus(tr("channel %1 is not set up").arg(row.channel));
            } else {
                const auto& settings = settingsOf[row.channelId];
                bus::BusConfig busConfig;
                busConfig.name = row.bus;
                busConfig.baud = static_cast<std::uint32_t>(settings.serial.baud);
                busConfig.retries = settings.retries;
                slot->engine = std::make_unique<bus::BusEngine>(link, busConfig);
                BusEntry* entry = slot.get();
                const qint64 busId = row.busId;
                connect(entry->engine.get(), &bus::BusEngine::meterReset, this,
                        [this, entry](const bus::MeterResult& r) {
                            emit meterResetDone(entry->id, entry->commandMeter.value_or(0), r);
                        });
                connect(entry->engine.get(), &bus::BusEngine::meterRead, this,
                        [this, entry](const bus::MeterResult& r) { handleResult(*entry, r); });
                connect(entry->engine.get(), &bus::BusEngine::statusChanged, this,
                        [this, busId](const bus::BusStatus& s) { emit busStatusChanged(busId, s); });
                // While the CJ/T 188 part or another bus on the same line runs, the idle engine
                // hears those answers as unsolicited bytes: the one running records them itself.
                connect(entry->engine.get(), &bus::BusEngine::trafficRecorded, this,
                        [this, busId, entry](const bus::TrafficRecordPtr& r) {
                            if (r->kind == bus::TrafficRecord::Kind::Unsolicited && lineBusy(*entry))
                                return;
                            emit traffic(busId, r);
                        });
                connect(entry->engine.get(), &bus::BusEngine::finished, this,
                        [this, entry](const bus::RunSummary& summary) { mbusFinished(*entry, summary); });
                entry->cjt188 = std::make_unique<bus::Cjt188Reader>(link, row.bus);
                connect(entry->cjt188.get(), &bus::Cjt188Reader::meterRead, this,
                        [this, entry](const bus::Cjt188Result& r) {
                            if (entry->commandMeter)
                                emit cjt188CommandDone(entry->id, *entry->commandMeter, r);
                            else
                                handleCjt188Result(*entry, r);
                        });
                connect(entry->cjt188.get(), &bus::Cjt188Reader::trafficRecorded, this,
                        [this, busId](const bus::TrafficRecordPtr& r) { emit traffic(busId, r); });
                connect(entry->cjt188.get(), &bus::Cjt188Reader::progress, this,
                        [this, entry](int done, int total) {
                            bus::BusStatus s;
                            s.state = bus::BusState::Reading;
                            s.done = entry->summary.requested + done;
                            s.total = entry->summary.requested + total;
                            emit busStatusChanged(entry->id, s);
                        });
                connect(entry->cjt188.get(), &bus::Cjt188Reader::finished, this,
                        [this, entry](int ok, int failed, bool cancelled) {
                            cjt188Finished(*entry, ok, failed, cancelled);
                        });
            }
        }
    }
    for (const auto& meter : config.meters(&error))
        if (const auto bus = m_buses.find(meter.busId); bus != m_buses.end())
            bus->second->meters.append(meter);
    for (auto& [id, channel] : m_channels)
        if (channel->link)
            channel->link->open();
    return problems;
}

QString Station::dtuServerId(const ChannelSettings& channel) const {
    // The server reads every registration in one format; an ASCII ID on a hex server is the hex
    // text of its characters, which is what the server will make of its registration packet.
    const auto channelFormat =
        channel.dtuIdHex ? link::DtuIdRules::Format::Hex : link::DtuIdRules::Format::Ascii;
    return link::dtuIdText(link::dtuIdWire(channel.dtuId, channelFormat), m_dtuFormat);
}

QString Station::listenForDtus(const std::vector<ChannelSettings>& dtuChannels) {
    if (dtuChannels.empty()) {
        m_dtuServer.reset();
        return {};
    }
    const QString listen = store::ConfigRepository(m_db)
                               .setting(QStringLiteral("dtu_listen"))
                               .value_or(QStringLiteral("0.0.0.0:5001"));
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = listen.mid(colon + 1).toUInt(&portOk);
    const QHostAddress host(listen.left(colon));
    if (colon < 0 || !portOk || port > 65535 || host.isNull())
        return tr("dtu_listen: '%1' is not HOST:PORT").arg(listen);
    link::DtuServerSettings settings;
    // One server hears every DTU; the ID format is the channels' (hex if any channel says hex).
    settings.idRules.format = std::any_of(dtuChannels.begin(), dtuChannels.end(),
                                          [](const ChannelSettings& c) { return c.dtuIdHex; })
                                  ? link::DtuIdRules::Format::Hex
                                  : link::DtuIdRules::Format::Ascii;
    m_dtuFormat = settings.idRules.format;
    // Each DTU is held to its channel's framing; the port hears every framing some channel uses.
    settings.framings.clear();
    for (const auto& c : dtuChannels) {
        settings.knownIds.insert(dtuServerId(c));
        settings.framingOf.insert(dtuServerId(c), c.dtuFraming);
        if (!settings.framings.contains(c.dtuFraming))
            settings.framings.append(c.dtuFraming);
    }
    std::sort(settings.framings.begin(), settings.framings.end());
    if (m_dtuServer && m_dtuServer->serverPort() == port &&
        m_dtuServer->settings().idRules.format == settings.idRules.format &&
        m_dtuServer->settings().framings == settings.framings) {
        m_dtuServer->setKnownIds(settings.knownIds);
        m_dtuServer->setFramingOf(settings.framingOf);
        return {};
    }
    m_dtuServer = std::make_unique<link::DtuServer>(settings);
    if (!m_dtuServer->listen(host, quint16(port))) {
        const QString error = m_dtuServer->errorString();
        m_dtuServer.reset();
        return tr("DTU port %1: %2").arg(listen, error);
    }
    return {};
}

void Station::stopAll() {
    // Queued runs first: cancelling a running bus would start the next one on its line.
    for (auto& [id, channel] : m_channels)
        channel->waiting.clear();
    for (auto& [id, bus] : m_buses)
        if (bus->pendingRun) {
            bus->pendingRun = {};
            emit busStatusChanged(id, bus->engine->status());
        }
    for (auto& [id, bus] : m_buses)
        if (bus->engine)
            stop(id);
}

bus::BusEngine* Station::engine(qint64 busId) const {
    const auto it = m_buses.find(busId);
    return it == m_buses.end() ? nullptr : it->second->engine.get();
}

bus::BusStatus Station::busStatus(qint64 busId) const {
    const auto it = m_buses.find(busId);
    if (it == m_buses.end())
        return offlineStatus(tr("unknown bus"));
    if (it->second->setupStatus)
        return *it->second->setupStatus;
    return it->second->engine->status();
}

link::Link* Station::channelLink(qint64 channelId) const {
    const auto it = m_channels.find(channelId);
    return it == m_channels.end() ? nullptr : it->second->link.get();
}

int Station::runningBuses() const {
    int n = 0;
    for (const auto& [id, bus] : m_buses)
        n += busy(*bus) ? 1 : 0;
    return n;
}

bool Station::readBus(qint64 busId, QString* why) {
    const auto it = m_buses.find(busId);
    if (it == m_buses.end()) {
        if (why)
            *why = tr("unknown bus");
        return false;
    }
    QList<qint64> ids;
    for (const auto& m : it->second->meters)
        if (m.active)
            ids.append(m.id);
    return readMeters(busId, ids, why);
}

bool Station::readMeters(qint64 busId, const QList<qint64>& meterIds, QString* why) {
    const auto fail = [why](const QString& message) {
        if (why)
            *why = message;
        return false;
    };
    const auto it = m_buses.find(busId);
    if (it == m_buses.end())
        return fail(tr("unknown bus"));
    BusEntry& bus = *it->second;
    if (const QString problem = unusable(bus); !problem.isEmpty())
        return fail(problem);
    if (meterIds.isEmpty())
        return fail(tr("bus %1 has no meters to read").arg(bus.name));

    std::vector<bus::MeterTarget> targets;
    std::vector<qint64> runMeters;
    std::vector<bus::Cjt188Target> cjtTargets;
    std::vector<qint64> cjtMeters;
    for (const qint64 id : meterIds) {
        const auto* meter = meterOf(bus, id);
        if (!meter)
            continue;
        MeterOutcome refused;
        refused.meterId = id;
        refused.busId = busId;
        if (meter->protocol == QLatin1String("cjt188")) {
            const auto address = cjt188::Address::fromText(meter->number.toStdString());
            if (!address) {
                refused.error = tr("'%1' is not a CJ/T 188 address (14 digits)").arg(meter->number);
                emit meterDone(refused);
                continue;
            }
            bus::Cjt188Target t;
            t.target.address = *address;
            t.target.meterType = cjt188MeterType(meter->medium);
            t.profile = m_profiles.profileOrDefault(meter->modelProfile.toStdString());
            cjtTargets.push_back(std::move(t));
            cjtMeters.push_back(id);
            continue;
        }
        auto target = targetFor(*meter, bus.meters);
        if (const auto* problem = std::get_if<QString>(&target)) {
            refused.error = *problem;
            emit meterDone(refused);
            continue;
        }
        targets.push_back(std::get<bus::MeterTarget>(target));
        runMeters.push_back(id);
    }
    if (targets.empty() && cjtTargets.empty())
        return fail(tr("none of the chosen meters can be read on bus %1").arg(bus.name));

    runOrQueue(bus, [this, &bus, targets = std::move(targets), runMeters = std::move(runMeters),
                     cjtTargets = std::move(cjtTargets), cjtMeters = std::move(cjtMeters)]() mutable {
        bus.runMeters = std::move(runMeters);
        bus.cjt188Pending = std::move(cjtTargets);
        bus.cjt188Meters = std::move(cjtMeters);
        bus.summary = {};
        bus.runClock.start();
        if (targets.empty())
            runCjt188(bus);
        else
            bus.engine->readMeters(std::move(targets));
    });
    return true;
}

bool Station::lineBusy(const BusEntry& bus) const {
    if (bus.cjt188 && bus.cjt188->isRunning())
        return true;
    for (const auto& [id, other] : m_buses)
        if (other.get() != &bus && other->channelId == bus.channelId && busy(*other))
            return true;
    return false;
}

QString Station::unusable(const BusEntry& bus) const {
    if (bus.setupStatus)
        return bus.setupStatus->evidence;
    if (busy(bus))
        return tr("bus %1 is already being read").arg(bus.name);
    if (const auto* link = channelLink(bus.channelId); !link->isOpen())
        return link->lastError().message.isEmpty()
                   ? tr("%1 is not connected yet").arg(link->description())
                   : tr("%1 is not connected: %2").arg(link->description(), link->lastError().message);
    return {};
}

bool Station::setValve(qint64 meterId, bool open, QString* why) {
    for (auto& [id, bus] : m_buses) {
        const auto* meter = meterOf(*bus, meterId);
        if (!meter)
            continue;
        const auto address = cjt188::Address::fromText(meter->number.toStdString());
        if (meter->protocol != QLatin1String("cjt188") || !address) {
            if (why)
                *why = tr("meter %1 is no CJ/T 188 meter: it has no valve HeatDesk can switch")
                           .arg(meter->number);
            return false;
        }
        bus::Cjt188Target t;
        t.job = open ? bus::Cjt188Job::OpenValve : bus::Cjt188Job::CloseValve;
        t.target.address = *address;
        t.target.meterType = cjt188MeterType(meter->medium);
        t.profile = m_profiles.profileOrDefault(meter->modelProfile.toStdString());
        return runCjt188Command(*bus, meterId, std::move(t), why);
    }
    if (why)
        *why = tr("unknown meter");
    return false;
}

bool Station::resetMeter(qint64 meterId, QString* why) {
    const auto fail = [why](const QString& message) {
        if (why)
            *why = message;
        return false;
    };
    for (auto& [id, entry] : m_buses) {
        BusEntry& bus = *entry;
        const auto* meter = meterOf(bus, meterId);
        if (!meter)
            continue;
        if (meter->protocol == QLatin1String("cjt188"))
            return fail(tr("meter %1 is a CJ/T 188 meter: it has no M-Bus link to reset").arg(meter->number));
        auto target = targetFor(*meter, bus.meters);
        if (const auto* problem = std::get_if<QString>(&target))
            return fail(*problem);
        if (const QString problem = unusable(bus); !problem.isEmpty())
            return fail(problem);
        runOrQueue(bus, [this, &bus, meterId, target = std::get<bus::MeterTarget>(target)] {
            bus.commandMeter = meterId;
            bus.engine->resetMeters({target});
        });
        return true;
    }
    return fail(tr("unknown meter"));
}

bool Station::readCjt188Address(qint64 busId, QString* why) {
    const auto it = m_buses.find(busId);
    if (it == m_buses.end()) {
        if (why)
            *why = tr("unknown bus");
        return false;
    }
    bus::Cjt188Target t;
    t.job = bus::Cjt188Job::ReadAddress;
    t.profile = m_profiles.profileOrDefault({});
    return runCjt188Command(*it->second, 0, std::move(t), why);
}

bool Station::runCjt188Command(BusEntry& bus, qint64 meterId, bus::Cjt188Target target, QString* why) {
    if (const QString problem = unusable(bus); !problem.isEmpty()) {
        if (why)
            *why = problem;
        return false;
    }
    runOrQueue(bus, [this, &bus, meterId, target = std::move(target)]() mutable {
        bus.commandMeter = meterId;
        bus::BusStatus s;
        s.state = bus::BusState::Reading;
        s.total = 1;
        emit busStatusChanged(bus.id, s);
        bus.cjt188->run({std::move(target)});
    });
    return true;
}

void Station::endCommand(BusEntry& bus) {
    // A command is not a read: no run summary, the bus is as its engine last left it.
    bus.commandMeter.reset();
    emit busStatusChanged(bus.id, bus.engine->status());
    startNextOnLine(bus.channelId);
}

void Station::cjt188Finished(BusEntry& bus, int ok, int failed, bool cancelled) {
    if (bus.commandMeter) {
        endCommand(bus);
        return;
    }
    bus.summary.requested += ok + failed;
    bus.summary.ok += ok;
    bus.summary.failed += failed;
    bus.summary.cancelled = bus.summary.cancelled || cancelled;
    finishRun(bus);
}

bool Station::busy(const BusEntry& bus) const {
    return (bus.engine && bus.engine->isRunning()) || (bus.cjt188 && bus.cjt188->isRunning()) ||
           bool(bus.pendingRun);
}

void Station::mbusFinished(BusEntry& bus, const bus::RunSummary& summary) {
    if (bus.commandMeter) {
        endCommand(bus);
        return;
    }
    bus.summary = summary;
    if (!bus.cjt188Pending.empty() && !summary.cancelled)
        runCjt188(bus);
    else
        finishRun(bus);
}

void Station::runCjt188(BusEntry& bus) {
    if (bus.cjt188Pending.empty()) {
        finishRun(bus);
        return;
    }
    bus.cjt188->run(std::exchange(bus.cjt188Pending, {}));
}

void Station::finishRun(BusEntry& bus) {
    bus.cjt188Pending.clear();
    if (bus.summary.status.state == bus::BusState::Reading || bus.summary.requested == 0)
        bus.summary.status = bus.engine->status();
    bus.summary.elapsedMs = bus.runClock.elapsed();
    emit busStatusChanged(bus.id, bus.summary.status);
    emit busFinished(bus.id, bus.summary);
    startNextOnLine(bus.channelId);
}

void Station::handleCjt188Result(BusEntry& bus, const bus::Cjt188Result& result) {
    if (result.index < 0 || std::size_t(result.index) >= bus.cjt188Meters.size())
        return;
    MeterOutcome outcome;
    outcome.busId = bus.id;
    outcome.meterId = bus.cjt188Meters[std::size_t(result.index)];
    outcome.retries = std::max(0, result.attempts - 1);
    outcome.elapsedMs = result.elapsedMs;
    if (!result.ok) {
        outcome.error = result.error;
        emit meterDone(outcome);
        return;
    }
    const auto* meter = meterOf(bus, outcome.meterId);
    const auto& profile =
        m_profiles.profileOrDefault(meter ? meter->modelProfile.toStdString() : std::string());
    const auto raw = std::span(reinterpret_cast<const std::uint8_t*>(result.frame.constData()),
                               std::size_t(result.frame.size()));
    const auto decoded = cjt188::decodeMessage(raw, profile);
    const auto* message = std::get_if<cjt188::Message>(&decoded);
    if (!message || !cjt188::toHeatReading(*message, raw, outcome.reading.values, profile)) {
        outcome.error = tr("the CJ/T 188 reply did not decode as current data");
        emit meterDone(outcome);
        return;
    }
    accept(outcome, QStringLiteral("cjt188"));
}

void Station::accept(MeterOutcome& outcome, const QString& protocol) {
    outcome.ok = true;
    outcome.reading.meterId = outcome.meterId;
    outcome.reading.readAtMs = QDateTime::currentMSecsSinceEpoch();
    outcome.reading.protocol = protocol;
    emit recordReading(outcome.reading);
    emit meterDone(outcome);
}

const store::MeterConfig* Station::meterOf(const BusEntry& bus, qint64 meterId) {
    const auto it = std::find_if(bus.meters.begin(), bus.meters.end(),
                                 [meterId](const store::MeterConfig& m) { return m.id == meterId; });
    return it == bus.meters.end() ? nullptr : &*it;
}

void Station::runOrQueue(BusEntry& bus, std::function<void()> run) {
    // Buses behind one line take turns: the line carries one exchange at a time.
    if (lineBusy(bus)) {
        bus.pendingRun = std::move(run);
        m_channels[bus.channelId]->waiting.push_back(bus.id);
        bus::BusStatus waiting;
        waiting.state = bus::BusState::Reading;
        waiting.evidence = tr("waiting: another bus on this line is being read");
        emit busStatusChanged(bus.id, waiting);
        return;
    }
    run();
}

void Station::startNextOnLine(qint64 channelId) {
    auto& waiting = m_channels[channelId]->waiting;
    while (!waiting.empty()) {
        const auto next = m_buses.find(waiting.front());
        waiting.pop_front();
        if (next != m_buses.end() && next->second->pendingRun) {
            std::exchange(next->second->pendingRun, {})();
            return;
        }
    }
}

void Station::stop(qint64 busId) {
    const auto it = m_buses.find(busId);
    if (it == m_buses.end() || !it->second->engine)
        return;
    BusEntry& bus = *it->second;
    if (bus.pendingRun) { // not started yet: it only leaves the queue
        bus.pendingRun = {};
        auto& waiting = m_channels[bus.channelId]->waiting;
        waiting.erase(std::remove(waiting.begin(), waiting.end(), busId), waiting.end());
        emit busStatusChanged(busId, bus.engine->status());
        return;
    }
    bus.cjt188Pending.clear();
    bus.engine->cancel();
    bus.cjt188->cancel();
}

void Station::handleResult(BusEntry& bus, const bus::MeterResult& result) {
    MeterOutcome outcome;
    outcome.busId = bus.id;
    outcome.retries = result.retries;
    outcome.elapsedMs = result.elapsedMs;
    if (result.index < 0 || std::size_t(result.index) >= bus.runMeters.size())
        return;
    outcome.meterId = bus.runMeters[std::size_t(result.index)];
    if (!result.ok) {
        outcome.error = result.error;
        emit meterDone(outcome);
        return;
    }
    const auto raw = std::span(reinterpret_cast<const std::uint8_t*>(result.raw.constData()),
                               std::size_t(result.raw.size()));
    mbus::Telegram telegram;
    if (const auto error = mbus::decodeFrames(raw, telegram)) {
        outcome.error = QStringLiteral("decode: %1")
                            .arg(QString::fromStdString(std::string(mbus::errorCodeName(error->code))));
        emit meterDone(outcome);
        return;
    }
    const auto* meter = meterOf(bus, outcome.meterId);
    // An answer from another meter (a wrong or duplicate primary address) must not become this
    // meter's history: it is refused here and stays visible in the telegram monitor.
    if (meter && meter->number.size() == 8 && meterNumberOf(telegram) != meter->number) {
        outcome.error =
            tr("answer came from meter %1, expected %2").arg(meterNumberOf(telegram), meter->number);
        emit meterDone(outcome);
        return;
    }
    mbus::toHeatReading(telegram, raw, outcome.reading.values);
    accept(outcome, QStringLiteral("mbus"));
}

} // namespace heatdesk::station
