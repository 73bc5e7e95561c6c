// SPDX-License-Identifier: GPL-3.0-or-later
#include "mbus/Requests.h"

#include "mbus/Frame.h"

#include <cstdint>
#include <gtest/gtest.h>
#include <vector>

using namespace heatdesk::mbus;

// Expected bytes are written out by hand from EN 13757-2: C field = PRM 0x40 | FCB 0x20 | FCV 0x10
// | function; CS = sum of C, A, CI and data modulo 256.

namespace {

using Bytes = std::vector<std::uint8_t>;

void expectValidFrame(const Bytes& bytes) {
    const auto result = parseFrame(bytes);
    ASSERT_TRUE(std::holds_alternative<Frame>(result));
    EXPECT_EQ(std::get<Frame>(result).size, bytes.size());
}

} // namespace

TEST(RequestsTest, SndNke) {
    EXPECT_EQ(sndNke(1), (Bytes{0x10, 0x40, 0x01, 0x41, 0x16}));
    EXPECT_EQ(sndNke(0xFE), (Bytes{0x10, 0x40, 0xFE, 0x3E, 0x16}));
    EXPECT_EQ(sndNke(kNetworkLayerAddress), (Bytes{0x10, 0x40, 0xFD, 0x3D, 0x16}));
    EXPECT_EQ(sndNke(0), (Bytes{0x10, 0x40, 0x00, 0x40, 0x16}));
}

TEST(RequestsTest, ReqUd2) {
    EXPECT_EQ(reqUd2(5, true), (Bytes{0x10, 0x7B, 0x05, 0x80, 0x16}));
    EXPECT_EQ(reqUd2(5, false), (Bytes{0x10, 0x5B, 0x05, 0x60, 0x16}));
    EXPECT_EQ(reqUd2(0xFE, false), (Bytes{0x10, 0x5B, 0xFE, 0x59, 0x16}));
    EXPECT_EQ(reqUd2(0xFD, true), (Bytes{0x10, 0x7B, 0xFD, 0x78, 0x16}));
}

TEST(RequestsTest, ReqUd1) {
    EXPECT_EQ(reqUd1(1, false), (Bytes{0x10, 0x5A, 0x01, 0x5B, 0x16}));
    EXPECT_EQ(reqUd1(1, true), (Bytes{0x10, 0x7A, 0x01, 0x7B, 0x16}));
}

TEST(RequestsTest, SelectIdWithEverythingElseWildcard) {
    const auto secondary = SecondaryAddress::fromText("12345678");
    ASSERT_TRUE(secondary.has_value());
    EXPECT_EQ(selectSecondary(*secondary), (Bytes{0x68, 0x0B, 0x0B, 0x68, 0x53, 0xFD, 0x52, 0x78, 0x56, 0x34,
                                                  0x12, 0xFF, 0xFF, 0xFF, 0xFF, 0xB2, 0x16}));
    EXPECT_EQ(selectSecondary(*secondary, true), (Bytes{0x68, 0x0B, 0x0B, 0x68, 0x73, 0xFD, 0x52, 0x78, 0x56,
                                                        0x34, 0x12, 0xFF, 0xFF, 0xFF, 0xFF, 0xD2, 0x16}));
}

TEST(RequestsTest, SelectWithWildcardDigits) {
    const auto secondary = SecondaryAddress::fromText("1234FFFF");
    ASSERT_TRUE(secondary.has_value());
    EXPECT_TRUE(secondary->hasWildcard());
    EXPECT_EQ(selectSecondary(*secondary), (Bytes{0x68, 0x0B, 0x0B, 0x68, 0x53, 0xFD, 0x52, 0xFF, 0xFF, 0x34,
                                                  0x12, 0xFF, 0xFF, 0xFF, 0xFF, 0xE2, 0x16}));
    EXPECT_EQ(SecondaryAddress::fromText("1234ffff"), secondary);

    const auto everything = SecondaryAddress::fromText("FFFFFFFFFFFFFFFF");
    ASSERT_TRUE(everything.has_value());
    EXPECT_EQ(*everything, SecondaryAddress{});
    EXPECT_EQ(selectSecondary(*everything), (Bytes{0x68, 0x0B, 0x0B, 0x68, 0x53, 0xFD, 0x52, 0xFF, 0xFF, 0xFF,
                                                   0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x9A, 0x16}));
}

TEST(RequestsTest, SelectFullSecondaryAddress) {
    // Kamstrup (KAM = 0x2C2D, wire 2D 2C), version 0B, medium 04 (heat, outlet).
    const auto secondary = SecondaryAddress::fromText("123456782D2C0B04");
    ASSERT_TRUE(secondary.has_value());
    EXPECT_EQ(secondary->id, (std::array<std::uint8_t, 4>{0x78, 0x56, 0x34, 0x12}));
    EXPECT_EQ(secondary->manufacturer, 0x2C2D);
    EXPECT_EQ(secondary->version, 0x0B);
    EXPECT_EQ(secondary->medium, 0x04);
    EXPECT_FALSE(secondary->hasWildcard());
    EXPECT_EQ(selectSecondary(*secondary), (Bytes{0x68, 0x0B, 0x0B, 0x68, 0x53, 0xFD, 0x52, 0x78, 0x56, 0x34,
                                                  0x12, 0x2D, 0x2C, 0x0B, 0x04, 0x1E, 0x16}));
    expectValidFrame(selectSecondary(*secondary));
}

TEST(RequestsTest, SecondaryAddressText) {
    EXPECT_EQ(SecondaryAddress::fromText("123456782d2c0b04")->toText(), "123456782D2C0B04");
    EXPECT_EQ(SecondaryAddress::fromText("12345678")->toText(), "12345678FFFFFFFF");
    EXPECT_EQ(SecondaryAddress::fromText("0000000F")->toText(), "0000000FFFFFFFFF");

    for (const char* bad : {"", "1234567", "123456789", "1234567A", "12345678FFFFFFF", "12345678GGFFFFFF",
                            " 12345678", "12345678 ", "0x12345678", "1234-678", "B2345678FFFFFFFF"}) {
        EXPECT_FALSE(SecondaryAddress::fromText(bad).has_value()) << '"' << bad << '"';
    }
}

TEST(RequestsTest, ApplicationReset) {
    EXPECT_EQ(applicationReset(0xFE), (Bytes{0x68, 0x03, 0x03, 0x68, 0x53, 0xFE, 0x50, 0xA1, 0x16}));
    EXPECT_EQ(applicationReset(5, 0x10), (Bytes{0x68, 0x04, 0x04, 0x68, 0x53, 0x05, 0x50, 0x10, 0xB8, 0x16}));
    expectValidFrame(applicationReset(5, 0x10, true));
}

TEST(RequestsTest, SetBaudRate) {
    EXPECT_EQ(setBaudRate(1, 2400), (Bytes{0x68, 0x03, 0x03, 0x68, 0x53, 0x01, 0xBB, 0x0F, 0x16}));
    EXPECT_EQ(setBaudRate(1, 9600), (Bytes{0x68, 0x03, 0x03, 0x68, 0x53, 0x01, 0xBD, 0x11, 0x16}));
    EXPECT_EQ(setBaudRate(1, 300), (Bytes{0x68, 0x03, 0x03, 0x68, 0x53, 0x01, 0xB8, 0x0C, 0x16}));
    EXPECT_EQ(setBaudRate(1, 38400), (Bytes{0x68, 0x03, 0x03, 0x68, 0x53, 0x01, 0xBF, 0x13, 0x16}));

    const std::pair<std::uint32_t, std::uint8_t> table[]{{300, 0xB8},   {600, 0xB9},  {1200, 0xBA},
                                                         {2400, 0xBB},  {4800, 0xBC}, {9600, 0xBD},
                                                         {19200, 0xBE}, {38400, 0xBF}};
    for (const auto& [baud, ciField] : table) {
        const auto frame = setBaudRate(7, baud);
        ASSERT_TRUE(frame.has_value()) << baud;
        EXPECT_EQ((*frame)[6], ciField) << baud;
        expectValidFrame(*frame);
    }

    for (std::uint32_t baud : {0u, 110u, 2401u, 14400u, 57600u, 115200u})
        EXPECT_FALSE(setBaudRate(1, baud).has_value()) << baud;
}

TEST(RequestsTest, SetPrimaryAddress) {
    EXPECT_EQ(setPrimaryAddress(0, 5),
              (Bytes{0x68, 0x06, 0x06, 0x68, 0x53, 0x00, 0x51, 0x01, 0x7A, 0x05, 0x24, 0x16}));
    EXPECT_EQ(setPrimaryAddress(0xFE, 5, true),
              (Bytes{0x68, 0x06, 0x06, 0x68, 0x73, 0xFE, 0x51, 0x01, 0x7A, 0x05, 0x42, 0x16}));
    EXPECT_TRUE(setPrimaryAddress(1, 0).has_value());
    EXPECT_TRUE(setPrimaryAddress(1, 250).has_value());
    for (int reserved = 251; reserved <= 255; ++reserved)
        EXPECT_FALSE(setPrimaryAddress(1, static_cast<std::uint8_t>(reserved)).has_value()) << reserved;
}

TEST(RequestsTest, SndUdRefusesDataThatDoesNotFit) {
    EXPECT_TRUE(sndUd(1, ci::DataSend, Bytes(252)).has_value());
    EXPECT_FALSE(sndUd(1, ci::DataSend, Bytes(253)).has_value());
    EXPECT_EQ(sndUd(1, ci::DataSend, Bytes{0x01, 0x7A, 0x07}),
              (Bytes{0x68, 0x06, 0x06, 0x68, 0x53, 0x01, 0x51, 0x01, 0x7A, 0x07, 0x27, 0x16}));
}

TEST(RequestsTest, EveryRequestIsAValidFrame) {
    for (int a = 0; a <= 255; ++a) {
        const auto address = static_cast<std::uint8_t>(a);
        expectValidFrame(sndNke(address));
        expectValidFrame(reqUd2(address, a % 2 == 0));
        expectValidFrame(reqUd1(address, a % 2 == 1));
        expectValidFrame(applicationReset(address));
        expectValidFrame(*setBaudRate(address, 2400, a % 2 == 0));
    }
}
