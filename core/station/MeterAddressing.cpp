// SPDX-License-Identifier: GPL-3.0-or-later
#include "station/MeterAddressing.h"

namespace heatdesk::station {

namespace {

// A selection finds exactly one meter when its identification has no wildcard digit; the
// manufacturer, version and medium may stay open.
bool selectsOne(const std::optional<mbus::SecondaryAddress>& address) {
    if (!address)
        return false;
    for (const auto byte : address->id)
        if ((byte & 0x0F) > 9 || (byte >> 4) > 9)
            return false;
    return true;
}

} // namespace

std::variant<bus::MeterTarget, QString> targetFor(const store::MeterConfig& meter,
                                                  const QList<store::MeterConfig>& busMeters) {
    bus::MeterTarget target;
    const auto secondary = mbus::SecondaryAddress::fromText(meter.secondaryAddress.toStdString());
    bool primaryUnique = meter.primaryAddress.has_value();
    if (primaryUnique) {
        for (const auto& other : busMeters)
            if (other.id != meter.id && other.active && other.primaryAddress == meter.primaryAddress)
                primaryUnique = false;
    }
    if (primaryUnique) {
        target.primary = static_cast<std::uint8_t>(*meter.primaryAddress);
        return target;
    }
    if (selectsOne(secondary)) {
        target.secondary = *secondary;
        return target;
    }
    // The identification printed on the meter is its secondary id; the rest matches any.
    if (const auto byNumber = mbus::SecondaryAddress::fromText(meter.number.toStdString());
        meter.number.size() == 8 && selectsOne(byNumber)) {
        target.secondary = *byNumber;
        return target;
    }
    if (meter.primaryAddress)
        return QStringLiteral("primary address %1 is shared on this bus and no secondary address is known")
            .arg(*meter.primaryAddress);
    return QStringLiteral("no primary or secondary address");
}

} // namespace heatdesk::station
