// SPDX-License-Identifier: GPL-3.0-or-later
// Meter-model profiles as data: the shipped JSON files parse, a technician's directory adds and
// overrides profiles, and mistakes are reported instead of silently defaulted.
#include "cjt188/ProfileStore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

using namespace heatdesk::cjt188;

TEST(Cjt188ProfileStore, ShippedProfilesParse) {
    ProfileStore store;
    const int added = store.loadDirectory(HEATDESK_TEST_DATA_DIR "/../../resources/cjt188-profiles");
    EXPECT_TRUE(store.errors().isEmpty()) << store.errors().join("\n").toStdString();
    EXPECT_GE(added, 5);
    const MeterProfile* def = store.find("default");
    ASSERT_TRUE(def);
    // The shipped default file says what MeterProfile{} says.
    const MeterProfile code;
    EXPECT_EQ(def->preambleCount, code.preambleCount);
    EXPECT_EQ(def->diOrder, code.diOrder);
    EXPECT_EQ(def->unitPosition, code.unitPosition);
    EXPECT_EQ(def->valueOrder, code.valueOrder);
    EXPECT_EQ(def->flowDecimals, code.flowDecimals);
    EXPECT_EQ(def->responseTimeout, code.responseTimeout);
    const MeterProfile* jy = store.find("jy-unit-first");
    ASSERT_TRUE(jy);
    EXPECT_EQ(jy->unitPosition, UnitPosition::UnitFirst);
    EXPECT_EQ(jy->diOrder, DiOrder::HighFirst);
    const MeterProfile* danfoss = store.find("danfoss");
    ASSERT_TRUE(danfoss);
    EXPECT_EQ(danfoss->preambleCount, 0u);
    EXPECT_EQ(danfoss->valueOrder, ByteOrder::MsbFirst);
    EXPECT_TRUE(danfoss->statusSwapped);
}

TEST(Cjt188ProfileStore, TechnicianDirectoryAddsAndOverrides) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    auto write = [&](const QString& name, const QByteArray& text) {
        QFile f(dir.filePath(name));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(text);
    };
    write("a.json", R"({"name": "site-x", "preamble_count": 13, "di_order": "high_first",
                        "request_meter_type": "25", "valve_open_code": 85, "flow_decimals": 2})");
    write("b.json", R"({"name": "default", "retries": 5})");
    write("c.json", R"({"name": "typo", "preambel_count": 2})");
    write("d.json", R"({"name": "bad", "di_order": "sideways"})");
    write("e.json", "not json");
    ProfileStore store;
    EXPECT_EQ(store.loadDirectory(dir.path()), 2);
    EXPECT_EQ(store.errors().size(), 3);
    const MeterProfile& x = store.profileOrDefault("site-x");
    EXPECT_EQ(x.preambleCount, 13u);
    EXPECT_EQ(x.diOrder, DiOrder::HighFirst);
    EXPECT_EQ(x.requestMeterType, 0x25);
    EXPECT_EQ(x.valveOpenCode, 0x55);
    EXPECT_EQ(x.flowDecimals, 2);
    EXPECT_EQ(store.profileOrDefault("nonexistent").retries, 5);
}

TEST(Cjt188ProfileStore, JsonRoundTrip) {
    MeterProfile p;
    p.name = "round";
    p.preambleCount = 6;
    p.diOrder = DiOrder::HighFirst;
    p.valueOrder = ByteOrder::MsbFirst;
    p.unitPosition = UnitPosition::UnitFirst;
    p.timeEncoding = TimeEncoding::Binary;
    p.plus33 = true;
    p.valveCloseCode = 0x77;
    p.responseTimeout = std::chrono::milliseconds(4500);
    QString error;
    const auto back = ProfileStore::parse(ProfileStore::toJson(p), &error);
    ASSERT_TRUE(back) << error.toStdString();
    EXPECT_EQ(back->name, "round");
    EXPECT_EQ(back->preambleCount, 6u);
    EXPECT_EQ(back->diOrder, DiOrder::HighFirst);
    EXPECT_EQ(back->valueOrder, ByteOrder::MsbFirst);
    EXPECT_EQ(back->unitPosition, UnitPosition::UnitFirst);
    EXPECT_EQ(back->timeEncoding, TimeEncoding::Binary);
    EXPECT_TRUE(back->plus33);
    EXPECT_EQ(back->valveCloseCode, 0x77);
    EXPECT_EQ(back->responseTimeout.count(), 4500);
    EXPECT_FALSE(ProfileStore::parse(R"({"description": "no name"})"));
}

} // namespace
