#include "NoticeRoster.h"

#include "Clock.h"
#include "cases/CaseRepository.h"
#include "domain/DisplayFormat.h"
#include "rules/Evaluator.h"
#include "store/HouseholdRepository.h"
#include "store/PolicyRepository.h"
#include "store/SiteRepository.h"

#include <QCollator>
#include <QMap>

namespace Doudi {

Result<Roster> NoticeRoster::build(Database& database, const Session& session, const QDate& month,
                                   const QString& villageCode)
{
    const QDate last = month.addMonths(1).addDays(-1);
    SiteRepository sites(database, session);
    const auto site = sites.site();
    const auto villages = sites.villages();
    if (!villages)
        return villages.error();
    const QString hotline = sites.setting(kHotlineSetting);

    Roster roster;
    roster.kind = QStringLiteral("notice");
    roster.title = tr("Public notice of applications for assistance");
    roster.township = site ? site->name : QString();
    roster.month = month.toString(QStringLiteral("yyyy-MM"));
    roster.period = DisplayFormat::month(month);
    roster.linesPerPage = 24;
    roster.headerFields = {{tr("Complaint hotline"), hotline.isEmpty() ? tr("(ask the township office)") : hotline}};
    roster.footnotes = {tr("Anyone who knows of facts that differ may report them to the township or the complaint "
                           "hotline during the notice period. Reports are kept confidential.")};
    roster.signatures = {tr("Township people's government (seal)"), tr("Date:")};
    const QList<RosterColumn> columns = {
        {tr("No."), RosterColumn::Kind::Text, 4},
        {tr("Applicant"), RosterColumn::Kind::Text, 8},
        {tr("Persons"), RosterColumn::Kind::Count, 5},
        {tr("Category"), RosterColumn::Kind::Text, 10},
        {tr("Monthly amount (元)"), RosterColumn::Kind::Money, 10},
        {tr("Notice period"), RosterColumn::Kind::Text, 20},
    };

    // Applications whose notice was published and runs (7 days) into the month.
    const auto cases = CaseRepository(database, session).list(QString(), false, Clock::currentDate());
    if (!cases)
        return cases.error();
    const auto policy = PolicyRepository(database, session).inForce(month);
    HouseholdRepository households(database, session);
    QMap<QString, RosterSection> byVillage;
    QCollator pinyin(QLocale(QLocale::Chinese, QLocale::China));
    for (const CaseRecord& c : *cases) {
        if (c.type != QLatin1String("dibao_application") && c.type != QLatin1String("tekun_application"))
            continue;
        QDate start;
        for (const CaseStep& s : c.steps) {
            if (s.action == QLatin1String("publish_notice"))
                start = s.onDate;
        }
        const QDate end = start.addDays(6);
        if (!start.isValid() || end < month || start > last)
            continue;
        const auto h = households.load(c.householdId);
        if (!h || (!villageCode.isEmpty() && h->villageCode != villageCode))
            continue;
        const Member* head = h->head();
        qint64 amount = 0;
        if (policy) {
            if (const auto d = Evaluator::evaluate(policy->policy, *h, month.toString(QStringLiteral("yyyy-MM"))))
                amount = d->totalFen;
        }
        RosterSection& s = byVillage[h->villageCode];
        s.rows.append({QString(), head ? head->name : QString(), qint64(h->members.size()),
                       c.type == QLatin1String("tekun_application") ? tr("Extreme poverty (特困)") : tr("Dibao (低保)"),
                       amount, tr("%1 to %2").arg(DisplayFormat::date(start), DisplayFormat::date(end))});
    }
    for (const Village& v : *villages) {
        if (!byVillage.contains(v.code))
            continue;
        RosterSection s = byVillage.value(v.code);
        std::stable_sort(s.rows.begin(), s.rows.end(), [&pinyin](const QVariantList& a, const QVariantList& b) {
            return pinyin.compare(a.at(1).toString(), b.at(1).toString()) < 0;
        });
        for (int i = 0; i < s.rows.size(); ++i)
            s.rows[i][0] = QString::number(i + 1);
        s.title = v.name;
        s.columns = columns;
        s.newPage = true;
        roster.sections.append(s);
    }
    if (roster.sections.isEmpty()) {
        RosterSection empty;
        empty.columns = columns;
        empty.emptyText = tr("No application is on public notice in %1.").arg(DisplayFormat::month(month));
        roster.sections.append(empty);
    }
    return roster;
}

} // namespace Doudi
