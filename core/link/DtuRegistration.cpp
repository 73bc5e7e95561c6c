// SPDX-License-Identifier: GPL-3.0-or-later
#include "link/DtuRegistration.h"

#include <algorithm>

namespace heatdesk::link {
namespace {

using Outcome = DtuIdentification::Outcome;

bool printable(char c) {
    return c > 0x20 && c < 0x7F;
}

DtuIdentification invalid(const QString& reason) {
    return {Outcome::Invalid, {}, 0, reason};
}

// The longest known ID that `body` starts with; 0 when none.
qsizetype longestKnownPrefix(QByteArrayView body, const QList<QByteArray>& known) {
    qsizetype best = 0;
    for (const QByteArray& k : known)
        if (k.size() > best && body.startsWith(k))
            best = k.size();
    return best;
}

bool someKnownExtends(QByteArrayView body, const QList<QByteArray>& known) {
    return std::any_of(known.begin(), known.end(),
                       [&](const QByteArray& k) { return k.size() > body.size() && k.startsWith(body); });
}

} // namespace

QString dtuIdText(const QByteArray& wire, DtuIdRules::Format format) {
    return format == DtuIdRules::Format::Hex ? QString::fromLatin1(wire.toHex().toUpper())
                                             : QString::fromLatin1(wire);
}

QByteArray dtuIdWire(const QString& id, DtuIdRules::Format format) {
    return format == DtuIdRules::Format::Hex ? QByteArray::fromHex(id.toLatin1()) : id.toLatin1();
}

DtuIdentification identifyDtu(const QByteArray& bytes, const DtuIdRules& rules,
                              const QList<QByteArray>& known, bool settled) {
    const QByteArray& header = rules.header;
    if (bytes.size() < header.size())
        return header.startsWith(bytes)
                   ? DtuIdentification{}
                   : invalid(QStringLiteral("does not start with the registration header"));
    if (!bytes.startsWith(header))
        return invalid(QStringLiteral("does not start with the registration header"));
    const QByteArrayView body = QByteArrayView(bytes).sliced(header.size());
    const bool ascii = rules.format == DtuIdRules::Format::Ascii;
    auto identified = [&](qsizetype idBytes, qsizetype trailer) -> DtuIdentification {
        const QByteArray wire = body.first(idBytes).toByteArray();
        if (ascii && !std::all_of(wire.begin(), wire.end(), printable))
            return invalid(QStringLiteral("the ID is not printable ASCII"));
        return {Outcome::Identified, dtuIdText(wire, rules.format), header.size() + idBytes + trailer, {}};
    };

    if (rules.idLength > 0)
        return body.size() < rules.idLength ? DtuIdentification{} : identified(rules.idLength, 0);

    if (!rules.terminator.isEmpty()) {
        const qsizetype end = body.indexOf(rules.terminator);
        if (end == 0)
            return invalid(QStringLiteral("empty ID"));
        if (end > rules.maxIdLength || (end < 0 && body.size() > rules.maxIdLength + rules.terminator.size()))
            return invalid(QStringLiteral("no terminator within %1 bytes").arg(rules.maxIdLength));
        return end < 0 ? DtuIdentification{} : identified(end, rules.terminator.size());
    }

    if (!ascii) {
        // Hex IDs have a fixed length per model: a known one is recognised at once, data or not.
        if (const qsizetype k = longestKnownPrefix(body, known))
            return identified(k, 0);
        if (body.size() > rules.maxIdLength)
            return invalid(QStringLiteral("no known ID in the first %1 bytes").arg(rules.maxIdLength));
        return settled && !body.isEmpty() ? identified(body.size(), 0) : DtuIdentification{};
    }

    const qsizetype run = std::find_if_not(body.begin(), body.end(), printable) - body.begin();
    if (run == 0 && !body.isEmpty())
        return invalid(QStringLiteral("not an ASCII ID (first byte %1)")
                           .arg(static_cast<quint8>(body.front()), 2, 16, QLatin1Char('0')));
    const QByteArrayView candidate = body.first(run);
    if (run < body.size() || settled || run > rules.maxIdLength) {
        // Complete. Data that begins with a printable byte (0x68, the M-Bus long frame) runs on
        // from the ID; a known ID at its start tells where the ID ends.
        if (run > 0 && known.contains(candidate.toByteArray()))
            return identified(run, 0);
        if (const qsizetype k = longestKnownPrefix(candidate, known))
            return identified(k, 0);
        if (run > rules.maxIdLength)
            return invalid(QStringLiteral("no ID within %1 printable bytes").arg(rules.maxIdLength));
        return run > 0 ? identified(run, 0) : DtuIdentification{};
    }
    // Maybe split across TCP segments; an expected ID that nothing longer extends is complete.
    if (known.contains(candidate.toByteArray()) && !someKnownExtends(candidate, known))
        return identified(run, 0);
    return {};
}

} // namespace heatdesk::link
