// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Database.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace heatdesk::store {

struct HeatUser {
    qint64 id = 0;
    QString account; // heat-card / account number, unique
    QString name, community, building, unit, room, contact;
    std::optional<double> areaM2;
};

// Which meter measured a user's heat over which period (valid_to absent: still assigned).
struct MeterAssignment {
    qint64 id = 0;
    qint64 meterId = 0;
    qint64 heatUserId = 0;
    qint64 validFromMs = 0;
    std::optional<qint64> validToMs;
};

class HeatUserRepository {
public:
    explicit HeatUserRepository(Database& db);

    std::optional<qint64> add(const HeatUser& user, StoreError* error = nullptr);
    std::optional<HeatUser> byAccount(const QString& account, StoreError* error = nullptr);

    // Assigns a meter from `fromMs`; a meter cannot serve two users over overlapping periods.
    std::optional<qint64> assign(qint64 meterId, qint64 heatUserId, qint64 fromMs,
                                 StoreError* error = nullptr);
    // Ends an open assignment (meter replaced or removed). The history stays.
    MaybeError endAssignment(qint64 assignmentId, qint64 toMs);
    QList<MeterAssignment> assignmentsOf(qint64 heatUserId, StoreError* error = nullptr);
    // Every building that has heat users, in name order (the report dialog's choices).
    QStringList buildings(StoreError* error = nullptr);

private:
    Database& m_db;
};

} // namespace heatdesk::store
