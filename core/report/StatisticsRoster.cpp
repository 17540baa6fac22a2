#include "StatisticsRoster.h"

#include "domain/DisplayFormat.h"
#include "domain/Money.h"
#include "rules/DeterminationJson.h"

#include <QMap>

namespace Doudi {

int StatisticsRoster::averageIncrementPct(const Recipients::List& list)
{
    // What is paid, not what the rates say: 增发 in fen against the standard of each person who
    // receives it (a 特困 person or a household in gradual exit has a rate but no 增发).
    qint64 incrementsFen = 0;
    qint64 standardsFen = 0;
    // The persons with a rate come from the rules' view of the household that month; the 增发 from
    // what was paid.
    for (const Recipient& r : list.recipients) {
        if (r.incrementsFen <= 0 || !r.proposed)
            continue;
        incrementsFen += r.incrementsFen;
        for (const MemberBenefit& m : r.proposed->members)
            standardsFen += m.incrementPct > 0 ? r.proposed->standardFen : 0;
    }
    return standardsFen == 0 ? -1 : int(incrementsFen * 100 / standardsFen);
}

Roster StatisticsRoster::build(const Recipients::List& list, const Changes& changes,
                               const std::optional<FundStatement>& fund, const QString& township, const QDate& month,
                               const QList<RecipientCount>& programs)
{
    Roster roster;
    roster.kind = QStringLiteral("stats");
    roster.title = tr("Monthly statistics of social assistance");
    roster.township = township;
    roster.month = month.toString(QStringLiteral("yyyy-MM"));
    roster.period = DisplayFormat::month(month);
    roster.linesPerPage = 30;
    roster.signatures = {tr("Prepared by:"), tr("Reviewed by:")};
    const QList<RosterColumn> counted = {{QString(), RosterColumn::Kind::Text, 16},
                                         {tr("Households"), RosterColumn::Kind::Count, 8},
                                         {tr("Persons"), RosterColumn::Kind::Count, 8},
                                         {tr("Monthly amount (元)"), RosterColumn::Kind::Money, 14}};

    // By category and by village, in the order categories are decided and villages are coded.
    int newHouseholds = 0;
    int gradualExit = 0;
    for (const Recipient& r : list.recipients) {
        newHouseholds += r.startedThisMonth ? 1 : 0;
        gradualExit += r.classification == Classification::DibaoGradualExit ? 1 : 0;
    }
    // The dashboard's own tally, so the two never disagree.
    const auto rows = [](const QList<RecipientCount>& counts) {
        QList<QVariantList> out;
        for (const RecipientCount& c : counts)
            out.append({c.label, qint64(c.households), qint64(c.persons), c.fen});
        return out;
    };
    RosterSection categories;
    categories.title = tr("By category");
    categories.columns = counted;
    categories.columns[0].title = tr("Category");
    categories.rows = rows(Recipients::countByClassification(list));
    categories.totals = true;
    categories.emptyText = tr("Nobody is paid in %1.").arg(DisplayFormat::month(month));
    RosterSection villages = categories;
    villages.title = tr("By village");
    villages.columns[0].title = tr("Village");
    villages.rows = rows(Recipients::countByVillage(list));

    RosterSection figures;
    figures.title = tr("Changes and compliance");
    figures.columns = {{tr("Figure"), RosterColumn::Kind::Text, 30}, {tr("Value"), RosterColumn::Kind::Text, 16}};
    const int average = averageIncrementPct(list);
    figures.rows = {
        {tr("Households new this month"), QString::number(newHouseholds)},
        {tr("Households whose help ended this month"), QString::number(changes.exited)},
        {tr("Households in gradual exit"), QString::number(gradualExit)},
        {tr("Average 增发 per person receiving one, of the standard (at least 50 %)"),
         average < 0 ? tr("nobody receives 增发") : QStringLiteral("%1 %").arg(average)},
    };
    if (fund) {
        figures.rows.append(
            {tr("Temporary assistance from the reserve fund"),
             tr("%n payment(s), %1", nullptr, fund->paid.count).arg(Money::fromFen(fund->paid.fen).format())});
        // Paid is gross, as in the ledger and on the dashboard; reversals are their own line.
        if (fund->reversed.count > 0)
            figures.rows.append(
                {tr("Reserve fund payments reversed"), tr("%n payment(s), %1", nullptr, fund->reversed.count)
                                                           .arg(Money::fromFen(fund->reversed.fen).format())});
        figures.rows.append({tr("Reserve fund balance at the month's end"), Money::fromFen(fund->closingFen).format()});
    }
    roster.sections = {categories, villages};
    if (!programs.isEmpty()) {
        RosterSection other = categories;
        other.title = tr("The township's other programs");
        other.columns[0].title = tr("Program");
        other.columns[3].title = tr("Amount of the month (元)"); // the price subsidy is paid once
        other.rows = rows(programs);
        other.totals = false; // the programs overlap: one person may receive several
        other.emptyText.clear();
        roster.sections.append(other);
    }
    roster.sections.append(figures);
    if (list.source != Recipients::Source::Batches)
        roster.footnotes.append(list.source == Recipients::Source::Prepared
                                    ? tr("The month's payment batch is not approved yet: its prepared list is counted.")
                                    : tr("The month has no payment batch yet: the approved amounts are counted."));
    if (list.differFromTheRules > 0)
        roster.footnotes.append(tr("The rules now propose another amount for %n household(s): to review.", nullptr,
                                   list.differFromTheRules));
    return roster;
}

} // namespace Doudi
