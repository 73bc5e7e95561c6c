// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/CsvReader.h"

#include <gtest/gtest.h>

using heatdesk::text::readCsv;

TEST(CsvReader, QuotesSeparatorsAndLineNumbers) {
    const auto t = readCsv("\xEF\xBB\xBF"
                           "a;b;c\r\n\r\n1;\"x;\"\"y\"\"\";3\n2;\"two\nlines\";\"\"\n4;5;6",
                           100);
    ASSERT_TRUE(t.error.isEmpty()) << t.error.toStdString();
    EXPECT_EQ(t.separator, QLatin1Char(';'));
    ASSERT_EQ(t.records.size(), 4);
    EXPECT_EQ(t.records[0].fields, QStringList({"a", "b", "c"}));
    EXPECT_EQ(t.records[1].line, 3);
    EXPECT_EQ(t.records[1].fields, QStringList({"1", "x;\"y\"", "3"}));
    EXPECT_EQ(t.records[2].line, 4);
    EXPECT_EQ(t.records[2].fields, QStringList({"2", "two\nlines", ""}));
    EXPECT_EQ(t.records[3].line, 6);
}

TEST(CsvReader, TabsWinWhenTheHeaderHasMostOfThem) {
    const auto t = readCsv("number\tlocation\n1\tA, B\n", 100);
    EXPECT_EQ(t.separator, QLatin1Char('\t'));
    ASSERT_EQ(t.records.size(), 2);
    EXPECT_EQ(t.records[1].fields, QStringList({"1", "A, B"}));
}

TEST(CsvReader, RefusesWhatItCannotReadWhole) {
    EXPECT_EQ(readCsv("a\n\"open\n", 100).error, QStringLiteral("line 2: a quoted field is not closed"));
    EXPECT_TRUE(
        readCsv("a\n\xC4\xE3\xBA\xC3\n", 100).error.startsWith(QStringLiteral("the file is not UTF-8")));
    EXPECT_EQ(readCsv("1\n2\n3\n", 2).error,
              QStringLiteral("the file has more than 2 lines: split it into smaller files"));
    EXPECT_TRUE(readCsv("1\n2\n", 2).error.isEmpty());
}
