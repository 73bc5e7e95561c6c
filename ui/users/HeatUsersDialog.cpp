// SPDX-License-Identifier: GPL-3.0-or-later
#include "users/HeatUsersDialog.h"

#include "users/AssignMeterDialog.h"
#include "users/HeatUserDialog.h"
#include "users/HeatUsersModel.h"
#include "users/PaymentsDialog.h"
#include "users/UserImportDialog.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QTableWidget>
#include <QThreadPool>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace heatdesk::ui {
namespace {

QString day(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms).date().toString(Qt::ISODate);
}

QString who(const store::HeatUser& u) {
    return u.name.isEmpty() ? u.account : QStringLiteral("%1 %2").arg(u.account, u.name);
}

} // namespace

HeatUsersDialog::HeatUsersDialog(store::Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_users(db)
    , m_searchDelay(new QTimer(this))
    , m_search(new QLineEdit(this))
    , m_showInactive(new QCheckBox(tr("Show &deactivated"), this))
    , m_count(new QLabel(this))
    , m_model(new HeatUsersModel(this))
    , m_table(new QTableView(this))
    , m_historyTitle(new QLabel(this))
    , m_history(new QTableWidget(0, 3, this))
    , m_status(new QLabel(this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_deactivate(new QPushButton(tr("Dea&ctivate…"), this))
    , m_delete(new QPushButton(tr("De&lete…"), this))
    , m_assign(new QPushButton(tr("Assign &meter…"), this))
    , m_payments(new QPushButton(tr("&Payments…"), this))
    , m_import(new QPushButton(tr("&Import CSV…"), this)) {
    setWindowTitle(tr("Heat users"));
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Account, name, community, building, room or phone"));
    m_search->setClearButtonEnabled(true);
    m_showInactive->setObjectName(QStringLiteral("showInactive"));
    m_showInactive->setChecked(true);
    m_count->setObjectName(QStringLiteral("count"));
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_status->hide();
    for (auto [button, name] : {std::pair{m_add, "add"},
                                {m_edit, "edit"},
                                {m_deactivate, "deactivate"},
                                {m_delete, "delete"},
                                {m_assign, "assign"},
                                {m_import, "import"}}) {
        button->setObjectName(QLatin1String(name));
        button->setAutoDefault(false); // Enter in the table edits the user, it presses no button
    }

    auto* searchRow = new QHBoxLayout;
    auto* searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_showInactive);
    searchRow->addWidget(m_count);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never measures 100,000 rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    // Widths from the header and typical contents, never from measuring every row; the name takes
    // what is left.
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const int widths[] = {7, 6, 7, 3, 3, 4, 4, 11, 8, 8};
    for (int c = 0; c < HeatUsersModel::ColumnCount; ++c)
        m_table->setColumnWidth(c, std::max(widths[c] * em, m_table->horizontalHeader()->sectionSizeHint(c)));
    m_table->horizontalHeader()->setSectionResizeMode(HeatUsersModel::Name, QHeaderView::Stretch);

    m_historyTitle->setObjectName(QStringLiteral("historyTitle"));
    m_history->setObjectName(QStringLiteral("history"));
    m_history->setHorizontalHeaderLabels({tr("Meter"), tr("Valid from"), tr("Valid to")});
    m_history->verticalHeader()->hide();
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->setColumnWidth(0, 14 * em);
    m_history->setColumnWidth(1, 9 * em);
    m_history->setMaximumHeight(7 * (fontMetrics().height() + 6));
    m_history->setTabKeyNavigation(false);
    m_table->setTabKeyNavigation(false);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    for (QPushButton* b : {m_add, m_edit, m_deactivate, m_delete, m_assign, m_payments, m_import})
        buttons->addButton(b, QDialogButtonBox::ActionRole);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_historyTitle);
    layout->addWidget(m_history);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    // Wait for a pause in typing: each keystroke would otherwise queue a query.
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200);
    connect(m_searchDelay, &QTimer::timeout, this, &HeatUsersDialog::reload);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        reload();
        m_table->setFocus();
    });
    connect(m_showInactive, &QCheckBox::toggled, this, &HeatUsersDialog::reload);
    connect(new QShortcut(QKeySequence::Find, this), &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    connect(m_table, &QTableView::activated, this, &HeatUsersDialog::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HeatUsersDialog::selectionChanged);
    connect(m_add, &QPushButton::clicked, this, &HeatUsersDialog::addUser);
    connect(m_edit, &QPushButton::clicked, this, &HeatUsersDialog::editSelected);
    connect(m_deactivate, &QPushButton::clicked, this, &HeatUsersDialog::deactivateSelected);
    connect(m_delete, &QPushButton::clicked, this, &HeatUsersDialog::deleteSelected);
    connect(m_assign, &QPushButton::clicked, this, &HeatUsersDialog::assignMeter);
    connect(m_payments, &QPushButton::clicked, this, &HeatUsersDialog::showPayments);
    connect(m_import, &QPushButton::clicked, this, &HeatUsersDialog::importCsv);
    connect(buttons, &QDialogButtonBox::rejected, this, &HeatUsersDialog::reject);
    connect(&m_watcher, &QFutureWatcher<QList<store::HeatUserRow>>::finished, this,
            &HeatUsersDialog::loadFinished);
    resize(1000, 620);
    selectionChanged();
    reload();
}

HeatUsersDialog::~HeatUsersDialog() {
    m_watcher.waitForFinished(); // the worker's connection never outlives the dialog
}

void HeatUsersDialog::reload() {
    // One query at a time: a search typed while one runs starts when it ends.
    if (m_watcher.isRunning()) {
        m_reloadPending = true;
        return;
    }
    m_reloadPending = false;
    if (const qint64 id = selectedId(); id != 0 && m_selectAfterLoad == 0)
        m_selectAfterLoad = id;
    m_count->setText(tr("Searching…"));
    store::HeatUserQuery query;
    query.text = m_search->text();
    query.includeInactive = m_showInactive->isChecked();
    m_watcher.setFuture(QtConcurrent::run([path = m_db.path(), query] {
        store::Database db;
        if (db.open(path, store::Database::Mode::ReadOnly))
            return QList<store::HeatUserRow>();
        return store::HeatUserRepository(db).users(query);
    }));
}

void HeatUsersDialog::loadFinished() {
    if (m_reloadPending) { // the search changed meanwhile: these rows are stale
        reload();
        return;
    }
    // The previous list is freed on a pool thread (its last reference is the task's).
    QThreadPool::globalInstance()->start([previous = m_model->setRows(m_watcher.result())] {});
    m_count->setText(tr("%n heat user(s)", "", m_model->rowCount()));
    selectUser(m_selectAfterLoad);
    m_selectAfterLoad = 0;
    selectionChanged();
    emit loaded();
}

qint64 HeatUsersDialog::selectedId() const {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const store::HeatUserRow* row = rows.isEmpty() ? nullptr : m_model->row(rows.first().row());
    return row ? row->user.id : 0;
}

void HeatUsersDialog::selectUser(qint64 id) {
    const int row = id ? m_model->rowOf(id) : -1;
    if (row < 0) {
        m_table->clearSelection();
        return;
    }
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
}

void HeatUsersDialog::selectionChanged() {
    const qint64 id = selectedId();
    const store::HeatUserRow* row = id ? m_model->row(m_model->rowOf(id)) : nullptr;
    for (QPushButton* b : {m_edit, m_deactivate, m_assign, m_payments})
        b->setEnabled(row != nullptr);
    m_deactivate->setText(row && !row->user.active ? tr("Rea&ctivate") : tr("Dea&ctivate…"));
    m_assign->setEnabled(row && row->user.active);
    // A user who ever had a meter has readings in its history: deactivate, never delete.
    const bool assigned = row && m_users.hasAssignments(id).value_or(true);
    m_delete->setEnabled(row && !assigned);
    m_delete->setToolTip(assigned ? tr("A meter was assigned to this user: its history stays, deactivate it "
                                       "instead.")
                                  : QString());
    showHistory(row ? id : 0);
}

void HeatUsersDialog::showHistory(qint64 userId) {
    m_history->setRowCount(0);
    if (userId == 0) {
        m_historyTitle->setText(tr("Meter assignments: select a heat user."));
        return;
    }
    const auto user = m_users.user(userId);
    m_historyTitle->setText(tr("Meter assignments of %1:").arg(user ? who(*user) : QString()));
    const auto history = m_users.history(userId);
    m_history->setRowCount(static_cast<int>(history.size()));
    for (int i = 0; i < history.size(); ++i) {
        const store::AssignmentHistoryRow& h = history.at(i);
        const QString protocol = h.protocol == QLatin1String("cjt188") ? tr("CJ/T 188") : tr("M-Bus");
        m_history->setItem(i, 0,
                           new QTableWidgetItem(QStringLiteral("%1 (%2)").arg(h.meterNumber, protocol)));
        m_history->setItem(i, 1, new QTableWidgetItem(day(h.assignment.validFromMs)));
        m_history->setItem(i, 2,
                           new QTableWidgetItem(h.assignment.validToMs ? day(*h.assignment.validToMs)
                                                                       : tr("still assigned")));
    }
}

void HeatUsersDialog::edited(qint64 selectId) {
    m_changed = true;
    setStatus({});
    m_selectAfterLoad = selectId;
    reload();
}

void HeatUsersDialog::addUser() {
    auto* dialog = new HeatUserDialog(m_db, 0, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { edited(dialog->savedId()); });
    dialog->open();
}

void HeatUsersDialog::editSelected() {
    const qint64 id = selectedId();
    if (id == 0)
        return;
    auto* dialog = new HeatUserDialog(m_db, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, id] { edited(id); });
    dialog->open();
}

void HeatUsersDialog::deactivateSelected() {
    const qint64 id = selectedId();
    const auto user = id ? m_users.user(id) : std::nullopt;
    if (!user)
        return;
    if (!user->active) {
        store::HeatUser again = *user;
        again.active = true;
        if (const store::MaybeError error = m_users.update(again))
            return setStatus(tr("Not reactivated: %1").arg(error->message));
        return edited(id);
    }
    confirm(tr("Deactivate heat user"),
            tr("Deactivate heat user %1? Its meter assignments end now, so the meters can measure the next "
               "tenant. Its readings and history stay.")
                .arg(who(*user)),
            [this, id] {
                if (const store::MaybeError error =
                        m_users.deactivate(id, QDateTime::currentMSecsSinceEpoch()))
                    return setStatus(tr("Not deactivated: %1").arg(error->message));
                edited(id);
            });
}

void HeatUsersDialog::deleteSelected() {
    const qint64 id = selectedId();
    const auto user = id ? m_users.user(id) : std::nullopt;
    if (!user)
        return;
    confirm(
        tr("Delete heat user"),
        tr("Delete heat user %1? No meter was ever assigned to it, so no history is lost.").arg(who(*user)),
        [this, id] {
            if (const store::MaybeError error = m_users.remove(id))
                return setStatus(tr("Not deleted: %1").arg(error->message));
            edited(0);
        });
}

void HeatUsersDialog::assignMeter() {
    const qint64 id = selectedId();
    if (id == 0)
        return;
    auto* dialog = new AssignMeterDialog(m_db, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, id] { edited(id); });
    dialog->open();
}

void HeatUsersDialog::showPayments() {
    const qint64 id = selectedId();
    if (id == 0)
        return;
    auto* dialog = new PaymentsDialog(m_db, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void HeatUsersDialog::importCsv() {
    auto* dialog = new UserImportDialog(m_db, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] { edited(selectedId()); });
    dialog->open();
}

void HeatUsersDialog::confirm(const QString& title, const QString& text, const std::function<void()>& then) {
    auto* box =
        new QMessageBox(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setDefaultButton(QMessageBox::Cancel); // nothing is lost by pressing Enter
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [box, then] {
        if (box->standardButton(box->clickedButton()) == QMessageBox::Yes)
            then();
    });
    box->open();
}

void HeatUsersDialog::setStatus(const QString& text) {
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

QString HeatUsersDialog::status() const {
    return m_status->isHidden() ? QString() : m_status->text();
}

bool manageHeatUsers(store::Database& db, QWidget* parent) {
    HeatUsersDialog dialog(db, parent);
    dialog.exec();
    return dialog.changed();
}

} // namespace heatdesk::ui
