#include "CareRoster.h"

#include "domain/DisplayFormat.h"

namespace Doudi {

Roster CareRoster::build(const QList<CarePerson>& people, const QHash<QString, QString>& villageNames,
                         const QString& township, const QDate& asOf)
{
    Roster roster;
    roster.kind = QStringLiteral("care");
    roster.title = tr("Register of left-behind children, elderly and women");
    roster.township = township;
    roster.month = asOf.toString(QStringLiteral("yyyy-MM"));
    roster.period = DisplayFormat::date(asOf);
    roster.landscape = true;
    roster.linesPerPage = 18;
    roster.headerFields = {{tr("As of"), DisplayFormat::date(asOf)}};
    roster.signatures = {tr("Prepared by:"), tr("Reviewed by:"), tr("Township head:")};
    roster.footnotes = {tr("Visits follow the policy's plan; a visit due on a holiday is due the next working day. "
                           "ID numbers show their first 6 and last 4 characters.")};
    const QList<RosterColumn> columns = {
        {tr("No."), RosterColumn::Kind::Text, 4},         {tr("Name"), RosterColumn::Kind::Text, 7},
        {tr("ID number"), RosterColumn::Kind::Text, 16},  {tr("Left behind"), RosterColumn::Kind::Text, 8},
        {tr("Reason"), RosterColumn::Kind::Text, 12},     {tr("Carer"), RosterColumn::Kind::Text, 10},
        {tr("Lives alone"), RosterColumn::Kind::Text, 5}, {tr("Risk"), RosterColumn::Kind::Text, 4},
        {tr("Last visit"), RosterColumn::Kind::Text, 9},  {tr("Next visit"), RosterColumn::Kind::Text, 11},
    };
    QList<QPair<QString, QList<int>>> byVillage; // village name, persons of each group
    RosterSection* section = nullptr;
    QString village;
    for (const CarePerson& p : people) {
        if (!p.onRegister())
            continue;
        if (!section || p.villageCode != village) {
            village = p.villageCode;
            RosterSection s;
            s.title = villageNames.value(village, village);
            s.columns = columns;
            s.newPage = true;
            roster.sections.append(s);
            section = &roster.sections.last();
            byVillage.append({s.title, QList<int>(CareRegister::groups().size(), 0)});
        }
        const QString next =
            p.overdueOn(asOf) ? tr("%1 (overdue)").arg(DisplayFormat::date(p.nextDue)) : DisplayFormat::date(p.nextDue);
        section->rows.append({QString::number(section->rows.size() + 1), p.name, p.idNumber.masked(),
                              CareRegister::groupLabel(p.group), p.reason,
                              p.carerPhone.isEmpty() ? p.carer : p.carer + QLatin1Char(' ') + p.carerPhone,
                              p.livingAlone ? tr("yes") : QString(), CareRegister::riskLabel(p.risk),
                              p.lastVisit.isValid() ? DisplayFormat::date(p.lastVisit) : tr("none"), next});
        byVillage.last().second[CareRegister::groups().indexOf(p.group)] += 1;
    }
    if (roster.sections.isEmpty()) {
        RosterSection empty;
        empty.columns = columns;
        empty.emptyText = tr("Nobody is on the care register.");
        roster.sections.append(empty);
        return roster;
    }
    RosterSection total;
    total.title = tr("Township total");
    total.columns = {{tr("Village"), RosterColumn::Kind::Text, 12}};
    for (const QString& group : CareRegister::groups())
        total.columns.append({CareRegister::groupLabel(group), RosterColumn::Kind::Count, 8});
    total.totals = true;
    total.summary = true;
    total.newPage = true;
    for (const auto& [name, counts] : std::as_const(byVillage)) {
        QVariantList row{name};
        for (const int n : counts)
            row.append(qint64(n));
        total.rows.append(row);
    }
    roster.sections.append(total);
    return roster;
}

} // namespace Doudi
