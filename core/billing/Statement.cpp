// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/Statement.h"

#include "store/HeatUserRepository.h"

#include <QHash>
#include <algorithm>

namespace heatdesk::billing {

std::variant<Statement, SheetError> prepareStatement(store::Database& db, const QString& account,
                                                     const SheetRequest& request) {
    using Kind = SheetError::Kind;
    store::StoreError error;
    const auto user = store::HeatUserRepository(db).byAccount(account, &error);
    if (!user)
        return error.message.isEmpty()
                   ? SheetError{Kind::Request, QStringLiteral("no heat user with account %1").arg(account)}
                   : SheetError{Kind::Store, error.message};
    SheetRequest forBuilding = request;
    forBuilding.building = user->building;
    auto prepared = prepareSheet(db, forBuilding);
    if (auto* e = std::get_if<SheetError>(&prepared))
        return *e;
    auto& [sheet, notes] = std::get<SheetResult>(prepared);
    Statement s;
    s.kind = sheet.kind;
    s.period = sheet.period;
    s.label = sheet.label;
    s.season = request.kind == Sheet::Kind::Season ? request.season : seasonOf(sheet.period.fromMs);
    s.tariff = sheet.tariff;
    s.notes = notes;
    const auto row = std::find_if(sheet.rows.begin(), sheet.rows.end(),
                                  [&](const SheetRow& r) { return r.consumption.user.userId == user->id; });
    if (row == sheet.rows.end()) // cannot happen: the sheet lists every user of the building
        return SheetError{Kind::Store,
                          QStringLiteral("heat user %1 is missing from their building's sheet").arg(account)};
    s.row = std::move(*row);
    s.payments = store::PaymentRepository(db).forUser(user->id, s.season, &error);
    if (!error.message.isEmpty())
        return SheetError{Kind::Store, error.message};
    qint64 fen = 0;
    for (const store::Payment& p : s.payments)
        fen += p.signedFen();
    s.paid = Money::fromFen(fen);
    return s;
}

QString flagText(const QString& flag, const QString& language) {
    struct Words {
        const char* en;
        const char* zh;
    };
    static const QHash<QString, Words> words = {
        {"no_meter", {"no meter was assigned in the period", "期间内未装表"}},
        {"missing_start", {"no reading near the start of the period", "期初无读数"}},
        {"missing_end", {"no reading near the end of the period", "期末无读数"}},
        {"estimated", {"a boundary value is interpolated between two readings", "期初或期末读数为插值估算"}},
        {"corrected", {"a reading was corrected (with a stated reason)", "读数经过更正（有更正原因）"}},
        {"meter_replaced",
         {"the meter was replaced in the period; both meters are summed", "期间内换表，新旧表用量相加"}},
        {"decreasing_register",
         {"the register went backwards: not billed as a credit", "表底数倒走，不按负用量计费"}},
        {"meter_error", {"the meter reported an error or status flag", "热表报告故障或状态标志"}},
        {"negative_delta_t", {"return warmer than supply on several readings", "多次回水温度高于供水温度"}},
        {"sensor_fault_temperature", {"a temperature sensor showed its fault value", "温度传感器出现故障值"}},
        {"implausible_temperature", {"a temperature outside the plausible range", "温度超出合理范围"}},
        {"zero_energy_with_flow", {"water flowed but no heat was counted", "有流量但热量未增加"}},
        {"stuck_meter", {"the energy register did not move", "热量读数未变化"}},
        {"outlier_low", {"far below the building's median use per m²", "单位面积用热量远低于本楼中位数"}},
        {"outlier_high", {"far above the building's median use per m²", "单位面积用热量远高于本楼中位数"}},
        {"jump", {"a jump that suggests a unit or scale error", "用量突增，疑似单位或倍率错误"}},
        {"rollover_suspected", {"the register may have rolled over", "疑似表底数溢出归零"}},
    };
    const auto it = words.find(flag);
    if (it == words.end())
        return flag;
    return QString::fromUtf8(language.startsWith(QLatin1String("zh")) ? it->zh : it->en);
}

QString StatementLabels::paymentKind(store::Payment::Kind kind) const {
    using K = store::Payment::Kind;
    switch (kind) {
    case K::Prepayment:
        return chinese ? QStringLiteral("预交") : QStringLiteral("prepayment");
    case K::Payment:
        return chinese ? QStringLiteral("缴费") : QStringLiteral("payment");
    case K::Refund:
        return chinese ? QStringLiteral("退费") : QStringLiteral("refund");
    case K::Correction:
        return chinese ? QStringLiteral("更正") : QStringLiteral("correction");
    }
    return {};
}

QString StatementLabels::modeName(SettlementMode mode) const {
    switch (mode) {
    case SettlementMode::None:
        return chinese ? QStringLiteral("无（按面积收费）") : QStringLiteral("none (area billing)");
    case SettlementMode::RefundAndCharge:
        return chinese ? QStringLiteral("多退少补") : QStringLiteral("refund or charge the difference");
    case SettlementMode::RefundOnly:
        return chinese ? QStringLiteral("多退少不补") : QStringLiteral("refund only, never charge");
    case SettlementMode::Capped:
        return chinese ? QStringLiteral("封顶结算") : QStringLiteral("capped at a share of the area fee");
    }
    return {};
}

StatementLabels statementLabels(const QString& language) {
    StatementLabels l;
    l.chinese = language.startsWith(QLatin1String("zh"));
    const auto t = [&](const char* en, const char* zh) {
        return l.chinese ? QString::fromUtf8(zh) : QString::fromUtf8(en);
    };
    l.title = t("Heat statement", "供热计量结算单");
    l.currency = t("CNY", "元");
    l.period = t("Period", "结算期间");
    l.page = t("page %1 / %2", "第 %1 / %2 页");
    l.generated = t("printed", "打印时间");
    l.user = t("Heat user", "用户信息");
    l.account = t("Account", "用户编号");
    l.name = t("Name", "姓名");
    l.address = t("Address", "地址");
    l.area = t("Heated area", "供热面积");
    l.meter = t("Meter", "表号");
    l.start = t("Start reading", "期初读数");
    l.end = t("End reading", "期末读数");
    l.reading = t("reading no.", "读数编号");
    l.estimated = t("estimated", "估算");
    l.corrected = t("corrected", "已更正");
    l.consumption = t("Heat used", "用热量");
    l.perM2 = t("per m²", "每平方米");
    l.fees = t("Fees", "热费");
    l.basicFee = t("Basic fee", "基本热费");
    l.meteredFee = t("Metered fee", "计量热费");
    l.heatFee = t("Heat fee", "热费合计");
    l.payments = t("Payments", "缴费记录");
    l.date = t("Date", "日期");
    l.kind = t("Kind", "类别");
    l.reference = t("Reference", "票据/说明");
    l.amount = t("Amount", "金额(元)");
    l.recordedBy = t("Recorded by", "经办人");
    l.paid = t("Paid in total", "已缴合计");
    l.noPayments = t("no payments recorded", "无缴费记录");
    l.settlement = t("Settlement", "结算");
    l.mode = t("Settlement mode", "结算方式");
    l.prepaid = t("Prepaid", "预交");
    l.prepaidFromPayments = t("the recorded payments", "按缴费记录");
    l.prepaidFromPrice =
        t("prepayment price × area (no payments recorded)", "按预收单价 × 面积（无缴费记录）");
    l.billed = t("Billed", "结算热费");
    l.refund = t("Refund to the user", "应退");
    l.charge = t("To be paid", "应补");
    l.flags = t("Remarks", "说明");
    l.noFlags = t("none", "无");
    return l;
}

} // namespace heatdesk::billing
