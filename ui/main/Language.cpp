// SPDX-License-Identifier: GPL-3.0-or-later
#include "main/Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace heatdesk::ui {

Language::Language(QObject* parent)
    : QObject(parent) {}

void Language::apply(const QString& code) {
    const QString lang = code == QLatin1String("zh_CN") ? code : QStringLiteral("en");
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
    if (m_app.load(QStringLiteral(":/i18n/heatdesk_%1.qm").arg(lang)))
        QCoreApplication::installTranslator(&m_app);
    if (m_qt.load(QStringLiteral("qtbase_%1").arg(lang), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    m_current = lang;
    QLocale::setDefault(QLocale(lang == QLatin1String("zh_CN") ? QLocale::Chinese : QLocale::English,
                                lang == QLatin1String("zh_CN") ? QLocale::China : QLocale::UnitedStates));
}

QString Language::systemDefault() {
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

QString Language::nativeName(const QString& code) {
    return code == QLatin1String("zh_CN") ? QStringLiteral("简体中文") : QStringLiteral("English");
}

} // namespace heatdesk::ui
