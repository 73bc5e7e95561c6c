// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/ChannelDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>

namespace heatdesk::ui {
namespace {

using Kind = station::ChannelSettings::Kind;

// The rates M-Bus meters speak (EN 13757-2); 2400 is what most heat meters ship with.
constexpr int kMbusBauds[] = {300, 600, 1200, 2400, 4800, 9600};

template <typename Widget>
Widget* named(Widget* widget, const char* name) {
    widget->setObjectName(QLatin1String(name));
    return widget;
}

void selectData(QComboBox* combo, const QVariant& value) {
    int index = combo->findData(value);
    if (index < 0) { // a value stored by another tool: keep it selectable rather than lose it
        combo->addItem(value.toString(), value);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

} // namespace

ChannelDialog::ChannelDialog(store::Database& db, qint64 channelId, qint64 siteId, QWidget* parent)
    : ConfigDialog(db, channelId, parent)
    , m_siteId(siteId)
    , m_name(named(new QLineEdit(this), "name"))
    , m_kind(named(new QComboBox(this), "kind"))
    , m_port(named(new QComboBox(this), "port"))
    , m_baud(named(new QComboBox(this), "baud"))
    , m_parity(named(new QComboBox(this), "parity"))
    , m_host(named(new QLineEdit(this), "host"))
    , m_tcpPort(named(new QSpinBox(this), "tcpPort"))
    , m_dtuId(named(new QLineEdit(this), "dtuId"))
    , m_dtuFormat(named(new QComboBox(this), "dtuFormat"))
    , m_dtuFraming(named(new QComboBox(this), "dtuFraming"))
    , m_latency(named(new QSpinBox(this), "latency"))
    , m_retries(named(new QSpinBox(this), "retries"))
    , m_enabled(named(new QCheckBox(tr("Read the buses of this channel"), this), "enabled")) {
    setWindowTitle(channelId ? tr("Edit channel") : tr("New channel"));
    m_name->setPlaceholderText(tr("for example Boiler room COM3"));
    m_kind->addItem(tr("Serial port (RS-232 / USB M-Bus master)"), QStringLiteral("serial"));
    m_kind->addItem(tr("Serial server over TCP"), QStringLiteral("tcp"));
    m_kind->addItem(tr("GPRS DTU dialling in"), QStringLiteral("dtu"));

    m_port->setEditable(true);
    m_port->lineEdit()->setPlaceholderText(tr("COM3, /dev/ttyUSB0, /dev/pts/5"));
    for (const auto& port : station::ChannelSettings::serialPorts()) {
        m_port->addItem(port.name);
        m_port->setItemData(m_port->count() - 1, port.description, Qt::ToolTipRole);
    }
    m_port->setCurrentIndex(-1);
    for (const int baud : kMbusBauds)
        m_baud->addItem(tr("%1 Bd").arg(baud), baud);
    // Data: the stored parity names (ChannelSettings, "parity").
    m_parity->addItem(tr("Even (8E1, M-Bus)"), QStringLiteral("even"));
    m_parity->addItem(tr("None (8N1)"), QStringLiteral("none"));
    m_parity->addItem(tr("Odd (8O1)"), QStringLiteral("odd"));
    m_host->setPlaceholderText(tr("host name or IP address"));
    m_tcpPort->setRange(0, 65535);
    m_tcpPort->setSpecialValueText(tr("not set"));
    m_dtuId->setPlaceholderText(tr("the ID the DTU sends when it registers"));
    m_dtuFormat->addItem(tr("Text (ASCII)"), QStringLiteral("ascii"));
    m_dtuFormat->addItem(tr("Hex bytes"), QStringLiteral("hex"));
    // Data: the stored framing names (ChannelSettings, "dtu_framing").
    m_dtuFraming->addItem(tr("Plain (registration packet, then transparent)"), QStringLiteral("plain"));
    m_dtuFraming->addItem(tr("Hongdian DDP"), QStringLiteral("hongdian-ddp"));
    m_dtuFraming->addItem(tr("Four-Faith PROT mode"), QStringLiteral("four-faith"));
    m_latency->setRange(0, 60000);
    m_latency->setSingleStep(50);
    m_latency->setSuffix(tr(" ms"));
    m_retries->setRange(0, 10);

    addRow(tr("&Name:"), m_name);
    addRow(tr("&Kind:"), m_kind);
    addRow(tr("&Port:"), m_port);
    addRow(tr("&Host:"), m_host);
    addRow(tr("TCP p&ort:"), m_tcpPort);
    addRow(tr("&DTU ID:"), m_dtuId);
    addRow(tr("ID &format:"), m_dtuFormat);
    addRow(tr("Fra&ming:"), m_dtuFraming);
    addNote(m_dtuFraming, tr("How the DTU wraps the bus bytes, as set in the DTU. Hongdian DDP: the ID is "
                             "11 characters, usually the SIM number. Four-Faith: the ID is 8 hex digits."));
    addRow(tr("&Baud rate:"), m_baud);
    addNote(m_baud, tr("M-Bus meters speak 300 to 9600 Bd, most 2400. Behind a server or DTU: the rate of "
                       "the line behind it, which sets the answer timing."));
    addRow(tr("P&arity:"), m_parity);
    addNote(m_parity, tr("Real M-Bus level converters use Even. Pseudo terminals (the simulator, socat) "
                         "cannot carry parity: choose None for them."));
    addRow(tr("&Latency:"), m_latency);
    addNote(m_latency, tr("Added to every answer window: what a TCP server or GPRS link delays the bytes."));
    addRow(tr("&Retries:"), m_retries);
    addRow(QString(), m_enabled);

    load();
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ChannelDialog::showKind);
    for (QLineEdit* edit : {m_name, m_host, m_dtuId})
        connect(edit, &QLineEdit::textChanged, this, &ChannelDialog::revalidate);
    connect(m_port, &QComboBox::currentTextChanged, this, &ChannelDialog::revalidate);
    connect(m_tcpPort, &QSpinBox::valueChanged, this, &ChannelDialog::revalidate);
    connect(m_dtuFormat, &QComboBox::currentIndexChanged, this, &ChannelDialog::revalidate);
    connect(m_dtuFraming, &QComboBox::currentIndexChanged, this, &ChannelDialog::revalidate);
    finishLayout(520);
    showError(m_loadProblem);
    showKind();
}

void ChannelDialog::load() {
    m_enabled->setChecked(true);
    QString& problem = m_loadProblem;
    if (id()) {
        if (const auto row = config().channel(id())) {
            m_siteId = row->siteId;
            m_name->setText(row->name);
            m_enabled->setChecked(row->enabled);
            const auto parsed = station::ChannelSettings::fromJson(row->kind, row->settingsJson);
            if (const auto* s = std::get_if<station::ChannelSettings>(&parsed))
                m_loaded = *s;
            else
                problem = tr("The stored settings do not read (%1); saving replaces them.")
                              .arg(std::get<QString>(parsed));
            selectData(m_kind, row->kind);
        } else {
            problem = tr("Channel %1 is not in the database (removed meanwhile?).").arg(id());
        }
    }
    m_port->setCurrentText(m_loaded.serial.port);
    selectData(m_baud, m_loaded.serial.baud);
    selectData(m_parity, m_loaded.parityName());
    m_host->setText(m_loaded.tcp.host);
    m_tcpPort->setValue(m_loaded.tcp.port);
    m_dtuId->setText(m_loaded.dtuId);
    selectData(m_dtuFormat, m_loaded.dtuIdHex ? QStringLiteral("hex") : QStringLiteral("ascii"));
    selectData(m_dtuFraming, m_loaded.framingName());
    m_latency->setValue(m_loaded.latencyMs);
    m_retries->setValue(m_loaded.retries);
}

void ChannelDialog::showKind() {
    const QString kind = m_kind->currentData().toString();
    const bool serial = kind == QLatin1String("serial");
    setRowVisible(m_port, serial);
    setRowVisible(m_parity, serial);
    setRowVisible(m_host, kind == QLatin1String("tcp"));
    setRowVisible(m_tcpPort, kind == QLatin1String("tcp"));
    setRowVisible(m_dtuId, kind == QLatin1String("dtu"));
    setRowVisible(m_dtuFormat, kind == QLatin1String("dtu"));
    setRowVisible(m_dtuFraming, kind == QLatin1String("dtu"));
    revalidate();
    fitHeight(Fit::GrowOrShrink);
}

station::ChannelSettings ChannelDialog::settings() const {
    station::ChannelSettings s = m_loaded;
    const QString kind = m_kind->currentData().toString();
    s.kind = kind == QLatin1String("tcp")   ? Kind::Tcp
             : kind == QLatin1String("dtu") ? Kind::Dtu
                                            : Kind::Serial;
    s.serial.port = m_port->currentText().trimmed();
    s.serial.baud = m_baud->currentData().toInt();
    if (!s.setParity(m_parity->currentData().toString()))
        s.setParity(QStringLiteral("even"));
    s.tcp.host = m_host->text().trimmed();
    s.tcp.port = static_cast<quint16>(m_tcpPort->value());
    s.dtuId = m_dtuId->text().trimmed();
    s.dtuIdHex = m_dtuFormat->currentData().toString() == QLatin1String("hex");
    if (!s.setFraming(m_dtuFraming->currentData().toString()))
        s.setFraming(QStringLiteral("plain"));
    s.latencyMs = m_latency->value();
    s.retries = m_retries->value();
    return s;
}

void ChannelDialog::validate() {
    setFieldError(m_name, m_name->text().trimmed().isEmpty() ? tr("Enter a name.") : QString());
    // ChannelSettings::validate() names the key that is wrong; the words are said here so that
    // they can be translated.
    const station::ChannelSettings s = settings();
    const QString key = s.validate().section(QLatin1Char(':'), 0, 0);
    setFieldError(m_port, key == QLatin1String("port") ? tr("Choose or type the serial port.") : QString());
    setFieldError(m_host, key == QLatin1String("host") ? tr("Enter the server's host name or IP address.")
                                                       : QString());
    setFieldError(m_tcpPort, key == QLatin1String("tcp_port")
                                 ? tr("Enter the server's TCP port (1 to 65535).")
                                 : QString());
    // An ID fine in plain framing is wrong only for the length the vendor framing carries.
    station::ChannelSettings plain = s;
    plain.setFraming(QStringLiteral("plain"));
    const bool framingOnly = key == QLatin1String("dtu_id") &&
                             plain.validate().section(QLatin1Char(':'), 0, 0) != QLatin1String("dtu_id");
    QString dtuIdError;
    if (framingOnly)
        dtuIdError = s.framingName() == QLatin1String("four-faith")
                         ? tr("A Four-Faith DTU ID is 8 hex digits.")
                         : tr("A Hongdian DDP DTU ID is 11 characters, usually the SIM number.");
    else if (key == QLatin1String("dtu_id"))
        dtuIdError = m_dtuFormat->currentData() == QStringLiteral("hex")
                         ? tr("Enter the DTU ID as an even number of hex digits (0-9, A-F).")
                         : tr("Enter the DTU ID.");
    setFieldError(m_dtuId, dtuIdError);
    setFieldError(m_dtuFormat, key == QLatin1String("dtu_id_format")
                                   ? tr("A Four-Faith DTU sends its ID as 4 bytes: choose Hex bytes.")
                                   : QString());
}

store::MaybeError ChannelDialog::save(qint64& id) {
    const station::ChannelSettings s = settings();
    store::ChannelRow row{id,           m_siteId,   m_name->text().trimmed(),
                          s.kindName(), s.toJson(), m_enabled->isChecked()};
    if (id)
        return config().updateChannel(row);
    store::StoreError error;
    const auto added =
        config().addChannel(m_siteId, row.name, row.kind, QString::fromUtf8(row.settingsJson), &error);
    if (!added)
        return error;
    id = *added;
    row.id = *added;
    // A new channel is enabled by the schema's default; a disabled one is one more step.
    return row.enabled ? std::nullopt : config().updateChannel(row);
}

} // namespace heatdesk::ui
