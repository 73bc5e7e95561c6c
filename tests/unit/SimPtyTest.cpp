// SPDX-License-Identifier: GPL-3.0-or-later
// A simulated bus on a pseudo terminal, read the way a serial port would be.
#include "QtEventLoop.h"
#include "mbus/Requests.h"
#include "mbus/Telegram.h"
#include "sim/PtyBusServer.h"

#include <QTest>
#include <gtest/gtest.h>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace {

using namespace heatdesk;
using namespace heatdesk::sim;

TEST(SimPtyBusServer, AnswersOnThePseudoTerminal) {
#ifndef Q_OS_UNIX
    GTEST_SKIP() << "pseudo terminals are POSIX";
#else
    testqt::ensureApp();
    ClimateParams climate;
    climate.origin = *parseCivil("2025-10-01");
    const HeatingPhysics physics(climate);
    BusConfig config;
    config.baud = 9600;
    SimulatedBus bus(config, *parseCivil("2026-01-15T09:00"));
    MbusMeterConfig meter;
    meter.primaryAddress = 3;
    meter.idBcd = 0x87654321;
    meter.layout = MbusLayout::SvmF22;
    bus.addMbusMeter(meter, physics);

    PtyBusServer server(bus);
    QString error;
    ASSERT_TRUE(server.open(&error)) << error.toStdString();
    ASSERT_TRUE(server.devicePath().startsWith("/dev/"));
    const int fd = ::open(server.devicePath().toLocal8Bit().constData(), O_RDWR | O_NOCTTY | O_NONBLOCK);
    ASSERT_GE(fd, 0);

    auto exchange = [&](const std::vector<std::uint8_t>& request, std::size_t atLeast) {
        EXPECT_EQ(::write(fd, request.data(), request.size()), static_cast<ssize_t>(request.size()));
        std::vector<std::uint8_t> got;
        EXPECT_TRUE(QTest::qWaitFor(
            [&] {
                std::uint8_t buffer[512];
                for (ssize_t n; (n = ::read(fd, buffer, sizeof buffer)) > 0;)
                    got.insert(got.end(), buffer, buffer + n);
                return got.size() >= atLeast;
            },
            3000));
        return got;
    };
    EXPECT_EQ(exchange(mbus::sndNke(3), 1), std::vector<std::uint8_t>{mbus::kAck});
    SimulatedMbusMeter probe(meter, physics);
    const auto size = probe.telegram(0, *parseCivil("2026-01-15T09:00"), 3).size();
    const auto first = exchange(mbus::reqUd2(3, true), size);
    EXPECT_EQ(first.size(), size);
    mbus::Telegram tg;
    EXPECT_FALSE(mbus::decodeFrames(first, tg));
    EXPECT_EQ(tg.header.idBcd, 0x87654321u);
    EXPECT_TRUE(tg.moreRecordsFollow);
    ::close(fd);
#endif
}

} // namespace
