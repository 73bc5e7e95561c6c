// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Database.h"

#include <QDialog>
#include <QFuture>
#include <QFutureWatcher>
#include <QtConcurrent>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace heatdesk::ui {

// What the CSV imports (meters, heat users) have in common: choose the file, see every line with
// its status, import when all lines are good. The checks and the import run on a worker thread
// with their own database connection, so the dialog stays responsive. It ends `accepted` when
// something was imported, so the caller knows to refresh. A concrete import states only its
// title, help, columns, the work it runs and how it counts what it did.
class ImportPreviewDialog : public QDialog {
    Q_OBJECT
public:
    ~ImportPreviewDialog() override;

    // Checks `path` without writing (what choosing a file does).
    void preview(const QString& path);
    // Imports the previewed file.
    void importPreviewed();
    [[nodiscard]] bool busy() const { return m_watcher.isRunning(); }
    [[nodiscard]] QString summary() const;

    void reject() override;

protected:
    // What a finished check or import tells the dialog once the concrete one has shown its lines.
    struct Outcome {
        QString fileError; // the whole file refused
        int lines = 0;
        int badLines = 0;
        bool written = false;
    };

    // `fileDialogTitle` heads the file chooser; `help` tells what the file holds.
    ImportPreviewDialog(QString databasePath, QString fileDialogTitle, const QString& help, QWidget* parent);

    // The table shows the lines from `model`; `statusColumn` is narrowed so that a long reason does
    // not push the other columns out of sight.
    void setLinesModel(QAbstractItemModel* model, int statusColumn);

    // Starts the check (write false) or the import of `path` on a worker. The work must capture
    // copies only: it may outlive the concrete dialog until this base's destructor has waited.
    virtual QFuture<void> startWork(const QString& databasePath, const QString& path, bool write) = 0;
    // Takes the finished work's result and shows its lines.
    virtual Outcome finishWork() = 0;
    virtual QString importedSummary() const = 0;
    virtual QString readySummary(int lines) const = 0;

    // Runs `work(db)` on a worker with its own connection to `databasePath`; a database that does
    // not open becomes the result's file error.
    template <class Result, class Work>
    static QFuture<Result> runOnWorker(const QString& databasePath, Work work) {
        return QtConcurrent::run([databasePath, work = std::move(work)] {
            store::Database db;
            if (const store::MaybeError error = db.open(databasePath)) {
                Result failed;
                failed.fileError = error->message;
                return failed;
            }
            return work(db);
        });
    }

    // The counts of a meter or heat user import result.
    template <class Result>
    static Outcome outcomeOf(const Result& result) {
        return {result.fileError, static_cast<int>(result.lines.size()), result.badLines, result.written};
    }

private:
    void chooseFile();
    void start(bool write);
    void finished();
    void setSummary(const QString& text, bool error);

    QString m_databasePath;
    QString m_fileDialogTitle;
    int m_statusColumn = 0;
    QString m_previewed; // the file the last good preview checked
    bool m_imported = false;
    bool m_writing = false;
    QFutureWatcher<void> m_watcher;
    QLineEdit* m_file;
    QPushButton* m_browse;
    QLabel* m_summary;
    QTableView* m_table;
    QPushButton* m_import;
    QPushButton* m_close;
};

} // namespace heatdesk::ui
