// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace heatdesk::cli {

// Exit statuses of heatdesk-cli (shared/docs/cli.md): other programs act on them.
namespace ExitCode {
constexpr int Ok = 0;
constexpr int Usage = 1;      // unknown flag, bad argument
constexpr int ItemFailed = 2; // the work ran but some item failed
constexpr int Resource = 3;   // a file, port or database could not be used
} // namespace ExitCode

} // namespace heatdesk::cli
