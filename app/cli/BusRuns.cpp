// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/BusRuns.h"

#include "cli/ExitCode.h"
#include "cli/Output.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <algorithm>
#include <cstdio>

namespace heatdesk::cli {
namespace {

// Opens the link on the event loop and returns once it is open or has failed.
bool openLink(link::Link& l) {
    QEventLoop loop;
    QObject::connect(&l, &link::Link::stateChanged, &loop, [&](link::Link::State s) {
        if (s == link::Link::State::Open || s == link::Link::State::Closed)
            loop.quit();
    });
    l.open();
    if (l.state() == link::Link::State::Opening)
        loop.exec();
    return l.isOpen();
}

} // namespace

int openBuses(const char* cmd, LinkChoice& choice, bool trace, std::vector<BusRun>& buses) {
    auto add = [&](link::Link* l, const QString& dtu) {
        bus::BusConfig config = choice.config;
        if (!dtu.isEmpty())
            config.name = dtu;
        auto engine = std::make_unique<bus::BusEngine>(l, config);
        if (trace)
            QObject::connect(
                engine.get(), &bus::BusEngine::trafficRecorded, [dtu](const bus::TrafficRecordPtr& r) {
                    const QString line = bus::traceLine(*r);
                    std::fprintf(stderr, "%s\n",
                                 qPrintable(dtu.isEmpty() ? line : dtu + QStringLiteral(": ") + line));
                });
        buses.push_back({dtu, std::move(engine), {}});
    };
    if (choice.dtus) {
        if (const QString error = choice.dtus->listen(); !error.isEmpty())
            return fail(cmd, error, ExitCode::Resource);
        choice.dtus->waitForDtus();
        for (const auto& l : choice.dtus->links())
            add(l.get(), l->dtuId());
        return ExitCode::Ok;
    }
    if (!openLink(*choice.link))
        return fail(cmd, choice.link->lastError().message, ExitCode::Resource);
    add(choice.link.get(), {});
    return ExitCode::Ok;
}

qint64 runAll(std::vector<BusRun>& buses, const std::function<bool(bus::BusEngine&)>& start) {
    QElapsedTimer clock;
    clock.start();
    QEventLoop loop;
    std::size_t running = buses.size();
    for (BusRun& b : buses)
        QObject::connect(b.engine.get(), &bus::BusEngine::finished, &loop, [&](const bus::RunSummary& s) {
            b.summary = s;
            if (--running == 0)
                loop.quit();
        });
    for (BusRun& b : buses)
        if (!start(*b.engine))
            --running;
    if (running > 0) // a bus whose link is down finishes inside start()
        loop.exec();
    return clock.elapsed();
}

int finalStatus(const char* cmd, const DtuFleet* dtus, bool itemFailed) {
    if (dtus && dtus->dialledIn() == 0)
        return fail(cmd,
                    QStringLiteral("no DTU dialled in to %1 within %2 s")
                        .arg(dtus->listenAddress())
                        .arg(dtus->options().wait.count()),
                    ExitCode::Resource);
    if (dtus && dtus->dialledIn() < std::max(dtus->awaited(), int(dtus->links().size())))
        return ExitCode::ItemFailed;
    return itemFailed ? ExitCode::ItemFailed : ExitCode::Ok;
}

} // namespace heatdesk::cli
