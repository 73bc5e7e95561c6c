// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/IntegrityCheck.h"

#include "store/ReadingIndex.h"
#include "store/ReadingRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace heatdesk::store {

CheckReport checkDatabase(Database& db) {
    CheckReport report;
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);

    // SQLite: PRAGMA integrity_check / foreign_key_check.
    if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        report.problems << QStringLiteral("integrity check could not run: %1").arg(q.lastError().text());
        return report;
    }
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            report.problems << QStringLiteral("integrity: %1").arg(line);
    }
    if (q.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        while (q.next())
            report.problems << QStringLiteral("foreign key: row %1 of %2 refers to a missing %3")
                                   .arg(q.value(1).toString(), q.value(0).toString(), q.value(2).toString());
    }

    const QStringList triggers = {
        "readings_no_update", "readings_no_delete", "corrections_no_update",    "corrections_no_delete",
        "payments_no_update", "payments_no_delete", "reading_chunks_no_update", "reading_chunks_no_delete"};
    for (const QString& t : triggers) {
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name = ?"));
        q.addBindValue(t);
        if (!q.exec() || !q.next() || q.value(0).toInt() != 1)
            report.problems
                << QStringLiteral("append-only guard %1 is missing: its table could be changed").arg(t);
    }

    // The reading index must hold every reading once: chunked below the tail, in runs from it on.
    ReadSnapshot snapshot(db.sql());
    const IndexTotals index = indexTotals(db.sql());
    report.problems << index.problems;
    qint64 chunked = 0, chunkedIdSum = 0, tail = 0, tailIdSum = 0;

    // Re-hash every reading: a changed value, a removed or reordered row breaks the chain there.
    QByteArray link(kChainLinkSize, '\0');
    qint64 broken = 0;
    ReadingRepository readings(db);
    const auto error = readings.forEach({}, [&](const StoredReading& r) {
        ++report.readings;
        if (index.tailStart != 0 && r.id >= index.tailStart) {
            ++tail;
            tailIdSum += r.id;
        } else {
            ++chunked;
            chunkedIdSum += r.id;
        }
        const NewReading content{r.meterId, r.sessionId, r.readAtMs, r.protocol, r.values, r.quality};
        const QByteArray expected = chainLink(link, r.id, content);
        if (expected != r.chain) {
            if (broken++ < 10)
                report.problems << QStringLiteral(
                                       "reading %1 does not match the hash chain: it or a row before it "
                                       "was changed or removed outside HeatDesk")
                                       .arg(r.id);
        }
        link = r.chain; // continue from the stored link, so each break is reported where it is
        return true;
    });
    if (error)
        report.problems << error->message;
    if (broken > 10)
        report.problems << QStringLiteral("... %1 readings in all break the hash chain").arg(broken);
    if (index.problems.isEmpty() && (chunked != index.chunkedPoints || chunkedIdSum != index.chunkedIdSum ||
                                     tail != index.tailReadings || tailIdSum != index.tailIdSum))
        report.problems << QStringLiteral("the reading index does not match the readings (%1 readings, %2 in "
                                          "chunks, %3 in runs): charts and boundaries may miss readings")
                               .arg(report.readings)
                               .arg(index.chunkedPoints)
                               .arg(index.tailReadings);
    return report;
}

} // namespace heatdesk::store
