// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <string>

namespace heatdesk::cli {

// One line of machine output on stdout, flushed at once: JSON Lines consumers read line by line
// while a long command is still running.
void printLine(const std::string& line);

// A human message on stderr ("heatdesk-cli <command>: <message>"); returns `status` so that
// callers can `return fail(...)`.
int fail(const char* command, const QString& message, int status);

} // namespace heatdesk::cli
