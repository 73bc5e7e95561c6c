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

// Relative column widths (16 columns, as billing::sheetCells), then the six settlement columns a
// settling season sheet adds (as billing::settlementCells): wide enough for an account of 10
// characters, "2026-01-31 23:00 *" and an amount of 99999.99 in the sheet's font.
constexpr int kWeights[22] = {10, 6, 6, 5, 5, 7, 9, 13, 10, 13, 10, 8, 8, 6, 8, 8, 9, 9, 8, 9, 8, 7};
// Right-aligned (numeric) columns.
constexpr bool kNumeric[22] = {false, false, false, false, false, true, false, false, true, false, true,
                               true,  true,  true,  false, true,  true, true,  true,  true, true,  true};

} // namespace

QFont printFont(int pointSize, bool bold) {
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

void paintSheet(QPagedPaintDevice& device, const billing::Sheet& sheet, const SheetPrintOptions& options) {
    QPainter p(&device);
    const QRect page = p.viewport();
    const double scale = page.width() / 1000.0; // layout in thousandths of the page width
    auto px = [&](double v) { return static_cast<int>(v * scale); };

    // A settling season sheet has 22 columns on the same width: one point smaller.
    const bool settles = sheet.settlement.has_value();
    const QFont titleFont = printFont(14, true);
    const QFont textFont = printFont(settles ? 6 : 7);
    const QFont headFont = printFont(settles ? 6 : 7, true);
    p.setFont(textFont);
    const int rowHeight = QFontMetrics(textFont, &device).height() * 14 / 10;
    const int headerBlock = px(70);
    const int footerBlock = px(25);
    const int rowsPerPage =
        std::max(1, (page.height() - headerBlock - footerBlock - rowHeight * 2) / rowHeight);
    const qsizetype bodyRows = sheet.rows.size() + 1; // + totals
    const int pages = static_cast<int>((bodyRows + rowsPerPage - 1) / rowsPerPage);

    // Each user's statement follows the fee.
    const int columns = settles ? 22 : 16;
    const QStringList titles =
        settles ? options.labels.columns + options.labels.settlementColumns : options.labels.columns;
    int totalWeight = 0;
    for (int c = 0; c < columns; ++c)
        totalWeight += kWeights[c];
    QList<int> x;
    int acc = 0;
    for (int c = 0; c < columns; ++c) {
        x << page.width() * acc / totalWeight;
        acc += kWeights[c];
    }
    x << page.width();

    const QString printed = QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    const QString periodText = billing::localIso(sheet.period.fromMs).left(10) + QStringLiteral(" – ") +
                               billing::localIso(sheet.period.toMs - 1).left(10);
    auto drawCells = [&](int y, const QStringList& cells, const QFont& font, bool shade) {
        p.setFont(font);
        if (shade)
            p.fillRect(QRect(0, y, page.width(), rowHeight), QColor(0xDD, 0xE6, 0xF0));
        for (int c = 0; c < cells.size() && c < columns; ++c) {
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
        drawCells(y, titles, headFont, true);
        y += rowHeight;
        for (int r = 0; r < rowsPerPage && next < bodyRows; ++r, ++next) {
            if (next < sheet.rows.size()) {
                const billing::SheetRow& row = sheet.rows.at(next);
                drawCells(y,
                          settles ? billing::sheetCells(row) + billing::settlementCells(row)
                                  : billing::sheetCells(row),
                          textFont, false);
            } else {
                QStringList totals(columns);
                totals[0] = options.labels.total;
                totals[1] = QStringLiteral("%1 %2").arg(sheet.rows.size()).arg(options.labels.users);
                totals[11] = billing::hundredthsText(sheet.totalHundredths);
                totals[12] = billing::gigajouleText(sheet.totalHundredths);
                if (sheet.tariff)
                    totals[15] = sheet.totalFee.toString(2);
                if (settles) {
                    const QStringList amounts = billing::settlementTotalCells(*sheet.settlement);
                    for (int c = 0; c < amounts.size(); ++c)
                        totals[16 + c] = amounts.at(c);
                }
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
