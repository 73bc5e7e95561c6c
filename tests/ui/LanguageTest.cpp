// SPDX-License-Identifier: GPL-3.0-or-later
#include "main/Language.h"

#include <QCoreApplication>
#include <gtest/gtest.h>

using heatdesk::ui::Language;

TEST(Language, UnknownCodesFallBackToEnglish) {
    Language language;
    language.apply(QStringLiteral("fr_FR"));
    EXPECT_EQ(language.current(), QStringLiteral("en"));
    language.apply(QStringLiteral("zh_CN"));
    EXPECT_EQ(language.current(), QStringLiteral("zh_CN"));
    language.apply(QStringLiteral("en"));
}

TEST(Language, NativeNamesForTheMenu) {
    EXPECT_EQ(Language::nativeName(QStringLiteral("zh_CN")), QStringLiteral("简体中文"));
    EXPECT_EQ(Language::nativeName(QStringLiteral("en")), QStringLiteral("English"));
}
