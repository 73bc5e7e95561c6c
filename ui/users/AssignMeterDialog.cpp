// SPDX-License-Identifier: GPL-3.0-or-later
#include "users/AssignMeterDialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDateTime>
#include <QLineEdit>

namespace heatdesk::ui {
namespace {

QString day(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms).date().toString(Qt::ISODate);
}

} // namespace

AssignMeterDialog::AssignMeterDialog(store::Database& db, qint64 userId, QWidget* parent)
    : ConfigDialog(db, 0, parent)
    , m_users(db)
    , m_userId(userId)
    , m_number(new QLineEdit(this))
    , m_from(new QDateEdit(QDate::currentDate(), this))
    , m_endMeters(new QCheckBox(this))
    , m_endUsers(new QCheckBox(this)) {
    m_number->setObjectName(QStringLiteral("meterNumber"));
    m_from->setObjectName(QStringLiteral("validFrom"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_endMeters->setObjectName(QStringLiteral("endMetersAssignment"));
    m_endUsers->setObjectName(QStringLiteral("endUsersAssignment"));
    const auto user = m_users.user(userId);
    setWindowTitle(
        tr("Assign a meter to %1 %2").arg(user ? user->account : QString(), user ? user->name : QString()));
    for (const store::AssignmentHistoryRow& row : m_users.history(userId))
        if (!row.assignment.validToMs) {
            m_userOpen = row;
            break;
        }
    addRow(tr("&Meter number:"), m_number);
    addNote(m_number, tr("As printed on the meter."));
    addRow(tr("Valid &from:"), m_from);
    addNote(m_from, tr("The day the meter starts measuring this user (from 00:00)."));
    addRow(QString(), m_endMeters);
    addRow(QString(), m_endUsers);
    if (m_userOpen) {
        m_endUsers->setText(
            tr("The meter replaces meter %1: end that assignment on this date").arg(m_userOpen->meterNumber));
        m_endUsers->setChecked(true);
    }
    finishLayout(520);
    connect(m_number, &QLineEdit::textChanged, this, [this] {
        store::ConfigRepository& repository = config();
        m_meter = repository.meterByNumber(m_number->text().trimmed());
        m_meterOpen = m_meter ? m_users.openAssignmentOfMeter(m_meter->id) : std::nullopt;
        revalidate();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &AssignMeterDialog::revalidate);
    for (QCheckBox* box : {m_endMeters, m_endUsers})
        connect(box, &QCheckBox::toggled, this, &AssignMeterDialog::revalidate);
}

qint64 AssignMeterDialog::fromMs() const {
    return m_from->date().startOfDay().toMSecsSinceEpoch();
}

void AssignMeterDialog::validate() {
    const QString number = m_number->text().trimmed();
    QString numberError, fromError;
    const bool meterHeldByOther = m_meter && m_meterOpen && m_meterOpen->heatUserId != m_userId;
    if (number.isEmpty()) {
        numberError = tr("Enter the meter's number.");
    } else if (!m_meter) {
        numberError = tr("No meter has number %1.").arg(number);
    } else if (m_meterOpen && m_meterOpen->heatUserId == m_userId) {
        numberError = tr("Meter %1 measures this user already.").arg(number);
    } else if (meterHeldByOther) {
        const auto holder = m_users.user(m_meterOpen->heatUserId);
        const QString who = holder ? QStringLiteral("%1 %2").arg(holder->account, holder->name) : QString();
        m_endMeters->setText(tr("Meter %1 measures %2 since %3: end that assignment on this date (moved out)")
                                 .arg(number, who, day(m_meterOpen->validFromMs)));
        if (!m_endMeters->isChecked())
            numberError = tr("Meter %1 measures %2 since %3. Tick below to end that assignment, or choose "
                             "another meter.")
                              .arg(number, who, day(m_meterOpen->validFromMs));
    }
    setRowVisible(m_endMeters, meterHeldByOther);
    setRowVisible(m_endUsers, m_userOpen.has_value());
    // An open assignment ends the day the new one starts, so it must have started before.
    const qint64 from = fromMs();
    if (meterHeldByOther && m_endMeters->isChecked() && m_meterOpen->validFromMs >= from)
        fromError = tr("The meter's current assignment starts on %1: choose a later date.")
                        .arg(day(m_meterOpen->validFromMs));
    else if (m_userOpen && m_endUsers->isChecked() && m_userOpen->assignment.validFromMs >= from)
        fromError = tr("Meter %1 measures this user since %2: choose a later date.")
                        .arg(m_userOpen->meterNumber, day(m_userOpen->assignment.validFromMs));
    setFieldError(m_number, numberError);
    setFieldError(m_from, fromError);
}

store::MaybeError AssignMeterDialog::save(qint64& id) {
    store::AssignEnding ending;
    ending.metersOpenAssignment = m_endMeters->isVisibleTo(this) && m_endMeters->isChecked();
    ending.usersOpenAssignments = m_endUsers->isVisibleTo(this) && m_endUsers->isChecked();
    store::StoreError error;
    const auto assigned = m_users.assign(m_meter->id, m_userId, fromMs(), ending, &error);
    if (!assigned) {
        // The repository names the meter by its id; the clerk knows it by its number.
        if (error.code == store::StoreError::Code::Invalid &&
            error.message.contains(QLatin1String("still assigned")))
            return store::StoreError{error.code, tr("meter %1 measured another user in that period: choose a "
                                                    "date after that assignment ended")
                                                     .arg(m_meter->number)};
        return error;
    }
    id = *assigned;
    return std::nullopt;
}

} // namespace heatdesk::ui
