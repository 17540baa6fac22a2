#include "RelativesRoster.h"

#include "Clock.h"
#include "cases/CaseRepository.h"
#include "cases/CaseWorkflow.h"
#include "domain/DisplayFormat.h"
#include "store/HouseholdRepository.h"
#include "store/SiteRepository.h"

namespace Doudi {

Result<Roster> RelativesRoster::build(Database& database, const Session& session, const QDate& month,
                                      const QString& villageCode)
{
    const QDate last = month.addMonths(1).addDays(-1);
    SiteRepository sites(database, session);
    const auto site = sites.site();
    const QHash<QString, QString> villageNames = sites.villageNames();
    Roster roster;
    roster.kind = QStringLiteral("relatives");
    roster.title = tr("Register of applications by near relatives of staff");
    roster.township = site ? site->name : QString();
    roster.month = month.toString(QStringLiteral("yyyy-MM"));
    roster.period = tr("%1 to %2").arg(DisplayFormat::month(QDate(month.year(), 1, 1)), DisplayFormat::month(month));
    roster.landscape = true;
    roster.linesPerPage = 20;
    roster.signatures = {tr("Prepared by:"), tr("Reviewed by:")};
    roster.footnotes = {tr("An application by a near relative of a case worker or village official is approved only "
                           "after the city's own home visit.")};
    RosterSection s;
    s.columns = {{tr("No."), RosterColumn::Kind::Text, 4},
                 {tr("Applicant"), RosterColumn::Kind::Text, 8},
                 {tr("Village"), RosterColumn::Kind::Text, 10},
                 {tr("Case"), RosterColumn::Kind::Text, 14},
                 {tr("Accepted"), RosterColumn::Kind::Text, 12},
                 {tr("State"), RosterColumn::Kind::Text, 10},
                 {tr("City's home visit"), RosterColumn::Kind::Text, 12},
                 {tr("Decision"), RosterColumn::Kind::Text, 14}};
    s.emptyText = tr("No application by a near relative of staff this year.");
    const auto cases = CaseRepository(database, session).list(QString(), false, Clock::currentDate());
    if (!cases)
        return cases.error();
    QStringList ids;
    for (const CaseRecord& c : *cases) {
        if (c.nearRelative && c.openedOn.year() == month.year() && c.openedOn <= last)
            ids.append(c.householdId);
    }
    const auto names = HouseholdRepository(database, session).headNames(ids);
    for (const CaseRecord& c : *cases) {
        if (!c.nearRelative || c.openedOn.year() != month.year() || c.openedOn > last)
            continue;
        if (!villageCode.isEmpty() && c.villageCode != villageCode)
            continue;
        QDate cityVisit;
        QString decision;
        for (const CaseStep& step : c.steps) {
            if (step.action == QLatin1String("record_city_visit"))
                cityVisit = step.onDate;
            if (step.action == QLatin1String("approve") || step.action == QLatin1String("refuse"))
                decision =
                    CaseWorkflow::actionLabel(step.action) + QStringLiteral(" ") + DisplayFormat::date(step.onDate);
        }
        s.rows.append({QString::number(s.rows.size() + 1), names ? names->value(c.householdId) : QString(),
                       villageNames.value(c.villageCode, c.villageCode), CaseWorkflow::typeLabel(c.type),
                       DisplayFormat::date(c.openedOn), CaseWorkflow::stateLabel(c.state),
                       cityVisit.isValid() ? DisplayFormat::date(cityVisit) : tr("not yet"), decision});
    }
    roster.sections = {s};
    return roster;
}

} // namespace Doudi
