// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/JsonWriter.h"

#include <cstdint>
#include <gtest/gtest.h>

using heatdesk::cli::decimalText;
using heatdesk::cli::JsonWriter;

TEST(JsonWriter, DecimalsAreExact) {
    EXPECT_EQ(decimalText(332, -3), "0.332");
    EXPECT_EQ(decimalText(2500, -2), "25");
    EXPECT_EQ(decimalText(-5, -1), "-0.5");
    EXPECT_EQ(decimalText(0, -3), "0");
    EXPECT_EQ(decimalText(7, 3), "7000");
    EXPECT_EQ(decimalText(123456789012, -3), "123456789.012");
    EXPECT_EQ(decimalText(INT64_MIN, 0), "-9223372036854775808");
    EXPECT_EQ(decimalText(1, -12), "0.000000000001");
}

TEST(JsonWriter, KeepsKeyOrderAndSeparators) {
    JsonWriter json;
    json.beginObject().key("z").value(1).key("a").beginArray().value("x").value(true).null().endArray();
    json.key("d").decimal(-15, -1).endObject();
    EXPECT_EQ(json.text(), R"({"z":1,"a":["x",true,null],"d":-1.5})");
}

TEST(JsonWriter, EscapesControlCharactersAndQuotes) {
    JsonWriter json;
    json.value(std::string_view("a\"b\\c\n\x01", 7));
    EXPECT_EQ(json.text(), R"("a\"b\\c\n\u0001")");
}

TEST(JsonWriter, NonFiniteRealsAreNull) {
    JsonWriter json;
    json.beginArray().value(std::numeric_limits<double>::quiet_NaN()).value(0.1).endArray();
    EXPECT_EQ(json.text(), "[null,0.1]");
}
