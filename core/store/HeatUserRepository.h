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
    bool active = true; // false: moved out or stopped; kept with its history, never deleted
};

// A heat user as the users table lists it: with the numbers of the meters measuring it now.
struct HeatUserRow {
    HeatUser user;
    QString meters; // comma-separated, empty when no meter is assigned now
};

// Which users a list shows: `text` matches account, name, community, building, unit, room or
// contact anywhere (case-insensitive for ASCII); limit < 0: all.
struct HeatUserQuery {
    QString text;
    bool includeInactive = true;
    int limit = -1;
    int offset = 0;
};

// Which meter measured a user's heat over which period (valid_to absent: still assigned).
struct MeterAssignment {
    qint64 id = 0;
    qint64 meterId = 0;
    qint64 heatUserId = 0;
    qint64 validFromMs = 0;
    std::optional<qint64> validToMs;
};

// An assignment with the meter it names, as a user's history shows it.
struct AssignmentHistoryRow {
    MeterAssignment assignment;
    QString meterNumber, protocol;
};

// Which open assignments a new one ends at its start: a meter moving from one flat to another
// (the old tenant's), a flat whose meter is replaced (the old meter's).
struct AssignEnding {
    bool metersOpenAssignment = false;
    bool usersOpenAssignments = false;
};

class HeatUserRepository {
public:
    explicit HeatUserRepository(Database& db);

    std::optional<qint64> add(const HeatUser& user, StoreError* error = nullptr);
    std::optional<HeatUser> byAccount(const QString& account, StoreError* error = nullptr);
    std::optional<HeatUser> user(qint64 id, StoreError* error = nullptr);
    // Every field by id, the account too (a taken account is refused by the UNIQUE constraint).
    MaybeError update(const HeatUser& user);
    QList<HeatUserRow> users(const HeatUserQuery& query, StoreError* error = nullptr);

    // Ends the user's open assignments at `atMs` and marks it inactive, in one step: its meters
    // are free for the next tenant, its history stays.
    MaybeError deactivate(qint64 heatUserId, qint64 atMs);
    // Removes a user only when no meter was ever assigned to it (no readings can be its own);
    // otherwise refused: deactivate it instead.
    MaybeError remove(qint64 heatUserId);
    // Whether any meter was ever assigned to the user (what decides between remove and deactivate).
    std::optional<bool> hasAssignments(qint64 heatUserId, StoreError* error = nullptr);

    // Assigns a meter from `fromMs`; a meter cannot serve two users over overlapping periods.
    std::optional<qint64> assign(qint64 meterId, qint64 heatUserId, qint64 fromMs,
                                 StoreError* error = nullptr);
    // The same after ending, at `fromMs`, the open assignments `ending` names; all or nothing.
    // An open assignment that starts at or after `fromMs` cannot end there and is refused.
    std::optional<qint64> assign(qint64 meterId, qint64 heatUserId, qint64 fromMs, AssignEnding ending,
                                 StoreError* error = nullptr);
    // Why `meterId` cannot be assigned from `fromMs` (an assignment of it overlaps), or nothing.
    MaybeError checkAssignable(qint64 meterId, qint64 fromMs);
    // Ends an open assignment (meter replaced or removed). The history stays.
    MaybeError endAssignment(qint64 assignmentId, qint64 toMs);
    QList<MeterAssignment> assignmentsOf(qint64 heatUserId, StoreError* error = nullptr);
    // The user's assignments, newest first, with meter numbers.
    QList<AssignmentHistoryRow> history(qint64 heatUserId, StoreError* error = nullptr);
    // The open assignment of a meter, if any.
    std::optional<MeterAssignment> openAssignmentOfMeter(qint64 meterId, StoreError* error = nullptr);
    // Every building that has heat users, in name order (the report dialog's choices).
    QStringList buildings(StoreError* error = nullptr);

private:
    Database& m_db;
};

} // namespace heatdesk::store
