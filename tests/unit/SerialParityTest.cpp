// SPDX-License-Identifier: GPL-3.0-or-later
#include "link/SerialParity.h"

#include <gtest/gtest.h>

#ifdef Q_OS_UNIX
#include <cstdlib>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

using namespace heatdesk;

namespace {

// A pseudo terminal's slave side: a tty whose input flags can be set and read back.
struct PseudoTerminal {
    int master = ::posix_openpt(O_RDWR | O_NOCTTY);
    int slave = -1;
    PseudoTerminal() {
        if (master >= 0 && ::grantpt(master) == 0 && ::unlockpt(master) == 0)
            slave = ::open(::ptsname(master), O_RDWR | O_NOCTTY);
    }
    ~PseudoTerminal() {
        if (slave >= 0)
            ::close(slave);
        if (master >= 0)
            ::close(master);
    }
};

} // namespace

TEST(SerialParityTest, TheDriverChecksParityAndDropsBadCharacters) {
    PseudoTerminal pty;
    ASSERT_GE(pty.slave, 0);
    termios before{};
    ASSERT_EQ(::tcgetattr(pty.slave, &before), 0);
    before.c_iflag &= ~tcflag_t(INPCK | IGNPAR); // as Qt 6 leaves a port: parity not checked
    before.c_iflag |= PARMRK;
    ASSERT_EQ(::tcsetattr(pty.slave, TCSANOW, &before), 0);

    QString error;
    ASSERT_TRUE(link::discardCharactersWithParityErrors(pty.slave, &error)) << error.toStdString();
    termios after{};
    ASSERT_EQ(::tcgetattr(pty.slave, &after), 0);
    EXPECT_TRUE(after.c_iflag & INPCK);
    EXPECT_TRUE(after.c_iflag & IGNPAR);
    EXPECT_FALSE(after.c_iflag & PARMRK) << "marks would put FF 00 into the bus bytes";
}

TEST(SerialParityTest, AHandleThatIsNoTerminalIsAnError) {
    int pipeEnds[2];
    ASSERT_EQ(::pipe(pipeEnds), 0);
    QString error;
    EXPECT_FALSE(link::discardCharactersWithParityErrors(pipeEnds[0], &error));
    EXPECT_FALSE(error.isEmpty());
    ::close(pipeEnds[0]);
    ::close(pipeEnds[1]);
}
#endif
