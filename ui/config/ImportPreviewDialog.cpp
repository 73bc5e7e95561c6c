// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/ImportPreviewDialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace heatdesk::ui {

ImportPreviewDialog::ImportPreviewDialog(QString databasePath, QString fileDialogTitle, const QString& help,
                                         QWidget* parent)
    : QDialog(parent)
    , m_databasePath(std::move(databasePath))
    , m_fileDialogTitle(std::move(fileDialogTitle))
    , m_file(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Choose file…"), this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_import(new QPushButton(tr("&Import"), this))
    , m_close(new QPushButton(tr("Close"), this)) {
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

    auto* helpLabel = new QLabel(help, this);
    helpLabel->setWordWrap(true);

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
    layout->addWidget(helpLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    connect(m_browse, &QPushButton::clicked, this, &ImportPreviewDialog::chooseFile);
    connect(m_file, &QLineEdit::returnPressed, this, [this] { preview(m_file->text()); });
    connect(m_file, &QLineEdit::textEdited, this, [this] { m_import->setEnabled(false); });
    connect(m_import, &QPushButton::clicked, this, &ImportPreviewDialog::importPreviewed);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportPreviewDialog::reject);
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, &ImportPreviewDialog::finished);
}

void ImportPreviewDialog::setLinesModel(QAbstractItemModel* model, int statusColumn) {
    m_table->setModel(model);
    m_statusColumn = statusColumn;
}

ImportPreviewDialog::~ImportPreviewDialog() {
    // The worker holds its own connection and copies of its inputs; wait so that it never
    // outlives the application's database use.
    m_watcher.waitForFinished();
}

void ImportPreviewDialog::chooseFile() {
    const QString path = QFileDialog::getOpenFileName(this, m_fileDialogTitle, m_file->text(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        preview(path);
}

void ImportPreviewDialog::preview(const QString& path) {
    if (busy())
        return;
    m_file->setText(path);
    m_previewed.clear();
    start(false);
}

void ImportPreviewDialog::importPreviewed() {
    if (busy() || m_previewed.isEmpty() || m_previewed != m_file->text())
        return;
    start(true);
}

void ImportPreviewDialog::start(bool write) {
    m_writing = write;
    m_import->setEnabled(false);
    m_browse->setEnabled(false);
    m_file->setEnabled(false);
    setSummary(write ? tr("Importing…") : tr("Checking the file…"), false);
    m_watcher.setFuture(startWork(m_databasePath, m_file->text(), write));
}

void ImportPreviewDialog::finished() {
    const Outcome outcome = finishWork();
    m_browse->setEnabled(true);
    m_file->setEnabled(true);
    m_table->resizeColumnsToContents();
    // A long reason must not push the line's own columns out of sight; the tooltip has it whole.
    m_table->setColumnWidth(m_statusColumn, std::min(m_table->columnWidth(m_statusColumn), width() / 3));
    if (!outcome.fileError.isEmpty()) {
        setSummary(tr("The file cannot be imported: %1").arg(outcome.fileError), true);
    } else if (outcome.badLines > 0) {
        setSummary(tr("%1 of %n line(s) have problems (see Status). Nothing was imported; correct the file "
                      "and choose it again.",
                      "", outcome.lines)
                       .arg(outcome.badLines),
                   true);
    } else if (m_writing && outcome.written) {
        m_imported = true;
        setSummary(importedSummary(), false);
    } else {
        m_previewed = m_file->text();
        m_import->setEnabled(true);
        m_import->setDefault(true);
        setSummary(readySummary(outcome.lines), false);
    }
}

void ImportPreviewDialog::setSummary(const QString& text, bool error) {
    m_summary->setText(text);
    m_summary->setStyleSheet(error ? QStringLiteral("color: #c0392b;") : QString());
}

QString ImportPreviewDialog::summary() const {
    return m_summary->text();
}

void ImportPreviewDialog::reject() {
    if (busy())
        return; // an import in flight finishes first (it takes about a second at most)
    if (m_imported)
        accept();
    else
        QDialog::reject();
}

} // namespace heatdesk::ui
