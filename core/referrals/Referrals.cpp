#include "Referrals.h"

#include "Clock.h"
#include "cases/CaseRepository.h"
#include "cases/WorkCalendar.h"
#include "domain/CompactJsonWriter.h"
#include "referrals/HelpResources.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/HouseholdRepository.h"
#include "store/StorageError.h"
#include "store/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace Doudi {

namespace {
constexpr int kNeedLength = 500;
constexpr int kOutcomeLength = 500;

const char* const kColumns = "r.id, r.letter_no, r.resource_id, r.household_id, r.member_id, r.village_code, "
                             "r.person_name, r.source, r.source_id, r.need, r.state, r.sent_on, r.accepted_on, "
                             "r.closed_on, r.outcome, r.opened_by, r.updated_at, r.updated_by, r.version";

QByteArray content(const Referral& r)
{
    CompactJsonWriter out;
    out.raw("{");
    out.key("letter_no").string(r.letterNo);
    out.key("resource_id").string(r.resourceId);
    out.key("household_id").string(r.householdId);
    out.key("member_id").string(r.memberId);
    out.key("village_code").string(r.villageCode);
    out.key("person_name").string(r.personName);
    out.key("source").string(r.source);
    out.key("source_id").string(r.sourceId);
    out.key("need").string(r.need);
    out.key("state").string(r.state);
    out.key("sent_on").string(r.sentOn.toString(Qt::ISODate));
    out.key("accepted_on").string(r.acceptedOn.toString(Qt::ISODate));
    out.key("closed_on").string(r.closedOn.toString(Qt::ISODate));
    out.key("outcome").string(r.outcome);
    out.raw("}");
    return out.out;
}

Referral fromRow(const QSqlQuery& q)
{
    Referral r;
    r.id = q.value(0).toString();
    r.letterNo = q.value(1).toString();
    r.resourceId = q.value(2).toString();
    r.householdId = q.value(3).toString();
    r.memberId = q.value(4).toString();
    r.villageCode = q.value(5).toString();
    r.personName = q.value(6).toString();
    r.source = q.value(7).toString();
    r.sourceId = q.value(8).toString();
    r.need = q.value(9).toString();
    r.state = q.value(10).toString();
    r.sentOn = QDate::fromString(q.value(11).toString(), Qt::ISODate);
    r.acceptedOn = QDate::fromString(q.value(12).toString(), Qt::ISODate);
    r.closedOn = QDate::fromString(q.value(13).toString(), Qt::ISODate);
    r.outcome = q.value(14).toString();
    r.openedBy = q.value(15).toString();
    r.updatedAt = QDateTime::fromString(q.value(16).toString(), Qt::ISODateWithMs);
    r.updatedBy = q.value(17).toString();
    r.version = q.value(18).toLongLong();
    return r;
}

QVariant dateOrNull(const QDate& day)
{
    return day.isValid() ? QVariant(day.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

// Whether an open referral in `from` may move to `to`: sent → accepted → helped, declined from either.
bool canFollow(const QString& from, const QString& to)
{
    if (to == QLatin1String("accepted"))
        return from == QLatin1String("sent");
    if (to == QLatin1String("helped"))
        return from == QLatin1String("accepted");
    return to == QLatin1String("declined");
}

Error databaseError(const QSqlQuery& q)
{
    return Error::failed(Referrals::tr("Database error: %1").arg(StorageError::describe(q.lastError())));
}
} // namespace

Referrals::Referrals(Database& database, Session session)
    : m_database(database)
    , m_session(std::move(session))
{}

const QStringList& Referrals::states()
{
    static const QStringList all{QStringLiteral("sent"), QStringLiteral("accepted"), QStringLiteral("helped"),
                                 QStringLiteral("declined")};
    return all;
}

const QStringList& Referrals::sources()
{
    static const QStringList all{QStringLiteral("household"), QStringLiteral("signal"), QStringLiteral("case")};
    return all;
}

QString Referrals::stateLabel(const QString& state)
{
    if (state == QLatin1String("sent"))
        return tr("sent");
    if (state == QLatin1String("accepted"))
        return tr("accepted");
    if (state == QLatin1String("helped"))
        return tr("helped");
    if (state == QLatin1String("declined"))
        return tr("declined");
    return state;
}

QString Referrals::sourceLabel(const QString& source)
{
    if (source == QLatin1String("household"))
        return tr("the household's file");
    if (source == QLatin1String("signal"))
        return tr("a data-matching signal");
    if (source == QLatin1String("case"))
        return tr("a refused application");
    return source;
}

QDate Referrals::dueOf(const WorkCalendar& calendar, const Referral& r)
{
    if (r.state == QLatin1String("sent"))
        return calendar.addWorkingDays(r.sentOn, kReplyWorkingDays);
    if (r.state == QLatin1String("accepted"))
        return calendar.addWorkingDays(r.acceptedOn, kHelpWorkingDays);
    return QDate();
}

Status Referrals::checkSource(const Referral& r, QList<Problem>* problems)
{
    if (!sources().contains(r.source)) {
        problems->append({QStringLiteral("source"), tr("must be household, signal or case")});
        return success();
    }
    if (r.source == QLatin1String("household")) {
        if (!r.sourceId.isEmpty())
            problems->append({QStringLiteral("source_id"), tr("is only given for a signal or a case")});
        return success();
    }
    QSqlQuery q(m_database.connection());
    // The signal must be about this household; the case must be its application, refused.
    if (r.source == QLatin1String("signal"))
        q.prepare(QStringLiteral("SELECT household_id = ? FROM signals WHERE id = ?"));
    else
        q.prepare(QStringLiteral("SELECT household_id = ? AND EXISTS (SELECT 1 FROM case_steps s WHERE s.case_id = "
                                 "c.id AND s.to_state = 'refused') FROM cases c WHERE id = ?"));
    q.addBindValue(r.householdId);
    q.addBindValue(r.sourceId);
    if (!q.exec())
        return databaseError(q);
    if (!q.next())
        problems->append({QStringLiteral("source_id"), r.source == QLatin1String("signal")
                                                           ? tr("there is no signal with this id")
                                                           : tr("there is no case with this id")});
    else if (!q.value(0).toBool())
        problems->append(
            {QStringLiteral("source_id"), r.source == QLatin1String("signal")
                                              ? tr("the signal is about another household")
                                              : tr("the case is not this household's refused application")});
    return success();
}

Result<Referral> Referrals::open(Referral r)
{
    if (Status s = m_session.require(Action::EditHousehold); !s)
        return s.error();
    r.need = r.need.trimmed();
    if (!r.sentOn.isValid())
        r.sentOn = Clock::currentDate();
    QList<Problem> problems;
    const auto resource = HelpResources(m_database, m_session).find(r.resourceId);
    if (!resource)
        return resource.error();
    if (!resource->has_value())
        problems.append({QStringLiteral("resource"), tr("there is no entry of the library with this id")});
    else if (!(*resource)->validOn(r.sentOn))
        problems.append(
            {QStringLiteral("resource"), tr("the entry is not valid on %1").arg(r.sentOn.toString(Qt::ISODate))});
    const auto household = HouseholdRepository(m_database, m_session).load(r.householdId);
    if (!household) {
        problems.append({QStringLiteral("household"), household.error().toString()});
    } else {
        const Member* person = r.memberId.isEmpty() ? household->head() : nullptr;
        for (const Member& m : household->members) {
            if (m.uuid == r.memberId)
                person = &m;
        }
        if (!person)
            problems.append({QStringLiteral("member"), tr("is not a member of the household")});
        else if (person->diedOn)
            problems.append({QStringLiteral("member"), tr("died on %1").arg(person->diedOn->toString(Qt::ISODate))});
        else {
            r.memberId = person->uuid;
            r.personName = person->name;
        }
        r.villageCode = household->villageCode;
    }
    if (Status s = checkSource(r, &problems); !s)
        return s.error();
    if (r.need.isEmpty() || r.need.size() > kNeedLength)
        problems.append(
            {QStringLiteral("need"), tr("say what help the person needs, at most %1 characters").arg(kNeedLength)});
    if (r.sentOn > Clock::currentDate())
        problems.append({QStringLiteral("sent_on"), tr("must not be in the future")});
    if (!problems.isEmpty())
        return Error(Error::Kind::InvalidInput, problems);

    r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.state = QStringLiteral("sent");
    r.acceptedOn = r.closedOn = QDate();
    r.outcome.clear();
    r.openedBy = r.updatedBy = m_session.userName();
    r.updatedAt = Clock::currentDateTimeUtc();
    r.version = 1;
    Transaction transaction(m_database.connection());
    if (Status s = transaction.begin(); !s)
        return s.error();
    // Numbered in the year sent: 2026-0001, 2026-0002, …
    const QString year = QString::number(r.sentOn.year());
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM referrals WHERE letter_no LIKE ?"));
    q.addBindValue(QString(year + QStringLiteral("-%")));
    if (!q.exec() || !q.next())
        return databaseError(q);
    r.letterNo = QStringLiteral("%1-%2").arg(year).arg(q.value(0).toInt() + 1, 4, 10, QLatin1Char('0'));
    q.prepare(
        QStringLiteral("INSERT INTO referrals (id, letter_no, resource_id, household_id, member_id, village_code, "
                       "person_name, source, source_id, need, state, sent_on, accepted_on, closed_on, outcome, "
                       "opened_by, updated_at, updated_by, version) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v :
         {QVariant(r.id), QVariant(r.letterNo), QVariant(r.resourceId), QVariant(r.householdId), QVariant(r.memberId),
          QVariant(r.villageCode), QVariant(r.personName), QVariant(r.source),
          QVariant(r.sourceId.isNull() ? QStringLiteral("") : r.sourceId), QVariant(r.need), QVariant(r.state),
          QVariant(r.sentOn.toString(Qt::ISODate)), dateOrNull(r.acceptedOn), dateOrNull(r.closedOn),
          QVariant(QStringLiteral("")), QVariant(r.openedBy), QVariant(r.updatedAt.toString(Qt::ISODateWithMs)),
          QVariant(r.updatedBy), QVariant(r.version)})
        q.addBindValue(v);
    if (!q.exec())
        return Error::failed(tr("Cannot open the referral: %1").arg(StorageError::describe(q.lastError())));
    const QByteArray after = content(r);
    if (Status s = AuditLog(m_database)
                       .appendJson(m_session.userName(), QStringLiteral("insert"), QStringLiteral("referrals"), r.id,
                                   QByteArray(), after, AuditLog::digest(after), tr("referral %1").arg(r.letterNo));
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return find(r.id);
}

Result<Referral> Referrals::update(const QString& id, const QString& state, const QDate& on, const QString& outcome,
                                   qint64 expectedVersion)
{
    if (Status s = m_session.require(Action::EditHousehold); !s)
        return s.error();
    auto found = find(id);
    if (!found)
        return found.error();
    Referral r = *found;
    QList<Problem> problems;
    const QString said = outcome.trimmed();
    const bool closing = state == QLatin1String("helped") || state == QLatin1String("declined");
    if (!r.isOpen())
        problems.append(
            {QStringLiteral("state"),
             tr("the referral was closed as %1 on %2").arg(stateLabel(r.state), r.closedOn.toString(Qt::ISODate))});
    else if (!canFollow(r.state, state))
        problems.append(
            {QStringLiteral("state"), tr("a referral %1 cannot become “%2”: sent → accepted → helped, or declined")
                                          .arg(stateLabel(r.state), state.left(20))});
    const QDate last = r.acceptedOn.isValid() ? r.acceptedOn : r.sentOn;
    if (!on.isValid() || on > Clock::currentDate() || on < last)
        problems.append({QStringLiteral("on"), tr("must be a day from %1 to today").arg(last.toString(Qt::ISODate))});
    if (closing && said.isEmpty())
        problems.append({QStringLiteral("outcome"), tr("say what the entry did, or why it declined")});
    if (said.size() > kOutcomeLength)
        problems.append({QStringLiteral("outcome"), tr("must be at most %1 characters").arg(kOutcomeLength)});
    if (expectedVersion != 0 && expectedVersion != r.version)
        problems.append({QStringLiteral("version"), tr("the referral was changed meanwhile: read it again")});
    if (!problems.isEmpty())
        return Error(Error::Kind::InvalidInput, problems);

    const QByteArray before = content(r);
    r.state = state;
    if (closing)
        r.closedOn = on;
    else
        r.acceptedOn = on;
    if (!said.isEmpty())
        r.outcome = said;
    r.updatedAt = Clock::currentDateTimeUtc();
    r.updatedBy = m_session.userName();
    Transaction transaction(m_database.connection());
    if (Status s = transaction.begin(); !s)
        return s.error();
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE referrals SET state = ?, accepted_on = ?, closed_on = ?, outcome = ?, "
                             "updated_at = ?, updated_by = ?, version = version + 1 WHERE id = ? AND version = ?"));
    for (const QVariant& v : {QVariant(r.state), dateOrNull(r.acceptedOn), dateOrNull(r.closedOn), QVariant(r.outcome),
                              QVariant(r.updatedAt.toString(Qt::ISODateWithMs)), QVariant(r.updatedBy), QVariant(r.id),
                              QVariant(r.version)})
        q.addBindValue(v);
    if (!q.exec())
        return databaseError(q);
    if (q.numRowsAffected() != 1)
        return Error::invalid(QStringLiteral("version"), tr("the referral was changed meanwhile: read it again"));
    const QByteArray after = content(r);
    if (Status s = AuditLog(m_database)
                       .appendJson(m_session.userName(), QStringLiteral("update"), QStringLiteral("referrals"), r.id,
                                   before, after, AuditLog::digest(after), stateLabel(r.state));
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return find(r.id);
}

Result<QList<Referral>> Referrals::read(const QString& where, const QVariantList& values)
{
    if (Status s = m_session.require(Action::ViewHouseholds); !s)
        return s.error();
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT %1, coalesce(h.name, ''), coalesce(h.provider, '') FROM referrals r "
                             "LEFT JOIN help_resources h ON h.id = r.resource_id WHERE %2 "
                             "ORDER BY r.sent_on DESC, r.letter_no DESC")
                  .arg(QLatin1String(kColumns), where));
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return databaseError(q);
    const auto calendar = CaseRepository(m_database, m_session).calendar();
    if (!calendar)
        return calendar.error();
    QList<Referral> out;
    while (q.next()) {
        Referral r = fromRow(q);
        if (!m_session.maySeeVillage(r.villageCode))
            continue;
        r.resourceName = q.value(19).toString();
        r.provider = q.value(20).toString();
        r.due = dueOf(*calendar, r);
        out.append(r);
    }
    return out;
}

Result<Referral> Referrals::find(const QString& id)
{
    auto found = read(QStringLiteral("r.id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::invalid(QStringLiteral("referral"), tr("there is no referral with this id"));
    return found->takeFirst();
}

Result<QList<Referral>> Referrals::list(bool openOnly, const QString& householdId)
{
    QString where = openOnly ? QStringLiteral("r.state IN ('sent', 'accepted')") : QStringLiteral("1");
    QVariantList values;
    if (!householdId.isEmpty()) {
        where += QStringLiteral(" AND r.household_id = ?");
        values.append(householdId);
    }
    return read(where, values);
}

Result<QHash<QString, QString>> Referrals::storedDigests(Database& database)
{
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM referrals r").arg(QLatin1String(kColumns))))
        return databaseError(q);
    QHash<QString, QString> out;
    while (q.next()) {
        const Referral r = fromRow(q);
        out.insert(r.id, AuditLog::digest(content(r)));
    }
    return out;
}

} // namespace Doudi
