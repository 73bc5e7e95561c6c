// SPDX-License-Identifier: GPL-3.0-or-later
// Data records written from EN 13757-3, one coding class at a time: DIF data fields, DIFE chains,
// primary and extension VIF tables, plain-text VIF, combinable VIFE, LVAR kinds.
#include "TestFrames.h"
#include "mbus/Telegram.h"

#include <gtest/gtest.h>

using namespace heatdesk::mbus;
using testframes::rspUd;

namespace {

// Decodes one telegram with the given records; the frame stays alive in the fixture.
class Records : public ::testing::Test {
protected:
    const Telegram& decode(const std::string& records) {
        m_frame = rspUd(records);
        auto error = decodeFrames(m_frame, m_telegram);
        EXPECT_FALSE(error) << "decode failed: " << (error ? errorCodeName(error->code) : "");
        return m_telegram;
    }
    const DataRecord& only(const std::string& record) {
        const Telegram& t = decode(record);
        EXPECT_EQ(t.records.size(), 1u);
        static DataRecord empty;
        return t.records.empty() ? empty : t.records[0];
    }
    std::optional<DecodeError> decodeError(const std::string& records) {
        m_frame = rspUd(records);
        return decodeFrames(m_frame, m_telegram);
    }

    std::vector<std::uint8_t> m_frame;
    Telegram m_telegram;
};

void expectExact(const DataRecord& r, std::int64_t mantissa, int exp10) {
    EXPECT_EQ(r.kind, ValueKind::Exact);
    EXPECT_EQ(r.mantissa, mantissa);
    EXPECT_EQ(r.exp10, exp10);
}

} // namespace

// --- DIF data field codings -------------------------------------------------------------------

TEST_F(Records, IntegersAreSignedLittleEndian) {
    expectExact(only("01 13 FF"), -1, -3);                              // 8 bit
    expectExact(only("02 13 00 80"), -32768, -3);                       // 16 bit
    expectExact(only("03 13 FF FF 7F"), 8388607, -3);                   // 24 bit
    expectExact(only("04 13 78 56 34 12"), 0x12345678, -3);             // 32 bit
    expectExact(only("06 13 01 00 00 00 00 80"), -140737488355327, -3); // 48 bit
    expectExact(only("07 13 FF FF FF FF FF FF FF 7F"), INT64_MAX, -3);  // 64 bit
}

TEST_F(Records, BcdKeepsEveryDigit) {
    expectExact(only("09 13 42"), 42, -3);
    expectExact(only("0A 13 34 12"), 1234, -3);
    expectExact(only("0B 13 56 34 12"), 123456, -3);
    expectExact(only("0C 13 78 56 34 12"), 12345678, -3);
    // 12 digits: beyond float precision of 32-bit reals, exact here.
    expectExact(only("0E 13 12 90 78 56 34 12"), 123456789012, -3);
}

TEST_F(Records, NegativeBcdHasFInTheTopNibble) {
    expectExact(only("0A 5B 34 F2"), -234, 0); // return temperature -234 °C (type A, sign nibble)
    expectExact(only("0C 13 01 00 00 F0"), -1, -3);
}

TEST_F(Records, BcdWithHexDigitsIsKeptAsAnErrorDisplay) {
    const DataRecord& r = only("0A 13 EE EE");
    EXPECT_EQ(r.kind, ValueKind::BadBcd);
    ASSERT_EQ(r.bytes.size(), 2u);
    EXPECT_EQ(r.bytes[0], 0xEE);
}

TEST_F(Records, Real32IsIeeeSinglePrecision) {
    const DataRecord& r = only("05 5B 00 00 B8 41"); // 23.0 as float, VIF 5B: return temp 1 °C
    EXPECT_EQ(r.kind, ValueKind::Real);
    EXPECT_DOUBLE_EQ(r.real, 23.0);
}

TEST_F(Records, NoDataAndSelectionCarryNoValue) {
    EXPECT_EQ(only("00 13").kind, ValueKind::None);
    EXPECT_EQ(only("08 13").kind, ValueKind::None);
}

TEST_F(Records, FunctionFieldAndStorageBit) {
    const Telegram& t = decode("14 13 01 00 00 00  24 13 01 00 00 00  34 13 01 00 00 00  44 13 01 00 00 00");
    ASSERT_EQ(t.records.size(), 4u);
    EXPECT_EQ(t.records[0].function, RecordFunction::Maximum);
    EXPECT_EQ(t.records[1].function, RecordFunction::Minimum);
    EXPECT_EQ(t.records[2].function, RecordFunction::Error);
    EXPECT_EQ(t.records[3].function, RecordFunction::Instantaneous);
    EXPECT_EQ(t.records[3].storage, 1u);
}

// --- DIFE chains ------------------------------------------------------------------------------

TEST_F(Records, DifeChainBuildsStorageTariffAndSubunit) {
    // DIF C4: storage LSB 1, extension. DIFE FF: subunit 1, tariff 3, storage 0xF, extension.
    // DIFE 52: subunit 1, tariff 1, storage 2.
    const DataRecord& r = only("C4 FF 52 13 01 00 00 00");
    EXPECT_EQ(r.storage, 1u | (0xFu << 1) | (0x2u << 5));
    EXPECT_EQ(r.tariff, 3u | (1u << 2));
    EXPECT_EQ(r.subunit, 1u | (1u << 1));
}

TEST_F(Records, TenDifeAreAllowedElevenAreNot) {
    EXPECT_FALSE(decodeError("84 80 80 80 80 80 80 80 80 80 00 13 01 00 00 00"));
    auto e = decodeError("84 80 80 80 80 80 80 80 80 80 80 00 13 01 00 00 00");
    ASSERT_TRUE(e);
    EXPECT_EQ(e->code, ErrorCode::TooManyDife);
    EXPECT_EQ(e->offset, 7u + 12u + 11u); // the eleventh DIFE
}

TEST_F(Records, ElevenVifeAreRefused) {
    auto e = decodeError("04 93 A2 A2 A2 A2 A2 A2 A2 A2 A2 A2 22 01 00 00 00");
    ASSERT_TRUE(e);
    EXPECT_EQ(e->code, ErrorCode::TooManyVife);
}

// --- primary VIF --------------------------------------------------------------------------------

TEST_F(Records, EnergyInWhAndJoule) {
    const DataRecord& wh = only("04 06 10 27 00 00"); // 10000 kWh
    EXPECT_EQ(wh.quantity, "energy");
    EXPECT_EQ(wh.unit, Unit::Wh);
    expectExact(wh, 10000, 3);
    const DataRecord& j = only("04 0E 05 00 00 00"); // 5 MJ
    EXPECT_EQ(j.unit, Unit::J);
    expectExact(j, 5, 6);
}

TEST_F(Records, VolumeFlowPerMinuteAndSecondBecomePerHour) {
    const DataRecord& perMinute = only("02 44 0A 00"); // 10 * 10^-3 m3/min = 0.6 m3/h
    EXPECT_EQ(perMinute.unit, Unit::CubicMetrePerHour);
    EXPECT_DOUBLE_EQ(perMinute.number(), 0.6);
    const DataRecord& perSecond = only("02 4F 01 00"); // 1 * 10^-2 m3/s = 36 m3/h
    EXPECT_DOUBLE_EQ(perSecond.number(), 36.0);
}

TEST_F(Records, TemperaturesAndDurations) {
    EXPECT_DOUBLE_EQ(only("02 59 AC 0D").number(), 35.0); // flow temperature 3500 * 0.01 °C
    EXPECT_EQ(only("02 5D 00 00").quantity, "return_temperature");
    EXPECT_EQ(only("02 61 00 00").quantity, "temperature_difference");
    EXPECT_EQ(only("02 61 00 00").unit, Unit::Kelvin);
    EXPECT_EQ(only("02 67 00 00").quantity, "external_temperature");
    EXPECT_DOUBLE_EQ(only("02 6A 0A 00").number(), 1.0); // pressure 10 * 10^-1 bar
    const DataRecord& hours = only("04 26 0A 00 00 00"); // operating time 10 h
    EXPECT_EQ(hours.quantity, "operating_time");
    EXPECT_EQ(hours.unit, Unit::Second);
    expectExact(hours, 36000, 0);
    expectExact(only("04 23 02 00 00 00"), 2 * 86400, 0); // on time, days
    EXPECT_EQ(only("01 70 0F").quantity, "averaging_duration");
    EXPECT_EQ(only("01 74 0F").quantity, "actuality_duration");
}

TEST_F(Records, IdentificationVifsAreUnsigned) {
    const DataRecord& r = only("02 7A FE 00");
    EXPECT_EQ(r.quantity, "bus_address");
    expectExact(r, 254, 0);
    const DataRecord& id = only("04 79 FF FF FF FF");
    EXPECT_EQ(id.quantity, "enhanced_identification");
    expectExact(id, 0xFFFFFFFF, 0);
}

// --- extension tables -------------------------------------------------------------------------

TEST_F(Records, ExtensionFbMegawattHoursAndGigajoules) {
    const DataRecord& mwh = only("04 FB 00 0C 00 00 00"); // 12 * 0.1 MWh
    EXPECT_EQ(mwh.quantity, "energy");
    EXPECT_EQ(mwh.unit, Unit::Wh);
    expectExact(mwh, 12, 5);
    const DataRecord& gj = only("04 FB 09 07 00 00 00"); // 7 GJ
    EXPECT_EQ(gj.unit, Unit::J);
    expectExact(gj, 7, 9);
    EXPECT_FALSE(gj.hasCombinableVife()); // the extension code itself is not combinable
}

TEST_F(Records, ExtensionFdQuantities) {
    EXPECT_EQ(only("02 FD 17 04 00").quantity, "error_flags");
    EXPECT_EQ(only("01 FD 0E 12").quantity, "firmware_version");
    EXPECT_EQ(only("01 FD 0F 12").quantity, "software_version");
    EXPECT_EQ(only("01 FD 0B 12").quantity, "parameter_set_id");
    EXPECT_EQ(only("01 FD 0C 12").quantity, "model_version");
    EXPECT_EQ(only("01 FD 1B 12").quantity, "digital_input");
    EXPECT_EQ(only("01 FD 1A 12").quantity, "digital_output");
    const DataRecord& volts = only("02 FD 48 E8 08"); // 2280 * 10^(8-9) V
    EXPECT_EQ(volts.quantity, "volts");
    EXPECT_DOUBLE_EQ(volts.number(), 228.0);
    const DataRecord& amps = only("02 FD 59 10 00"); // 16 * 10^(9-12) A
    EXPECT_EQ(amps.quantity, "amperes");
    expectExact(amps, 16, -3);
    EXPECT_EQ(only("01 FD 3A 05").quantity, "dimensionless");
    EXPECT_EQ(only("01 FD 61 05").quantity, "cumulation_counter");
}

// --- plain text, manufacturer-specific, combinable VIFE ----------------------------------------

TEST_F(Records, PlainTextVifComesBeforeItsVife) {
    // 02 FC 03 "HR%" 74 D4 11: unit "%RH" (sent reversed), correction 10^-2, value 4564.
    const DataRecord& r = only("02 FC 03 48 52 25 74 D4 11");
    EXPECT_EQ(r.quantity, "plain_text");
    ASSERT_EQ(r.plainTextUnit.size(), 3u);
    EXPECT_EQ(r.plainTextUnit[0], 'H');
    expectExact(r, 4564, -2);
    EXPECT_TRUE(r.hasCombinableVife());
}

TEST_F(Records, ManufacturerSpecificVifKeepsBytes) {
    const DataRecord& r = only("04 FF 01 0A 0B 0C 0D");
    EXPECT_EQ(r.quantity, "manufacturer_specific");
    EXPECT_EQ(r.kind, ValueKind::Bytes);
    EXPECT_EQ(r.bytes.size(), 4u);
}

TEST_F(Records, ManufacturerVifeKeepsTheBaseQuantity) {
    const DataRecord& r = only("04 86 FF 01 0A 00 00 00"); // energy kWh, then 7F: manufacturer's
    EXPECT_EQ(r.quantity, "energy");
    expectExact(r, 10, 3);
    EXPECT_EQ(r.manufacturerVifeFrom, 1);
}

TEST_F(Records, CombinableCorrectionsScaleTheValue) {
    expectExact(only("04 93 75 07 00 00 00"), 7, -3 - 1);     // E111 0101: 10^(5-6)
    expectExact(only("04 93 7D 07 00 00 00"), 7, -3 + 3);     // E111 1101: 10^3
    const DataRecord& perHour = only("04 83 22 07 00 00 00"); // energy per hour
    EXPECT_TRUE(perHour.hasCombinableVife());
    EXPECT_EQ(combinableVife(perHour.vife[0]).name, "per_hour");
}

TEST_F(Records, CombinableErrorVifeMarksTheRecord) {
    const DataRecord& r = only("04 93 15 00 00 00 00"); // E001 0101: no data available
    EXPECT_TRUE(r.recordError);
    EXPECT_EQ(combinableVife(0x15).name, "error_no_data");
}

TEST_F(Records, DurationOfLimitExceedBecomesSeconds) {
    const DataRecord& r = only("02 AB 5E 03 00"); // power, then E101 1110: duration upper last, hours
    EXPECT_EQ(r.unit, Unit::Second);
    expectExact(r, 3 * 3600, 0);
}

// --- variable length (LVAR) -------------------------------------------------------------------

TEST_F(Records, LvarTextIsSentLastCharacterFirst) {
    const DataRecord& r = only("0D FD 11 04 44 43 42 41"); // customer "ABCD"
    EXPECT_EQ(r.quantity, "customer");
    EXPECT_EQ(r.kind, ValueKind::Text);
    ASSERT_EQ(r.bytes.size(), 4u);
    EXPECT_EQ(r.bytes[3], 'A');
}

TEST_F(Records, LvarBcdPositiveAndNegative) {
    expectExact(only("0D 13 C2 34 12"), 1234, -3);
    expectExact(only("0D 13 D2 34 12"), -1234, -3);
}

TEST_F(Records, LvarBinaryIsKeptAsBytes) {
    const DataRecord& r = only("0D FD 0E E3 01 02 03");
    EXPECT_EQ(r.kind, ValueKind::Bytes);
    EXPECT_EQ(r.bytes.size(), 3u);
}

TEST_F(Records, ReservedLvarIsAnError) {
    auto e = decodeError("0D 13 FA 00");
    ASSERT_TRUE(e);
    EXPECT_EQ(e->code, ErrorCode::BadLvar);
    EXPECT_EQ(e->offset, 7u + 12u + 2u);
}

TEST_F(Records, LvarLongerThanTheTelegramIsTruncated) {
    auto e = decodeError("0D 13 20 41 42");
    ASSERT_TRUE(e);
    EXPECT_EQ(e->code, ErrorCode::TruncatedRecord);
}

// --- special functions ---------------------------------------------------------------------------

TEST_F(Records, FillerIsSkippedAndManufacturerDataEndsTheRecords) {
    const Telegram& t = decode("2F 2F 04 13 01 00 00 00 2F 0F AA BB");
    EXPECT_EQ(t.records.size(), 1u);
    ASSERT_EQ(t.manufacturerData.size(), 1u);
    EXPECT_EQ(t.manufacturerData[0].size(), 2u);
    EXPECT_FALSE(t.moreRecordsFollow);
    EXPECT_TRUE(decode("04 13 01 00 00 00 1F").moreRecordsFollow);
}

TEST_F(Records, ReservedSpecialDifIsAnError) {
    auto e = decodeError("3F 13 00");
    ASSERT_TRUE(e);
    EXPECT_EQ(e->code, ErrorCode::ReservedDif);
    EXPECT_EQ(e->offset, 7u + 12u);
}
