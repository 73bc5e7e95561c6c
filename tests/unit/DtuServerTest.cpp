// SPDX-License-Identifier: GPL-3.0-or-later
// The DTU server against raw TCP peers on 127.0.0.1: registration in the forms real DTUs send,
// heartbeats and ID prefixes dropped, reconnects taking over, and abusive peers cut off early.
#include "link/DtuServer.h"

#include "QtEventLoop.h"
#include "link/DtuLink.h"
#include "sim/DtuClient.h"
#include "sim/SimulatedBus.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <gtest/gtest.h>
#include <memory>

using namespace heatdesk::link;
using namespace std::chrono_literals;

namespace {

using Outcome = DtuIdentification::Outcome;

DtuIdentification identify(const QByteArray& bytes, const DtuIdRules& rules = {},
                           const QList<QByteArray>& known = {}, bool settled = false) {
    return identifyDtu(bytes, rules, known, settled);
}

class DtuServerTest : public ::testing::Test {
protected:
    void SetUp() override { testqt::ensureApp(); }

    // A server on a free loopback port with quick timers, and one link per given ID.
    void start(DtuServerSettings settings, const QStringList& links = {}) {
        settings.registrationTimeout = std::min(settings.registrationTimeout, 1000ms);
        settings.registrationSettle = 100ms;
        server = std::make_unique<DtuServer>(settings);
        ASSERT_TRUE(server->listen(QHostAddress::LocalHost, 0));
        connected = std::make_unique<QSignalSpy>(server.get(), &DtuServer::dtuConnected);
        rejected = std::make_unique<QSignalSpy>(server.get(), &DtuServer::peerRejected);
        for (const QString& id : links) {
            auto link = std::make_unique<DtuLink>(*server, id);
            QObject::connect(link.get(), &Link::bytesReceived,
                             [this, id](const QByteArray& b) { received[id] += b; });
            link->open();
            this->links.push_back(std::move(link));
        }
    }

    std::unique_ptr<QTcpSocket> dial(const QByteArray& first = {}) {
        auto s = std::make_unique<QTcpSocket>();
        s->connectToHost(QHostAddress::LocalHost, server->serverPort());
        EXPECT_TRUE(s->waitForConnected(2000));
        if (!first.isEmpty())
            send(*s, first);
        return s;
    }

    static void send(QTcpSocket& s, const QByteArray& bytes) {
        s.write(bytes);
        s.flush();
    }

    bool waitConnected(int count) {
        return QTest::qWaitFor([&] { return connected->count() >= count; }, 3000);
    }

    // Lets the loop run long enough for bytes to cross the loopback and nothing more to come.
    static void settle() { QTest::qWait(150); }

    std::unique_ptr<DtuServer> server;
    std::unique_ptr<QSignalSpy> connected;
    std::unique_ptr<QSignalSpy> rejected;
    std::vector<std::unique_ptr<DtuLink>> links;
    QHash<QString, QByteArray> received;
};

DtuServerSettings acceptAll() {
    DtuServerSettings s;
    s.acceptUnknown = true;
    return s;
}

} // namespace

TEST(DtuRegistrationTest, AsciiIdEndsAtTheFirstControlByteOrWhenTheDtuPauses) {
    auto r = identify("DTU00001\x10\x5B\x01\x5C\x16");
    EXPECT_EQ(r.outcome, Outcome::Identified);
    EXPECT_EQ(r.id, "DTU00001");
    EXPECT_EQ(r.consumed, 8);
    EXPECT_EQ(identify("DTU0").outcome, Outcome::NeedMore); // maybe split by TCP
    r = identify("DTU0", {}, {}, true);
    EXPECT_EQ(r.outcome, Outcome::Identified);
    EXPECT_EQ(r.id, "DTU0");
    EXPECT_EQ(identify("\x10\x5B\x01\x5C\x16").outcome, Outcome::Invalid);
    EXPECT_EQ(identify(QByteArray(65, 'A'), {}, {}, false).outcome, Outcome::Invalid); // over maxIdLength
}

TEST(DtuRegistrationTest, KnownIdsEndWhereDataBeginsEvenWithAPrintableByte) {
    const QList<QByteArray> known{"DTU00001", "DTU000012"};
    // 0x68 is 'h': the long frame runs on from the ID, and only the known ID tells where it ends.
    auto r = identify("DTU00001\x68\x3C\x3C\x68\x08", {}, known);
    EXPECT_EQ(r.outcome, Outcome::Identified);
    EXPECT_EQ(r.id, "DTU00001");
    EXPECT_EQ(r.consumed, 8);
    EXPECT_EQ(identify("DTU000012", {}, known).id, "DTU000012");           // the longest known ID wins
    EXPECT_EQ(identify("DTU00001", {}, known).outcome, Outcome::NeedMore); // DTU000012 may follow
    EXPECT_EQ(identify("DTU000012", {}, {"DTU000012"}).outcome, Outcome::Identified);
}

TEST(DtuRegistrationTest, HexIdsHeadersAndTerminators) {
    DtuIdRules fourFaith; // PROT mode: a 4-byte ID first (domain.md §5.5)
    fourFaith.format = DtuIdRules::Format::Hex;
    fourFaith.idLength = 4;
    EXPECT_EQ(identify(QByteArray::fromHex("785634"), fourFaith).outcome, Outcome::NeedMore);
    auto r = identify(QByteArray::fromHex("7856341231333036"), fourFaith);
    EXPECT_EQ(r.outcome, Outcome::Identified);
    EXPECT_EQ(r.id, "78563412");
    EXPECT_EQ(r.consumed, 4);
    EXPECT_EQ(dtuIdWire("78563412", DtuIdRules::Format::Hex), QByteArray::fromHex("78563412"));

    DtuIdRules hex;
    hex.format = DtuIdRules::Format::Hex;
    EXPECT_EQ(identify(QByteArray::fromHex("0102030405E5"), hex, {QByteArray::fromHex("0102030405")}).id,
              "0102030405");
    EXPECT_EQ(identify(QByteArray::fromHex("A1B2"), hex, {}, true).id, "A1B2");

    DtuIdRules usr; // "LOGIN:1001" with CR LF
    usr.header = "LOGIN:";
    usr.terminator = "\r\n";
    EXPECT_EQ(identify("LOG", usr).outcome, Outcome::NeedMore);
    EXPECT_EQ(identify("LOGIN:10", usr).outcome, Outcome::NeedMore);
    r = identify("LOGIN:1001\r\n\xE5", usr);
    EXPECT_EQ(r.id, "1001");
    EXPECT_EQ(r.consumed, 12);
    EXPECT_EQ(identify("HELLO", usr).outcome, Outcome::Invalid);
    EXPECT_EQ(identify("LOGIN:" + QByteArray(80, '1'), usr).outcome, Outcome::Invalid);
}

TEST_F(DtuServerTest, AsciiRegistrationOpensTheLinkAndCarriesBytesBothWays) {
    start({.knownIds = {"DTU00001"}}, {"DTU00001"});
    DtuLink& link = *links[0];
    EXPECT_EQ(link.state(), Link::State::Reconnecting); // waiting for the DTU to dial in
    EXPECT_FALSE(link.write("x"));
    auto dtu = dial("DTU00001");
    ASSERT_TRUE(waitConnected(1));
    EXPECT_EQ(connected->at(0).at(0).toString(), "DTU00001");
    EXPECT_TRUE(link.isOpen());
    EXPECT_TRUE(server->isConnected("DTU00001"));

    ASSERT_TRUE(link.write(QByteArray::fromHex("105B015C16")));
    ASSERT_TRUE(QTest::qWaitFor([&] { return dtu->bytesAvailable() >= 5; }, 2000));
    EXPECT_EQ(dtu->readAll(), QByteArray::fromHex("105B015C16"));
    send(*dtu, "\xE5");
    ASSERT_TRUE(QTest::qWaitFor([&] { return !received["DTU00001"].isEmpty(); }, 2000));
    EXPECT_EQ(received["DTU00001"], "\xE5");

    QSignalSpy gone(server.get(), &DtuServer::dtuDisconnected);
    dtu->disconnectFromHost();
    ASSERT_TRUE(gone.wait(2000));
    EXPECT_EQ(link.state(), Link::State::Reconnecting);
    EXPECT_EQ(link.lastError().kind, LinkError::Kind::Closed);
}

TEST_F(DtuServerTest, HexRegistration) {
    DtuServerSettings s;
    s.idRules.format = DtuIdRules::Format::Hex;
    s.idRules.idLength = 4;
    s.knownIds = {"78563412"};
    start(s, {"78563412"});
    auto dtu = dial(QByteArray::fromHex("78563412"));
    ASSERT_TRUE(waitConnected(1));
    EXPECT_EQ(connected->at(0).at(0).toString(), "78563412");
    EXPECT_TRUE(links[0]->isOpen());
}

TEST_F(DtuServerTest, IdAndDataInOneSegment) {
    start({.knownIds = {"DTU00001"}}, {"DTU00001"});
    const QByteArray frame = QByteArray::fromHex("6803036808017079"
                                                 "16");
    auto dtu = dial("DTU00001" + frame);
    ASSERT_TRUE(waitConnected(1));
    ASSERT_TRUE(QTest::qWaitFor([&] { return received["DTU00001"].size() >= frame.size(); }, 2000));
    EXPECT_EQ(received["DTU00001"], frame);
}

TEST_F(DtuServerTest, RegistrationSplitAcrossSegments) {
    start(acceptAll(), {"DTU00001"});
    auto dtu = dial("DTU0");
    QTest::qWait(30);
    send(*dtu, "0001");
    ASSERT_TRUE(waitConnected(1));
    EXPECT_EQ(connected->at(0).at(0).toString(), "DTU00001");
}

TEST_F(DtuServerTest, HeartbeatsAreDroppedAndAnsweredWhereTheModelWantsIt) {
    DtuServerSettings s = acceptAll();
    s.heartbeats = {"ping", QByteArray::fromHex("FE")};
    s.heartbeatReply = "pong";
    start(s, {"DTU7"});
    auto dtu = dial("DTU7");
    ASSERT_TRUE(waitConnected(1));
    send(*dtu, "ping");
    settle();
    send(*dtu, QByteArray::fromHex("FE"));
    settle();
    EXPECT_TRUE(received["DTU7"].isEmpty());
    send(*dtu, "ping\xE5"); // a heartbeat and the reply behind it in one segment
    ASSERT_TRUE(QTest::qWaitFor([&] { return !received["DTU7"].isEmpty(); }, 2000));
    EXPECT_EQ(received["DTU7"], "\xE5");
    EXPECT_TRUE(QTest::qWaitFor([&] { return dtu->bytesAvailable() >= 12; }, 2000));
    EXPECT_EQ(dtu->readAll(), "pongpongpong");
}

TEST_F(DtuServerTest, IdPrefixOnEveryPacketIsDropped) {
    start(acceptAll(), {"ID01"});
    auto dtu = dial("ID01");
    ASSERT_TRUE(waitConnected(1));
    send(*dtu, "ID01\xE5");
    settle();
    send(*dtu, "ID01" + QByteArray::fromHex("6803036808017079"));
    settle();
    send(*dtu, "ID01\x16");
    ASSERT_TRUE(QTest::qWaitFor([&] { return received["ID01"].size() >= 10; }, 2000));
    EXPECT_EQ(received["ID01"], QByteArray::fromHex("E5"
                                                    "6803036808017079"
                                                    "16"));
}

TEST_F(DtuServerTest, ADtuThatDialsAgainTakesOverItsLink) {
    start({.knownIds = {"DTU1"}}, {"DTU1"});
    QSignalSpy gone(server.get(), &DtuServer::dtuDisconnected);
    auto first = dial("DTU1");
    ASSERT_TRUE(waitConnected(1));
    QSignalSpy firstClosed(first.get(), &QTcpSocket::disconnected);
    auto second = dial("DTU1"); // the old link died unnoticed; the DTU redialled
    ASSERT_TRUE(waitConnected(2));
    ASSERT_TRUE(firstClosed.wait(2000)); // the server closed the old connection
    EXPECT_EQ(gone.count(), 0);
    EXPECT_TRUE(links[0]->isOpen());
    EXPECT_EQ(server->connectedIds(), QStringList{"DTU1"});
    ASSERT_TRUE(links[0]->write("\x10"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return second->bytesAvailable() > 0; }, 2000));
    EXPECT_EQ(second->readAll(), "\x10");
}

TEST_F(DtuServerTest, UnknownIdsAreRefusedUnlessAccepted) {
    start({.knownIds = {"DTU1"}});
    auto stranger = dial("DTU999");
    ASSERT_TRUE(rejected->wait(2000));
    EXPECT_EQ(rejected->at(0).at(1).toString(), "unknown DTU ID 'DTU999'");
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return stranger->state() == QAbstractSocket::UnconnectedState; }, 2000));
    EXPECT_EQ(connected->count(), 0);

    server->setAcceptUnknown(true);
    auto welcome = dial("DTU999");
    ASSERT_TRUE(waitConnected(1));
    EXPECT_TRUE(server->isConnected("DTU999"));
}

TEST_F(DtuServerTest, PeersThatNeverRegisterAreDroppedWithBoundedMemory) {
    DtuServerSettings s = acceptAll();
    s.registrationTimeout = 300ms;
    s.maxUnregisteredBytes = 256;
    start(s);
    auto garbage = dial(QByteArray::fromHex("00FF00FF8081"));
    ASSERT_TRUE(rejected->wait(2000));
    EXPECT_TRUE(rejected->at(0).at(1).toString().startsWith("not a registration"))
        << rejected->at(0).at(1).toString().toStdString();

    // An endless printable stream: cut off after the limit, never buffered beyond it.
    auto endless = dial();
    const QByteArray chunk(1000, 'A');
    for (int i = 0; i < 50 && endless->state() == QAbstractSocket::ConnectedState; ++i) {
        send(*endless, chunk);
        QTest::qWait(5);
        EXPECT_LE(server->bufferedBytes(), 256 + 64 * 1024);
    }
    ASSERT_TRUE(QTest::qWaitFor([&] { return rejected->count() >= 2; }, 2000));
    EXPECT_TRUE(rejected->at(1).at(1).toString().contains("256"))
        << rejected->at(1).at(1).toString().toStdString();

    auto silent = dial(); // says nothing at all
    ASSERT_TRUE(QTest::qWaitFor([&] { return rejected->count() >= 3; }, 2000));
    EXPECT_EQ(rejected->at(2).at(1).toString(), "no registration within 300 ms");
    EXPECT_EQ(server->unregisteredPeers(), 0);
    EXPECT_EQ(server->bufferedBytes(), 0);
}

TEST_F(DtuServerTest, ARegisteredDtuThatFloodsIsDropped) {
    testqt::ensureApp();
    start({.knownIds = {"860000000000001"}}, {"860000000000001"});
    heatdesk::sim::SimulatedBus bus({}, 0);
    heatdesk::sim::DtuConfig c;
    c.port = server->serverPort();
    c.registration = "860000000000001";
    c.heartbeatMs = 0;
    c.endlessStream = true; // a wedged DTU: 100 kB/s of noise
    c.reconnectMinMs = 60000;
    heatdesk::sim::DtuClient wedged(c, bus);
    wedged.start();
    ASSERT_TRUE(rejected->wait(3000));
    EXPECT_TRUE(rejected->at(0).at(1).toString().startsWith("flooding"))
        << rejected->at(0).at(1).toString().toStdString();
    EXPECT_EQ(links[0]->state(), Link::State::Reconnecting);
}

TEST_F(DtuServerTest, TooManyWaitingPeersAreRefusedAtOnce) {
    DtuServerSettings s = acceptAll();
    s.maxUnregisteredPeers = 2;
    start(s);
    auto a = dial();
    auto b = dial();
    auto c = dial();
    ASSERT_TRUE(rejected->wait(2000));
    EXPECT_EQ(rejected->at(0).at(1).toString(), "too many connections");
    EXPECT_EQ(server->unregisteredPeers(), 2);
}

TEST_F(DtuServerTest, AnIdPrefixCanBeKeptForDtusWhoseDataMayStartWithTheirId) {
    DtuServerSettings s;
    s.idRules.format = DtuIdRules::Format::Hex;
    s.idRules.idLength = 1;
    s.knownIds = {"68"};
    s.dropRepeatedRegistration = false;
    start(s, {"68"});
    auto dtu = dial(QByteArray::fromHex("68"));
    ASSERT_TRUE(waitConnected(1));
    const QByteArray frame = QByteArray::fromHex("680303680801707916");
    send(*dtu, frame);
    ASSERT_TRUE(QTest::qWaitFor([&] { return received["68"].size() >= frame.size(); }, 2000));
    EXPECT_EQ(received["68"], frame);
}

namespace {

const QByteArray kDdpId = "13900000000";

QByteArray ddpPacket(quint8 type, const QByteArray& data = {}) {
    const int length = 16 + int(data.size());
    return QByteArray(1, '\x7B') + char(type) + char(length >> 8) + char(length & 0xFF) + kDdpId + data +
           '\x7B';
}

} // namespace

TEST_F(DtuServerTest, HongdianDdpIsAnsweredUnwrappedAndWrapped) {
    DtuServerSettings s;
    s.knownIds = {"13900000000"};
    s.framings = {DtuFraming::HongdianDdp};
    start(s, {"13900000000"});
    const QByteArray reply = QByteArray::fromHex("E5");
    // Registration and data in one segment; the DTU goes online when it reads the 81 answer.
    auto dtu = dial(ddpPacket(0x01, QByteArray::fromHex("AC186A021389")) + ddpPacket(0x09, reply));
    ASSERT_TRUE(waitConnected(1));
    ASSERT_TRUE(QTest::qWaitFor([&] { return dtu->bytesAvailable() >= 16; }, 2000));
    EXPECT_EQ(dtu->readAll(), ddpPacket(0x81));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !received[kDdpId].isEmpty(); }, 2000));
    EXPECT_EQ(received[kDdpId], reply);

    const QByteArray request = QByteArray::fromHex("105B087B16"); // 7B inside the data is no flag
    ASSERT_TRUE(links[0]->write(request));
    ASSERT_TRUE(QTest::qWaitFor([&] { return dtu->bytesAvailable() >= 21; }, 2000));
    EXPECT_EQ(dtu->readAll(), ddpPacket(0x89, request));

    send(*dtu, ddpPacket(0x01, QByteArray::fromHex("AC186A021389"))); // the heartbeat
    ASSERT_TRUE(QTest::qWaitFor([&] { return dtu->bytesAvailable() >= 16; }, 2000));
    EXPECT_EQ(dtu->readAll(), ddpPacket(0x81));

    QSignalSpy gone(server.get(), &DtuServer::dtuDisconnected);
    send(*dtu, ddpPacket(0x02));
    ASSERT_TRUE(gone.wait(2000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return dtu->bytesAvailable() >= 16; }, 2000));
    EXPECT_EQ(dtu->readAll(), ddpPacket(0x82));
    EXPECT_FALSE(server->isConnected("13900000000"));
}

TEST_F(DtuServerTest, PlainAndVendorFramingsShareThePortEachDtuHeldToItsOwn) {
    DtuServerSettings s;
    s.knownIds = {"DTU00001", "78563412", "13900000000"};
    s.framings = {DtuFraming::Plain, DtuFraming::HongdianDdp, DtuFraming::FourFaith};
    s.framingOf = {{"78563412", DtuFraming::FourFaith}, {"13900000000", DtuFraming::Plain}};
    start(s, {"DTU00001", "78563412"});

    auto plain = dial("DTU00001"); // registered when it pauses: it could still be Four-Faith
    const QByteArray ffRegister = QByteArray::fromHex("78563412313330363636363838383800C0A8014200");
    auto fourFaith = dial(ffRegister + QByteArray::fromHex("FE68FDEDFDEE16"));
    auto wrong = dial(ddpPacket(0x01, QByteArray::fromHex("AC186A021389")));
    ASSERT_TRUE(waitConnected(2));
    ASSERT_TRUE(QTest::qWaitFor([&] { return rejected->count() == 1; }, 2000));
    EXPECT_EQ(rejected->at(0).at(1).toString(),
              "DTU '13900000000' registered in hongdian-ddp framing, but is set to plain");
    EXPECT_TRUE(server->isConnected("DTU00001"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return received["78563412"].size() >= 4; }, 2000));
    EXPECT_EQ(received["78563412"], QByteArray::fromHex("68FDFE16")); // heartbeat FE dropped

    ASSERT_TRUE(links[1]->write(QByteArray::fromHex("10FE16")));
    ASSERT_TRUE(QTest::qWaitFor([&] { return fourFaith->bytesAvailable() >= 4; }, 2000));
    EXPECT_EQ(fourFaith->readAll(), QByteArray::fromHex("10FDEE16"));
}
