// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/MeterRules.h"

#include "cjt188/Frame.h"
#include "mbus/Requests.h"
#include "mbus/Telegram.h"

#include <QDate>
#include <algorithm>

namespace heatdesk::config {
namespace {

bool isMbus(const store::MeterConfig& m) {
    return m.protocol == QLatin1String("mbus");
}

bool allDigits(const QString& s) {
    return std::all_of(s.begin(), s.end(),
                       [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
}

std::string latin1(const QString& s) {
    return s.toLatin1().toStdString();
}

QString fromView(std::string_view v) {
    return QString::fromLatin1(v.data(), static_cast<qsizetype>(v.size()));
}

} // namespace

store::MeterConfig normalizedMeter(store::MeterConfig m) {
    m.protocol = m.protocol.trimmed().toLower();
    m.number = m.number.trimmed().toUpper();
    m.secondaryAddress = m.secondaryAddress.trimmed().toUpper();
    m.modelProfile = m.modelProfile.trimmed();
    m.medium = m.medium.trimmed();
    m.installedOn = m.installedOn.trimmed();
    m.location = m.location.trimmed();
    return m;
}

QList<MeterProblem> checkMeter(const store::MeterConfig& m, const QStringList& profiles) {
    QList<MeterProblem> problems;
    const auto add = [&](MeterField field, MeterIssue issue) { problems.append({field, issue}); };
    const bool mbus = isMbus(m);
    if (!mbus && m.protocol != QLatin1String("cjt188")) {
        add(MeterField::Number, MeterIssue::UnknownProtocol);
    } else if (mbus) {
        if (m.number.size() != 8 || !allDigits(m.number))
            add(MeterField::Number, MeterIssue::NumberNotMbus);
    } else {
        const auto address = cjt188::Address::fromText(latin1(m.number));
        if (m.number.size() != 14 || !address || address->isBroadcast())
            add(MeterField::Number, MeterIssue::NumberNotCjt188);
    }

    if (m.primaryAddress && (*m.primaryAddress < 0 || *m.primaryAddress > mbus::kMaxPrimaryAddress))
        add(MeterField::PrimaryAddress, MeterIssue::PrimaryOutOfRange);
    else if (m.primaryAddress && !mbus)
        add(MeterField::PrimaryAddress, MeterIssue::PrimaryNotForCjt188);

    if (!m.secondaryAddress.isEmpty()) {
        const auto secondary = mbus::SecondaryAddress::fromText(latin1(m.secondaryAddress));
        if (!mbus)
            add(MeterField::SecondaryAddress, MeterIssue::SecondaryNotForCjt188);
        else if (m.secondaryAddress.size() != 16 || !secondary || secondary->hasWildcard())
            add(MeterField::SecondaryAddress, MeterIssue::SecondaryMalformed);
        else if (!m.secondaryAddress.startsWith(m.number))
            add(MeterField::SecondaryAddress, MeterIssue::SecondaryOtherId);
    }

    if (!m.modelProfile.isEmpty() && mbus)
        add(MeterField::Profile, MeterIssue::ProfileNotForMbus);
    else if (!m.modelProfile.isEmpty() && !profiles.contains(m.modelProfile))
        add(MeterField::Profile, MeterIssue::ProfileUnknown);

    if (!knownMedia().contains(m.medium))
        add(MeterField::Medium, MeterIssue::MediumUnknown);
    if (!m.installedOn.isEmpty() && !QDate::fromString(m.installedOn, Qt::ISODate).isValid())
        add(MeterField::InstalledOn, MeterIssue::InstalledOnNotDate);
    return problems;
}

QString describe(const MeterProblem& problem, const store::MeterConfig& m) {
    switch (problem.issue) {
    case MeterIssue::UnknownProtocol:
        return QStringLiteral("protocol '%1' is not mbus or cjt188").arg(m.protocol);
    case MeterIssue::NumberNotMbus:
        return QStringLiteral("M-Bus meter number '%1' is not 8 digits").arg(m.number);
    case MeterIssue::NumberNotCjt188:
        return QStringLiteral("CJ/T 188 meter number '%1' is not 14 hex digits").arg(m.number);
    case MeterIssue::PrimaryOutOfRange:
        return QStringLiteral("primary address %1 is not 0..250").arg(m.primaryAddress.value_or(-1));
    case MeterIssue::PrimaryNotForCjt188:
        return QStringLiteral("CJ/T 188 meters have no primary address (they are addressed by number)");
    case MeterIssue::SecondaryMalformed:
        return QStringLiteral("secondary address '%1' is not 16 hex digits (id, manufacturer, version, "
                              "medium) without wildcards")
            .arg(m.secondaryAddress);
    case MeterIssue::SecondaryOtherId:
        return QStringLiteral("secondary address '%1' does not start with the meter number %2")
            .arg(m.secondaryAddress, m.number);
    case MeterIssue::SecondaryNotForCjt188:
        return QStringLiteral("CJ/T 188 meters have no secondary address");
    case MeterIssue::ProfileNotForMbus:
        return QStringLiteral("model profile '%1' is for CJ/T 188 meters, this one is M-Bus")
            .arg(m.modelProfile);
    case MeterIssue::ProfileUnknown:
        return QStringLiteral("model profile '%1' is unknown").arg(m.modelProfile);
    case MeterIssue::MediumUnknown:
        return QStringLiteral("medium '%1' is unknown (for example heat_outlet, heat, warm_water)")
            .arg(m.medium);
    case MeterIssue::InstalledOnNotDate:
        return QStringLiteral("installation date '%1' is not YYYY-MM-DD").arg(m.installedOn);
    }
    return {};
}

const QStringList& knownMedia() {
    static const QStringList media = [] {
        QStringList names;
        for (int code = 0; code < 0x38; ++code)
            if (const QString name = fromView(mbus::mediumName(std::uint8_t(code)));
                !name.startsWith(QLatin1String("reserved")))
                names.append(name);
        for (std::uint8_t type :
             {cjt188::meter_type::ColdWater, cjt188::meter_type::HotWater, cjt188::meter_type::DrinkingWater,
              cjt188::meter_type::ReclaimedWater, cjt188::meter_type::Heat, cjt188::meter_type::Cooling,
              cjt188::meter_type::HeatCooling, cjt188::meter_type::Gas, cjt188::meter_type::Electricity})
            names.append(fromView(cjt188::mediumName(type)));
        names.sort();
        names.removeDuplicates();
        return names;
    }();
    return media;
}

const QStringList& commonMedia() {
    static const QStringList media = {
        QStringLiteral("heat_outlet"),  QStringLiteral("heat_inlet"),     QStringLiteral("heat"),
        QStringLiteral("heat_cooling"), QStringLiteral("cooling_outlet"), QStringLiteral("cooling"),
        QStringLiteral("warm_water"),   QStringLiteral("cold_water"),     QStringLiteral("water")};
    return media;
}

} // namespace heatdesk::config
