// SPDX-License-Identifier: GPL-3.0-or-later
#include "users/PaymentsDialog.h"

#include "billing/Money.h"
#include "billing/Period.h"
#include "print/StatementPdf.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace heatdesk::ui {
namespace {

using store::Payment;

QString kindName(Payment::Kind kind) {
    switch (kind) {
    case Payment::Kind::Prepayment:
        return PaymentsDialog::tr("Prepayment");
    case Payment::Kind::Payment:
        return PaymentsDialog::tr("Payment");
    case Payment::Kind::Refund:
        return PaymentsDialog::tr("Refund");
    case Payment::Kind::Correction:
        return PaymentsDialog::tr("Correction");
    }
    return {};
}

} // namespace

PaymentsDialog::PaymentsDialog(store::Database& db, qint64 userId, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_season(new QSpinBox(this))
    , m_table(new QTableWidget(0, 5, this))
    , m_paid(new QLabel(this))
    , m_kind(new QComboBox(this))
    , m_amount(new QLineEdit(this))
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_reference(new QLineEdit(this))
    , m_by(new QLineEdit(qEnvironmentVariable("USER"), this))
    , m_record(new QPushButton(tr("&Record payment"), this))
    , m_statementButton(new QPushButton(tr("&Statement PDF…"), this))
    , m_status(new QLabel(this)) {
    store::StoreError error;
    if (const auto user = store::HeatUserRepository(db).user(userId, &error))
        m_user = *user;
    setWindowTitle(tr("Payments of %1 %2").arg(m_user.account, m_user.name));
    const std::pair<QWidget*, const char*> names[] = {
        {m_season, "season"}, {m_table, "payments"},      {m_paid, "paid"}, {m_kind, "kind"},
        {m_amount, "amount"}, {m_reference, "reference"}, {m_by, "by"},     {m_status, "status"}};
    for (const auto& [widget, name] : names)
        widget->setObjectName(QLatin1String(name));

    m_season->setRange(1990, 2200);
    m_season->setValue(billing::seasonOf(QDateTime::currentMSecsSinceEpoch()));
    m_season->setSpecialValueText(QString());
    m_table->setHorizontalHeaderLabels(
        {tr("Date"), tr("Kind"), tr("Amount (CNY)"), tr("Reference"), tr("Recorded by")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (Payment::Kind k : {Payment::Kind::Payment, Payment::Kind::Prepayment, Payment::Kind::Refund,
                            Payment::Kind::Correction})
        m_kind->addItem(kindName(k), static_cast<int>(k));
    m_amount->setPlaceholderText(QStringLiteral("2500.00"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_reference->setPlaceholderText(tr("receipt number; for a correction, why"));
    m_status->setWordWrap(true);

    auto* seasonRow = new QHBoxLayout;
    auto* seasonLabel = new QLabel(tr("&Heating season starting in:"), this);
    seasonLabel->setBuddy(m_season);
    seasonRow->addWidget(seasonLabel);
    seasonRow->addWidget(m_season);
    seasonRow->addStretch(1);
    seasonRow->addWidget(m_paid);

    auto* form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("A&mount (CNY):"), m_amount);
    form->addRow(tr("&Date paid:"), m_date);
    form->addRow(tr("R&eference:"), m_reference);
    form->addRow(tr("Recorded &by:"), m_by);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_record, QDialogButtonBox::ActionRole);
    buttons->addButton(m_statementButton, QDialogButtonBox::ActionRole);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(seasonRow);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(640, 480);

    connect(m_season, &QSpinBox::valueChanged, this, &PaymentsDialog::showPayments);
    connect(m_record, &QPushButton::clicked, this, &PaymentsDialog::recordPayment);
    connect(m_statementButton, &QPushButton::clicked, this, &PaymentsDialog::chooseStatementFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &PaymentsDialog::reject);
    connect(&m_statement, &QFutureWatcher<QString>::finished, this, [this] {
        m_statementButton->setEnabled(true);
        const QString problem = m_statement.result();
        setStatus(problem.isEmpty() ? tr("Statement written.")
                                    : tr("Cannot write the statement: %1").arg(problem));
        emit statementWritten();
    });
    showPayments();
    if (!error.message.isEmpty())
        setStatus(tr("Cannot load the heat user: %1").arg(error.message));
}

void PaymentsDialog::setSeason(int season) {
    m_season->setValue(season);
}

QString PaymentsDialog::status() const {
    return m_status->text();
}

void PaymentsDialog::setStatus(const QString& text) {
    m_status->setText(text);
}

void PaymentsDialog::showPayments() {
    store::StoreError error;
    const QList<Payment> payments =
        store::PaymentRepository(m_db).forUser(m_user.id, m_season->value(), &error);
    m_table->setRowCount(0);
    qint64 paidFen = 0;
    for (const Payment& p : payments) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells = {p.paidOn, kindName(p.kind),
                                   billing::Money::fromFen(p.signedFen()).toString(2), p.reference,
                                   p.recordedBy};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (c == 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, c, item);
        }
        paidFen += p.signedFen();
    }
    m_paid->setText(tr("Paid for %1/%2: %3 CNY")
                        .arg(m_season->value())
                        .arg(m_season->value() + 1)
                        .arg(billing::Money::fromFen(paidFen).toString(2)));
    setStatus(error.message.isEmpty() ? QString() : tr("Cannot read the payments: %1").arg(error.message));
}

bool PaymentsDialog::recordPayment() {
    const auto fen = billing::Money::parseFen(m_amount->text());
    if (!fen) {
        setStatus(tr("The amount must be yuan with at most two decimals, e.g. 2500.00."));
        return false;
    }
    Payment p;
    p.heatUserId = m_user.id;
    p.season = m_season->value();
    p.kind = static_cast<Payment::Kind>(m_kind->currentData().toInt());
    p.amountFen = *fen;
    p.paidOn = m_date->date().toString(Qt::ISODate);
    p.reference = m_reference->text().trimmed();
    p.recordedBy = m_by->text().trimmed();
    p.recordedAtMs = QDateTime::currentMSecsSinceEpoch();
    store::StoreError error;
    if (!store::PaymentRepository(m_db).add(p, &error)) {
        setStatus(tr("Not recorded: %1").arg(error.message));
        return false;
    }
    m_changed = true;
    m_amount->clear();
    m_reference->clear();
    showPayments();
    setStatus(tr("Recorded."));
    return true;
}

void PaymentsDialog::chooseStatementFile() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save statement"),
        print::statementFileName(m_user.account,
                                 QStringLiteral("%1/%2").arg(m_season->value()).arg(m_season->value() + 1)),
        tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        writeStatement(path);
}

void PaymentsDialog::writeStatement(const QString& path) {
    if (m_statement.isRunning())
        return;
    m_statementButton->setEnabled(false);
    setStatus(tr("Writing the statement…"));
    billing::SheetRequest request;
    request.kind = billing::Sheet::Kind::Season;
    request.season = m_season->value();
    // The company the consumption sheets print in their header (the report dialog keeps it).
    print::StatementPrintOptions options{QSettings().value(QStringLiteral("reports/company")).toString(),
                                         QLocale().name()};
    m_statement.setFuture(
        QtConcurrent::run([dbPath = m_db.path(), account = m_user.account, request, options, path] {
            return print::writeStatementPdf(dbPath, account, request, options, path).value_or(QString());
        }));
}

} // namespace heatdesk::ui
