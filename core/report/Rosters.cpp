#include "Rosters.h"

#include "Clock.h"
#include "DocumentLanguage.h"
#include "care/CareRegister.h"
#include "fund/FundLedger.h"
#include "payments/PriceIndices.h"
#include "payments/PriceSubsidyPayments.h"
#include "report/CareRoster.h"
#include "report/FundRoster.h"
#include "report/NoticeRoster.h"
#include "report/PaymentRoster.h"
#include "report/PriceSubsidyRoster.h"
#include "report/ProgramRecipients.h"
#include "report/ProgramRoster.h"
#include "report/Recipients.h"
#include "report/RelativesRoster.h"
#include "report/StatisticsRoster.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/SiteRepository.h"
#include "store/StorageError.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Doudi {

QStringList Rosters::kinds()
{
    return {QStringLiteral("notice"), QStringLiteral("payment"),    QStringLiteral("supplement"),
            QStringLiteral("stats"),  QStringLiteral("fund"),       QStringLiteral("relatives"),
            QStringLiteral("price"),  QStringLiteral("disability"), QStringLiteral("orphan"),
            QStringLiteral("care")};
}

QString Rosters::kindLabel(const QString& kind)
{
    if (kind == QLatin1String("notice"))
        return tr("Public notice");
    if (kind == QLatin1String("payment"))
        return tr("Payment roster");
    if (kind == QLatin1String("supplement"))
        return tr("Supplement roster");
    if (kind == QLatin1String("stats"))
        return tr("Monthly statistics");
    if (kind == QLatin1String("fund"))
        return tr("Reserve fund statement");
    if (kind == QLatin1String("relatives"))
        return tr("Near-relative register");
    if (kind == QLatin1String("price"))
        return tr("Price subsidy roster");
    if (kind == QLatin1String("disability"))
        return tr("Disability subsidies roster");
    if (kind == QLatin1String("orphan"))
        return tr("Orphans' allowance roster");
    if (kind == QLatin1String("care"))
        return tr("Care register (三留守)");
    return kind;
}

Result<Roster> Rosters::build(Database& database, const Session& session, const QString& kind, const QDate& month,
                              const QString& villageCode)
{
    if (Status s = session.require(Action::PrintRoster); !s)
        return s.error();
    if (!kinds().contains(kind))
        return Error::invalid(QStringLiteral("kind"), tr("must be one of %1").arg(kinds().join(QStringLiteral(", "))));
    const QDate first(month.year(), month.month(), 1);
    if (!first.isValid())
        return Error::invalid(QStringLiteral("month"), tr("must be a month written YYYY-MM"));
    const DocumentLanguage chinese;
    SiteRepository sites(database, session);
    const auto site = sites.site();
    if (!site)
        return site.error();
    if (!villageCode.isEmpty()) {
        const auto villages = sites.villages();
        if (!villages)
            return villages.error();
        if (std::none_of(villages->cbegin(), villages->cend(), [&](const Village& v) { return v.code == villageCode; }))
            return Error::failed(tr("There is no village %1 in %2.").arg(villageCode, site->name));
    }

    if (kind == QLatin1String("notice"))
        return NoticeRoster::build(database, session, first, villageCode);
    if (kind == QLatin1String("relatives"))
        return RelativesRoster::build(database, session, first, villageCode);
    if (kind == QLatin1String("disability") || kind == QLatin1String("orphan")) {
        const auto recipients = ProgramRecipients::forMonth(
            database, session, first.toString(QStringLiteral("yyyy-MM")), ProgramRoster::programsOf(kind), villageCode);
        if (!recipients)
            return recipients.error();
        return ProgramRoster::build(kind, *recipients, sites.villageNames(), site->name, first);
    }
    if (kind == QLatin1String("price")) {
        const QString monthText = first.toString(QStringLiteral("yyyy-MM"));
        const auto paid = PriceSubsidyPayments::paid(database, session, monthText, villageCode);
        if (!paid)
            return paid.error();
        const auto index = PriceIndices(database, session).find(monthText);
        if (!index)
            return index.error();
        return PriceSubsidyRoster::build(*paid, sites.villageNames(), site->name, first, *index);
    }
    if (kind == QLatin1String("care")) {
        // The register as it stands at the month's end, or today within the month.
        const QDate asOf = std::min(first.addMonths(1).addDays(-1), Clock::currentDate());
        const auto people = CareRegister(database, session).list(asOf, villageCode);
        if (!people)
            return people.error();
        return CareRoster::build(*people, sites.villageNames(), site->name, asOf);
    }
    if (kind == QLatin1String("fund")) {
        const auto statement = FundLedger(database, session).reconcile(first.year(), first.month());
        if (!statement)
            return statement.error();
        return FundRoster::build(*statement, site->name, first);
    }
    if (kind == QLatin1String("payment") || kind == QLatin1String("supplement")) {
        const bool supplement = kind == QLatin1String("supplement");
        const auto list =
            Recipients::forRoster(database, session, first.year(), first.month(), villageCode, supplement);
        if (!list)
            return list.error();
        return PaymentRoster::build(*list, site->name, first, supplement);
    }
    const auto list = Recipients::forMonth(database, session, first.year(), first.month(), villageCode);
    if (!list)
        return list.error();

    // Households whose help ended in the month: a termination decided, or a gradual exit's end.
    StatisticsRoster::Changes changes;
    QSqlQuery q(database.connection());
    q.prepare(
        QStringLiteral("SELECT count(DISTINCT c.household_id) FROM case_steps s JOIN cases c ON c.id = s.case_id "
                       "JOIN households h ON h.id = c.household_id WHERE s.deleted = 0 AND s.action = 'terminate' "
                       "AND s.on_date BETWEEN ? AND ? AND (? = '' OR h.village_code = ?)"));
    q.addBindValue(first.toString(Qt::ISODate));
    q.addBindValue(first.addMonths(1).addDays(-1).toString(Qt::ISODate));
    q.addBindValue(villageCode.isNull() ? QStringLiteral("") : villageCode);
    q.addBindValue(villageCode.isNull() ? QStringLiteral("") : villageCode);
    if (!q.exec() || !q.next())
        return Error::failed(tr("Cannot read the cases: %1").arg(StorageError::describe(q.lastError())));
    changes.exited = q.value(0).toInt();
    std::optional<FundStatement> fund;
    if (session.may(Action::ViewFund) && villageCode.isEmpty()) {
        if (const auto statement = FundLedger(database, session).reconcile(first.year(), first.month()))
            fund = *statement;
    }
    const auto programs =
        ProgramRecipients::countByProgram(database, session, first.toString(QStringLiteral("yyyy-MM")), villageCode);
    if (!programs)
        return programs.error();
    return StatisticsRoster::build(*list, changes, fund, site->name, first, *programs);
}

Status Rosters::recordOutput(Database& database, const Session& session, const Roster& roster, const QString& how,
                             const QString& target)
{
    return AuditLog(database).record(session.userName(), how, QStringLiteral("rosters"),
                                     roster.kind + QLatin1Char(':') + roster.month, target);
}

} // namespace Doudi
