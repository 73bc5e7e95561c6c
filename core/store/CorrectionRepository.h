// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Database.h"
#include "store/ReadingRepository.h"

#include <QList>
#include <QString>
#include <optional>

class QSqlQuery;

namespace heatdesk::store {

// A correction stands beside the reading it corrects; the reading itself never changes.
struct Correction {
    qint64 id = 0;
    qint64 readingId = 0;
    QString field;                        // e.g. "energy_kwh"
    std::optional<double> correctedValue; // absent: the field is declared unusable
    QString reason;
    QString correctedBy;
    qint64 correctedAtMs = 0;
};

class CorrectionRepository {
public:
    explicit CorrectionRepository(Database& db);

    // Refuses a correction without a reason or an author, or of an unknown field.
    std::optional<qint64> add(const Correction& c, StoreError* error = nullptr);
    // Oldest first: the last one for a field is the one in force.
    QList<Correction> forReading(qint64 readingId, StoreError* error = nullptr);
    // The corrections of every reading the filter selects, oldest first, in one query (a chart of
    // five hourly years asking reading by reading would spend seconds on 44,000 empty answers).
    QList<Correction> forReadings(const ReadingFilter& filter, StoreError* error = nullptr);

private:
    static QList<Correction> collect(QSqlQuery& q, StoreError* error);

    Database& m_db;
};

} // namespace heatdesk::store
