// SPDX-License-Identifier: GPL-3.0-or-later
// Traffic records made by hand for the monitor and diagnostics tests, and screenshots of widgets.
#pragma once

#include "bus/TrafficLog.h"

#include <QDir>
#include <QImage>
#include <QPixmap>
#include <QWidget>
#include <gtest/gtest.h>

namespace uitest {

inline heatdesk::bus::TrafficRecordPtr record(const QString& bus, heatdesk::bus::TrafficRecord::Kind kind,
                                              const QByteArray& hex = {}, const QString& decoded = {},
                                              std::uint64_t count = 0, qint64 timeMs = 1764450000000) {
    auto r = std::make_shared<heatdesk::bus::TrafficRecord>();
    r->timeMs = timeMs;
    r->bus = bus;
    r->kind = kind;
    r->bytes = QByteArray::fromHex(hex);
    r->count = count;
    r->decoded = decoded;
    return r;
}

// Renders the widget offscreen; with HEATDESK_SCREENSHOT_DIR set, keeps it there as NAME.png so
// a person can look at it.
inline void screenshot(QWidget& widget, const QString& name) {
    const QImage image = widget.grab().toImage();
    ASSERT_FALSE(image.isNull());
    const QString dir = qEnvironmentVariable("HEATDESK_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        ASSERT_TRUE(image.save(QDir(dir).filePath(name + QStringLiteral(".png"))));
    }
}

} // namespace uitest
