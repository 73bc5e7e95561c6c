// SPDX-License-Identifier: GPL-3.0-or-later
#include "users/UserImportDialog.h"

#include "users/UserImportModel.h"

namespace heatdesk::ui {

UserImportDialog::UserImportDialog(store::Database& db, QWidget* parent)
    : ImportPreviewDialog(
          db.path(), tr("Import heat users"),
          tr("The first line names the columns: account (required), name, community, building, unit, room, "
             "area_m2, contact (or phone); to assign a meter also meter (its number) and valid_from "
             "(yyyy-MM-dd, default today). A new account is added, an existing one updated. UTF-8, separated "
             "by commas, semicolons or tabs. Excel and WPS sheets: save them as \"CSV UTF-8\" first (XLSX "
             "is not read). Nothing is imported while any line has a problem."),
          parent)
    , m_model(new UserImportModel(this)) {
    setLinesModel(m_model, UserImportModel::Status);
    setWindowTitle(tr("Import heat users"));
    resize(960, 520);
}

QFuture<void> UserImportDialog::startWork(const QString& databasePath, const QString& path, bool write) {
    const auto mode = write ? config::UserImport::Mode::Write : config::UserImport::Mode::DryRun;
    m_work = runOnWorker<config::UserImportResult>(databasePath, [path, mode](store::Database& db) {
        return config::UserImport(db).fromFile(path, mode);
    });
    return QFuture<void>(m_work);
}

ImportPreviewDialog::Outcome UserImportDialog::finishWork() {
    m_result = m_work.result();
    m_model->setLines(m_result.lines);
    return outcomeOf(m_result);
}

QString UserImportDialog::importedSummary() const {
    return tr("Imported: %1, %2, %3.")
        .arg(tr("%n new heat user(s)", "", m_result.usersAdded), tr("%n updated", "", m_result.usersUpdated),
             tr("%n meter(s) assigned", "", m_result.metersAssigned));
}

QString UserImportDialog::readySummary(int lines) const {
    return tr("%n line(s) ready to import.", "", lines);
}

} // namespace heatdesk::ui
