#include "FundRoster.h"

#include "DocumentLanguage.h"
#include "domain/DisplayFormat.h"
#include "fund/FundTerms.h"

namespace Doudi {

Roster FundRoster::build(const FundStatement& st, const QString& township, const QDate& month)
{
    const DocumentLanguage chinese;
    Roster roster;
    roster.kind = QStringLiteral("fund");
    roster.title = tr("Reserve fund monthly statement");
    roster.township = township;
    roster.month = month.toString(QStringLiteral("yyyy-MM"));
    roster.period = DisplayFormat::month(month);
    roster.linesPerPage = 30;
    roster.signatures = {tr("Prepared by:"), tr("Reviewed by:"), tr("Date:")};

    RosterSection movements;
    movements.title = tr("Movements");
    movements.columns = {{tr("Item"), RosterColumn::Kind::Text, 24},
                         {tr("Count"), RosterColumn::Kind::Text, 8},
                         {tr("Amount (元)"), RosterColumn::Kind::Money, 14}};
    const auto line = [&movements](const QString& label, const QString& count, qint64 fen) {
        movements.rows.append({label, count, fen});
    };
    const QString indent = QStringLiteral("　　");
    line(tr("Year's quota"), QString(), st.quotaFen);
    line(tr("Opening balance"), QString(), st.openingFen);
    line(tr("Advances received"), QString(), st.allocatedFen);
    line(tr("Replenishments received"), QString(), st.replenishedFen);
    if (st.allocationsReversedFen)
        line(tr("Receipts reversed"), QString(), -st.allocationsReversedFen);
    line(tr("Payments"), QString::number(st.paid.count), -st.paid.fen);
    for (const QString& type : FundTerms::reasonTypes())
        line(indent + FundTerms::reasonTypeLabel(type), QString::number(st.paidByReasonType.value(type).count),
             -st.paidByReasonType.value(type).fen);
    for (const QString& method : FundTerms::methods())
        line(indent + FundTerms::methodLabel(method), QString::number(st.paidByMethod.value(method).count),
             -st.paidByMethod.value(method).fen);
    line(tr("Payments reversed"), QString::number(st.reversed.count), st.reversed.fen);
    if (st.returnedFen)
        line(tr("Returned to the city"), QString(), -st.returnedFen);
    line(tr("Closing balance"), QString(), st.closingFen);
    line(tr("Replenishment requested"), QString(), st.replenishmentRequestFen);

    RosterSection outstanding;
    outstanding.title = tr("Payments with paperwork outstanding at the month's end");
    outstanding.columns = {{tr("Voucher"), RosterColumn::Kind::Text, 10},
                           {tr("Date paid"), RosterColumn::Kind::Text, 14},
                           {tr("Recipient"), RosterColumn::Kind::Text, 10},
                           {tr("Amount (元)"), RosterColumn::Kind::Money, 12},
                           {tr("Paperwork due"), RosterColumn::Kind::Text, 14}};
    outstanding.totals = true;
    outstanding.emptyText = tr("None.");
    for (const FundEntry& e : st.paperworkOutstanding)
        outstanding.rows.append(
            {e.document, DisplayFormat::date(e.date), e.recipient, e.amountFen, DisplayFormat::date(e.paperworkDue)});
    roster.sections = {movements, outstanding};
    return roster;
}

} // namespace Doudi
