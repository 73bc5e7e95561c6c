// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/ConfigDialog.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace heatdesk::ui {
namespace {

QLabel* smallLabel(QWidget* parent, const QString& text, const QString& objectName) {
    auto* label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    label->setFont(font);
    return label;
}

// Red that stays readable on light and dark palettes.
void markAsError(QLabel* label) {
    label->setStyleSheet(QStringLiteral("color: #c0392b;"));
}

} // namespace

ConfigDialog::ConfigDialog(store::Database& db, qint64 id, QWidget* parent)
    : QDialog(parent)
    , m_config(db)
    , m_id(id) {
    auto* layout = new QVBoxLayout(this);
    // A grid rather than a QFormLayout: its rows of hidden widgets take no room at all, while
    // QFormLayout::setRowVisible (Qt 6.4) squeezes the next row to nothing when the rows wrap text.
    m_form = new QGridLayout;
    m_form->setColumnStretch(1, 1);
    layout->addLayout(m_form);
}

void ConfigDialog::addRow(const QString& label, QWidget* field) {
    auto* container = new QWidget(this);
    // Full width for every field and for the wrapped reasons and notes under it.
    container->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto* column = new QVBoxLayout(container);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(field);
    QLabel* hint = smallLabel(container, {}, QStringLiteral("hint_") + field->objectName());
    markAsError(hint);
    hint->hide();
    column->addWidget(hint);
    auto* buddy = new QLabel(label, this);
    buddy->setBuddy(field);
    // Level with the field's text, not with the reason under it.
    buddy->setMinimumHeight(field->sizeHint().height());
    buddy->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    const auto row = static_cast<int>(m_rows.size());
    m_form->addWidget(buddy, row, 0, Qt::AlignRight | Qt::AlignTop);
    m_form->addWidget(container, row, 1);
    m_rows.insert(field, {container, hint, buddy});
    m_tabOrder.append(field);
}

void ConfigDialog::addNote(QWidget* field, const QString& note) {
    const Row row = m_rows.value(field);
    if (row.container)
        row.container->layout()->addWidget(
            smallLabel(row.container, note, QStringLiteral("note_") + field->objectName()));
}

void ConfigDialog::setRowVisible(QWidget* field, bool visible) {
    if (const Row row = m_rows.value(field); row.container) {
        row.container->setVisible(visible);
        row.label->setVisible(visible);
    }
}

void ConfigDialog::setFieldError(QWidget* field, const QString& reason) {
    const Row row = m_rows.value(field);
    if (!row.hint)
        return;
    row.hint->setText(reason);
    row.hint->setVisible(!reason.isEmpty());
    field->setToolTip(reason);
}

void ConfigDialog::showError(const QString& message) {
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString ConfigDialog::saveError() const {
    return m_error->isHidden() ? QString() : m_error->text();
}

QPushButton* ConfigDialog::okButton() const {
    return m_buttons->button(QDialogButtonBox::Ok);
}

void ConfigDialog::finishLayout(int preferredWidth) {
    m_preferredWidth = preferredWidth;
    m_error = smallLabel(this, {}, QStringLiteral("saveError"));
    markAsError(m_error);
    m_error->hide();
    layout()->addWidget(m_error);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConfigDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConfigDialog::reject);
    okButton()->setDefault(true); // Enter anywhere in the form is OK (when OK is enabled)
    layout()->addWidget(m_buttons);
    for (qsizetype i = 1; i < m_tabOrder.size(); ++i)
        setTabOrder(m_tabOrder[i - 1], m_tabOrder[i]);
    if (!m_tabOrder.isEmpty())
        setTabOrder(m_tabOrder.last(), okButton());
    revalidate();
    fitHeight(Fit::GrowOrShrink);
    if (!m_tabOrder.isEmpty())
        m_tabOrder.first()->setFocus();
}

void ConfigDialog::revalidate() {
    validate();
    bool ok = true;
    for (const Row& row : std::as_const(m_rows))
        ok = ok && (row.hint->text().isEmpty() || !row.container->isVisibleTo(this));
    okButton()->setEnabled(ok);
    fitHeight(Fit::Grow);
}

void ConfigDialog::fitHeight(Fit fit) {
    // Reasons and notes wrap (height for width), which a window's minimum size does not follow.
    // No setMinimumWidth() either: a minimum size set by hand stops the layout from enforcing
    // its own minimum height, and rows get squeezed to nothing.
    layout()->activate();
    // Before the first show the width is Qt's placeholder, not one the user chose.
    const int current = testAttribute(Qt::WA_Resized) ? this->width() : 0;
    const int width = std::max(current, std::max(m_preferredWidth, layout()->minimumSize().width()));
    const int needed = layout()->totalHeightForWidth(width);
    if (needed > height() || fit == Fit::GrowOrShrink || width != this->width())
        resize(width, std::max(needed, fit == Fit::Grow ? height() : 0));
}

void ConfigDialog::accept() {
    revalidate();
    if (!okButton()->isEnabled())
        return;
    qint64 id = m_id;
    if (const store::MaybeError error = save(id)) {
        showError(tr("Not saved: %1").arg(error->message));
        return;
    }
    m_id = id;
    showError({});
    QDialog::accept();
}

} // namespace heatdesk::ui
