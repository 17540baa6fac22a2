#include "PaymentRoster.h"

#include "domain/DisplayFormat.h"
#include "domain/IdNumber.h"
#include "rules/DeterminationJson.h"

namespace Doudi {

QString PaymentRoster::maskAccount(const QString& account)
{
    return account.isEmpty() ? QString() : QStringLiteral("****") + account.right(4);
}

Roster PaymentRoster::build(const Recipients::List& list, const QString& township, const QDate& month, bool supplement)
{
    Roster roster;
    roster.kind = supplement ? QStringLiteral("supplement") : QStringLiteral("payment");
    roster.title = supplement ? tr("Supplement roster of minimum living guarantee and extreme poverty support")
                              : tr("Payment roster of minimum living guarantee and extreme poverty support");
    roster.township = township;
    roster.month = month.toString(QStringLiteral("yyyy-MM"));
    roster.period = DisplayFormat::month(month);
    roster.landscape = true;
    roster.linesPerPage = 18;
    // The batch it is printed from, on every page; before the batch, what is approved, said so.
    const QString batch = list.source == Recipients::Source::Approved
                              ? tr("none yet: the approved amounts, to be paid once a batch is approved")
                              : list.batchNumbers.join(QStringLiteral("、"));
    roster.headerFields = {{tr("Month paid"), DisplayFormat::month(month)}, {tr("Payment batch"), batch}};
    roster.signatures = {tr("Prepared by:"), tr("Reviewed by:"), tr("Township head:")};
    roster.footnotes = {tr("ID numbers show their first 6 and last 4 characters, bank accounts their last 4 digits. "
                           "The base of 特困 support includes the care allowance.")};
    if (list.differFromTheRules > 0)
        roster.footnotes.append(tr("The rules now propose another amount for %n household(s): they are paid what was "
                                   "approved until a review decides again.",
                                   nullptr, list.differFromTheRules));
    const QList<RosterColumn> columns = {
        {tr("No."), RosterColumn::Kind::Text, 4},          {tr("Head of household"), RosterColumn::Kind::Text, 8},
        {tr("ID number"), RosterColumn::Kind::Text, 17},   {tr("Bank account"), RosterColumn::Kind::Text, 9},
        {tr("Persons"), RosterColumn::Kind::Count, 5},     {tr("Category"), RosterColumn::Kind::Text, 10},
        {tr("Base (元)"), RosterColumn::Kind::Money, 10},  {tr("增发 (元)"), RosterColumn::Kind::Money, 9},
        {tr("Total (元)"), RosterColumn::Kind::Money, 10}, {tr("Signature"), RosterColumn::Kind::Signature, 12},
    };
    RosterSection* section = nullptr;
    QString village;
    for (const Recipient& r : list.recipients) {
        if (!section || r.household.villageCode != village) {
            village = r.household.villageCode;
            roster.sections.append(RosterSection::signedByVillage(r.villageName, columns));
            section = &roster.sections.last();
        }
        const Member* head = r.household.head();
        section->rows.append({QString::number(section->rows.size() + 1), head ? head->name : QString(),
                              head ? head->idNumber.masked() : QString(), maskAccount(r.bankAccount), qint64(r.persons),
                              DeterminationJson::classificationLabel(r.classification), r.baseFen + r.careFen,
                              r.incrementsFen, r.totalFen, QString()});
    }
    // The township's grand total after the villages: what the township pays in all, village by
    // village, as the supervisor signs it.
    if (roster.sections.size() > 1) {
        RosterSection total;
        total.title = tr("Township total");
        total.columns = {
            {tr("Village"), RosterColumn::Kind::Text, 12},   {tr("Households"), RosterColumn::Kind::Count, 6},
            {tr("Persons"), RosterColumn::Kind::Count, 6},   {tr("Base (元)"), RosterColumn::Kind::Money, 10},
            {tr("增发 (元)"), RosterColumn::Kind::Money, 9}, {tr("Total (元)"), RosterColumn::Kind::Money, 10}};
        total.totals = true;
        total.summary = true;
        for (const RosterSection& v : std::as_const(roster.sections))
            total.rows.append({v.title, qint64(v.rows.size()), v.sum(4), v.sum(6), v.sum(7), v.sum(8)});
        roster.sections.append(total);
    }
    if (roster.sections.isEmpty()) {
        RosterSection empty;
        empty.columns = columns;
        empty.emptyText = supplement ? tr("No supplement is paid in %1.").arg(DisplayFormat::month(month))
                                     : tr("Nobody is paid in %1.").arg(DisplayFormat::month(month));
        roster.sections.append(empty);
    }
    return roster;
}

} // namespace Doudi
