// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Output.h"

#include <cstdio>

namespace heatdesk::cli {

void printLine(const std::string& line) {
    std::fwrite(line.data(), 1, line.size(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

int fail(const char* command, const QString& message, int status) {
    std::fprintf(stderr, "heatdesk-cli %s: %s\n", command, qPrintable(message));
    return status;
}

} // namespace heatdesk::cli
