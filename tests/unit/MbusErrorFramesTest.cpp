// SPDX-License-Identifier: GPL-3.0-or-later
// Every broken or error telegram in tests/data/mbus/error-frames (libmbus's test corpus, see
// tests/data/mbus/ORIGIN.md) is rejected with a precise error code and an offset at (or next to) the
// byte that is wrong. Offsets count from the first 68; in a long frame 68 L L 68 C A CI the CI is at
// 6, the fixed header at 7..18 and the first record at 19.
#include "TestData.h"
#include "mbus/Telegram.h"
#include "text/HexText.h"

#include <QFile>
#include <QString>
#include <QStringDecoder>
#include <QXmlStreamReader>
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

using namespace heatdesk;
using namespace heatdesk::mbus;

namespace {

using testdata::readFile;

namespace fs = std::filesystem;

const fs::path kErrorFrameDir = fs::path(HEATDESK_TEST_DATA_DIR) / "mbus" / "error-frames";

struct ExpectedError {
    std::string_view file; // without .hex
    ErrorCode code;
    std::size_t offset;
    int detail; // DecodeError::detail: the meter's error byte for CI 70, else -1
    std::string_view why;
};

// clang-format off
constexpr ExpectedError kExpected[] = {
    // CI 70 (application error): offset 6 is the CI that announces it, detail the error byte after it.
    {"application_busy",        ErrorCode::ApplicationError, 6, 8,  "70 08: application busy"},
    {"buffer_too_long",         ErrorCode::ApplicationError, 6, 2,  "70 02: buffer too long, truncated"},
    {"error",                   ErrorCode::ApplicationError, 6, -1, "68 03 03 68 08 01 70: CI 70 without an error byte"},
    {"premature_end_of_record", ErrorCode::ApplicationError, 6, 4,  "70 04: premature end of record"},
    {"too_many_difes",          ErrorCode::ApplicationError, 6, 5,  "70 05: more than 10 DIFE"},
    {"too_many_records",        ErrorCode::ApplicationError, 6, 3,  "70 03: too many records"},
    {"too_many_readouts",       ErrorCode::ApplicationError, 6, 9,  "70 09: too many readouts"},
    {"too_many_vifes",          ErrorCode::ApplicationError, 6, 6,  "70 06: more than 10 VIFE"},
    {"unimplemented_ci",        ErrorCode::ApplicationError, 6, 1,  "70 01: unimplemented CI"},
    {"unspecified_error",       ErrorCode::ApplicationError, 6, 0,  "70 00: unspecified error"},
    // L = 1C: user data ends at 31. The record 8B 60 04 at 29 (BCD, 3 bytes) has no data at all: the
    // error names that record's DIF.
    {"premature_end_of_data1",  ErrorCode::TruncatedRecord, 29, -1, "8B 60 04 at 29 needs 3 data bytes from 32, the CS is there"},
    // L = 1E: the same record has 2 of its 3 data bytes (37 18 at 32..33).
    {"premature_end_of_data2",  ErrorCode::TruncatedRecord, 29, -1, "8B 60 04 at 29 needs 3 data bytes, only 37 18 follow"},
    // L = 1A: DIF 8B at 29 announces a DIFE; byte 30 is already the CS.
    {"premature_end_of_dif1",   ErrorCode::TruncatedRecord, 30, -1, "DIF 8B at 29, DIFE missing at 30"},
    // L = 1B: DIF 8B at 29, DIFE 8B at 30 announces another; 31 is the CS.
    {"premature_end_of_dif2",   ErrorCode::TruncatedRecord, 31, -1, "DIFE 8B at 30, next DIFE missing at 31"},
    // L = 1B: DIF 8B 60 at 29..30 ends the DIB; the VIF would be at 31, the CS.
    {"premature_end_of_vif1",   ErrorCode::TruncatedRecord, 31, -1, "DIB 8B 60 at 29, VIF missing at 31"},
    // L = 2E: third record 12 FC at 41..42, plain-text length 13 (19 characters) at 43, only 6 bytes left.
    {"premature_end_of_var_vif1", ErrorCode::TruncatedRecord, 43, -1, "plain-text length 13 at 43, 6 bytes left"},
    // Same frame with length F3 (243 characters) at 43.
    {"too_long_var_vif",        ErrorCode::TruncatedRecord, 43, -1, "plain-text length F3 at 43, 6 bytes left"},
    // DIF 8B at 29, ten DIFE 8B at 30..39 all with the extension bit: the eleventh DIFE (60) is at 40.
    {"too_many_dife",           ErrorCode::TooManyDife, 40, -1, "eleventh DIFE at 40"},
    // DIF 8B 60 at 29..30, VIF 84 at 31, ten VIFE 84 at 32..41: the eleventh VIFE (04) is at 42.
    {"too_many_vife",           ErrorCode::TooManyVife, 42, -1, "eleventh VIFE at 42"},
    // L = 08: CI 72 announces a 12-byte header, only 5 bytes (7..11) follow; 12 is the CS.
    {"too_short_header",        ErrorCode::TruncatedHeader, 12, -1, "header 7..18 expected, user data ends at 11"},
};
// clang-format on

// libmbus's text for the CI 70 error byte (its NAME.xml, where there is one).
std::string_view libmbusErrorText(int detail) {
    switch (detail) {
    case -1:
    case 0:
        return "Unspecified error";
    case 1:
        return "Unimplemented CI-Field";
    case 2:
        return "Buffer too long, truncated";
    case 3:
        return "Too many records";
    case 4:
        return "Premature end of record";
    case 5:
        return "More than 10 DIFE´s";
    case 6:
        return "More than 10 VIFE´s";
    case 8:
        return "Application busy";
    case 9:
        return "Too many readouts";
    default:
        return "";
    }
}

// The <Error> of libmbus's NAME.xml. The file declares ISO-8859-1 but holds UTF-8 ("´" as C2 B4):
// read it as declared, then undo the double encoding.
std::string libmbusError(const fs::path& path) {
    QFile file(QString::fromStdString(path.string()));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"Error") {
            const QString latin1 = xml.readElementText();
            QStringDecoder utf8(QStringDecoder::Utf8);
            const QString text = utf8(latin1.toLatin1());
            return (utf8.hasError() ? latin1 : text).toStdString();
        }
    }
    return {};
}

const ExpectedError* expectedFor(std::string_view name) {
    for (const auto& e : kExpected)
        if (e.file == name)
            return &e;
    return nullptr;
}

std::string testName(const testing::TestParamInfo<std::string>& info) {
    std::string name = info.param;
    for (char& c : name)
        if (!std::isalnum(static_cast<unsigned char>(c)))
            c = '_';
    return name;
}

class MbusErrorFrames : public testing::TestWithParam<std::string> {};

} // namespace

TEST(MbusErrorFrameFiles, EveryFileHasAnExpectation) {
    const auto names = testdata::hexFileStems(kErrorFrameDir);
    EXPECT_EQ(names.size(), std::size(kExpected)) << "files in " << kErrorFrameDir;
    for (const auto& e : kExpected)
        EXPECT_NE(std::find(names.begin(), names.end(), std::string(e.file)), names.end()) << e.file;
}

TEST_P(MbusErrorFrames, IsRejectedPrecisely) {
    const std::string name = GetParam();
    const ExpectedError* expected = expectedFor(name);
    ASSERT_NE(expected, nullptr) << "no expectation for " << name << ".hex";
    SCOPED_TRACE(std::string(expected->why));

    const auto parsed = text::parseHex(readFile(kErrorFrameDir / (name + ".hex")));
    ASSERT_FALSE(parsed.error);
    Telegram t;
    const auto error = decodeFrames(parsed.bytes, t);
    ASSERT_TRUE(error) << "decoded without error";
    EXPECT_EQ(errorCodeName(error->code), errorCodeName(expected->code));
    EXPECT_EQ(error->offset, expected->offset) << error->message;
    EXPECT_EQ(error->detail, expected->detail);
    EXPECT_LT(error->offset, parsed.bytes.size());

    // libmbus agrees on what the meter said, where it wrote an expectation.
    const fs::path xml = kErrorFrameDir / (name + ".xml");
    if (expected->code == ErrorCode::ApplicationError && fs::exists(xml)) {
        EXPECT_EQ(libmbusError(xml), libmbusErrorText(expected->detail));
    }
}

INSTANTIATE_TEST_SUITE_P(Libmbus, MbusErrorFrames, testing::ValuesIn(testdata::hexFileStems(kErrorFrameDir)),
                         testName);
