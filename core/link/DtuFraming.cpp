// SPDX-License-Identifier: GPL-3.0-or-later
#include "link/DtuFraming.h"

#include <QtEndian>
#include <algorithm>

namespace heatdesk::link {
namespace {

using Outcome = DtuIdentification::Outcome;

namespace ddp {
constexpr char kFlag = 0x7B;
constexpr int kIdLength = 11;
constexpr int kHeader = 4 + kIdLength; // flag, type, length, ID
constexpr int kMinPacket = kHeader + 1;
constexpr int kMaxPacket = kMinPacket + DtuFrameCodec::kDdpMaxData;

enum Type : quint8 {
    Register = 0x01,
    Logout = 0x02,
    InvalidCommand = 0x04,
    DataAck = 0x05,
    Data = 0x09,
    RegisterOk = 0x81,
    LogoutOk = 0x82,
    DataToDtu = 0x89,
    DataAckToDtu = 0x85,
};

QByteArray packet(quint8 type, QByteArrayView id, QByteArrayView data) {
    QByteArray p;
    p.reserve(kMinPacket + data.size());
    p.append(kFlag).append(char(type));
    const quint16 length = quint16(kMinPacket + data.size());
    p.append(char(length >> 8)).append(char(length & 0xFF));
    p.append(id).append(data).append(kFlag);
    return p;
}
} // namespace ddp

namespace ff {
constexpr int kIdLength = 4;
constexpr int kPhoneLength = 11;
constexpr int kRegistration = kIdLength + kPhoneLength + 1 + 4 + 1;
constexpr char kEscape = char(0xFD);
constexpr char kHeartbeat = char(0xFE);
constexpr char kEscapedFd = char(0xED);
constexpr char kEscapedFe = char(0xEE);
} // namespace ff

bool printable(char c) {
    return c > 0x20 && c < 0x7F;
}

QString hexByte(char c) {
    return QStringLiteral("%1").arg(quint8(c), 2, 16, QLatin1Char('0')).toUpper();
}

// A read full of noise names its first problems, not thousands.
void note(DtuFrameCodec::Output& out, const QString& problem) {
    constexpr qsizetype kMaxProblems = 8;
    if (out.problems.size() < kMaxProblems)
        out.problems.append(problem);
    else if (out.problems.size() == kMaxProblems)
        out.problems.append(QStringLiteral("more problems in this read not listed"));
}

DtuIdentification invalid(const QString& reason) {
    return {Outcome::Invalid, {}, 0, reason};
}

DtuIdentification identifyDdp(QByteArrayView b, DtuIdRules::Format format) {
    if (!b.empty() && b[0] != ddp::kFlag)
        return invalid(QStringLiteral("not a DDP packet (first byte %1, not 7B)").arg(hexByte(b[0])));
    if (b.size() >= 2 && quint8(b[1]) != ddp::Register)
        return invalid(QStringLiteral("DDP packet type %1 before the registration (01)").arg(hexByte(b[1])));
    if (b.size() < 4)
        return {};
    const int length = qFromBigEndian<quint16>(b.data() + 2);
    if (length < ddp::kMinPacket || length > ddp::kMaxPacket)
        return invalid(QStringLiteral("DDP registration length %1 outside %2..%3")
                           .arg(length)
                           .arg(ddp::kMinPacket)
                           .arg(ddp::kMaxPacket));
    if (b.size() < length)
        return {};
    if (b[length - 1] != ddp::kFlag)
        return invalid(QStringLiteral("DDP registration does not end with 7B"));
    const QByteArrayView id = b.sliced(4, ddp::kIdLength);
    if (!std::all_of(id.begin(), id.end(), printable))
        return invalid(QStringLiteral("the DDP ID is not printable ASCII"));
    return {Outcome::Identified, dtuIdText(id.toByteArray(), format), length, {}};
}

DtuIdentification identifyFourFaith(QByteArrayView b, bool settled) {
    // Checked as far as it came: a plain DTU on the same port fails at its first misfit.
    const qsizetype phoneEnd = ff::kIdLength + ff::kPhoneLength;
    for (qsizetype i = ff::kIdLength; i < std::min(b.size(), phoneEnd); ++i)
        if (!printable(b[i]))
            return invalid(QStringLiteral("not a Four-Faith registration (phone number byte %1 is %2)")
                               .arg(i)
                               .arg(hexByte(b[i])));
    for (const qsizetype zero : {phoneEnd, qsizetype(ff::kRegistration - 1)})
        if (b.size() > zero && b[zero] != 0)
            return invalid(QStringLiteral("not a Four-Faith registration (byte %1 is %2, not 00)")
                               .arg(zero)
                               .arg(hexByte(b[zero])));
    if (b.size() < ff::kRegistration)
        return settled
                   ? invalid(QStringLiteral("Four-Faith registration cut short at %1 bytes").arg(b.size()))
                   : DtuIdentification{};
    return {Outcome::Identified,
            dtuIdText(b.first(ff::kIdLength).toByteArray(), DtuIdRules::Format::Hex),
            ff::kRegistration,
            {}};
}

} // namespace

QString dtuFramingName(DtuFraming framing) {
    switch (framing) {
    case DtuFraming::Plain:
        return QStringLiteral("plain");
    case DtuFraming::HongdianDdp:
        return QStringLiteral("hongdian-ddp");
    case DtuFraming::FourFaith:
        return QStringLiteral("four-faith");
    }
    return {};
}

std::optional<DtuFraming> dtuFramingFromName(const QString& name) {
    for (const auto f : {DtuFraming::Plain, DtuFraming::HongdianDdp, DtuFraming::FourFaith})
        if (name == dtuFramingName(f))
            return f;
    return std::nullopt;
}

int dtuFramingIdLength(DtuFraming framing) {
    switch (framing) {
    case DtuFraming::HongdianDdp:
        return ddp::kIdLength;
    case DtuFraming::FourFaith:
        return ff::kIdLength;
    case DtuFraming::Plain:
        break;
    }
    return 0;
}

DtuIdentification identifyFramedDtu(QByteArrayView bytes, DtuFraming framing, DtuIdRules::Format format,
                                    bool settled) {
    switch (framing) {
    case DtuFraming::HongdianDdp:
        return identifyDdp(bytes, format);
    case DtuFraming::FourFaith:
        return identifyFourFaith(bytes, settled);
    case DtuFraming::Plain:
        break;
    }
    return invalid(QStringLiteral("plain framing has no vendor registration"));
}

DtuFrameCodec::DtuFrameCodec(DtuFraming framing, Side side, QByteArray idWire)
    : m_framing(framing)
    , m_side(side)
    , m_id(std::move(idWire)) {}

DtuFrameCodec::Output DtuFrameCodec::feed(QByteArrayView bytes) {
    Output out;
    if (m_framing == DtuFraming::HongdianDdp) {
        m_buffer.append(bytes);
        feedDdp(out);
    } else if (m_framing == DtuFraming::FourFaith) {
        feedFourFaith(bytes, out);
    } else {
        out.data = bytes.toByteArray();
    }
    return out;
}

void DtuFrameCodec::feedDdp(Output& out) {
    // TCP loses no bytes, so a misfit is a peer that broke the protocol or noise the DTU let
    // through: skip to the next flag and look again, dropping only what did not fit. The read
    // position moves instead of the buffer, so a flood of flag bytes costs linear time.
    qsizetype at = 0;
    qsizetype skipped = 0;
    auto reportSkipped = [&] {
        if (skipped > 0)
            note(out, QStringLiteral("%1 bytes outside DDP packets dropped").arg(skipped));
        skipped = 0;
    };
    while (at < m_buffer.size()) {
        const QByteArrayView rest = QByteArrayView(m_buffer).sliced(at);
        if (rest.front() != ddp::kFlag) {
            const qsizetype next = rest.indexOf(ddp::kFlag);
            const qsizetype n = next < 0 ? rest.size() : next;
            at += n;
            skipped += n;
            continue;
        }
        if (rest.size() < 4)
            break;
        const int length = qFromBigEndian<quint16>(rest.data() + 2);
        if (length < ddp::kMinPacket || length > ddp::kMaxPacket) {
            reportSkipped();
            note(out, QStringLiteral("DDP length %1 outside %2..%3")
                          .arg(length)
                          .arg(ddp::kMinPacket)
                          .arg(ddp::kMaxPacket));
            ++at;
            ++skipped;
            continue;
        }
        // The ID is checked as soon as it is in: a flag byte in noise that looks like a header must
        // not make the real packet behind it wait for bytes that never come.
        if (rest.size() >= ddp::kHeader && rest.sliced(4, ddp::kIdLength) != m_id) {
            reportSkipped();
            note(out, QStringLiteral("DDP header with another DTU ID '%1'")
                          .arg(QString::fromLatin1(rest.sliced(4, ddp::kIdLength).toByteArray().toHex())));
            ++at;
            ++skipped;
            continue;
        }
        if (rest.size() < length)
            break;
        if (rest[length - 1] != ddp::kFlag) {
            reportSkipped();
            note(out, QStringLiteral("DDP packet of %1 bytes does not end with 7B").arg(length));
            ++at;
            ++skipped;
            continue;
        }
        reportSkipped();
        at += length;
        handleDdp(quint8(rest[1]), rest.sliced(ddp::kHeader, length - ddp::kMinPacket), out);
    }
    reportSkipped();
    m_buffer.remove(0, at);
}

void DtuFrameCodec::handleDdp(quint8 type, QByteArrayView data, Output& out) {
    if (m_side == Side::Centre) {
        switch (type) {
        case ddp::Register: // the heartbeat: answered like the first registration
            out.reply += registrationReply();
            return;
        case ddp::Logout:
            out.reply += ddp::packet(ddp::LogoutOk, m_id, {});
            out.loggedOut = true;
            return;
        case ddp::Data:
            out.data += data;
            return;
        case ddp::DataAck: // the DTU got our data; the bus reply says more
            return;
        case ddp::InvalidCommand:
            note(out, QStringLiteral("the DTU calls a packet of ours invalid"));
            return;
        default:
            note(out, QStringLiteral("DDP packet type %1 ignored").arg(hexByte(char(type))));
            return;
        }
    }
    switch (type) {
    case ddp::RegisterOk:
        out.registered = true;
        return;
    case ddp::LogoutOk:
        out.loggedOut = true;
        return;
    case ddp::DataToDtu:
        out.data += data;
        return;
    case ddp::DataAckToDtu:
        return;
    default:
        note(out, QStringLiteral("DDP packet type %1 ignored").arg(hexByte(char(type))));
        return;
    }
}

void DtuFrameCodec::feedFourFaith(QByteArrayView bytes, Output& out) {
    for (const char c : bytes) {
        if (m_escape) {
            m_escape = false;
            if (c == ff::kEscapedFd)
                out.data += ff::kEscape;
            else if (c == ff::kEscapedFe)
                out.data += ff::kHeartbeat;
            else
                note(out, QStringLiteral("escape FD before %1 dropped").arg(hexByte(c)));
        } else if (c == ff::kEscape) {
            m_escape = true;
        } else if (c != ff::kHeartbeat) { // the heartbeat keeps the carrier's link up; no answer
            out.data += c;
        }
    }
}

QByteArray DtuFrameCodec::wrap(QByteArrayView payload) const {
    QByteArray wire;
    if (m_framing == DtuFraming::HongdianDdp) {
        const quint8 type = m_side == Side::Centre ? ddp::DataToDtu : ddp::Data;
        for (qsizetype at = 0; at < payload.size(); at += kDdpMaxData)
            wire += ddp::packet(type, m_id,
                                payload.sliced(at, std::min<qsizetype>(kDdpMaxData, payload.size() - at)));
        return wire;
    }
    if (m_framing == DtuFraming::FourFaith) {
        wire.reserve(payload.size() + payload.size() / 16);
        for (const char c : payload) {
            if (c == ff::kEscape)
                wire.append(ff::kEscape).append(ff::kEscapedFd);
            else if (c == ff::kHeartbeat)
                wire.append(ff::kEscape).append(ff::kEscapedFe);
            else
                wire.append(c);
        }
        return wire;
    }
    return payload.toByteArray();
}

QByteArray DtuFrameCodec::registrationReply() const {
    return m_framing == DtuFraming::HongdianDdp ? ddp::packet(ddp::RegisterOk, m_id, {}) : QByteArray();
}

QByteArray DtuFrameCodec::registration(quint32 ipv4, quint16 port, QByteArrayView phone) const {
    char ip[4];
    qToBigEndian(ipv4, ip);
    if (m_framing == DtuFraming::HongdianDdp) {
        QByteArray data(ip, 4);
        data.append(char(port >> 8)).append(char(port & 0xFF));
        return ddp::packet(ddp::Register, m_id, data);
    }
    if (m_framing == DtuFraming::FourFaith) {
        QByteArray r = m_id;
        r.append(phone.first(std::min<qsizetype>(phone.size(), ff::kPhoneLength)));
        r.append(std::max<qsizetype>(0, ff::kIdLength + ff::kPhoneLength - r.size()), '0'); // 11 digits
        r.append('\0').append(ip, 4).append('\0');
        return r;
    }
    return m_id;
}

QByteArray DtuFrameCodec::heartbeat(quint32 ipv4, quint16 port, QByteArrayView phone) const {
    if (m_framing == DtuFraming::HongdianDdp)
        return registration(ipv4, port, phone);
    if (m_framing == DtuFraming::FourFaith)
        return QByteArray(1, ff::kHeartbeat);
    return {};
}

} // namespace heatdesk::link
