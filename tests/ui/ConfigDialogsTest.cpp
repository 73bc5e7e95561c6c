// SPDX-License-Identifier: GPL-3.0-or-later
// The configuration dialogs: checks as the user types, saving through the repository, refusals
// that keep the dialog and its input, keyboard, and the CSV import's preview and import.
#include "StoreTestSupport.h"
#include "config/BusDialog.h"
#include "config/ChannelDialog.h"
#include "config/MeterDialog.h"
#include "config/MeterImportDialog.h"
#include "config/SiteDialog.h"
#include "station/ChannelSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace heatdesk;
using storetest::StoreFixture;

namespace {

const QStringList kProfiles = {QStringLiteral("default"), QStringLiteral("jy-unit-first")};

template <typename Widget = QLineEdit>
Widget* field(QWidget& dialog, const char* name) {
    auto* w = dialog.findChild<Widget*>(QLatin1String(name));
    EXPECT_NE(w, nullptr) << name;
    return w;
}

QString hint(QWidget& dialog, const char* name) {
    auto* label = dialog.findChild<QLabel*>(QStringLiteral("hint_") + QLatin1String(name));
    return label && label->isVisibleTo(&dialog) ? label->text() : QString();
}

// Every line of text that is not word-wrapped has the room its text needs (nothing cut off), and
// the dialog is no wider than a small laptop screen. Saves a PNG when HEATDESK_SCREENSHOT_DIR is set.
void expectFits(QWidget& dialog, const QString& name) {
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    EXPECT_LE(dialog.width(), 1024) << name.toStdString();
    for (const QLabel* label : dialog.findChildren<QLabel*>()) {
        if (label->isVisible() && !label->wordWrap()) {
            EXPECT_GE(label->width(), label->minimumSizeHint().width()) << label->text().toStdString();
        }
    }
    for (const QWidget* w : dialog.findChildren<QWidget*>()) {
        if (w->isVisible() && (qobject_cast<const QComboBox*>(w) || qobject_cast<const QPushButton*>(w))) {
            EXPECT_GE(w->width(), w->minimumSizeHint().width()) << w->objectName().toStdString();
        }
        if (w->isVisible() && !w->objectName().startsWith(QLatin1String("qt_")) &&
            !w->objectName().isEmpty() &&
            (qobject_cast<const QAbstractSpinBox*>(w) || qobject_cast<const QComboBox*>(w) ||
             qobject_cast<const QLineEdit*>(w))) {
            EXPECT_GE(w->height(), w->minimumSizeHint().height()) // not squeezed
                << name.toStdString() << ": " << w->objectName().toStdString();
        }
    }
    const QPixmap shot = dialog.grab();
    EXPECT_FALSE(shot.isNull());
    if (const QString dir = qEnvironmentVariable("HEATDESK_SCREENSHOT_DIR"); !dir.isEmpty()) {
        EXPECT_TRUE(shot.save(QDir(dir).filePath(name + QStringLiteral(".png"))));
    }
}

} // namespace

class ConfigDialogs : public StoreFixture {
protected:
    void SetUp() override {
        StoreFixture::SetUp();
        store::ConfigRepository config(m_db);
        m_channelId = config.bus(m_busId)->channelId;
        m_siteId = config.channel(m_channelId)->siteId;
    }
    qint64 m_channelId = 0, m_siteId = 0;
};

TEST_F(ConfigDialogs, SiteNeedsANameAndIsSaved) {
    ui::SiteDialog dialog(m_db, 0);
    EXPECT_FALSE(dialog.okButton()->isEnabled());
    EXPECT_EQ(hint(dialog, "name"), QStringLiteral("Enter a name."));
    QTest::keyClicks(field(dialog, "name"), QStringLiteral("Station 2"));
    field(dialog, "address")->setText(QStringLiteral("Heping Rd 5"));
    EXPECT_TRUE(dialog.okButton()->isEnabled());
    EXPECT_EQ(hint(dialog, "name"), QString());
    dialog.okButton()->click();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    const auto site = store::ConfigRepository(m_db).site(dialog.savedId());
    ASSERT_TRUE(site);
    EXPECT_EQ(site->name, QStringLiteral("Station 2"));
    EXPECT_EQ(site->address, QStringLiteral("Heping Rd 5"));
}

TEST_F(ConfigDialogs, TakenSiteNameKeepsTheDialogAndTheInput) {
    ui::SiteDialog dialog(m_db, 0);
    dialog.show();
    field(dialog, "name")->setText(QStringLiteral("Station 1"));
    field(dialog, "address")->setText(QStringLiteral("Heping Rd 5"));
    dialog.okButton()->click();
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.saveError(), QStringLiteral("Not saved: a site named Station 1 already exists"));
    EXPECT_EQ(field(dialog, "address")->text(), QStringLiteral("Heping Rd 5"));
    field(dialog, "name")->setText(QStringLiteral("Station 9"));
    dialog.okButton()->click();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(store::ConfigRepository(m_db).sites().size(), 2);
}

TEST_F(ConfigDialogs, TakenBusNameIsShownAndEditingRenames) {
    ui::BusDialog added(m_db, 0, m_channelId);
    field(added, "name")->setText(QStringLiteral("Bus A"));
    added.okButton()->click();
    EXPECT_EQ(added.saveError(), QStringLiteral("Not saved: channel COM1 already has a bus named Bus A"));

    ui::BusDialog edit(m_db, m_busId);
    EXPECT_EQ(field(edit, "name")->text(), QStringLiteral("Bus A"));
    field(edit, "name")->setText(QStringLiteral("Riser 1"));
    edit.okButton()->click();
    EXPECT_EQ(edit.result(), QDialog::Accepted);
    EXPECT_EQ(store::ConfigRepository(m_db).busName(m_busId), QStringLiteral("Riser 1"));
}

TEST_F(ConfigDialogs, SerialChannelNeedsAPortAndStoresItsSettings) {
    ui::ChannelDialog dialog(m_db, 0, m_siteId);
    field(dialog, "name")->setText(QStringLiteral("Simulator"));
    auto* port = field<QComboBox>(dialog, "port");
    port->setCurrentText(QString());
    EXPECT_FALSE(dialog.okButton()->isEnabled());
    EXPECT_EQ(hint(dialog, "port"), QStringLiteral("Choose or type the serial port."));
    port->setCurrentText(QStringLiteral("/dev/pts/5"));
    EXPECT_TRUE(dialog.okButton()->isEnabled());
    auto* parity = field<QComboBox>(dialog, "parity");
    parity->setCurrentIndex(parity->findData(QStringLiteral("none")));
    field<QSpinBox>(dialog, "latency")->setValue(150);
    dialog.okButton()->click();
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << dialog.saveError().toStdString();

    const auto row = store::ConfigRepository(m_db).channel(dialog.savedId());
    ASSERT_TRUE(row);
    EXPECT_EQ(row->kind, QStringLiteral("serial"));
    const auto parsed = station::ChannelSettings::fromJson(row->kind, row->settingsJson);
    const auto& s = std::get<station::ChannelSettings>(parsed);
    EXPECT_EQ(s.serial.port, QStringLiteral("/dev/pts/5"));
    EXPECT_EQ(s.serial.parity, QSerialPort::NoParity);
    EXPECT_EQ(s.serial.baud, 2400);
    EXPECT_EQ(s.latencyMs, 150);
}

TEST_F(ConfigDialogs, KindSwitchesTheFieldsAndTheirChecks) {
    ui::ChannelDialog dialog(m_db, m_channelId);
    EXPECT_EQ(field(dialog, "name")->text(), QStringLiteral("COM1"));
    auto* kind = field<QComboBox>(dialog, "kind");
    kind->setCurrentIndex(kind->findData(QStringLiteral("tcp")));
    EXPECT_FALSE(field<QComboBox>(dialog, "port")->isVisibleTo(&dialog));
    EXPECT_TRUE(field(dialog, "host")->isVisibleTo(&dialog));
    EXPECT_TRUE(field<QComboBox>(dialog, "baud")->isVisibleTo(&dialog)); // the line behind the server
    EXPECT_FALSE(field<QComboBox>(dialog, "parity")->isVisibleTo(&dialog));
    EXPECT_FALSE(dialog.okButton()->isEnabled());
    EXPECT_EQ(hint(dialog, "host"), QStringLiteral("Enter the server's host name or IP address."));
    field(dialog, "host")->setText(QStringLiteral("10.0.0.7"));
    EXPECT_EQ(hint(dialog, "tcpPort"), QStringLiteral("Enter the server's TCP port (1 to 65535)."));
    field<QSpinBox>(dialog, "tcpPort")->setValue(4001);
    EXPECT_TRUE(dialog.okButton()->isEnabled());

    kind->setCurrentIndex(kind->findData(QStringLiteral("dtu")));
    auto* format = field<QComboBox>(dialog, "dtuFormat");
    format->setCurrentIndex(format->findData(QStringLiteral("hex")));
    field(dialog, "dtuId")->setText(QStringLiteral("ABC"));
    EXPECT_FALSE(dialog.okButton()->isEnabled());
    EXPECT_EQ(hint(dialog, "dtuId"),
              QStringLiteral("Enter the DTU ID as an even number of hex digits (0-9, A-F)."));
    field(dialog, "dtuId")->setText(QStringLiteral("ABCD"));
    field<QCheckBox>(dialog, "enabled")->setChecked(false);
    dialog.okButton()->click();
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << dialog.saveError().toStdString();
    const auto row = store::ConfigRepository(m_db).channel(m_channelId);
    EXPECT_EQ(row->kind, QStringLiteral("dtu"));
    EXPECT_FALSE(row->enabled);
    EXPECT_EQ(
        std::get<station::ChannelSettings>(station::ChannelSettings::fromJson(row->kind, row->settingsJson))
            .dtuId,
        QStringLiteral("ABCD"));
}

TEST_F(ConfigDialogs, DtuFramingIsChosenAndFixesTheId) {
    ui::ChannelDialog dialog(m_db, m_channelId);
    auto* kind = field<QComboBox>(dialog, "kind");
    kind->setCurrentIndex(kind->findData(QStringLiteral("dtu")));
    auto* framing = field<QComboBox>(dialog, "dtuFraming");
    EXPECT_TRUE(framing->isVisibleTo(&dialog));
    EXPECT_EQ(framing->currentData().toString(), QStringLiteral("plain"));
    field(dialog, "dtuId")->setText(QStringLiteral("0A1B"));
    framing->setCurrentIndex(framing->findData(QStringLiteral("four-faith")));
    EXPECT_FALSE(dialog.okButton()->isEnabled());
    EXPECT_EQ(hint(dialog, "dtuFormat"),
              QStringLiteral("A Four-Faith DTU sends its ID as 4 bytes: choose Hex bytes."));
    auto* format = field<QComboBox>(dialog, "dtuFormat");
    format->setCurrentIndex(format->findData(QStringLiteral("hex")));
    EXPECT_EQ(hint(dialog, "dtuId"), QStringLiteral("A Four-Faith DTU ID is 8 hex digits."));
    framing->setCurrentIndex(framing->findData(QStringLiteral("hongdian-ddp")));
    EXPECT_EQ(hint(dialog, "dtuId"),
              QStringLiteral("A Hongdian DDP DTU ID is 11 characters, usually the SIM number."));
    framing->setCurrentIndex(framing->findData(QStringLiteral("four-faith")));
    field(dialog, "dtuId")->setText(QStringLiteral("0A1B2C3D"));
    EXPECT_TRUE(dialog.okButton()->isEnabled());
    dialog.okButton()->click();
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << dialog.saveError().toStdString();
    const auto row = store::ConfigRepository(m_db).channel(m_channelId);
    EXPECT_EQ(
        std::get<station::ChannelSettings>(station::ChannelSettings::fromJson(row->kind, row->settingsJson))
            .dtuFraming,
        link::DtuFraming::FourFaith);
}

TEST_F(ConfigDialogs, MeterNumberIsCheckedAsTyped) {
    ui::MeterDialog dialog(m_db, 0, m_busId, kProfiles);
    auto* number = field(dialog, "number");
    QTest::keyClicks(number, QStringLiteral("1234"));
    EXPECT_FALSE(dialog.okButton()->isEnabled());
    EXPECT_EQ(hint(dialog, "number"), QStringLiteral("An M-Bus meter number has 8 digits (0-9)."));
    QTest::keyClicks(number, QStringLiteral("5699"));
    EXPECT_TRUE(dialog.okButton()->isEnabled());
    field(dialog, "secondary")->setText(QStringLiteral("123456702D2C0404"));
    EXPECT_EQ(hint(dialog, "secondary"),
              QStringLiteral("The secondary address starts with the meter number."));
    field(dialog, "secondary")->setText(QStringLiteral("123456992D2C0404"));
    field(dialog, "installedOn")->setText(QStringLiteral("2025-13-01"));
    EXPECT_FALSE(dialog.okButton()->isEnabled());
    field(dialog, "installedOn")->setText(QStringLiteral("2025-10-01"));
    field<QSpinBox>(dialog, "primary")->setValue(17);
    dialog.okButton()->click();
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << dialog.saveError().toStdString();
    const auto m = store::ConfigRepository(m_db).meter(dialog.savedId());
    ASSERT_TRUE(m);
    EXPECT_EQ(m->number, QStringLiteral("12345699"));
    EXPECT_EQ(m->primaryAddress, 17);
    EXPECT_EQ(m->secondaryAddress, QStringLiteral("123456992D2C0404"));
    EXPECT_EQ(m->installedOn, QStringLiteral("2025-10-01"));
    EXPECT_EQ(m->busId, m_busId);
    EXPECT_EQ(m->medium, QStringLiteral("heat_outlet"));
}

TEST_F(ConfigDialogs, Cjt188MeterTakesAProfileAndNoPrimaryAddress) {
    ui::MeterDialog dialog(m_db, 0, m_busId, kProfiles);
    auto* protocol = field<QComboBox>(dialog, "protocol");
    protocol->setCurrentIndex(protocol->findData(QStringLiteral("cjt188")));
    EXPECT_FALSE(field<QSpinBox>(dialog, "primary")->isVisibleTo(&dialog));
    EXPECT_TRUE(field<QComboBox>(dialog, "profile")->isVisibleTo(&dialog));
    field(dialog, "number")->setText(QStringLiteral("2025001234567g"));
    EXPECT_FALSE(dialog.okButton()->isEnabled());
    field(dialog, "number")->setText(QStringLiteral("2025001234567a"));
    auto* profile = field<QComboBox>(dialog, "profile");
    profile->setCurrentIndex(profile->findData(QStringLiteral("jy-unit-first")));
    EXPECT_TRUE(dialog.okButton()->isEnabled());
    dialog.okButton()->click();
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << dialog.saveError().toStdString();
    const auto m = store::ConfigRepository(m_db).meter(dialog.savedId());
    EXPECT_EQ(m->number, QStringLiteral("2025001234567A"));
    EXPECT_EQ(m->protocol, QStringLiteral("cjt188"));
    EXPECT_EQ(m->modelProfile, QStringLiteral("jy-unit-first"));
    EXPECT_EQ(m->medium, QStringLiteral("heat"));
    EXPECT_FALSE(m->primaryAddress);
}

TEST_F(ConfigDialogs, TakenMeterNumberIsShownAndTheDialogStays) {
    ui::MeterDialog dialog(m_db, 0, m_busId, kProfiles);
    dialog.show();
    field(dialog, "number")->setText(QStringLiteral("12345670"));
    field(dialog, "location")->setText(QStringLiteral("3-2-301"));
    dialog.okButton()->click();
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(dialog.saveError(),
              QStringLiteral("Not saved: a meter with number 12345670 already exists on bus "
                             "Bus A (Station 1 / COM1)"));
    EXPECT_EQ(field(dialog, "number")->text(), QStringLiteral("12345670"));
    EXPECT_EQ(field(dialog, "location")->text(), QStringLiteral("3-2-301"));
}

TEST_F(ConfigDialogs, EditingAMeterKeepsWhatIsNotShown) {
    ui::MeterDialog dialog(m_db, m_meters[1], 0, kProfiles);
    EXPECT_EQ(field(dialog, "number")->text(), QStringLiteral("12345671"));
    EXPECT_EQ(field<QSpinBox>(dialog, "primary")->value(), 2);
    field<QCheckBox>(dialog, "active")->setChecked(false);
    dialog.okButton()->click();
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << dialog.saveError().toStdString();
    const auto m = store::ConfigRepository(m_db).meter(m_meters[1]);
    EXPECT_FALSE(m->active);
    EXPECT_EQ(m->primaryAddress, 2);
    EXPECT_EQ(m->busId, m_busId);
}

TEST_F(ConfigDialogs, EnterIsOkAndEscapeIsCancel) {
    ui::BusDialog dialog(m_db, 0, m_channelId);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClick(field(dialog, "name"), Qt::Key_Return); // OK disabled: nothing happens
    EXPECT_TRUE(dialog.isVisible());
    QTest::keyClicks(field(dialog, "name"), QStringLiteral("Riser 2"));
    QTest::keyClick(field(dialog, "name"), Qt::Key_Return);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(store::ConfigRepository(m_db).buses(m_channelId).size(), 2);

    ui::SiteDialog cancelled(m_db, 0);
    cancelled.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&cancelled));
    QTest::keyClicks(field(cancelled, "name"), QStringLiteral("Station 5"));
    QTest::keyClick(field(cancelled, "name"), Qt::Key_Escape);
    EXPECT_EQ(cancelled.result(), QDialog::Rejected);
    EXPECT_EQ(store::ConfigRepository(m_db).sites().size(), 1);
}

TEST_F(ConfigDialogs, ImportPreviewsThenImportsOnAWorker) {
    const qint64 bus = *store::ConfigRepository(m_db).addBus(m_channelId, QStringLiteral("Bus B"));
    ui::MeterImportDialog dialog(m_db, bus, kProfiles);
    auto* import = field<QPushButton>(dialog, "import");
    dialog.preview(QStringLiteral(HEATDESK_SOURCE_DIR "/resources/samples/meters.csv"));
    EXPECT_TRUE(dialog.busy() || !dialog.summary().isEmpty());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !dialog.busy(); }, 10000));
    QCoreApplication::processEvents();
    EXPECT_EQ(dialog.summary(), QStringLiteral("5 meter(s) ready to import."));
    EXPECT_TRUE(import->isEnabled());
    EXPECT_FALSE(store::ConfigRepository(m_db).meterByNumber(QStringLiteral("12345678")));
    import->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !dialog.busy(); }, 10000));
    QCoreApplication::processEvents();
    EXPECT_TRUE(dialog.lastResult().written);
    EXPECT_EQ(dialog.summary(), QStringLiteral("Imported: 5 meter(s), 4 new heat user(s)."));
    EXPECT_FALSE(import->isEnabled());
    const auto m = store::ConfigRepository(m_db).meterByNumber(QStringLiteral("12345678"));
    ASSERT_TRUE(m);
    EXPECT_EQ(m->busId, bus);
    dialog.reject();
    EXPECT_EQ(dialog.result(), QDialog::Accepted); // something was imported: the caller refreshes
}

TEST_F(ConfigDialogs, ImportOfABadFileShowsEveryLineAndImportsNothing) {
    const QString path = m_dir.filePath(QStringLiteral("bad.csv"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("number;primary\n22000001;1\n22000002;300\n12345670;\n");
    file.close();
    ui::MeterImportDialog dialog(m_db, m_busId, kProfiles);
    dialog.preview(path);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !dialog.busy(); }, 10000));
    QCoreApplication::processEvents();
    EXPECT_EQ(dialog.summary(),
              QStringLiteral("2 of 3 line(s) have problems (see Status). Nothing was imported; "
                             "correct the file and choose it again."));
    EXPECT_FALSE(field<QPushButton>(dialog, "import")->isEnabled());
    EXPECT_EQ(
        dialog.lastResult().errors(),
        QStringList({"line 3: primary address 300 is not 0..250",
                     "line 4: a meter with number 12345670 already exists on bus Bus A (Station 1 / COM1)"}));
    EXPECT_EQ(store::ConfigRepository(m_db).tree().size(), 3);
}

TEST_F(ConfigDialogs, EveryDialogFitsItsText) {
    ui::SiteDialog site(m_db, 0);
    expectFits(site, QStringLiteral("site-dialog"));
    ui::ChannelDialog serial(m_db, m_channelId);
    expectFits(serial, QStringLiteral("channel-dialog-serial"));
    ui::ChannelDialog tcp(m_db, 0, m_siteId);
    auto* kind = field<QComboBox>(tcp, "kind");
    kind->setCurrentIndex(kind->findData(QStringLiteral("tcp")));
    expectFits(tcp, QStringLiteral("channel-dialog-tcp"));
    ui::BusDialog bus(m_db, m_busId);
    expectFits(bus, QStringLiteral("bus-dialog"));
    ui::MeterDialog meter(m_db, 0, m_busId, kProfiles);
    field(meter, "number")->setText(QStringLiteral("1234"));
    expectFits(meter, QStringLiteral("meter-dialog"));
    ui::MeterDialog cjt(m_db, 0, m_busId, kProfiles);
    auto* protocol = field<QComboBox>(cjt, "protocol");
    protocol->setCurrentIndex(protocol->findData(QStringLiteral("cjt188")));
    expectFits(cjt, QStringLiteral("meter-dialog-cjt188"));
    ui::MeterImportDialog import(m_db, m_busId, kProfiles);
    import.preview(QStringLiteral(HEATDESK_SOURCE_DIR "/resources/samples/meters.csv"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !import.busy(); }, 10000));
    QCoreApplication::processEvents();
    expectFits(import, QStringLiteral("meter-import-dialog"));
}
