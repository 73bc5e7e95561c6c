// SPDX-License-Identifier: GPL-3.0-or-later
#include "bus/BusStatus.h"

#include <QCoreApplication>

namespace heatdesk::bus {

QString busStateName(BusState state) {
    switch (state) {
    case BusState::Idle:
        return QStringLiteral("idle");
    case BusState::Reading:
        return QStringLiteral("reading");
    case BusState::NoLoadSuspected:
        return QStringLiteral("no_load_suspected");
    case BusState::OverloadSuspected:
        return QStringLiteral("overload_suspected");
    case BusState::Offline:
        return QStringLiteral("offline");
    }
    return QStringLiteral("idle");
}

namespace {

// In the window's language when a translator is installed (the window), English otherwise (the
// command line's JSON).
QString translated(const char* text) {
    return QCoreApplication::translate("heatdesk::bus::BusStatusInference", text);
}

} // namespace

BusStatus BusStatusInference::infer() const {
    const int total = m_clean + m_silent + m_garbled;
    BusStatus s;
    const QString tally =
        translated(QT_TRANSLATE_NOOP("heatdesk::bus::BusStatusInference",
                                     "%1 of %2 addresses answered cleanly, %3 silent, %4 garbled "
                                     "(%5 garbage bytes, %6 checksum errors, %7 collisions)"))
            .arg(m_clean)
            .arg(total)
            .arg(m_silent)
            .arg(m_garbled)
            .arg(m_garbageBytes)
            .arg(m_checksumErrors)
            .arg(m_collisions);
    if (total == 0) {
        s.evidence = translated(QT_TRANSLATE_NOOP("heatdesk::bus::BusStatusInference", "nothing asked yet"));
        return s;
    }
    // Every address silent: a bus without power or a master that does not drive it looks like
    // this; so does an empty range, which is why it is only a suspicion.
    if (m_clean == 0 && m_garbled == 0 && m_silent >= kMinEvidence) {
        s.state = BusState::NoLoadSuspected;
        s.inferred = true;
        s.evidence = translated(QT_TRANSLATE_NOOP("heatdesk::bus::BusStatusInference",
                                                  "inferred: %1; no byte came back from the bus"))
                         .arg(tally);
        return s;
    }
    // Garbage across many addresses with hardly a clean answer: an overloaded bus (too many
    // meters, a short) distorts every answer, unlike noise that hits one exchange.
    if (m_garbled >= kMinEvidence && m_garbled * 2 >= total && m_clean * 4 <= m_garbled) {
        s.state = BusState::OverloadSuspected;
        s.inferred = true;
        s.evidence =
            translated(QT_TRANSLATE_NOOP("heatdesk::bus::BusStatusInference", "inferred: %1")).arg(tally);
        return s;
    }
    s.evidence = tally;
    return s;
}

} // namespace heatdesk::bus
