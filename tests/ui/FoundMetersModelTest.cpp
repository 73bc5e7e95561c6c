// SPDX-License-Identifier: GPL-3.0-or-later
// What the scan dialog lists of a find: the secondary address decoded from the identifying
// telegram, garbled finds marked and left unchecked.
#include "diagnostics/FoundMetersModel.h"

#include "TestFrames.h"

#include <QBrush>
#include <gtest/gtest.h>

using namespace heatdesk;
using Col = ui::FoundMetersModel::Column;

TEST(FoundMetersModel, DecodesTheTelegramAndMarksGarbledFinds) {
    ui::FoundMetersModel model;
    bus::FoundMeter fromTelegram;
    const auto frame = testframes::rspUd("04 06 2A 00 00 00"); // id 12345678, ABB, v1, heat
    fromTelegram.frame = QByteArray(reinterpret_cast<const char*>(frame.data()), qsizetype(frame.size()));
    bus::FoundMeter garbled;
    garbled.primary = 7;
    garbled.garbled = true;
    model.add(fromTelegram);
    model.add(garbled);

    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(0, Col::Secondary).data().toString(), "12345678");
    EXPECT_EQ(model.index(0, Col::Manufacturer).data().toString(), "ABB");
    EXPECT_EQ(model.index(0, Col::Version).data().toInt(), 1);
    EXPECT_FALSE(model.index(0, Col::Medium).data().toString().isEmpty());
    EXPECT_EQ(model.index(0, Col::Note).data().toString(), "");
    EXPECT_EQ(model.index(1, Col::Primary).data().toInt(), 7);
    EXPECT_EQ(model.index(1, Col::Note).data().toString(), "garbled — two meters on one address?");
    EXPECT_TRUE(model.index(1, Col::Note).data(Qt::ForegroundRole).isValid());
    EXPECT_EQ(model.index(1, Col::Primary).data(Qt::CheckStateRole).toInt(), Qt::Unchecked);

    // Only the checked ones are handed on; checking the garbled one is the person's choice.
    ASSERT_EQ(model.checkedMeters().size(), 1);
    EXPECT_TRUE(model.checkedMeters().front().primary == std::nullopt);
    EXPECT_TRUE(model.setData(model.index(1, Col::Primary), Qt::Checked, Qt::CheckStateRole));
    EXPECT_EQ(model.checkedMeters().size(), 2);
    EXPECT_FALSE(model.setData(model.index(1, Col::Note), Qt::Checked, Qt::CheckStateRole));
    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
}
