// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/StatementPdf.h"

#include "billing/Sheet.h"
#include "print/SheetPdf.h"
#include "store/Database.h"

#include <QDateTime>
#include <QFile>
#include <QFontMetrics>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

namespace heatdesk::print {
namespace {

using billing::Money;

// The statement is laid out as lines first, so the page count is known before the first footer.
struct Line {
    enum class Kind { Heading, Pair, TableHead, TableRow, Gap } kind = Kind::Pair;
    QStringList cells; // Heading: 1; Pair: label, value; table rows: 5
};

QString amount(Money m, const billing::StatementLabels& l) {
    return m.toString(2) + QLatin1Char(' ') + l.currency;
}

QString boundaryText(const std::optional<billing::BoundaryValue>& b, const billing::StatementLabels& l) {
    if (!b)
        return QStringLiteral("—");
    QString text = QDateTime::fromMSecsSinceEpoch(b->timeMs).toString(QStringLiteral("yyyy-MM-dd HH:mm")) +
                   QStringLiteral("   ") + billing::hundredthsText(b->energyHundredths) +
                   QStringLiteral(" kWh");
    if (b->readingId)
        text += QStringLiteral("   (%1 %2)").arg(l.reading).arg(b->readingId);
    if (b->estimated)
        text += QStringLiteral("   ") + l.estimated;
    if (b->corrected)
        text += QStringLiteral("   ") + l.corrected;
    return text;
}

QList<Line> layout(const billing::Statement& s, const billing::StatementLabels& l, const QString& language) {
    using K = Line::Kind;
    const billing::UserConsumption& u = s.row.consumption;
    QList<Line> lines;
    auto heading = [&](const QString& text) {
        if (!lines.isEmpty())
            lines << Line{K::Gap, {}};
        lines << Line{K::Heading, {text}};
    };
    auto pair = [&](const QString& label, const QString& value) { lines << Line{K::Pair, {label, value}}; };

    heading(l.user);
    pair(l.account, u.user.account);
    pair(l.name, u.user.name);
    pair(l.address,
         QStringList{u.user.community, u.user.building, u.user.unit, u.user.room}.join(QLatin1Char(' ')));
    pair(l.area,
         u.user.areaM2 ? QString::number(*u.user.areaM2) + QStringLiteral(" m²") : QStringLiteral("—"));
    pair(l.meter, u.meterNumbers.join(QStringLiteral(" → ")));

    heading(l.consumption);
    pair(l.start, boundaryText(u.start, l));
    pair(l.end, boundaryText(u.end, l));
    pair(l.consumption, u.consumptionHundredths
                            ? billing::hundredthsText(*u.consumptionHundredths) + QStringLiteral(" kWh = ") +
                                  billing::gigajouleText(*u.consumptionHundredths) + QStringLiteral(" GJ")
                            : QStringLiteral("—"));
    if (s.row.kwhPerM2Hundredths)
        pair(l.perM2, billing::hundredthsText(*s.row.kwhPerM2Hundredths) + QStringLiteral(" kWh/m²"));

    if (s.tariff && s.row.fee) {
        heading(l.fees);
        const billing::Tariff& t = *s.tariff;
        const QString heat =
            billing::hundredthsText(std::max<std::int64_t>(0, u.consumptionHundredths.value_or(0)));
        if (s.row.settlement) {
            const billing::Settlement& st = *s.row.settlement;
            pair(l.basicFee, QStringLiteral("%1 %2/m² × %3 m² = %4")
                                 .arg(t.basicPerM2.toString(2), l.currency, QString::number(*u.user.areaM2),
                                      amount(st.basicFee, l)));
            pair(l.meteredFee, QStringLiteral("%1 %2/kWh × %3 kWh × %4 = %5")
                                   .arg(t.meteredPerKwh.toString(4), l.currency, heat,
                                        t.correction.toString(4), amount(st.meteredFee, l)));
            pair(l.heatFee, amount(st.heatFee, l));
        } else if (s.kind == billing::Sheet::Kind::Season && u.user.areaM2) {
            const Money basic = billing::basicFee(t, billing::toHundredths(*u.user.areaM2));
            pair(l.basicFee, QStringLiteral("%1 %2/m² × %3 m² = %4")
                                 .arg(t.basicPerM2.toString(2), l.currency, QString::number(*u.user.areaM2),
                                      amount(basic, l)));
            pair(l.meteredFee, QStringLiteral("%1 %2/kWh × %3 kWh × %4 = %5")
                                   .arg(t.meteredPerKwh.toString(4), l.currency, heat,
                                        t.correction.toString(4), amount(*s.row.fee - basic, l)));
            pair(l.heatFee, amount(*s.row.fee, l));
        } else { // a month: the metered part only, the basic fee is the season's
            pair(l.meteredFee, QStringLiteral("%1 %2/kWh × %3 kWh × %4 = %5")
                                   .arg(t.meteredPerKwh.toString(4), l.currency, heat,
                                        t.correction.toString(4), amount(*s.row.fee, l)));
        }
    }

    heading(l.payments + QStringLiteral(" (%1/%2)").arg(s.season).arg(s.season + 1));
    if (s.payments.isEmpty()) {
        pair(QString(), l.noPayments);
    } else {
        lines << Line{K::TableHead, {l.date, l.kind, l.reference, l.recordedBy, l.amount}};
        for (const store::Payment& p : s.payments)
            lines << Line{K::TableRow,
                          {p.paidOn, l.paymentKind(p.kind), p.reference, p.recordedBy,
                           Money::fromFen(p.signedFen()).toString(2)}};
    }
    pair(l.paid, amount(s.paid, l));

    if (s.row.settlement) {
        const billing::Settlement& st = *s.row.settlement;
        heading(l.settlement);
        pair(l.mode, l.modeName(st.mode));
        pair(l.prepaid, amount(st.prepaid, l) + QStringLiteral("  (") +
                            (st.prepaidFromPayments ? l.prepaidFromPayments : l.prepaidFromPrice) +
                            QLatin1Char(')'));
        pair(l.billed, amount(st.billed, l));
        if (st.charge > Money())
            pair(l.charge, amount(st.charge, l));
        else
            pair(l.refund, amount(st.refund, l));
    }

    heading(l.flags);
    if (u.flags.isEmpty())
        pair(QString(), l.noFlags);
    for (const QString& f : u.flags)
        pair(QStringLiteral("• ") + f, billing::flagText(f, language));
    return lines;
}

} // namespace

void paintStatement(QPagedPaintDevice& device, const billing::Statement& statement,
                    const StatementPrintOptions& options) {
    const billing::StatementLabels labels = billing::statementLabels(options.language);
    const QList<Line> lines = layout(statement, labels, options.language);

    QPainter p(&device);
    const QRect page = p.viewport();
    const double scale = page.width() / 1000.0; // layout in thousandths of the page width
    auto px = [&](double v) { return static_cast<int>(v * scale); };
    const QFont titleFont = printFont(16, true);
    const QFont headingFont = printFont(11, true);
    const QFont textFont = printFont(10);
    const QFont boldFont = printFont(10, true);
    const int lineHeight = QFontMetrics(textFont, &device).height() * 16 / 10;
    const int headerBlock = px(110);
    const int footerBlock = px(40);
    const int linesPerPage = std::max(1, (page.height() - headerBlock - footerBlock) / lineHeight);
    const int pages = static_cast<int>((lines.size() + linesPerPage - 1) / linesPerPage);
    // Table columns (date, kind, reference, by, amount) in thousandths of the page width.
    const int tableX[6] = {0, 160, 280, 620, 780, 1000};
    const int labelWidth = px(220);

    const QString printed = QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    const QString periodText = billing::localIso(statement.period.fromMs).left(10) + QStringLiteral(" – ") +
                               billing::localIso(statement.period.toMs - 1).left(10) + QStringLiteral("  (") +
                               statement.label + QLatin1Char(')');
    qsizetype next = 0;
    for (int pageNo = 1; pageNo <= pages; ++pageNo) {
        if (pageNo > 1)
            device.newPage();
        p.setFont(titleFont);
        p.drawText(QRect(0, 0, page.width(), px(45)), Qt::AlignLeft | Qt::AlignVCenter,
                   options.company.isEmpty() ? labels.title
                                             : options.company + QStringLiteral("  ") + labels.title);
        p.setFont(textFont);
        p.drawText(QRect(0, px(50), page.width(), px(25)), Qt::AlignLeft | Qt::AlignVCenter,
                   labels.period + QStringLiteral(": ") + periodText + QStringLiteral("    ") +
                       labels.account + QStringLiteral(": ") + statement.row.consumption.user.account);
        p.setPen(QPen(Qt::black, 0));
        p.drawLine(0, px(85), page.width(), px(85));

        int y = headerBlock;
        for (int r = 0; r < linesPerPage && next < lines.size(); ++r, ++next) {
            const Line& line = lines.at(next);
            const QRect full(0, y, page.width(), lineHeight);
            switch (line.kind) {
            case Line::Kind::Gap:
                break;
            case Line::Kind::Heading:
                p.setFont(headingFont);
                p.fillRect(full, QColor(0xDD, 0xE6, 0xF0));
                p.drawText(full.adjusted(px(5), 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, line.cells.at(0));
                break;
            case Line::Kind::Pair:
                p.setFont(boldFont);
                p.drawText(QRect(px(5), y, labelWidth, lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                           line.cells.at(0));
                p.setFont(textFont);
                p.drawText(QRect(px(5) + labelWidth, y, page.width() - labelWidth - px(5), lineHeight),
                           Qt::AlignLeft | Qt::AlignVCenter, line.cells.at(1));
                break;
            case Line::Kind::TableHead:
            case Line::Kind::TableRow:
                p.setFont(line.kind == Line::Kind::TableHead ? boldFont : textFont);
                for (int c = 0; c < 5; ++c) {
                    const QRect cell(px(tableX[c]) + px(5), y, px(tableX[c + 1] - tableX[c]) - px(10),
                                     lineHeight);
                    p.drawText(cell, (c == 4 ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter,
                               QFontMetrics(p.font(), &device)
                                   .elidedText(line.cells.at(c), Qt::ElideRight, cell.width()));
                }
                p.setPen(QPen(QColor(0xB0, 0xB0, 0xB0), 0));
                p.drawLine(0, y + lineHeight, page.width(), y + lineHeight);
                p.setPen(Qt::black);
                break;
            }
            y += lineHeight;
        }
        p.setFont(textFont);
        const QRect footer(0, page.height() - footerBlock, page.width(), footerBlock);
        p.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter,
                   labels.generated + QStringLiteral(" ") + printed);
        p.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, labels.page.arg(pageNo).arg(pages));
    }
}

std::optional<QString> writeStatementPdf(const billing::Statement& statement,
                                         const StatementPrintOptions& options, const QString& path) {
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write %1: %2").arg(path, probe.errorString());
    probe.close();
    QPdfWriter pdf(path);
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                  QPageLayout::Millimeter));
    pdf.setResolution(300);
    pdf.setTitle(billing::statementLabels(options.language).title + QStringLiteral(" ") +
                 statement.row.consumption.user.account + QStringLiteral(" ") + statement.label);
    pdf.setCreator(QStringLiteral("HeatDesk"));
    paintStatement(pdf, statement, options);
    return std::nullopt;
}

std::optional<QString> writeStatementPdf(const QString& databasePath, const QString& account,
                                         const billing::SheetRequest& request,
                                         const StatementPrintOptions& options, const QString& path) {
    store::Database db;
    if (auto e = db.open(databasePath, store::Database::Mode::ReadOnly))
        return e->message;
    auto prepared = billing::prepareStatement(db, account, request);
    if (const auto* e = std::get_if<billing::SheetError>(&prepared))
        return e->message;
    return writeStatementPdf(std::get<billing::Statement>(prepared), options, path);
}

QString statementFileName(const QString& account, const QString& periodLabel) {
    QString name = account.trimmed() + QLatin1Char('-') + periodLabel;
    for (QChar& c : name)
        if (QStringLiteral("/\\:*?\"<>|").contains(c) || c.isSpace())
            c = QLatin1Char('-');
    return name + QStringLiteral(".pdf");
}

} // namespace heatdesk::print
