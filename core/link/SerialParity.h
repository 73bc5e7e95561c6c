// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

namespace heatdesk::link {

// Makes the serial driver discard every character that arrives with a parity (or framing)
// error. Qt 6 opens a port with input parity checking off, so such a character is handed on as
// if it were good, and the M-Bus checksum is left alone to catch it: two bit errors in one frame
// can cancel there (one reading in ~5,000 at a bit error rate of 1e-4). With parity checked per
// character the frame has the Hamming distance 4 that EN 13757-2 relies on; a discarded
// character makes the frame short, so it is rejected and read again. `handle` is
// QSerialPort::handle(). False with `error` set when the driver refuses.
bool discardCharactersWithParityErrors(qintptr handle, QString* error);

} // namespace heatdesk::link
