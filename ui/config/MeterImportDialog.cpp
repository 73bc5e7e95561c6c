// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/MeterImportDialog.h"

#include "config/MeterImportModel.h"
#include "config/ModelProfiles.h"

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

MeterImportDialog::MeterImportDialog(store::Database& db, qint64 busId, QStringList profiles, QWidget* parent)
    : QDialog(parent)
    , m_databasePath(db.path())
    , m_busId(busId)
    , m_profiles(profiles.isEmpty() ? modelProfileNames() : std::move(profiles))
    , m_file(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Choose file…"), this))
    , m_summary(new QLabel(this))
    , m_model(new MeterImportModel(this))
    , m_table(new QTableView(this))
    , m_import(new QPushButton(tr("&Import"), this))
    , m_close(new QPushButton(tr("Close"), this)) {
    const QString bus = store::ConfigRepository(db).busName(busId);
    setWindowTitle(tr("Import meters into bus %1").arg(bus));
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

    auto* help = new QLabel(tr("The first line names the columns: number (required), protocol (mbus or "
                               "cjt188), primary, secondary, profile, medium, location, installed_on; for "
                               "the heat users also account, name, building, unit, room, area_m2. UTF-8, "
                               "separated by commas, semicolons or tabs. Nothing is imported while any line "
                               "has a problem."),
                            this);
    help->setWordWrap(true);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(false); // a stretched last column clips its title
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

    connect(m_browse, &QPushButton::clicked, this, &MeterImportDialog::chooseFile);
    connect(m_file, &QLineEdit::returnPressed, this, [this] { preview(m_file->text()); });
    connect(m_file, &QLineEdit::textEdited, this, [this] { m_import->setEnabled(false); });
    connect(m_import, &QPushButton::clicked, this, &MeterImportDialog::importPreviewed);
    connect(buttons, &QDialogButtonBox::rejected, this, &MeterImportDialog::reject);
    connect(&m_watcher, &QFutureWatcher<config::MeterImportResult>::finished, this,
            &MeterImportDialog::finished);
    resize(900, 520);
}

MeterImportDialog::~MeterImportDialog() {
    // The worker holds its own connection and copies of its inputs; wait so that it never
    // outlives the application's database use.
    m_watcher.waitForFinished();
}

void MeterImportDialog::chooseFile() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Import meters"), m_file->text(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty()) {
        m_file->setText(path);
        preview(path);
    }
}

void MeterImportDialog::preview(const QString& path) {
    if (busy())
        return;
    m_file->setText(path);
    m_previewed.clear();
    start(config::MeterImport::Mode::DryRun);
}

void MeterImportDialog::importPreviewed() {
    if (busy() || m_previewed.isEmpty() || m_previewed != m_file->text())
        return;
    start(config::MeterImport::Mode::Write);
}

void MeterImportDialog::start(config::MeterImport::Mode mode) {
    m_mode = mode;
    m_import->setEnabled(false);
    m_browse->setEnabled(false);
    m_file->setEnabled(false);
    setSummary(mode == config::MeterImport::Mode::DryRun ? tr("Checking the file…") : tr("Importing…"),
               false);
    m_watcher.setFuture(QtConcurrent::run(
        [databasePath = m_databasePath, profiles = m_profiles, path = m_file->text(), busId = m_busId, mode] {
            store::Database db;
            if (const store::MaybeError error = db.open(databasePath)) {
                config::MeterImportResult failed;
                failed.fileError = error->message;
                return failed;
            }
            return config::MeterImport(db, profiles).fromFile(path, busId, mode);
        }));
}

void MeterImportDialog::finished() {
    m_result = m_watcher.result();
    m_browse->setEnabled(true);
    m_file->setEnabled(true);
    m_model->setLines(m_result.lines);
    m_table->resizeColumnsToContents();
    // A long reason must not push the meter's own columns out of sight; the tooltip has it whole.
    m_table->setColumnWidth(MeterImportModel::Status,
                            std::min(m_table->columnWidth(MeterImportModel::Status), width() / 3));
    const auto count = static_cast<int>(m_result.lines.size());
    if (!m_result.fileError.isEmpty()) {
        setSummary(tr("The file cannot be imported: %1").arg(m_result.fileError), true);
    } else if (m_result.badLines > 0) {
        setSummary(tr("%1 of %n line(s) have problems (see Status). Nothing was imported; correct the file "
                      "and choose it again.",
                      "", count)
                       .arg(m_result.badLines),
                   true);
    } else if (m_mode == config::MeterImport::Mode::Write && m_result.written) {
        m_imported = true;
        setSummary(tr("Imported: %1, %2.")
                       .arg(tr("%n meter(s)", "", m_result.metersAdded),
                            tr("%n new heat user(s)", "", m_result.usersAdded)),
                   false);
    } else {
        m_previewed = m_file->text();
        m_import->setEnabled(true);
        m_import->setDefault(true);
        setSummary(tr("%n meter(s) ready to import.", "", count), false);
    }
}

void MeterImportDialog::setSummary(const QString& text, bool error) {
    m_summary->setText(text);
    m_summary->setStyleSheet(error ? QStringLiteral("color: #c0392b;") : QString());
}

QString MeterImportDialog::summary() const {
    return m_summary->text();
}

void MeterImportDialog::reject() {
    if (busy())
        return; // an import in flight finishes first (it takes about a second at most)
    if (m_imported)
        accept();
    else
        QDialog::reject();
}

} // namespace heatdesk::ui
