// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bus/BusEngine.h"
#include "cli/DtuFleet.h"
#include "cli/ExitCode.h"
#include "link/Link.h"

#include <QCommandLineParser>
#include <memory>

namespace heatdesk::cli {

// The LINK of read and scan (shared/docs/cli.md): --port, --tcp or --dtu-listen with the DTUs'
// waiting and framing options, and the timing options every link shares.
void addLinkOptions(QCommandLineParser& p);

// The link the options chose, not yet open: one link for --port or --tcp, a fleet of DTUs for
// --dtu-listen. `status` is Usage, with `error` saying why, when the options do not fit.
struct LinkChoice {
    std::unique_ptr<link::Link> link; // --port, --tcp
    std::unique_ptr<DtuFleet> dtus;   // --dtu-listen
    bus::BusConfig config;
    int status = ExitCode::Ok;
    QString error;
};

LinkChoice makeLink(const QCommandLineParser& p);

} // namespace heatdesk::cli
