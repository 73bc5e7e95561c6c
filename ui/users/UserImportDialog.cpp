// SPDX-License-Identifier: GPL-3.0-or-later
#include "users/UserImportDialog.h"

#include "users/UserImportModel.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace heatdesk::ui {

UserImportDialog::UserImportDialog(store::Database& db, QWidget* parent)
    : QDialog(parent)
    , m_databasePath(db.path())
    , m_file(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Choose file…"), this))
    , m_summary(new QLabel(this))
    , m_model(new UserImportModel(this))
    , m_table(new QTableView(this))
    , m_import(new QPushButton(tr("&Import"), this))
    , m_close(new QPushButton(tr("Close"), this)) {
    setWindowTitle(tr("Import heat users"));
    m_file->setObjectName(QStringLiteral("file"));
    m_file->setPlaceholderText(tr("CSV file (UTF-8)"));
    m_import->setObjectName(QStringLiteral("import"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* fileRow = new QHBoxLayout;
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    fileRow->addWidget(fileLabel);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);

    auto* help = new QLabel(
        tr("The first line names the columns: account (required), name, community, building, unit, room, "
           "area_m2, contact (or phone); to assign a meter also meter (its number) and valid_from "
           "(yyyy-MM-dd, default today). A new account is added, an existing one updated. UTF-8, separated "
           "by commas, semicolons or tabs. Excel and WPS sheets: save them as \"CSV UTF-8\" first (XLSX "
           "is not read). Nothing is imported while any line has a problem."),
        this);
    help->setWordWrap(true);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setWordWrap(false);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_import, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    m_import->setEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addWidget(help);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    connect(m_browse, &QPushButton::clicked, this, &UserImportDialog::chooseFile);
    connect(m_file, &QLineEdit::returnPressed, this, [this] { preview(m_file->text()); });
    connect(m_file, &QLineEdit::textEdited, this, [this] { m_import->setEnabled(false); });
    connect(m_import, &QPushButton::clicked, this, &UserImportDialog::importPreviewed);
    connect(buttons, &QDialogButtonBox::rejected, this, &UserImportDialog::reject);
    connect(&m_watcher, &QFutureWatcher<config::UserImportResult>::finished, this,
            &UserImportDialog::finished);
    resize(960, 520);
}

UserImportDialog::~UserImportDialog() {
    m_watcher.waitForFinished(); // the worker's connection never outlives the dialog
}

void UserImportDialog::chooseFile() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Import heat users"), m_file->text(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        preview(path);
}

void UserImportDialog::preview(const QString& path) {
    if (busy())
        return;
    m_file->setText(path);
    m_previewed.clear();
    start(config::UserImport::Mode::DryRun);
}

void UserImportDialog::importPreviewed() {
    if (busy() || m_previewed.isEmpty() || m_previewed != m_file->text())
        return;
    start(config::UserImport::Mode::Write);
}

void UserImportDialog::start(config::UserImport::Mode mode) {
    m_mode = mode;
    m_import->setEnabled(false);
    m_browse->setEnabled(false);
    m_file->setEnabled(false);
    setSummary(mode == config::UserImport::Mode::DryRun ? tr("Checking the file…") : tr("Importing…"), false);
    m_watcher.setFuture(QtConcurrent::run([databasePath = m_databasePath, path = m_file->text(), mode] {
        store::Database db;
        if (const store::MaybeError error = db.open(databasePath)) {
            config::UserImportResult failed;
            failed.fileError = error->message;
            return failed;
        }
        return config::UserImport(db).fromFile(path, mode);
    }));
}

void UserImportDialog::finished() {
    m_result = m_watcher.result();
    m_browse->setEnabled(true);
    m_file->setEnabled(true);
    m_model->setLines(m_result.lines);
    m_table->resizeColumnsToContents();
    // A long reason must not push the user's own columns out of sight; the tooltip has it whole.
    m_table->setColumnWidth(UserImportModel::Status,
                            std::min(m_table->columnWidth(UserImportModel::Status), width() / 3));
    const auto count = static_cast<int>(m_result.lines.size());
    if (!m_result.fileError.isEmpty()) {
        setSummary(tr("The file cannot be imported: %1").arg(m_result.fileError), true);
    } else if (m_result.badLines > 0) {
        setSummary(tr("%1 of %n line(s) have problems (see Status). Nothing was imported; correct the file "
                      "and choose it again.",
                      "", count)
                       .arg(m_result.badLines),
                   true);
    } else if (m_mode == config::UserImport::Mode::Write && m_result.written) {
        m_imported = true;
        setSummary(tr("Imported: %1, %2, %3.")
                       .arg(tr("%n new heat user(s)", "", m_result.usersAdded),
                            tr("%n updated", "", m_result.usersUpdated),
                            tr("%n meter(s) assigned", "", m_result.metersAssigned)),
                   false);
    } else {
        m_previewed = m_file->text();
        m_import->setEnabled(true);
        m_import->setDefault(true);
        setSummary(tr("%n line(s) ready to import.", "", count), false);
    }
}

void UserImportDialog::setSummary(const QString& text, bool error) {
    m_summary->setText(text);
    m_summary->setStyleSheet(error ? QStringLiteral("color: #c0392b;") : QString());
}

QString UserImportDialog::summary() const {
    return m_summary->text();
}

void UserImportDialog::reject() {
    if (busy())
        return; // an import in flight finishes first
    if (m_imported)
        accept();
    else
        QDialog::reject();
}

} // namespace heatdesk::ui
