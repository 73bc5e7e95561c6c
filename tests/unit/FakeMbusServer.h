// SPDX-License-Identifier: GPL-3.0-or-later
// A tiny M-Bus line behind a TCP port on 127.0.0.1, for tests of the bus engine and the CLI: it
// answers SND_NKE, selections and REQ_UD2 for configured meters with real corpus telegrams. (The
// full simulator lives in core/sim; this stays deliberately small and independent of it.)
#pragma once

#include "mbus/FrameExtractor.h"
#include "mbus/MbusMaster.h"
#include "text/HexText.h"

#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace testfake {

inline std::vector<std::uint8_t> corpusFrame(const std::string& name) {
    QFile f(QStringLiteral(HEATDESK_TEST_DATA_DIR "/mbus/frames/") + QString::fromStdString(name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray text = f.readAll();
    return heatdesk::text::parseHex(std::string_view(text.constData(), static_cast<std::size_t>(text.size())))
        .bytes;
}

// The same telegram as if the meter had primary address `a`.
inline std::vector<std::uint8_t> atAddress(const std::vector<std::uint8_t>& frame, std::uint8_t a) {
    auto parsed = heatdesk::mbus::parseFrame(frame);
    const auto& f = std::get<heatdesk::mbus::Frame>(parsed);
    return *heatdesk::mbus::buildLongFrame(f.c, a, f.ci, f.userData);
}

class FakeMbusServer {
public:
    struct Meter {
        std::vector<std::uint8_t> telegram;
        bool selected = false;
    };

    FakeMbusServer() {
        QObject::connect(&m_server, &QTcpServer::newConnection, [this] {
            while (QTcpSocket* s = m_server.nextPendingConnection()) {
                m_sockets.emplace_back(s);
                QObject::connect(s, &QTcpSocket::readyRead, [this, s] { serve(s); });
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    quint16 port() const { return m_server.serverPort(); }
    void addMeter(std::uint8_t address, const std::vector<std::uint8_t>& telegram) {
        m_meters[address] = Meter{atAddress(telegram, address)};
    }
    bool echo = false; // the converter echoes what it receives
    int delayMs = 0;   // a slow link: every answer arrives this much later
    int requests = 0;

private:
    void serve(QTcpSocket* s) {
        const QByteArray bytes = s->readAll();
        m_extractor.feed(
            std::span<const std::uint8_t>(reinterpret_cast<const std::uint8_t*>(bytes.constData()),
                                          static_cast<std::size_t>(bytes.size())));
        if (echo)
            s->write(bytes);
        while (auto f = m_extractor.next()) {
            ++requests;
            auto parsed = heatdesk::mbus::parseFrame(f->bytes);
            const auto& frame = std::get<heatdesk::mbus::Frame>(parsed);
            std::vector<std::uint8_t> answer;
            if (frame.kind == heatdesk::mbus::FrameKind::Long && frame.ci == 0x52 &&
                frame.userData.size() >= 8) {
                for (auto& [a, m] : m_meters) {
                    auto id = heatdesk::mbus::secondaryOf(m.telegram);
                    bool match = id.has_value();
                    for (int pos = 0; match && pos < 8; ++pos) {
                        heatdesk::mbus::SecondaryAddress mask;
                        mask.id = {frame.userData[0], frame.userData[1], frame.userData[2],
                                   frame.userData[3]};
                        const auto d = heatdesk::mbus::idDigit(mask, pos);
                        match = d == 0x0F || d == heatdesk::mbus::idDigit(*id, pos);
                    }
                    m.selected = match;
                    if (match)
                        answer = {0xE5};
                }
            } else if (frame.kind == heatdesk::mbus::FrameKind::Short) {
                for (auto& [a, m] : m_meters) {
                    const bool forMe = frame.a == a || (frame.a == 0xFD && m.selected);
                    if (!forMe)
                        continue;
                    if (frame.c == 0x40)
                        answer = {0xE5};
                    else if ((frame.c & 0xCF) == 0x4B)
                        answer = m.telegram;
                }
            }
            if (answer.empty())
                continue;
            const QByteArray out(reinterpret_cast<const char*>(answer.data()),
                                 static_cast<qsizetype>(answer.size()));
            if (delayMs > 0)
                QTimer::singleShot(delayMs, s, [s, out] { s->write(out); });
            else
                s->write(out);
        }
    }

    QTcpServer m_server;
    std::vector<std::unique_ptr<QTcpSocket>> m_sockets;
    heatdesk::mbus::FrameExtractor m_extractor;
    std::map<std::uint8_t, Meter> m_meters;
};

} // namespace testfake
