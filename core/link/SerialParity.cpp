// SPDX-License-Identifier: GPL-3.0-or-later
#include "link/SerialParity.h"

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <termios.h>
#endif

namespace heatdesk::link {

#ifdef Q_OS_UNIX
bool discardCharactersWithParityErrors(qintptr handle, QString* error) {
    termios tio{};
    if (::tcgetattr(int(handle), &tio) != 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    // INPCK checks parity on input; IGNPAR then drops the bad character (without PARMRK, which
    // would insert FF 00 marks the bus engine would have to unescape).
    tio.c_iflag |= INPCK | IGNPAR;
    tio.c_iflag &= ~tcflag_t(PARMRK | ISTRIP);
    if (::tcsetattr(int(handle), TCSANOW, &tio) != 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    return true;
}
#else
// Windows: QSerialPort sets DCB.fParity for a parity setting, and the driver then reports the
// error but still delivers the character; dropping it needs the driver's error character
// replacement and is not done yet (the checksum alone guards there).
bool discardCharactersWithParityErrors(qintptr, QString*) {
    return true;
}
#endif

} // namespace heatdesk::link
