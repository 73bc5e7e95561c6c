// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/PtyBusServer.h"

#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>
#endif

namespace heatdesk::sim {

PtyBusServer::PtyBusServer(SimulatedBus& bus, double realtimeFactor, QObject* parent)
    : QObject(parent)
    , m_line(bus, realtimeFactor) {
    connect(&m_line, &PacedLine::send, this, &PtyBusServer::writeMaster);
}

PtyBusServer::~PtyBusServer() {
#ifdef Q_OS_UNIX
    delete m_notifier;
    if (m_slave >= 0)
        ::close(m_slave);
    if (m_master >= 0)
        ::close(m_master);
#endif
}

bool PtyBusServer::open(QString* error) {
#ifdef Q_OS_UNIX
    auto fail = [&](const char* what) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(QLatin1String(what),
                                                  QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    };
    if (m_master >= 0)
        return true;
    m_master = ::posix_openpt(O_RDWR | O_NOCTTY);
    if (m_master < 0)
        return fail("posix_openpt");
    if (::grantpt(m_master) != 0 || ::unlockpt(m_master) != 0)
        return fail("grantpt/unlockpt");
    const char* name = ::ptsname(m_master);
    if (!name)
        return fail("ptsname");
    m_path = QString::fromLocal8Bit(name);
    m_slave = ::open(name, O_RDWR | O_NOCTTY);
    if (m_slave < 0)
        return fail("open slave");
    // Raw bytes both ways: no echo, no CR/LF translation, no signals on 03 or 1A in a telegram.
    termios tio{};
    if (::tcgetattr(m_slave, &tio) == 0) {
        ::cfmakeraw(&tio);
        ::tcsetattr(m_slave, TCSANOW, &tio);
    }
    ::fcntl(m_master, F_SETFL, ::fcntl(m_master, F_GETFL) | O_NONBLOCK);
    m_notifier = new QSocketNotifier(m_master, QSocketNotifier::Read);
    connect(m_notifier, &QSocketNotifier::activated, this, &PtyBusServer::readMaster);
    return true;
#else
    if (error)
        *error = QStringLiteral("pseudo terminals exist on Linux and macOS only; use --tcp-listen");
    return false;
#endif
}

void PtyBusServer::readMaster() {
#ifdef Q_OS_UNIX
    char buffer[1024];
    for (;;) {
        const auto n = ::read(m_master, buffer, sizeof buffer);
        if (n <= 0)
            break; // EAGAIN: all read
        m_line.receive(QByteArray(buffer, static_cast<qsizetype>(n)));
    }
#endif
}

void PtyBusServer::writeMaster(const QByteArray& bytes) {
#ifdef Q_OS_UNIX
    qsizetype done = 0;
    while (done < bytes.size()) {
        const auto n =
            ::write(m_master, bytes.constData() + done, static_cast<std::size_t>(bytes.size() - done));
        if (n <= 0)
            break; // nobody reads and the buffer is full: the bytes are lost, as on a real line
        done += n;
    }
#else
    Q_UNUSED(bytes);
#endif
}

} // namespace heatdesk::sim
