// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/MeterDialog.h"

#include "config/ModelProfiles.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QSpinBox>

namespace heatdesk::ui {
namespace {

template <typename Widget>
Widget* named(Widget* widget, const char* name) {
    widget->setObjectName(QLatin1String(name));
    return widget;
}

bool isMbus(const QComboBox* protocol) {
    return protocol->currentData().toString() == QLatin1String("mbus");
}

} // namespace

MeterDialog::MeterDialog(store::Database& db, qint64 meterId, qint64 busId, QStringList profiles,
                         QWidget* parent)
    : ConfigDialog(db, meterId, parent)
    , m_profiles(profiles.isEmpty() ? modelProfileNames() : std::move(profiles))
    , m_protocol(named(new QComboBox(this), "protocol"))
    , m_number(named(new QLineEdit(this), "number"))
    , m_primary(named(new QSpinBox(this), "primary"))
    , m_secondary(named(new QLineEdit(this), "secondary"))
    , m_profile(named(new QComboBox(this), "profile"))
    , m_medium(named(new QComboBox(this), "medium"))
    , m_location(named(new QLineEdit(this), "location"))
    , m_installedOn(named(new QLineEdit(this), "installedOn"))
    , m_active(named(new QCheckBox(tr("Active: read this meter"), this), "active")) {
    m_loaded.busId = busId;
    setWindowTitle(meterId ? tr("Edit meter") : tr("New meter"));
    m_protocol->addItem(tr("M-Bus (EN 13757)"), QStringLiteral("mbus"));
    m_protocol->addItem(tr("CJ/T 188"), QStringLiteral("cjt188"));
    m_number->setMaxLength(14);
    m_primary->setRange(-1, 250);
    m_primary->setSpecialValueText(tr("none (secondary addressing)"));
    m_secondary->setMaxLength(16);
    m_secondary->setPlaceholderText(tr("16 hex digits: id, manufacturer, version, medium"));
    for (const QString& name : m_profiles)
        m_profile->addItem(name, name);
    m_medium->setEditable(true);
    m_medium->addItems(config::commonMedia());
    m_medium->setCompleter(new QCompleter(config::knownMedia(), m_medium));
    m_location->setPlaceholderText(tr("for example Building 3, unit 2, room 301, kitchen"));
    m_installedOn->setPlaceholderText(tr("YYYY-MM-DD"));

    addRow(tr("P&rotocol:"), m_protocol);
    addRow(tr("&Number:"), m_number);
    addRow(tr("&Primary address:"), m_primary);
    addRow(tr("&Secondary address:"), m_secondary);
    addRow(tr("Model pro&file:"), m_profile);
    addNote(m_profile, tr("The CJ/T 188 dialect of the meter's make and model (byte orders, units, "
                          "timing)."));
    addRow(tr("&Medium:"), m_medium);
    addRow(tr("&Location:"), m_location);
    addRow(tr("&Installed on:"), m_installedOn);
    addRow(QString(), m_active);

    load();
    connect(m_protocol, &QComboBox::currentIndexChanged, this, &MeterDialog::showProtocol);
    for (QLineEdit* edit : {m_number, m_secondary, m_installedOn})
        connect(edit, &QLineEdit::textChanged, this, &MeterDialog::revalidate);
    connect(m_primary, &QSpinBox::valueChanged, this, &MeterDialog::revalidate);
    connect(m_medium, &QComboBox::currentTextChanged, this, &MeterDialog::revalidate);
    connect(m_profile, &QComboBox::currentIndexChanged, this, &MeterDialog::revalidate);
    finishLayout(520);
    showError(m_loadProblem);
    showProtocol();
}

void MeterDialog::load() {
    if (id()) {
        if (const auto stored = config().meter(id()))
            m_loaded = *stored;
        else
            m_loadProblem = tr("Meter %1 is not in the database (removed meanwhile?).").arg(id());
    }
    const store::MeterConfig& m = m_loaded;
    m_protocol->setCurrentIndex(std::max(0, m_protocol->findData(m.protocol)));
    m_number->setText(m.number);
    m_primary->setValue(m.primaryAddress.value_or(-1));
    m_secondary->setText(m.secondaryAddress);
    const QString profile = m.modelProfile.isEmpty() ? QStringLiteral("default") : m.modelProfile;
    if (m_profile->findData(profile) < 0) // stored, but its file is gone: keep it, the rules say so
        m_profile->addItem(profile, profile);
    m_profile->setCurrentIndex(m_profile->findData(profile));
    m_medium->setCurrentText(m.medium);
    m_location->setText(m.location);
    m_installedOn->setText(m.installedOn);
    m_active->setChecked(m.active);
}

void MeterDialog::showProtocol() {
    const bool mbus = isMbus(m_protocol);
    setRowVisible(m_primary, mbus);
    setRowVisible(m_secondary, mbus);
    setRowVisible(m_profile, !mbus);
    m_number->setPlaceholderText(mbus ? tr("8 digits, as printed on the meter")
                                      : tr("14 hex digits, A6 to A0 as printed on the meter"));
    // The medium follows the protocol while it is still the other protocol's default.
    const QString other = mbus ? QStringLiteral("heat") : QStringLiteral("heat_outlet");
    if (m_medium->currentText() == other)
        m_medium->setCurrentText(mbus ? QStringLiteral("heat_outlet") : QStringLiteral("heat"));
    revalidate();
    fitHeight(Fit::GrowOrShrink);
}

store::MeterConfig MeterDialog::meter() const {
    store::MeterConfig m = m_loaded;
    const bool mbus = isMbus(m_protocol);
    m.protocol = m_protocol->currentData().toString();
    m.number = m_number->text();
    m.primaryAddress =
        mbus && m_primary->value() >= 0 ? std::optional<int>(m_primary->value()) : std::nullopt;
    m.secondaryAddress = mbus ? m_secondary->text() : QString();
    m.modelProfile = mbus ? QString() : m_profile->currentData().toString();
    m.medium = m_medium->currentText();
    m.location = m_location->text();
    m.installedOn = m_installedOn->text();
    m.active = m_active->isChecked();
    return config::normalizedMeter(m);
}

QWidget* MeterDialog::fieldWidget(config::MeterField field) const {
    switch (field) {
    case config::MeterField::Number:
        return m_number;
    case config::MeterField::PrimaryAddress:
        return m_primary;
    case config::MeterField::SecondaryAddress:
        return m_secondary;
    case config::MeterField::Profile:
        return m_profile;
    case config::MeterField::Medium:
        return m_medium;
    case config::MeterField::InstalledOn:
        return m_installedOn;
    }
    return nullptr;
}

void MeterDialog::validate() {
    QHash<QWidget*, QStringList> reasons;
    for (const config::MeterProblem& p : config::checkMeter(meter(), m_profiles))
        reasons[fieldWidget(p.field)].append(problemText(p.issue));
    for (QWidget* field : {static_cast<QWidget*>(m_number), static_cast<QWidget*>(m_primary),
                           static_cast<QWidget*>(m_secondary), static_cast<QWidget*>(m_profile),
                           static_cast<QWidget*>(m_medium), static_cast<QWidget*>(m_installedOn)})
        setFieldError(field, reasons.value(field).join(QLatin1Char(' ')));
}

QString MeterDialog::problemText(config::MeterIssue issue) {
    using config::MeterIssue;
    switch (issue) {
    case MeterIssue::UnknownProtocol:
        return tr("Choose M-Bus or CJ/T 188.");
    case MeterIssue::NumberNotMbus:
        return tr("An M-Bus meter number has 8 digits (0-9).");
    case MeterIssue::NumberNotCjt188:
        return tr("A CJ/T 188 meter number has 14 hex digits (0-9, A-F) and is not AAAAAAAAAAAAAA.");
    case MeterIssue::PrimaryOutOfRange:
        return tr("A primary address is 0 to 250.");
    case MeterIssue::PrimaryNotForCjt188:
        return tr("CJ/T 188 meters have no primary address.");
    case MeterIssue::SecondaryMalformed:
        return tr("16 hex digits without wildcards: the 8-digit id, manufacturer, version, medium.");
    case MeterIssue::SecondaryOtherId:
        return tr("The secondary address starts with the meter number.");
    case MeterIssue::SecondaryNotForCjt188:
        return tr("CJ/T 188 meters have no secondary address.");
    case MeterIssue::ProfileNotForMbus:
        return tr("Model profiles are for CJ/T 188 meters.");
    case MeterIssue::ProfileUnknown:
        return tr("This model profile is not installed.");
    case MeterIssue::MediumUnknown:
        return tr("Choose a medium from the list (for example heat_outlet or heat).");
    case MeterIssue::InstalledOnNotDate:
        return tr("Enter the date as YYYY-MM-DD, or leave it empty.");
    }
    return {};
}

store::MaybeError MeterDialog::save(qint64& id) {
    const store::MeterConfig m = meter();
    if (id)
        return config().updateMeter(m);
    store::StoreError error;
    const auto added = config().addMeter(m, &error);
    if (!added)
        return error;
    id = *added;
    return std::nullopt;
}

} // namespace heatdesk::ui
