// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/SheetCsv.h"

#include "text/Csv.h"

#include <QDateTime>

namespace heatdesk::billing {
namespace {

using text::csvField;

QString shortTime(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

SheetLabels sheetLabels(const QString& language) {
    if (language.startsWith(QLatin1String("zh")))
        return {QStringLiteral("用户用热量表"),
                QStringLiteral("统计期间"),
                QStringLiteral("楼栋"),
                QStringLiteral("全部楼栋"),
                QStringLiteral("第 %1 / %2 页"),
                QStringLiteral("合计"),
                QStringLiteral("户"),
                QStringLiteral("打印时间"),
                {QStringLiteral("用户编号"), QStringLiteral("姓名"), QStringLiteral("楼栋"),
                 QStringLiteral("单元"), QStringLiteral("房号"), QStringLiteral("面积(m²)"),
                 QStringLiteral("表号"), QStringLiteral("起始时间"), QStringLiteral("起始读数(kWh)"),
                 QStringLiteral("结束时间"), QStringLiteral("结束读数(kWh)"), QStringLiteral("用热量(kWh)"),
                 QStringLiteral("用热量(GJ)"), QStringLiteral("kWh/m²"), QStringLiteral("标记"),
                 QStringLiteral("热费(元)")},
                {QStringLiteral("基本热费(元)"), QStringLiteral("计量热费(元)"), QStringLiteral("预交(元)"),
                 QStringLiteral("结算热费(元)"), QStringLiteral("退费(元)"), QStringLiteral("补交(元)")},
                QStringLiteral("取整规则")};
    return {QStringLiteral("Heat consumption sheet"),
            QStringLiteral("Period"),
            QStringLiteral("Building"),
            QStringLiteral("all buildings"),
            QStringLiteral("page %1 / %2"),
            QStringLiteral("Total"),
            QStringLiteral("users"),
            QStringLiteral("printed"),
            {QStringLiteral("Account"), QStringLiteral("Name"), QStringLiteral("Building"),
             QStringLiteral("Unit"), QStringLiteral("Room"), QStringLiteral("Area (m²)"),
             QStringLiteral("Meter"), QStringLiteral("Start"), QStringLiteral("Start kWh"),
             QStringLiteral("End"), QStringLiteral("End kWh"), QStringLiteral("kWh"), QStringLiteral("GJ"),
             QStringLiteral("kWh/m²"), QStringLiteral("Flags"), QStringLiteral("Fee (CNY)")},
            {QStringLiteral("Basic fee"), QStringLiteral("Metered fee"), QStringLiteral("Prepaid"),
             QStringLiteral("Billed"), QStringLiteral("Refund"), QStringLiteral("Charge")},
            QStringLiteral("Rounding")};
}

QStringList sheetCells(const SheetRow& row) {
    const UserConsumption& u = row.consumption;
    QStringList cells;
    cells << u.user.account << u.user.name << u.user.building << u.user.unit << u.user.room
          << (u.user.areaM2 ? QString::number(*u.user.areaM2) : QString())
          << u.meterNumbers.join(QLatin1Char('/'));
    for (const auto& b : {u.start, u.end}) {
        cells << (b ? shortTime(b->timeMs) + (b->estimated ? QStringLiteral(" *") : QString()) : QString())
              << (b ? hundredthsText(b->energyHundredths) : QString());
    }
    cells << (u.consumptionHundredths ? hundredthsText(*u.consumptionHundredths) : QString())
          << (u.consumptionHundredths ? gigajouleText(*u.consumptionHundredths) : QString())
          << (row.kwhPerM2Hundredths ? hundredthsText(*row.kwhPerM2Hundredths) : QString())
          << u.flags.join(QLatin1Char(' ')) << (row.fee ? row.fee->toString(2) : QString());
    return cells;
}

QStringList settlementColumnKeys() {
    return {QStringLiteral("basic_fee"), QStringLiteral("metered_fee"), QStringLiteral("prepaid"),
            QStringLiteral("billed"),    QStringLiteral("refund"),      QStringLiteral("charge")};
}

QStringList settlementCells(const SheetRow& row) {
    if (!row.settlement)
        return QStringList(settlementColumnKeys().size(), QString());
    const Settlement& s = *row.settlement;
    QStringList cells;
    for (Money m : {s.basicFee, s.meteredFee, s.prepaid, s.billed, s.refund, s.charge})
        cells << m.toString(2);
    return cells;
}

QStringList settlementTotalCells(const SettlementTotals& t) {
    QStringList cells;
    for (Money m : {t.basicFee, t.meteredFee, t.prepaid, t.billed, t.refund, t.charge})
        cells << m.toString(2);
    return cells;
}

QByteArray sheetCsv(const Sheet& sheet) {
    QString out =
        QStringLiteral("\uFEFFaccount,name,community,building,unit,room,area_m2,meter,start_time,"
                       "start_kwh,end_time,end_kwh,consumption_kwh,consumption_gj,kwh_per_m2,flags,fee");
    // A settling season sheet carries each user's statement after the fee (columns added at the end).
    if (sheet.settlement)
        out += QLatin1Char(',') + settlementColumnKeys().join(QLatin1Char(',')) +
               QStringLiteral(",prepaid_source");
    out += QLatin1Char('\n');
    for (const SheetRow& row : sheet.rows) {
        const UserConsumption& u = row.consumption;
        QStringList f;
        f << csvField(u.user.account) << csvField(u.user.name) << csvField(u.user.community)
          << csvField(u.user.building) << csvField(u.user.unit) << csvField(u.user.room)
          << (u.user.areaM2 ? QString::number(*u.user.areaM2) : QString())
          << csvField(u.meterNumbers.join(QLatin1Char('/')));
        for (const auto& b : {u.start, u.end})
            f << (b ? localIso(b->timeMs) : QString())
              << (b ? hundredthsText(b->energyHundredths) : QString());
        f << (u.consumptionHundredths ? hundredthsText(*u.consumptionHundredths) : QString())
          << (u.consumptionHundredths ? gigajouleText(*u.consumptionHundredths) : QString())
          << (row.kwhPerM2Hundredths ? hundredthsText(*row.kwhPerM2Hundredths) : QString())
          << u.flags.join(QLatin1Char('|')) << (row.fee ? row.fee->toString(2) : QString());
        if (sheet.settlement)
            f << settlementCells(row)
              << (!row.settlement                       ? QString()
                  : row.settlement->prepaidFromPayments ? QStringLiteral("payments")
                                                        : QStringLiteral("prepayment_price"));
        out += f.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out.toUtf8();
}

} // namespace heatdesk::billing
