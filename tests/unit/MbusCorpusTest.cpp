// SPDX-License-Identifier: GPL-3.0-or-later
// Acceptance test: every real telegram in tests/data/mbus/frames (libmbus's test corpus, see
// tests/data/mbus/ORIGIN.md) decodes to the header, records, values and units libmbus reports in
// NAME.norm.xml (normalised values in base units) and NAME.xml (raw values, used for the texts and
// dates). libmbus is the reference, EN 13757-3 the truth: where they disagree, kOverrides below
// holds the standard's answer for that record and says why.
#include "TestData.h"
#include "mbus/Telegram.h"
#include "text/HexText.h"

#include <QFile>
#include <QString>
#include <QStringDecoder>
#include <QXmlStreamReader>
#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <map>
#include <optional>
#include <span>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

using namespace heatdesk;
using namespace heatdesk::mbus;

namespace {

using testdata::readFile;

namespace fs = std::filesystem;

const fs::path kFrameDir = fs::path(HEATDESK_TEST_DATA_DIR) / "mbus" / "frames";

// ---------------------------------------------------------------------------------------------
// Overrides: records where libmbus and EN 13757-3 disagree. The test expects what is written here
// instead of libmbus's quantity/unit/value; function, storage, tariff and subunit still come from
// libmbus.

enum class Want { Number, Time, InvalidTime };

struct Override {
    std::string_view frame;
    std::size_t record;                   // index among the data records (libmbus's DataRecord id)
    std::string_view quantity;            // our quantity name; empty: libmbus's (mapped)
    std::optional<std::string_view> unit; // our unit symbol; nullopt: libmbus's (mapped)
    Want want;
    double number = 0.0;   // Want::Number
    std::string_view time; // Want::Time, ISO 8601
    std::string_view vife; // the combinable VIFE that changes the meaning, if any
    std::string_view why;
};

// clang-format off
constexpr std::array kOverrides{
    // Type G date 00 00: day 0 and month 0 are no calendar date (EN 13757-3 Annex A); libmbus prints "2000-00-00".
    Override{"ACW_Itron-BM-plus-m", 2, {}, {}, Want::InvalidTime, 0, {}, {},
             "type G 0000 has day 0, month 0: not a date; libmbus prints 2000-00-00"},
    Override{"itron_bm_+m", 2, {}, {}, Want::InvalidTime, 0, {}, {},
             "type G 0000 has day 0, month 0: not a date; libmbus prints 2000-00-00"},
    Override{"siemens_wfh21", 3, {}, {}, Want::InvalidTime, 0, {}, {},
             "type G 0000 has day 0, month 0: not a date; libmbus prints 2000-00-00"},
    // 04 6D A1 15 E9 17: the minute byte A1 has the IV bit (bit 7) set, the meter says the time is invalid;
    // libmbus zeroes the fields instead and prints "1900-01-00T00:00:00".
    Override{"REL-Relay-Padpuls2", 1, {}, {}, Want::InvalidTime, 0, {}, {},
             "type F IV bit set in the minute byte: time invalid; libmbus prints 1900-01-00T00:00:00"},
    // 04 BE 50 ...: VIFE 50 = E101 0000, duration of (first, lower) limit exceed in seconds; libmbus ignores
    // the combinable VIFE and reports a volume flow of 11582321 m^3/h.
    Override{"SEN_Pollustat", 12, "volume_flow", "s", Want::Number, 11582321, {}, "duration_first_lower_limit_exceed",
             "VIFE 50 = duration of lower limit exceed, seconds; libmbus says 11582321 m^3/h"},
    // 04 BE 58 ...: VIFE 58 = E101 1000, duration of (first, upper) limit exceed in seconds.
    Override{"SEN_Pollustat", 13, "volume_flow", "s", Want::Number, 756, {}, "duration_first_upper_limit_exceed",
             "VIFE 58 = duration of upper limit exceed, seconds; libmbus says 756 m^3/h"},
    // 94 10 AD 6F 00000000: VIFE 6F = E110 1111, date/time of end of last (limit exceed): the 4 data bytes are
    // a type F date/time (all zero: no date), not a power; libmbus ignores the VIFE and prints 0 W.
    Override{"landis+gyr_ultraheat_t230", 19, "power", "", Want::InvalidTime, 0, {}, "date_end_last",
             "VIFE 6F = date/time of end of last; 00000000 is no date; libmbus prints 0 W"},
    Override{"landis+gyr_ultraheat_t230", 20, "volume_flow", "", Want::InvalidTime, 0, {}, "date_end_last",
             "VIFE 6F = date/time of end of last; 00000000 is no date; libmbus prints 0 m^3/h"},
    // 94 10 DA 6F 32 14 7A 18: type F 2011-08-26 20:50 when the maximum flow temperature ended;
    // libmbus reads the date as a temperature of 41065374.6 °C.
    Override{"landis+gyr_ultraheat_t230", 21, "flow_temperature", "", Want::Time, 0, "2011-08-26T20:50:00",
             "date_end_last", "VIFE 6F = date/time of end of last; libmbus prints 41065374.6 °C"},
    Override{"landis+gyr_ultraheat_t230", 22, "return_temperature", "", Want::Time, 0, "2011-08-09T11:43:00",
             "date_end_last", "VIFE 6F = date/time of end of last; libmbus prints 40953732.3 °C"},
    // 84 8F 0F 6D 00 00 E1 F1: the year bits are 127, which type F defines as "every year" (a recurring
    // 1 January 00:00), not a calendar date; libmbus prints 2027-01-01T00:00:00.
    Override{"landis+gyr_ultraheat_t230", 32, {}, {}, Want::InvalidTime, 0, {}, {},
             "type F year 127 = every year, no calendar date; libmbus prints 2027-01-01T00:00:00"},
    // CI 73 fixed structure: libmbus's norm.xml keeps the counters in the unit field's own unit (kWh, l)
    // instead of normalising them; the canonical units are Wh and m3.
    Override{"sen_pollusonic_2", 0, "energy", "Wh", Want::Number, 6531000, {}, {},
             "fixed structure unit 05 = kWh: 6531 kWh = 6531000 Wh; libmbus norm.xml says 6531 kWh"},
    Override{"sen_pollusonic_2", 1, "volume", "m3", Want::Number, 0.069, {}, {},
             "fixed structure unit 29 = litres: 69 l = 0.069 m3; libmbus norm.xml says 69 l"},
};
// clang-format on

// ---------------------------------------------------------------------------------------------
// libmbus's vocabulary mapped onto ours.

std::optional<std::uint8_t> mediumCode(std::string_view libmbus) {
    static const std::map<std::string_view, std::uint8_t> map = {
        {"Other", 0x00},
        {"Oil", 0x01},
        {"Electricity", 0x02},
        {"Gas", 0x03},
        {"Heat: Outlet", 0x04},
        {"Heat", 0x04}, // fixed structure (CI 73) medium 4
        {"Warm water (30-90°C)", 0x06},
        {"Water", 0x07},
        {"Heat Cost Allocator", 0x08},
        {"Heat: Inlet", 0x0C},
        {"Heat / Cooling load meter", 0x0D},
        {"Cold water", 0x16},
        {"Breaker: Electricity", 0x20},
    };
    const auto it = map.find(libmbus);
    return it == map.end() ? std::nullopt : std::optional(it->second);
}

std::optional<RecordFunction> function(std::string_view libmbus) {
    if (libmbus == "Instantaneous value" || libmbus == "Actual value") // "Actual value": fixed structure
        return RecordFunction::Instantaneous;
    if (libmbus == "Maximum value")
        return RecordFunction::Maximum;
    if (libmbus == "Minimum value")
        return RecordFunction::Minimum;
    if (libmbus == "Value during error state")
        return RecordFunction::Error;
    return std::nullopt;
}

// libmbus's Quantity strings; anything else is the text of a plain-text VIF (7C/FC).
std::optional<std::string_view> quantity(std::string_view libmbus) {
    static const std::map<std::string_view, std::string_view> map = {
        {"Actuality Duration", "actuality_duration"},
        {"Averaging Duration", "averaging_duration"},
        {"Current", "amperes"},
        {"Customer location", "customer_location"},
        {"Digital Input", "digital_input"},
        {"Energy", "energy"},
        {"Error flags", "error_flags"},
        {"External temperature", "external_temperature"},
        {"Fabrication No", "fabrication_number"},
        {"Firmware version", "firmware_version"},
        {"Flow temperature", "flow_temperature"},
        {"H.C.A.", "hca_units"},
        {"Manufacturer specific", "manufacturer_specific"},
        {"Model / Version", "model_version"},
        {"On time", "on_time"},
        {"Operating time", "operating_time"},
        {"Parameter set identification", "parameter_set_id"},
        {"Power", "power"},
        {"Reserved", "reserved"},
        {"Return temperature", "return_temperature"},
        {"Software version", "software_version"},
        {"Temperature difference", "temperature_difference"},
        {"Time point (date & time)", "date_time"},
        {"Time point (date)", "date"},
        {"Voltage", "volts"},
        {"Volume flow", "volume_flow"},
        {"Volume", "volume"},
    };
    const auto it = map.find(libmbus);
    return it == map.end() ? std::nullopt : std::optional(it->second);
}

// Units of libmbus's norm.xml. "-", "Reserved" and "Units for H.C.A." carry no physical unit.
std::optional<std::string_view> unit(std::string_view libmbus) {
    static const std::map<std::string_view, std::string_view> map = {
        {"", ""},     {"-", ""},  {"Reserved", ""}, {"Units for H.C.A.", ""},
        {"Wh", "Wh"}, {"W", "W"}, {"m^3", "m3"},    {"m^3/h", "m3/h"},
        {"°C", "°C"}, {"K", "K"}, {"s", "s"},       {"V", "V"},
        {"A", "A"},
    };
    const auto it = map.find(libmbus);
    return it == map.end() ? std::nullopt : std::optional(it->second);
}

// ---------------------------------------------------------------------------------------------
// Reading libmbus's XML.

using Fields = std::map<std::string, std::string>;

struct LibmbusDecode {
    Fields slave;
    std::vector<Fields> records;
};

// libmbus declares ISO-8859-1 but writes its (UTF-8) source strings as they are, so "°C" arrives
// as the two Latin-1 characters "Â°". Read as declared, then undo that when the bytes are UTF-8.
std::string utf8Text(const QString& latin1Read) {
    const QByteArray bytes = latin1Read.toLatin1();
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8(bytes);
    return (utf8.hasError() ? latin1Read : text).toStdString();
}

LibmbusDecode readLibmbus(const fs::path& path) {
    LibmbusDecode out;
    QFile file(QString::fromStdString(path.string()));
    if (!file.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "cannot open " << path;
        return out;
    }
    QXmlStreamReader xml(&file);
    Fields* current = nullptr;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"SlaveInformation") {
            current = &out.slave;
        } else if (xml.name() == u"DataRecord") {
            current = &out.records.emplace_back();
        } else if (current) {
            const std::string key = xml.name().toString().toStdString();
            (*current)[key] = utf8Text(xml.readElementText());
        }
    }
    if (xml.hasError())
        ADD_FAILURE() << path << ": " << xml.errorString().toStdString();
    return out;
}

std::optional<std::string> field(const Fields& f, const std::string& key) {
    const auto it = f.find(key);
    return it == f.end() ? std::nullopt : std::optional(it->second);
}

std::uint64_t number(const Fields& f, const std::string& key, std::uint64_t fallback = 0) {
    const auto v = field(f, key);
    return v ? std::stoull(*v) : fallback;
}

std::optional<double> parseDouble(const std::string& s) {
    if (s.empty())
        return std::nullopt;
    std::size_t used = 0;
    try {
        const double d = std::stod(s, &used);
        if (used == s.size())
            return d;
    } catch (const std::exception&) {
    }
    return std::nullopt;
}

std::string withoutSpaces(std::string s) {
    s.erase(std::remove(s.begin(), s.end(), ' '), s.end());
    return s;
}

// ---------------------------------------------------------------------------------------------
// Our values in libmbus's notation.

std::string hexId(std::uint32_t idBcd) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%X", idBcd); // libmbus: the BCD digits, no leading zeros
    return buf;
}

std::string hexNumber(unsigned value, int digits) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%0*X", digits, value);
    return buf;
}

std::string isoTime(const TimePoint& t) {
    char buf[32];
    if (t.hasDate && t.hasTime)
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d", t.year, t.month, t.day, t.hour,
                      t.minute, t.second);
    else if (t.hasDate)
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", t.year, t.month, t.day);
    else
        std::snprintf(buf, sizeof buf, "%02d:%02d:%02d", t.hour, t.minute, t.second);
    return buf;
}

// Meter text is sent last character first.
std::string readingOrder(std::span<const std::uint8_t> wire) {
    return std::string(wire.rbegin(), wire.rend());
}

// libmbus decodes the data of a manufacturer-specific VIF (7F/FF) as a number by the DIF's coding;
// we keep the bytes (shared/docs/cli.md). Encode libmbus's number back into the wire bytes the DIF
// describes, so the two can be compared exactly.
std::optional<std::string> wireBytes(std::uint8_t dif, const std::string& value) {
    const std::uint8_t coding = dif & 0x0F;
    static constexpr std::uint8_t lengths[16] = {0, 1, 2, 3, 4, 4, 6, 8, 0, 1, 2, 3, 4, 0, 6, 0};
    const std::size_t len = lengths[coding];
    if (len == 0 || coding == 0x5)
        return std::nullopt;
    std::vector<std::uint8_t> bytes(len);
    if (coding >= 0x9) { // BCD, least significant byte first
        std::uint64_t v = std::stoull(value);
        for (auto& b : bytes) {
            b = static_cast<std::uint8_t>((v % 10) | ((v / 10 % 10) << 4));
            v /= 100;
        }
    } else { // two's complement, little-endian
        auto v = static_cast<std::uint64_t>(std::stoll(value));
        for (auto& b : bytes) {
            b = static_cast<std::uint8_t>(v & 0xFF);
            v >>= 8;
        }
    }
    return text::toHex(bytes);
}

std::string rawHex(const DataRecord& r) {
    return text::toHex(r.raw);
}

// ---------------------------------------------------------------------------------------------

const Override* findOverride(std::string_view frame, std::size_t record) {
    for (const auto& o : kOverrides)
        if (o.frame == frame && o.record == record)
            return &o;
    return nullptr;
}

// Compares one of our records with libmbus's record (norm and raw), or with an override.
void expectRecord(const DataRecord& r, const Fields& norm, const Fields& raw, const Override* o) {
    const auto fn = field(norm, "Function").value_or("");
    const auto expectedFunction = function(fn);
    ASSERT_TRUE(expectedFunction) << "unmapped libmbus function '" << fn << "'";
    EXPECT_EQ(r.function, *expectedFunction);
    EXPECT_EQ(r.storage, number(norm, "StorageNumber"));
    EXPECT_EQ(r.tariff, number(norm, "Tariff"));
    EXPECT_EQ(r.subunit, number(norm, "Device"));

    // Quantity: libmbus's name mapped, or the text of a plain-text VIF.
    const auto libQuantity = field(norm, "Quantity");
    if (o && !o->quantity.empty()) {
        EXPECT_EQ(r.quantity, o->quantity) << o->why;
    } else if (libQuantity) {
        if (const auto q = quantity(*libQuantity)) {
            EXPECT_EQ(r.quantity, *q);
        } else {
            EXPECT_EQ(r.quantity, "plain_text") << "libmbus quantity '" << *libQuantity << "'";
            EXPECT_EQ(readingOrder(r.plainTextUnit), *libQuantity);
        }
    } else {
        ADD_FAILURE() << "libmbus gives no quantity and there is no override";
    }

    // Unit.
    const auto libUnit = field(norm, "Unit").value_or("");
    if (o && o->unit) {
        EXPECT_EQ(unitSymbol(r.unit), *o->unit) << o->why;
    } else {
        const auto u = unit(libUnit);
        ASSERT_TRUE(u) << "unmapped libmbus unit '" << libUnit << "'";
        EXPECT_EQ(unitSymbol(r.unit), *u);
    }

    // Value.
    if (o) {
        if (!o->vife.empty()) {
            ASSERT_TRUE(r.hasCombinableVife()) << o->why;
            EXPECT_EQ(combinableVife(r.vife[r.combinableFrom]).name, o->vife) << o->why;
        }
        switch (o->want) {
        case Want::Number:
            ASSERT_TRUE(r.kind == ValueKind::Exact || r.kind == ValueKind::Real) << o->why;
            EXPECT_NEAR(r.number(), o->number, 1e-12 * std::fabs(o->number)) << o->why;
            return;
        case Want::Time:
            ASSERT_EQ(r.kind, ValueKind::Time) << o->why;
            EXPECT_FALSE(r.time.invalid) << o->why;
            EXPECT_EQ(isoTime(r.time), o->time) << o->why;
            return;
        case Want::InvalidTime:
            ASSERT_EQ(r.kind, ValueKind::Time) << o->why;
            EXPECT_TRUE(r.time.invalid) << o->why << " (decoded " << isoTime(r.time) << ")";
            return;
        }
    }

    const auto rawValue = field(raw, "Value").value_or("");
    if (libQuantity == "Time point (date & time)" || libQuantity == "Time point (date)") {
        // Dates from the raw file: the norm file appends a "Z" that the meter never sent.
        ASSERT_EQ(r.kind, ValueKind::Time);
        EXPECT_FALSE(r.time.invalid) << isoTime(r.time);
        EXPECT_EQ(isoTime(r.time), rawValue);
    } else if (libQuantity == "Manufacturer specific") {
        ASSERT_EQ(r.kind, ValueKind::Bytes);
        const auto bytes = wireBytes(r.dif, rawValue);
        ASSERT_TRUE(bytes) << "DIF " << hexNumber(r.dif, 2);
        EXPECT_EQ(text::toHex(r.bytes), *bytes) << "libmbus's number " << rawValue;
    } else if (const auto expected = parseDouble(field(norm, "Value").value_or(""));
               expected && parseDouble(rawValue)) {
        ASSERT_TRUE(r.kind == ValueKind::Exact || r.kind == ValueKind::Real)
            << "kind " << static_cast<int>(r.kind);
        // libmbus prints with %f: six decimals, so half a unit in the sixth decimal is print rounding.
        EXPECT_NEAR(r.number(), *expected, 5e-7 + 1e-12 * std::fabs(*expected));
    } else {
        // Texts (ASCII LVAR): libmbus prints them in reading order, as we do.
        ASSERT_EQ(r.kind, ValueKind::Text);
        EXPECT_EQ(readingOrder(r.bytes), rawValue);
    }
}

std::string testName(const testing::TestParamInfo<std::string>& info) {
    std::string name = info.param;
    for (char& c : name)
        if (!std::isalnum(static_cast<unsigned char>(c)))
            c = '_';
    return name;
}

class MbusCorpus : public testing::TestWithParam<std::string> {};

} // namespace

TEST(MbusCorpusFiles, HoldsTheWholeLibmbusCorpus) {
    const auto names = testdata::hexFileStems(kFrameDir);
    EXPECT_EQ(names.size(), 38u) << "frames in " << kFrameDir;
    for (const auto& name : names) {
        EXPECT_TRUE(fs::exists(kFrameDir / (name + ".norm.xml"))) << name;
        EXPECT_TRUE(fs::exists(kFrameDir / (name + ".xml"))) << name;
    }
    // Every override names a frame of the corpus.
    for (const auto& o : kOverrides)
        EXPECT_NE(std::find(names.begin(), names.end(), std::string(o.frame)), names.end()) << o.frame;
}

TEST_P(MbusCorpus, DecodesLikeLibmbusOrTheStandard) {
    const std::string name = GetParam();
    const auto parsed = text::parseHex(readFile(kFrameDir / (name + ".hex")));
    ASSERT_FALSE(parsed.error);
    Telegram t;
    const auto error = decodeFrames(parsed.bytes, t);
    ASSERT_FALSE(error) << errorCodeName(error->code) << " at " << error->offset << ": " << error->message;

    const LibmbusDecode norm = readLibmbus(kFrameDir / (name + ".norm.xml"));
    const LibmbusDecode raw = readLibmbus(kFrameDir / (name + ".xml"));
    ASSERT_EQ(norm.records.size(), raw.records.size());

    // Header.
    const Fields& slave = norm.slave;
    EXPECT_EQ(field(slave, "Id"), hexId(t.header.idBcd));
    if (const auto m = field(slave, "Manufacturer")) {
        const auto letters = manufacturerLetters(t.header.manufacturer);
        EXPECT_EQ(*m, std::string(letters.data(), letters.size()));
    }
    if (field(slave, "Version")) {
        EXPECT_EQ(t.header.version, number(slave, "Version"));
    }
    const auto medium = field(slave, "Medium").value_or("");
    const auto code = mediumCode(medium);
    ASSERT_TRUE(code) << "unmapped libmbus medium '" << medium << "'";
    EXPECT_EQ(t.header.medium, *code) << medium;
    EXPECT_EQ(mediumName(t.header.medium), mediumName(*code));
    EXPECT_EQ(t.header.access, number(slave, "AccessNumber"));
    EXPECT_EQ(field(slave, "Status"), hexNumber(t.header.status, 2));
    if (const auto s = field(slave, "Signature")) {
        EXPECT_EQ(*s, hexNumber(t.header.signature, 4));
    }

    // libmbus lists the data after DIF 0F/1F as a last pseudo-record; we keep it apart.
    std::size_t count = norm.records.size();
    std::string expectedManufacturerData;
    bool expectManufacturerData = false;
    bool expectMore = false;
    if (count > 0) {
        const auto fn = field(norm.records.back(), "Function").value_or("");
        if (fn == "Manufacturer specific" || fn == "More records follow") {
            expectManufacturerData = true;
            expectMore = fn == "More records follow";
            expectedManufacturerData = withoutSpaces(field(raw.records.back(), "Value").value_or(""));
            --count;
        }
    }
    EXPECT_EQ(t.moreRecordsFollow, expectMore);
    ASSERT_EQ(t.manufacturerData.size(), expectManufacturerData ? 1u : 0u);
    if (expectManufacturerData) {
        EXPECT_EQ(text::toHex(t.manufacturerData.front()), expectedManufacturerData);
    }

    // Records, in order.
    ASSERT_EQ(t.records.size(), count);
    for (std::size_t i = 0; i < count; ++i) {
        SCOPED_TRACE("record " + std::to_string(i) + " (" + rawHex(t.records[i]) + ")");
        expectRecord(t.records[i], norm.records[i], raw.records[i], findOverride(name, i));
    }
    for (const auto& o : kOverrides) {
        if (o.frame == name) {
            EXPECT_LT(o.record, count) << "override for a record the frame does not have: " << o.why;
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Libmbus, MbusCorpus, testing::ValuesIn(testdata::hexFileStems(kFrameDir)), testName);
