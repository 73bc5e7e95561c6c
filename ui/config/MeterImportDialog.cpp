// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/MeterImportDialog.h"

#include "config/MeterImportModel.h"
#include "config/ModelProfiles.h"

namespace heatdesk::ui {

MeterImportDialog::MeterImportDialog(store::Database& db, qint64 busId, QStringList profiles, QWidget* parent)
    : ImportPreviewDialog(db.path(), tr("Import meters"),
                          tr("The first line names the columns: number (required), protocol (mbus or "
                             "cjt188), primary, secondary, profile, medium, location, installed_on; for "
                             "the heat users also account, name, building, unit, room, area_m2. UTF-8, "
                             "separated by commas, semicolons or tabs. Nothing is imported while any line "
                             "has a problem."),
                          parent)
    , m_busId(busId)
    , m_profiles(profiles.isEmpty() ? modelProfileNames() : std::move(profiles))
    , m_model(new MeterImportModel(this)) {
    setLinesModel(m_model, MeterImportModel::Status);
    setWindowTitle(tr("Import meters into bus %1").arg(store::ConfigRepository(db).busName(busId)));
    resize(900, 520);
}

QFuture<void> MeterImportDialog::startWork(const QString& databasePath, const QString& path, bool write) {
    const auto mode = write ? config::MeterImport::Mode::Write : config::MeterImport::Mode::DryRun;
    m_work = runOnWorker<config::MeterImportResult>(
        databasePath, [profiles = m_profiles, path, busId = m_busId, mode](store::Database& db) {
            return config::MeterImport(db, profiles).fromFile(path, busId, mode);
        });
    return QFuture<void>(m_work);
}

ImportPreviewDialog::Outcome MeterImportDialog::finishWork() {
    m_result = m_work.result();
    m_model->setLines(m_result.lines);
    return outcomeOf(m_result);
}

QString MeterImportDialog::importedSummary() const {
    return tr("Imported: %1, %2.")
        .arg(tr("%n meter(s)", "", m_result.metersAdded), tr("%n new heat user(s)", "", m_result.usersAdded));
}

QString MeterImportDialog::readySummary(int lines) const {
    return tr("%n meter(s) ready to import.", "", lines);
}

} // namespace heatdesk::ui
