// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QTranslator>

namespace heatdesk::ui {

// The interface language. Switching installs the compiled translation (built into the library
// under :/i18n) and Qt's own (standard dialogs, buttons); every widget then gets a LanguageChange
// event and retranslates itself at once, without a restart.
class Language : public QObject {
    Q_OBJECT
public:
    explicit Language(QObject* parent = nullptr);

    // "zh_CN" or "en"; anything else falls back to English.
    void apply(const QString& code);
    [[nodiscard]] QString current() const { return m_current; }
    // The system locale's choice: Chinese for any zh locale, English otherwise.
    static QString systemDefault();
    static QStringList available() { return {QStringLiteral("zh_CN"), QStringLiteral("en")}; }
    // The language's own name, for the menu: 简体中文, English.
    static QString nativeName(const QString& code);

private:
    QTranslator m_app;
    QTranslator m_qt;
    QString m_current;
};

} // namespace heatdesk::ui
