// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/ConfigRepository.h"

#include <QDialog>
#include <QHash>

class QDialogButtonBox;
class QGridLayout;
class QLabel;
class QPushButton;

namespace heatdesk::ui {

// What the site, channel, bus and meter dialogs share: a form whose fields are checked as the
// user types (OK stays disabled, the reason stands under the field), OK that saves through the
// repository and closes only when the database took it (otherwise the database's words are shown
// and the input stays), Enter for OK and Esc for Cancel. The caller opens a dialog with an id
// (0: new) and refreshes its view after `accepted`.
class ConfigDialog : public QDialog {
    Q_OBJECT
public:
    // The id of the row saved (the new row's id after adding).
    [[nodiscard]] qint64 savedId() const { return m_id; }
    // Why the last OK did not save (empty: nothing failed).
    [[nodiscard]] QString saveError() const;
    [[nodiscard]] QPushButton* okButton() const;

    void accept() override;

protected:
    ConfigDialog(store::Database& db, qint64 id, QWidget* parent);

    store::ConfigRepository& config() { return m_config; }
    [[nodiscard]] qint64 id() const { return m_id; }

    // A labelled row holding `field` and, under it, the reason the field is not acceptable yet.
    // Rows are tabbed through in the order they are added.
    void addRow(const QString& label, QWidget* field);
    // A line of explanation under the field (not an error).
    void addNote(QWidget* field, const QString& note);
    void setRowVisible(QWidget* field, bool visible);
    // Called by validate() for every field: an empty reason clears it.
    void setFieldError(QWidget* field, const QString& reason);
    // A failure that is not one field's (loading the row, saving it).
    void showError(const QString& message);
    // Adds the error line and the buttons below the rows; the subclass calls it last.
    void finishLayout(int preferredWidth);
    // Sets the height the wrapped reasons and notes need at the current width (no line cut off).
    // Fields appearing or disappearing may shrink the window; a reason only grows it.
    enum class Fit { Grow, GrowOrShrink };
    void fitHeight(Fit fit);

    // Checks every field with setFieldError; then OK is enabled when no field has a reason.
    void revalidate();
    virtual void validate() = 0;
    // Stores the input; sets `id` to the new row's id when adding.
    virtual store::MaybeError save(qint64& id) = 0;

private:
    struct Row {
        QWidget* container = nullptr;
        QLabel* hint = nullptr;
        QLabel* label = nullptr;
    };

    store::ConfigRepository m_config;
    qint64 m_id = 0;
    int m_preferredWidth = 0;
    QGridLayout* m_form = nullptr;
    QHash<QWidget*, Row> m_rows;
    QList<QWidget*> m_tabOrder;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace heatdesk::ui
