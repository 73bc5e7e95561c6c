// SPDX-License-Identifier: GPL-3.0-or-later
#include "main/DomainText.h"

#include <QCoreApplication>

namespace heatdesk::ui {

namespace {

QString translated(const char* text) {
    return QCoreApplication::translate("heatdesk::ui::DomainText", text);
}

} // namespace

QString channelKindText(const QString& kind) {
    if (kind == QLatin1String("serial"))
        return translated(QT_TRANSLATE_NOOP("heatdesk::ui::DomainText", "serial port"));
    if (kind == QLatin1String("tcp"))
        return translated(QT_TRANSLATE_NOOP("heatdesk::ui::DomainText", "TCP"));
    if (kind == QLatin1String("dtu"))
        return translated(QT_TRANSLATE_NOOP("heatdesk::ui::DomainText", "GPRS DTU"));
    return kind;
}

QString mediumText(const QString& medium) {
    // EN 13757-3 media (snake_case as the decoder names them) and CJ/T 188 meter types.
    static const struct {
        const char* key;
        const char* text;
    } kMedia[] = {
        {"heat_outlet", QT_TRANSLATE_NOOP("heatdesk::ui::DomainText", "heat (outlet)")},
        {"heat_inlet", QT_TRANSLATE_NOOP("heatdesk::ui::DomainText", "heat (inlet)")},
        {"heat", QT_TRANSLATE_NOOP("heatdesk::ui::DomainText", "heat")},
        {"heat_cooling", QT_TRANSLATE_NOOP("heatdesk::ui::DomainText", "heat and cooling")},
        {"cooling_outlet", QT_TRANSLATE_NOOP("heatdesk::ui::DomainText", "cooling (outlet)")},
        {"cooling_inlet", QT_TRANSLATE_NOOP("heatdesk::ui::DomainText", "cooling (inlet)")},
        {"cooling", QT_TRANSLATE_NOOP("heatdesk::ui::DomainText", "cooling")},
        {"warm_water", QT_TRANSLATE_NOOP("heatdesk::ui::DomainText", "warm water")},
        {"hot_water", QT_TRANSLATE_NOOP("heatdesk::ui::DomainText", "hot water")},
        {"cold_water", QT_TRANSLATE_NOOP("heatdesk::ui::DomainText", "cold water")},
        {"water", QT_TRANSLATE_NOOP("heatdesk::ui::DomainText", "water")},
        {"gas", QT_TRANSLATE_NOOP("heatdesk::ui::DomainText", "gas")},
        {"electricity", QT_TRANSLATE_NOOP("heatdesk::ui::DomainText", "electricity")},
        {"heat_cost_allocator", QT_TRANSLATE_NOOP("heatdesk::ui::DomainText", "heat cost allocator")},
        {"other", QT_TRANSLATE_NOOP("heatdesk::ui::DomainText", "other")},
    };
    for (const auto& m : kMedia)
        if (medium == QLatin1String(m.key))
            return translated(m.text);
    return medium;
}

} // namespace heatdesk::ui
