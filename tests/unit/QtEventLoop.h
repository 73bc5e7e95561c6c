// SPDX-License-Identifier: GPL-3.0-or-later
// GoogleTest's main() creates no Qt application; tests that need Qt's event loop (sockets, timers,
// signals across the loop) call this first. One application lives for the whole test program.
#pragma once

#include <QCoreApplication>

namespace testqt {

inline void ensureApp() {
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "heatdesk_unit_tests";
    static char* argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
}

} // namespace testqt
