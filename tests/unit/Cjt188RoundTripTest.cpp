// SPDX-License-Identifier: GPL-3.0-or-later
// Encoder → decoder round trips with random field values: both DI orders, 0–4 FE, every unit
// code, heat and water layouts, and the vendor layouts a profile can describe.
#include "cjt188/Encoder.h"
#include "cjt188/HeatReadingMapper.h"
#include "cjt188/Message.h"
#include "cjt188/Requests.h"

#include <gtest/gtest.h>
#include <random>

namespace {

using namespace heatdesk;
using namespace heatdesk::cjt188;

MeasuredValue measured(std::uint8_t unit, std::uint32_t digits) {
    MeasuredValue m;
    m.unitCode = unit;
    m.digits = digits;
    return m;
}

std::vector<std::uint8_t> allUnitCodes() {
    std::vector<std::uint8_t> codes;
    for (int c = 0; c < 256; ++c)
        if (isKnownUnit(static_cast<std::uint8_t>(c)))
            codes.push_back(static_cast<std::uint8_t>(c));
    return codes;
}

struct Random {
    std::mt19937 rng{188};
    std::uint32_t below(std::uint32_t n) {
        return std::uniform_int_distribution<std::uint32_t>(0, n - 1)(rng);
    }
    MeasuredValue measured(std::uint8_t unit) {
        MeasuredValue m;
        m.digits = below(100000000);
        m.unitCode = unit;
        return m;
    }
    reading::MeterTime time() {
        return {2000 + int(below(100)), 1 + int(below(12)), 1 + int(below(28)),
                int(below(24)),         int(below(60)),     int(below(60))};
    }
    Status status() { return {static_cast<std::uint8_t>(below(256)), static_cast<std::uint8_t>(below(256))}; }
};

Address randomAddress(Random& r) {
    Address a;
    for (auto& b : a.wire)
        b = static_cast<std::uint8_t>(r.below(10) << 4 | r.below(10));
    return a;
}

void expectSameMeasured(const MeasuredValue& in, const MeasuredValue& out, int decimals) {
    EXPECT_TRUE(out.bcdValid);
    EXPECT_EQ(out.digits, in.digits);
    EXPECT_EQ(out.unitCode, in.unitCode);
    ASSERT_TRUE(out.canonical);
    EXPECT_DOUBLE_EQ(*out.canonical, *toCanonical(in.digits, decimals, in.unitCode));
}

TEST(Cjt188RoundTrip, HeatRepliesEveryUnitBothDiOrdersZeroToFourFe) {
    Random r;
    const auto units = allUnitCodes();
    ASSERT_EQ(units.size(), 50u); // the full table of cjt188.md §2.6
    int checked = 0;
    for (std::size_t fe = 0; fe <= 4; ++fe)
        for (DiOrder order : {DiOrder::LowFirst, DiOrder::HighFirst})
            for (std::uint8_t unit : units) {
                MeterProfile profile;
                profile.preambleCount = fe;
                // Random digits can look plausible in either unit position; Auto is covered by
                // examples.txt.
                profile.unitPosition = UnitPosition::ValueFirst;
                HeatData h;
                h.settlementEnergy = r.measured(unit);
                h.currentEnergy = r.measured(units[r.below(std::uint32_t(units.size()))]);
                h.power = r.measured(unit);
                h.flow = r.measured(unit);
                h.volume = r.measured(unit);
                h.supplyC.digits = r.below(1000000);
                h.returnC.digits = r.below(1000000);
                h.operatingHours.digits = r.below(1000000);
                h.clock.time = r.time();
                h.status = r.status();
                const Address address = randomAddress(r);
                const std::uint8_t ser = static_cast<std::uint8_t>(r.below(256));
                const std::uint8_t type = static_cast<std::uint8_t>(0x20 + r.below(10));
                const auto frame = buildHeatReply(profile, type, address, order, ser, h);

                auto decoded = decodeMessage(frame, profile);
                ASSERT_TRUE(std::holds_alternative<Message>(decoded));
                const Message& m = std::get<Message>(decoded);
                EXPECT_EQ(m.frame.preamble, fe);
                EXPECT_EQ(m.frame.address, address);
                EXPECT_EQ(m.frame.meterType, type);
                EXPECT_EQ(m.di.di, di::CurrentData);
                EXPECT_EQ(m.di.order, order);
                EXPECT_EQ(m.ser, ser);
                const auto* out = std::get_if<HeatData>(&m.payload);
                ASSERT_TRUE(out);
                expectSameMeasured(h.settlementEnergy, out->settlementEnergy, 2);
                expectSameMeasured(h.currentEnergy, out->currentEnergy, 2);
                expectSameMeasured(h.power, out->power, 2);
                expectSameMeasured(h.flow, out->flow, 4);
                expectSameMeasured(h.volume, out->volume, 2);
                EXPECT_EQ(out->supplyC.digits, h.supplyC.digits);
                EXPECT_EQ(out->returnC.digits, h.returnC.digits);
                EXPECT_EQ(out->operatingHours.digits, h.operatingHours.digits);
                EXPECT_EQ(out->clock.time, h.clock.time);
                EXPECT_EQ(out->clock.encoding, ClockEncoding::BcdLsbFirst);
                EXPECT_EQ(out->status, h.status);
                ++checked;
            }
    EXPECT_EQ(checked, 5 * 2 * 50);
}

TEST(Cjt188RoundTrip, WaterRepliesEveryUnitBothDiOrders) {
    Random r;
    for (std::size_t fe = 0; fe <= 4; ++fe)
        for (DiOrder order : {DiOrder::LowFirst, DiOrder::HighFirst})
            for (std::uint8_t unit : allUnitCodes()) {
                MeterProfile profile;
                profile.preambleCount = fe;
                profile.unitPosition = UnitPosition::ValueFirst;
                WaterData w;
                w.currentVolume = r.measured(unit);
                w.settlementVolume = r.measured(unit);
                w.clock.time = r.time();
                w.status = r.status();
                const std::uint8_t type = static_cast<std::uint8_t>(r.below(2) ? 0x10 + r.below(4) : 0x30);
                const auto frame = buildWaterReply(profile, type, randomAddress(r), order, 9, w);
                auto decoded = decodeMessage(frame, profile);
                ASSERT_TRUE(std::holds_alternative<Message>(decoded));
                const Message& m = std::get<Message>(decoded);
                EXPECT_EQ(m.frame.preamble, fe);
                EXPECT_EQ(m.di.order, order);
                const auto* out = std::get_if<WaterData>(&m.payload);
                ASSERT_TRUE(out);
                expectSameMeasured(w.currentVolume, out->currentVolume, 2);
                expectSameMeasured(w.settlementVolume, out->settlementVolume, 2);
                EXPECT_EQ(out->clock.time, w.clock.time);
                EXPECT_EQ(out->status, w.status);
            }
}

TEST(Cjt188RoundTrip, VendorLayoutsThroughTheirProfile) {
    Random r;
    for (int variant = 0; variant < 5; ++variant) {
        MeterProfile profile;
        switch (variant) {
        case 0:
            profile.unitPosition = UnitPosition::UnitFirst;
            break;
        case 1:
            profile.valueOrder = ByteOrder::MsbFirst;
            profile.timeEncoding = TimeEncoding::BcdMsbFirst;
            profile.statusSwapped = true;
            break;
        case 2:
            profile.plus33 = true;
            break;
        case 3:
            profile.flowDecimals = 2;
            break;
        case 4:
            profile.timeEncoding = TimeEncoding::Binary;
            break;
        }
        if (profile.unitPosition == UnitPosition::Auto)
            profile.unitPosition = UnitPosition::ValueFirst;
        for (int i = 0; i < 50; ++i) {
            HeatData h;
            h.settlementEnergy = r.measured(0x05);
            h.currentEnergy = r.measured(0x11);
            h.power = r.measured(0x17);
            h.flow = r.measured(0x35);
            h.volume = r.measured(0x2C);
            h.supplyC.digits = r.below(15000);
            h.returnC.digits = r.below(15000);
            h.clock.time = r.time();
            h.status = r.status();
            const auto frame = buildHeatReply(profile, 0x20, randomAddress(r), profile.diOrder, 1, h);
            auto decoded = decodeMessage(frame, profile);
            ASSERT_TRUE(std::holds_alternative<Message>(decoded)) << variant;
            const auto* out = std::get_if<HeatData>(&std::get<Message>(decoded).payload);
            ASSERT_TRUE(out) << variant;
            expectSameMeasured(h.currentEnergy, out->currentEnergy, 2);
            expectSameMeasured(h.flow, out->flow, profile.flowDecimals);
            EXPECT_EQ(out->clock.time, h.clock.time) << variant;
            EXPECT_EQ(out->status, h.status) << variant;
            EXPECT_EQ(out->warnings & warning::TimeOrderDiffers, 0u) << variant;
        }
    }
}

TEST(Cjt188RoundTrip, HeatReadingInCanonicalUnits) {
    HeatData h;
    h.settlementEnergy = measured(0x11, 444); // 4.44 GJ
    h.currentEnergy = measured(0x08, 2);      // 0.02 MWh
    h.power = measured(0x1A, 3);              // 0.03 MW
    h.flow = measured(0x32, 12345);           // 1.2345 L/h
    h.volume = measured(0x29, 1050);          // 10.50 L
    h.supplyC.digits = 8012;
    h.returnC.digits = 5530;
    h.operatingHours.digits = 876;
    h.status = {0x05, 0x00};
    MeterProfile profile;
    profile.unitPosition = UnitPosition::ValueFirst;
    const auto frame = buildHeatReply(profile, 0x20, {}, DiOrder::LowFirst, 0, h);
    auto decoded = decodeMessage(frame, profile);
    const Message& m = std::get<Message>(decoded);
    reading::HeatReading r;
    ASSERT_TRUE(toHeatReading(m, frame, r));
    EXPECT_DOUBLE_EQ(*r.settlementEnergyKwh, 4.44e6 / 3600);
    EXPECT_DOUBLE_EQ(*r.energyKwh, 20.0);
    EXPECT_DOUBLE_EQ(*r.powerKw, 30.0);
    EXPECT_DOUBLE_EQ(*r.flowM3h, 1.2345e-3);
    EXPECT_DOUBLE_EQ(*r.volumeM3, 0.0105);
    EXPECT_DOUBLE_EQ(*r.supplyC, 80.12);
    EXPECT_DOUBLE_EQ(*r.returnC, 55.30);
    EXPECT_EQ(*r.operatingSeconds, 876 * 3600);
    EXPECT_EQ(r.valve, reading::ValveState::Closed);
    EXPECT_TRUE(*r.batteryLow);
    EXPECT_TRUE(r.has(reading::ReadingFlag::PowerLow));
    EXPECT_EQ(r.rawFrames, frame);
    EXPECT_FALSE(r.meterTime); // all-zero clock: not set
}

TEST(Cjt188RoundTrip, RequestsDecodeBack) {
    MeterProfile profile;
    profile.preambleCount = 2;
    const RequestTarget target{0x10, *Address::fromText("00000012345678")};
    auto decode = [&](const std::vector<std::uint8_t>& f) {
        return std::get<Message>(decodeMessage(f, profile));
    };

    // C6 of examples.txt is exactly our close request.
    const auto close = valveControl(profile, target, false, 0x0A);
    EXPECT_EQ(close, (std::vector<std::uint8_t>{0xFE, 0xFE, 0x68, 0x10, 0x78, 0x56, 0x34, 0x12, 0x00, 0x00,
                                                0x00, 0x04, 0x04, 0x17, 0xA0, 0x0A, 0x99, 0xEE, 0x16}));
    EXPECT_EQ(std::get<ValveCommand>(decode(valveControl(profile, target, true, 1)).payload).target,
              reading::ValveState::Open);

    const auto day = decode(*writeSettlementDay(profile, target, 25, 3));
    EXPECT_EQ(day.di.di, di::WriteSettlementDay);
    EXPECT_EQ(std::get<DayValue>(day.payload).day, 25);
    EXPECT_FALSE(writeReadingDay(profile, target, 0, 3));
    EXPECT_FALSE(writeReadingDay(profile, target, 32, 3));
    EXPECT_EQ(std::get<DayValue>(decode(*writeReadingDay(profile, target, 1, 3)).payload).day, 1);

    const reading::MeterTime t{2025, 1, 15, 10, 30, 45};
    const auto time = decode(*writeTime(profile, target, t, 4));
    EXPECT_EQ(std::get<TimeData>(time.payload).clock.time, t);
    EXPECT_FALSE(writeTime(profile, target, {2025, 13, 1, 0, 0, 0}, 4));

    const auto newAddress = *Address::fromText("20250012345679");
    const auto write = decode(*writeAddress(profile, target, newAddress, 5));
    EXPECT_EQ(write.frame.control.function(), function::WriteAddress);
    EXPECT_EQ(std::get<AddressData>(write.payload).address, newAddress);
    EXPECT_FALSE(writeAddress(profile, target, Address::broadcast(), 5));

    // P11: broadcast read-address, here with the profile's FE and DI order.
    profile.preambleCount = 0;
    profile.diOrder = DiOrder::HighFirst;
    EXPECT_EQ(readAddress(profile, 0),
              (std::vector<std::uint8_t>{0x68, 0xAA, 0xAA, 0xAA, 0xAA, 0xAA, 0xAA, 0xAA, 0xAA, 0x03, 0x03,
                                         0x81, 0x0A, 0x00, 0x49, 0x16}));
    EXPECT_EQ(decode(*readHistory(profile, target, 12, 0)).di.di, 0xD12B);
    EXPECT_FALSE(readHistory(profile, target, 13, 0));
    EXPECT_EQ(decode(readKeyVersion(profile, target, 0)).frame.control.raw, 0x09);
    EXPECT_EQ(decode(readSettlementDay(profile, target, 0)).di.di, di::SettlementDay);
    EXPECT_EQ(decode(readReadingDay(profile, target, 0)).di.di, di::ReadingDay);
}

} // namespace
