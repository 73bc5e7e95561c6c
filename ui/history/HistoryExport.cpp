// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/HistoryExport.h"

#include "store/StoredReading.h"
#include "text/Csv.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QGraphicsView>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QStringBuilder>
#include <QSvgGenerator>

namespace heatdesk::ui::history {
namespace {

bool fail(QString* error, const QString& message) {
    if (error)
        *error = message;
    return false;
}

bool writeFile(const QString& path, const QByteArray& bytes, QString* error) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, QCoreApplication::translate("HistoryExport", "Cannot write %1: %2")
                               .arg(path, file.errorString()));
    if (file.write(bytes) != bytes.size() || !file.commit())
        return fail(error, QCoreApplication::translate("HistoryExport", "Cannot write %1: %2")
                               .arg(path, file.errorString()));
    return true;
}

QString isoWithOffset(qint64 ms) {
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms);
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
}

QString number(const std::optional<double>& v) {
    return v ? QString::number(*v, 'f', QLocale::FloatingPointShortest) : QString();
}

QString flagNames(const HistoryRow& row) {
    QStringList names;
    for (int b = 0; b < reading::kReadingFlagCount; ++b)
        if (row.flags & (1u << b)) {
            const auto name = reading::readingFlagName(static_cast<reading::ReadingFlag>(1u << b));
            names << QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size()));
        }
    if (row.valve == reading::ValveState::Closed)
        names << QStringLiteral("valve_closed");
    else if (row.valve == reading::ValveState::Abnormal)
        names << QStringLiteral("valve_abnormal");
    if (row.batteryLow.value_or(false))
        names << QStringLiteral("battery_low");
    return names.join(QLatin1Char(' '));
}

} // namespace

bool writeChartPng(QGraphicsView& view, const QString& path, QString* error) {
    const QSize size = view.viewport()->size();
    if (size.isEmpty())
        return fail(error, QCoreApplication::translate(
                               "HistoryExport", "The chart has no size yet: show it once, then export it"));
    constexpr int scale = 2;
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        view.render(&painter, QRectF(QPointF(), QSizeF(size)), view.viewport()->rect());
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return fail(error, QCoreApplication::translate("HistoryExport", "Cannot encode the chart as PNG"));
    return writeFile(path, bytes, error);
}

bool writeChartSvg(QGraphicsView& view, const QString& path, const QString& title, QString* error) {
    const QSize size = view.viewport()->size();
    if (size.isEmpty())
        return fail(error, QCoreApplication::translate(
                               "HistoryExport", "The chart has no size yet: show it once, then export it"));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(), size));
    svg.setTitle(title);
    svg.setDescription(QStringLiteral("HeatDesk"));
    {
        QPainter painter;
        if (!painter.begin(&svg))
            return fail(error, QCoreApplication::translate("HistoryExport", "Cannot draw the chart as SVG"));
        view.render(&painter, QRectF(QPointF(), QSizeF(size)), view.viewport()->rect());
    }
    return writeFile(path, bytes, error);
}

QString csvHeader() {
    return QStringLiteral(
        "reading_id,read_at,meter_time,energy_kwh,volume_m3,power_kw,flow_m3h,supply_c,return_c,"
        "delta_k,flags,corrections");
}

QString csvLine(const HistoryData& data, const HistoryRow& row) {
    QStringList fields;
    fields.reserve(12);
    fields << QString::number(row.readingId) << isoWithOffset(row.readAtMs)
           << (row.meterTime ? store::meterTimeText(*row.meterTime) : QString());
    for (int i = 0; i < kQuantityCount; ++i)
        fields << number(row.values[std::size_t(i)]);
    fields << flagNames(row);
    QStringList corrections;
    for (int i = 0; i < kQuantityCount; ++i) {
        const auto q = static_cast<Quantity>(i);
        if (const auto& c = data.correctionOf(row, q))
            corrections << QStringLiteral("%1: %2 -> %3 (%4; %5, %6)")
                               .arg(correctionField(q), number(row.value(q)),
                                    c->value ? number(c->value) : QStringLiteral("unusable"), c->reason,
                                    c->correctedBy, isoWithOffset(c->correctedAtMs));
    }
    fields << corrections.join(QStringLiteral(" | "));
    for (QString& f : fields)
        f = text::csvField(f);
    return fields.join(QLatin1Char(','));
}

bool writeHistoryCsv(const HistoryData& data, const QString& path, QString* error) {
    QByteArray bytes("\xEF\xBB\xBF");
    bytes.reserve(qsizetype(data.rows.size()) * 120 + 256);
    bytes += csvHeader().toUtf8() + "\r\n";
    for (const HistoryRow& row : data.rows)
        bytes += csvLine(data, row).toUtf8() + "\r\n";
    return writeFile(path, bytes, error);
}

} // namespace heatdesk::ui::history
