// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/SheetPdf.h"

#include <QDateTime>
#include <QFile>
#include <QFontMetrics>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

namespace heatdesk::print {
namespace {

// Relative column widths (16 columns, as billing::sheetCells).
constexpr int kWeights[16] = {9, 7, 5, 4, 5, 6, 11, 11, 9, 11, 9, 8, 7, 6, 12, 8};
// Right-aligned (numeric) columns.
constexpr bool kNumeric[16] = {false, false, false, false, false, true, false, false,
                               true,  false, true,  true,  true,  true, false, true};

QFont sheetFont(int pointSize, bool bold = false) {
    QFont f;
    // CJK-capable families first: the PDF embeds whichever is installed. WenQuanYi leads because
    // with Noto CJK Qt writes some characters' text as Kangxi radicals (户 → ⼾), which breaks
    // search and copy in the PDF although the page looks right.
    f.setFamilies({QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Noto Sans CJK SC"),
                   QStringLiteral("Noto Sans SC"), QStringLiteral("Source Han Sans SC"),
                   QStringLiteral("Microsoft YaHei"), QStringLiteral("SimSun"),
                   QStringLiteral("DejaVu Sans")});
    f.setPointSize(pointSize);
    f.setBold(bold);
    return f;
}

} // namespace

void paintSheet(QPagedPaintDevice& device, const billing::Sheet& sheet, const SheetPrintOptions& options) {
    QPainter p(&device);
    const QRect page = p.viewport();
    const double scale = page.width() / 1000.0; // layout in thousandths of the page width
    auto px = [&](double v) { return static_cast<int>(v * scale); };

    const QFont titleFont = sheetFont(14, true);
    const QFont textFont = sheetFont(7);
    const QFont headFont = sheetFont(7, true);
    p.setFont(textFont);
    const int rowHeight = QFontMetrics(textFont, &device).height() * 14 / 10;
    const int headerBlock = px(70);
    const int footerBlock = px(25);
    const int rowsPerPage =
        std::max(1, (page.height() - headerBlock - footerBlock - rowHeight * 2) / rowHeight);
    const qsizetype bodyRows = sheet.rows.size() + 1; // + totals
    const int pages = static_cast<int>((bodyRows + rowsPerPage - 1) / rowsPerPage);

    int totalWeight = 0;
    for (int w : kWeights)
        totalWeight += w;
    QList<int> x;
    int acc = 0;
    for (int w : kWeights) {
        x << page.width() * acc / totalWeight;
        acc += w;
    }
    x << page.width();

    const QString printed = QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    const QString periodText = billing::localIso(sheet.period.fromMs).left(10) + QStringLiteral(" – ") +
                               billing::localIso(sheet.period.toMs - 1).left(10);
    auto drawCells = [&](int y, const QStringList& cells, const QFont& font, bool shade) {
        p.setFont(font);
        if (shade)
            p.fillRect(QRect(0, y, page.width(), rowHeight), QColor(0xDD, 0xE6, 0xF0));
        for (int c = 0; c < cells.size() && c < 16; ++c) {
            const QRect cell(x[c] + px(4), y, x[c + 1] - x[c] - px(8), rowHeight);
            const int align = (kNumeric[c] ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
            p.drawText(cell, align,
                       QFontMetrics(font, &device).elidedText(cells.at(c), Qt::ElideRight, cell.width()));
        }
        p.setPen(QPen(QColor(0xB0, 0xB0, 0xB0), 0));
        p.drawLine(0, y + rowHeight, page.width(), y + rowHeight);
        p.setPen(Qt::black);
    };

    qsizetype next = 0;
    for (int pageNo = 1; pageNo <= pages; ++pageNo) {
        if (pageNo > 1)
            device.newPage();
        // Header: company and title, period and building.
        p.setFont(titleFont);
        p.drawText(QRect(0, 0, page.width(), px(30)), Qt::AlignLeft | Qt::AlignVCenter,
                   options.company.isEmpty() ? options.labels.title
                                             : options.company + QStringLiteral("  ") + options.labels.title);
        p.setFont(textFont);
        p.drawText(QRect(0, px(32), page.width(), px(16)), Qt::AlignLeft | Qt::AlignVCenter,
                   options.labels.period + QStringLiteral(": ") + periodText + QStringLiteral("    ") +
                       options.labels.building + QStringLiteral(": ") +
                       (sheet.building.isEmpty() ? options.labels.allBuildings : sheet.building));
        int y = headerBlock;
        drawCells(y, options.labels.columns, headFont, true);
        y += rowHeight;
        for (int r = 0; r < rowsPerPage && next < bodyRows; ++r, ++next) {
            if (next < sheet.rows.size()) {
                drawCells(y, billing::sheetCells(sheet.rows.at(next)), textFont, false);
            } else {
                QStringList totals(16);
                totals[0] = options.labels.total;
                totals[1] = QStringLiteral("%1 %2").arg(sheet.rows.size()).arg(options.labels.users);
                totals[11] = billing::hundredthsText(sheet.totalHundredths);
                totals[12] = billing::gigajouleText(sheet.totalHundredths);
                if (sheet.tariff)
                    totals[15] = sheet.totalFee.toString(2);
                drawCells(y, totals, headFont, true);
            }
            y += rowHeight;
        }
        // Footer: printed time and page x / y.
        p.setFont(textFont);
        const QRect footer(0, page.height() - footerBlock, page.width(), footerBlock);
        p.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter,
                   options.labels.generated + QStringLiteral(" ") + printed);
        p.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, options.labels.page.arg(pageNo).arg(pages));
    }
}

std::optional<QString> writeSheetPdf(const billing::Sheet& sheet, const SheetPrintOptions& options,
                                     const QString& path) {
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write %1: %2").arg(path, probe.errorString());
    probe.close();
    QPdfWriter pdf(path);
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(10, 10, 10, 10),
                                  QPageLayout::Millimeter));
    pdf.setResolution(300);
    pdf.setTitle(options.labels.title + QStringLiteral(" ") + sheet.label);
    pdf.setCreator(QStringLiteral("HeatDesk"));
    paintSheet(pdf, sheet, options);
    return std::nullopt;
}

} // namespace heatdesk::print
