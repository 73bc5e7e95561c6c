// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ReportDialog.h"

#include "billing/SheetCsv.h"
#include "billing/SheetXlsx.h"
#include "print/SheetPdf.h"
#include "print/StatementPdf.h"
#include "store/HeatUserRepository.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace heatdesk::ui {

struct ReportDialog::Outcome {
    billing::SheetRequest request;
    std::optional<billing::SheetResult> result;
    QString error;
    QStringList buildings;
};

namespace {

// The heating season running on (or last before) `date`: it starts in November.
int seasonOn(const QDate& date) {
    return date.month() >= 7 ? date.year() : date.year() - 1;
}

} // namespace

ReportDialog::ReportDialog(QString databasePath, QWidget* parent)
    : QDialog(parent)
    , m_path(std::move(databasePath))
    , m_watcher(new QFutureWatcher<std::shared_ptr<Outcome>>(this))
    , m_statementWatcher(new QFutureWatcher<QString>(this)) {
    setObjectName(QStringLiteral("reportDialog"));
    m_monthly = new QRadioButton;
    m_season = new QRadioButton;
    m_monthly->setChecked(true);
    m_month = new QDateEdit(QDate::currentDate().addMonths(-1));
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_month->setCalendarPopup(true);
    m_seasonYear = new QSpinBox;
    m_seasonYear->setRange(1990, 2200);
    m_seasonYear->setValue(seasonOn(QDate::currentDate()));
    m_building = new QComboBox;
    m_company = new QLineEdit(QSettings().value(QStringLiteral("reports/company")).toString());
    m_kindLabel = new QLabel;
    m_buildingLabel = new QLabel;
    m_companyLabel = new QLabel;
    m_buildingLabel->setBuddy(m_building);
    m_companyLabel->setBuddy(m_company);

    auto* form = new QGridLayout;
    form->addWidget(m_kindLabel, 0, 0);
    form->addWidget(m_monthly, 0, 1);
    form->addWidget(m_month, 0, 2);
    form->addWidget(m_season, 0, 3);
    form->addWidget(m_seasonYear, 0, 4);
    form->addWidget(m_buildingLabel, 1, 0);
    form->addWidget(m_building, 1, 1, 1, 4);
    form->addWidget(m_companyLabel, 2, 0);
    form->addWidget(m_company, 2, 1, 1, 4);
    form->setColumnStretch(5, 1);

    m_model = new QStandardItemModel(this);
    m_table = new QTableView;
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_statementAction = new QAction(this);
    m_table->addAction(m_statementAction);
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_build = new QPushButton;
    m_build->setDefault(true);
    m_preview = new QPushButton;
    m_print = new QPushButton;
    m_export = new QPushButton;
    m_statement = new QPushButton;
    m_statement->setObjectName(QStringLiteral("statement"));
    m_statementProgress = new QProgressBar;
    m_statementProgress->setRange(0, 0); // busy: the worker reports no steps
    m_statementProgress->setMaximumWidth(120);
    m_statementProgress->setTextVisible(false);
    m_statementProgress->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_buttons->addButton(m_build, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_preview, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_print, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_statement, QDialogButtonBox::ActionRole);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_build, &QPushButton::clicked, this, &ReportDialog::build);
    connect(m_preview, &QPushButton::clicked, this, &ReportDialog::printPreview);
    connect(m_print, &QPushButton::clicked, this, &ReportDialog::print);
    connect(m_export, &QPushButton::clicked, this, &ReportDialog::exportInteractively);
    connect(m_statement, &QPushButton::clicked, this, &ReportDialog::writeSelectedStatement);
    connect(m_statementAction, &QAction::triggered, this, &ReportDialog::writeSelectedStatement);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.isValid())
            writeSelectedStatement();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ReportDialog::updateControls);
    connect(m_monthly, &QRadioButton::toggled, this, &ReportDialog::updateControls);
    connect(m_company, &QLineEdit::editingFinished, this,
            [this] { QSettings().setValue(QStringLiteral("reports/company"), m_company->text()); });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    auto* status = new QHBoxLayout;
    status->addWidget(m_summary, 1);
    status->addWidget(m_statementProgress);
    layout->addLayout(status);
    layout->addWidget(m_buttons);
    resize(1100, 640);

    connect(m_watcher, &QFutureWatcherBase::finished, this, [this] {
        const auto outcome = m_watcher->result();
        const QString current = m_building->currentData().toString();
        if (m_building->count() <= 1 && !outcome->buildings.isEmpty()) {
            for (const auto& b : outcome->buildings)
                m_building->addItem(b, b);
            m_building->setCurrentIndex(std::max(0, m_building->findData(current)));
        }
        if (!outcome->result) {
            m_sheet.reset();
            m_model->clear();
            m_summary->setText(tr("No sheet: %1").arg(outcome->error));
            updateControls();
            emit failed(outcome->error);
            return;
        }
        m_sheet = std::make_unique<billing::Sheet>(std::move(outcome->result->sheet));
        m_sheetRequest = outcome->request;
        m_notes = outcome->result->notes;
        showSheet();
        updateControls();
        emit built(int(m_sheet->rows.size()));
    });
    connect(m_statementWatcher, &QFutureWatcherBase::finished, this, [this] {
        const QString problem = m_statementWatcher->result();
        updateControls();
        if (problem.isEmpty()) {
            m_summary->setText(tr("Statement written: %1").arg(QDir::toNativeSeparators(m_statementPath)));
            emit statementWritten(m_statementPath);
            return;
        }
        const QString message = tr("Cannot write the statement to %1: %2")
                                    .arg(QDir::toNativeSeparators(m_statementPath), problem);
        m_summary->setText(message);
        // Not exec(): the event loop goes on (and a test is not stopped by a modal box).
        auto* box =
            new QMessageBox(QMessageBox::Warning, tr("Statement failed"), message, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        emit statementFailed(problem);
    });
    retranslate();
    updateControls();
}

ReportDialog::~ReportDialog() {
    m_watcher->waitForFinished();          // the worker writes into the outcome it returns, nothing of ours
    m_statementWatcher->waitForFinished(); // a half-written PDF is of no use
}

void ReportDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_sheet)
            showSheet();
    }
    QDialog::changeEvent(event);
}

void ReportDialog::retranslate() {
    setWindowTitle(tr("Consumption sheets"));
    m_kindLabel->setText(tr("Sheet:"));
    m_monthly->setText(tr("&Month"));
    m_season->setText(tr("Heating &season starting"));
    m_buildingLabel->setText(tr("&Building:"));
    m_companyLabel->setText(tr("Company (page header):"));
    m_company->setPlaceholderText(tr("e.g. 热力公司 name, printed on every page"));
    if (m_building->count() == 0)
        m_building->addItem(QString(), QString());
    m_building->setItemText(0, tr("All buildings"));
    m_build->setText(tr("&Compute"));
    m_preview->setText(tr("Print pre&view…"));
    m_print->setText(tr("&Print…"));
    m_export->setText(tr("&Export…"));
    m_statement->setText(tr("S&tatement…"));
    m_statement->setToolTip(tr("The selected heat user's statement for this sheet's period, as a PDF"));
    m_statementAction->setText(tr("Statement of this heat user…"));
    if (!m_sheet && m_summary->text().isEmpty())
        m_summary->setText(tr("Choose the month or season and press Compute."));
}

void ReportDialog::updateControls() {
    const bool running = m_watcher->isRunning();
    m_month->setEnabled(m_monthly->isChecked());
    m_seasonYear->setEnabled(m_season->isChecked());
    m_build->setEnabled(!running);
    m_preview->setEnabled(!running && m_sheet);
    m_print->setEnabled(!running && m_sheet);
    m_export->setEnabled(!running && m_sheet);
    const bool writing = m_statementWatcher->isRunning();
    const bool canWrite = !running && !writing && m_sheet && selectedRow() >= 0;
    m_statement->setEnabled(canWrite);
    m_statementAction->setEnabled(canWrite);
    m_statementProgress->setVisible(writing);
}

int ReportDialog::selectedRow() const {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || !m_sheet || rows.front().row() >= m_sheet->rows.size())
        return -1;
    return rows.front().row();
}

void ReportDialog::selectRow(int row) {
    m_table->selectRow(row);
}

void ReportDialog::setStatementPathProvider(std::function<QString(const QString&)> provider) {
    m_statementPathProvider = std::move(provider);
}

void ReportDialog::writeSelectedStatement() {
    const int row = selectedRow();
    if (row < 0 || m_watcher->isRunning() || m_statementWatcher->isRunning())
        return;
    const auto& user = m_sheet->rows.at(row).consumption.user;
    const QString suggested = print::statementFileName(user.account, m_sheet->label);
    const QString path = m_statementPathProvider
                             ? m_statementPathProvider(suggested)
                             : QFileDialog::getSaveFileName(
                                   this, tr("Save the statement of %1 %2").arg(user.account, user.name),
                                   suggested, tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        writeStatement(row, path);
}

bool ReportDialog::writeStatement(int row, const QString& path) {
    if (!m_sheet || row < 0 || row >= m_sheet->rows.size() || m_statementWatcher->isRunning())
        return false;
    const auto& user = m_sheet->rows.at(row).consumption.user;
    m_statementPath = path;
    m_summary->setText(
        tr("Writing the statement of %1 %2 for %3…").arg(user.account, user.name, m_sheet->label));
    const print::StatementPrintOptions options{m_company->text(), language()};
    m_statementWatcher->setFuture(
        QtConcurrent::run([dbPath = m_path, account = user.account, request = m_sheetRequest, options, path] {
            return print::writeStatementPdf(dbPath, account, request, options, path).value_or(QString());
        }));
    updateControls();
    return true;
}

void ReportDialog::setRequest(const billing::SheetRequest& request) {
    m_monthly->setChecked(request.kind == billing::Sheet::Kind::Monthly);
    m_season->setChecked(request.kind == billing::Sheet::Kind::Season);
    if (const QDate month = QDate::fromString(request.month + QStringLiteral("-01"), Qt::ISODate);
        month.isValid())
        m_month->setDate(month);
    if (request.season)
        m_seasonYear->setValue(request.season);
    const int building = m_building->findData(request.building);
    if (building >= 0) {
        m_building->setCurrentIndex(building);
    } else {
        m_building->addItem(request.building, request.building);
        m_building->setCurrentIndex(m_building->count() - 1);
    }
}

billing::SheetRequest ReportDialog::request() const {
    billing::SheetRequest r;
    r.kind = m_monthly->isChecked() ? billing::Sheet::Kind::Monthly : billing::Sheet::Kind::Season;
    r.month = m_month->date().toString(QStringLiteral("yyyy-MM"));
    r.season = m_seasonYear->value();
    r.building = m_building->currentData().toString();
    return r;
}

void ReportDialog::build() {
    if (m_watcher->isRunning())
        return;
    m_summary->setText(tr("Computing…"));
    const billing::SheetRequest r = request();
    const QString path = m_path;
    m_watcher->setFuture(QtConcurrent::run([path, r] {
        auto outcome = std::make_shared<Outcome>();
        outcome->request = r;
        store::Database db;
        if (auto e = db.open(path, store::Database::Mode::ReadOnly)) {
            outcome->error = e->message;
            return outcome;
        }
        outcome->buildings = store::HeatUserRepository(db).buildings();
        auto prepared = billing::prepareSheet(db, r);
        if (auto* e = std::get_if<billing::SheetError>(&prepared))
            outcome->error = e->message;
        else
            outcome->result = std::move(std::get<billing::SheetResult>(prepared));
        return outcome;
    }));
    updateControls();
}

QString ReportDialog::language() const {
    return locale().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

void ReportDialog::showSheet() {
    const auto labels = billing::sheetLabels(language());
    m_model->clear();
    m_model->setHorizontalHeaderLabels(labels.columns);
    for (const auto& row : m_sheet->rows) {
        QList<QStandardItem*> items;
        for (const QString& cell : billing::sheetCells(row))
            items << new QStandardItem(cell);
        m_model->appendRow(items);
    }
    m_table->resizeColumnsToContents();
    QStringList summary;
    summary << tr("%1 — %2: %n heat user(s), %3 with consumption, total %4 kWh", nullptr,
                  int(m_sheet->rows.size()))
                   .arg(m_sheet->label, m_sheet->building.isEmpty() ? tr("all buildings") : m_sheet->building)
                   .arg(m_sheet->usersWithConsumption)
                   .arg(billing::hundredthsText(m_sheet->totalHundredths));
    if (m_sheet->tariff)
        summary << tr("fees %1 yuan").arg(m_sheet->totalFee.toString());
    summary << m_notes;
    m_summary->setText(summary.join(QStringLiteral("; ")));
}

bool ReportDialog::exportTo(const QString& path, QString* error) const {
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (!m_sheet)
        return fail(tr("compute the sheet first"));
    const QString suffix = QFileInfo(path).suffix().toLower();
    std::optional<QString> problem;
    if (suffix == QLatin1String("pdf")) {
        problem = print::writeSheetPdf(*m_sheet, {m_company->text(), billing::sheetLabels(language())}, path);
    } else if (suffix == QLatin1String("xlsx")) {
        problem = billing::writeSheetXlsx(*m_sheet, billing::sheetLabels(language()), path);
    } else if (suffix == QLatin1String("csv")) {
        QFile file(path);
        const QByteArray csv = billing::sheetCsv(*m_sheet);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(csv) != csv.size())
            problem = tr("cannot write %1: %2").arg(path, file.errorString());
    } else {
        return fail(tr("'%1': choose a .pdf, .xlsx or .csv file").arg(path));
    }
    return problem ? fail(*problem) : true;
}

void ReportDialog::exportInteractively() {
    const QString base =
        QStringLiteral("heat-%1%2")
            .arg(QString(m_sheet->label).replace(QLatin1Char('/'), QLatin1Char('-')),
                 m_sheet->building.isEmpty() ? QString() : QLatin1Char('-') + m_sheet->building);
    QString filter;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export sheet"), base + QStringLiteral(".xlsx"),
                                     tr("Excel workbook (*.xlsx);;PDF (*.pdf);;CSV, UTF-8 (*.csv)"), &filter);
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, &error))
        QMessageBox::warning(this, tr("Export failed"), error);
    else
        m_summary->setText(tr("Written: %1").arg(QDir::toNativeSeparators(path)));
}

void ReportDialog::paintOn(QPrinter& printer) const {
    print::paintSheet(printer, *m_sheet, {m_company->text(), billing::sheetLabels(language())});
}

void ReportDialog::printPreview() {
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, this);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter* p) { paintOn(*p); });
    preview.resize(1000, 760);
    preview.exec();
}

void ReportDialog::print() {
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        paintOn(printer);
}

} // namespace heatdesk::ui
