#include "CareRegister.h"

#include "Clock.h"
#include "cases/CaseRepository.h"
#include "cases/WorkCalendar.h"
#include "domain/CompactJsonWriter.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/PolicyRepository.h"
#include "store/SiteRepository.h"
#include "store/StorageError.h"
#include "store/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace Doudi {

namespace {
// Who is left behind, by the national definitions: a child under 16 (国发〔2016〕13号), an elderly
// person from 60, a woman.
constexpr int kChildUnder = 16;
constexpr int kElderlyFrom = 60;

const char* const kPersonColumns = "id, village_code, name, id_number, care_group, reason, carer, carer_phone, "
                                   "living_alone, risk, registered_on, registered_by, left_on, left_reason";
const char* const kVisitColumns = "id, person_id, visited_on, visited_by, findings, needs_help, recorded_at";

QByteArray personContent(const CarePerson& p)
{
    CompactJsonWriter out;
    out.raw("{");
    out.key("village_code").string(p.villageCode);
    out.key("name").string(p.name);
    out.key("id_number").string(p.idNumber.toString());
    out.key("group").string(p.group);
    out.key("reason").string(p.reason);
    out.key("carer").string(p.carer);
    out.key("carer_phone").string(p.carerPhone);
    out.key("living_alone").boolean(p.livingAlone);
    out.key("risk").string(p.risk);
    out.key("registered_on").string(p.registeredOn.toString(Qt::ISODate));
    out.key("registered_by").string(p.registeredBy);
    out.key("left_on").string(p.leftOn.toString(Qt::ISODate));
    out.key("left_reason").string(p.leftReason);
    out.raw("}");
    return out.out;
}

QByteArray visitContent(const CareVisit& v)
{
    CompactJsonWriter out;
    out.raw("{");
    out.key("person_id").string(v.personId);
    out.key("visited_on").string(v.visitedOn.toString(Qt::ISODate));
    out.key("visited_by").string(v.visitedBy);
    out.key("findings").string(v.findings);
    out.key("needs_help").boolean(v.needsHelp);
    out.key("recorded_at").string(v.recordedAt.toString(Qt::ISODateWithMs));
    out.raw("}");
    return out.out;
}

CarePerson personFromRow(const QSqlQuery& q)
{
    CarePerson p;
    p.id = q.value(0).toString();
    p.villageCode = q.value(1).toString();
    p.name = q.value(2).toString();
    if (const auto id = IdNumber::parse(q.value(3).toString()))
        p.idNumber = *id;
    p.group = q.value(4).toString();
    p.reason = q.value(5).toString();
    p.carer = q.value(6).toString();
    p.carerPhone = q.value(7).toString();
    p.livingAlone = q.value(8).toInt() != 0;
    p.risk = q.value(9).toString();
    p.registeredOn = QDate::fromString(q.value(10).toString(), Qt::ISODate);
    p.registeredBy = q.value(11).toString();
    p.leftOn = QDate::fromString(q.value(12).toString(), Qt::ISODate);
    p.leftReason = q.value(13).toString();
    return p;
}

CareVisit visitFromRow(const QSqlQuery& q)
{
    CareVisit v;
    v.id = q.value(0).toString();
    v.personId = q.value(1).toString();
    v.visitedOn = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    v.visitedBy = q.value(3).toString();
    v.findings = q.value(4).toString();
    v.needsHelp = q.value(5).toInt() != 0;
    v.recordedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
    return v;
}

// Registering and visiting: the office's staff, or a village cadre in their own village.
Status mayKeep(const Session& session, const QString& villageCode)
{
    if (!session.may(Action::EditHousehold) && !session.may(Action::RecordVisit))
        return session.require(Action::RecordVisit);
    return session.requireVillage(villageCode);
}
} // namespace

CareRegister::CareRegister(Database& database, const Session& session)
    : m_database(database)
    , m_session(session)
{}

const QStringList& CareRegister::groups()
{
    static const QStringList all{QStringLiteral("child"), QStringLiteral("elderly"), QStringLiteral("woman")};
    return all;
}

const QStringList& CareRegister::risks()
{
    static const QStringList all{QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high")};
    return all;
}

QString CareRegister::groupLabel(const QString& group)
{
    if (group == QLatin1String("child"))
        return tr("Left-behind child");
    if (group == QLatin1String("elderly"))
        return tr("Left-behind elderly");
    if (group == QLatin1String("woman"))
        return tr("Left-behind woman");
    return group;
}

QString CareRegister::riskLabel(const QString& risk)
{
    if (risk == QLatin1String("low"))
        return tr("low");
    if (risk == QLatin1String("medium"))
        return tr("medium");
    if (risk == QLatin1String("high"))
        return tr("high");
    return risk;
}

int CareRegister::everyMonths(const ProgramsPolicy::CareVisits& plan, const CarePerson& person, const QDate& today)
{
    int every = plan.othersEveryMonths;
    if (person.risk == QLatin1String("high"))
        every = std::min(every, plan.highRiskEveryMonths);
    if (person.group == QLatin1String("elderly") && person.livingAlone &&
        ageOn(person.idNumber.birthDate(), today) >= plan.elderlyAloneAge)
        every = std::min(every, plan.elderlyAloneEveryMonths);
    return every;
}

QDate CareRegister::nextDue(const WorkCalendar& calendar, const CarePerson& person, int every)
{
    const QDate since = person.lastVisit.isValid() ? person.lastVisit : person.registeredOn;
    QDate due = since.addMonths(every);
    // A holiday or a weekend: the next working day (Spring Festival and National Day are a week).
    for (int i = 0; i < 31 && !calendar.isWorkingDay(due); ++i)
        due = due.addDays(1);
    return due;
}

Result<CarePerson> CareRegister::add(CarePerson p)
{
    QList<Problem> problems;
    p.name = p.name.trimmed();
    p.reason = p.reason.trimmed();
    p.carer = p.carer.trimmed();
    p.carerPhone = p.carerPhone.trimmed();
    if (!p.registeredOn.isValid())
        p.registeredOn = Clock::currentDate();
    const auto village = SiteRepository(m_database, m_session).village(p.villageCode);
    if (!village)
        return village.error();
    if (!village->has_value())
        problems.append({QStringLiteral("village"), tr("no village of the township has this code")});
    else if ((*village)->isRetired())
        problems.append({QStringLiteral("village"), tr("the village was merged or dissolved")});
    if (p.name.isEmpty() || p.name.size() > 50)
        problems.append({QStringLiteral("name"), tr("write the name, at most 50 characters")});
    if (p.idNumber.isNull())
        problems.append({QStringLiteral("id_number"), tr("is required")});
    if (!groups().contains(p.group)) {
        problems.append({QStringLiteral("group"), tr("must be child, elderly or woman")});
    } else if (!p.idNumber.isNull()) {
        const int age = ageOn(p.idNumber.birthDate(), p.registeredOn);
        if (p.group == QLatin1String("child") && age >= kChildUnder)
            problems.append({QStringLiteral("group"),
                             tr("a left-behind child is under %1; this person is %2").arg(kChildUnder).arg(age)});
        if (p.group == QLatin1String("elderly") && age < kElderlyFrom)
            problems.append(
                {QStringLiteral("group"),
                 tr("a left-behind elderly person is %1 or older; this person is %2").arg(kElderlyFrom).arg(age)});
        if (p.group == QLatin1String("woman") && p.idNumber.sex() != Sex::Female)
            problems.append({QStringLiteral("group"), tr("the ID number is a man's")});
    }
    if (p.reason.isEmpty())
        problems.append({QStringLiteral("reason"), tr("say why the person is left behind, e.g. 家庭成员外出务工")});
    if (p.carer.isEmpty())
        problems.append({QStringLiteral("carer"), tr("say who looks after the person (or 无)")});
    if (!risks().contains(p.risk))
        problems.append({QStringLiteral("risk"), tr("must be low, medium or high")});
    if (p.registeredOn > Clock::currentDate())
        problems.append({QStringLiteral("registered_on"), tr("must not be in the future")});
    if (!problems.isEmpty())
        return Error(Error::Kind::InvalidInput, problems);
    if (Status s = mayKeep(m_session, p.villageCode); !s)
        return s.error();

    Transaction transaction(m_database.connection());
    if (Status s = transaction.begin(); !s)
        return s.error();
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM care_people WHERE id_number = ? AND care_group = ? AND left_on IS NULL"));
    q.addBindValue(p.idNumber.toString());
    q.addBindValue(p.group);
    if (!q.exec())
        return Error::failed(tr("Database error: %1").arg(StorageError::describe(q.lastError())));
    if (q.next())
        return Error::invalid(QStringLiteral("id_number"), tr("this person is on the register already"));
    p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    p.registeredBy = m_session.userName();
    q.prepare(QStringLiteral("INSERT INTO care_people (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                  .arg(QLatin1String(kPersonColumns)));
    for (const QVariant& v :
         {QVariant(p.id), QVariant(p.villageCode), QVariant(p.name), QVariant(p.idNumber.toString()), QVariant(p.group),
          QVariant(p.reason), QVariant(p.carer), QVariant(p.carerPhone.isNull() ? QStringLiteral("") : p.carerPhone),
          QVariant(p.livingAlone ? 1 : 0), QVariant(p.risk), QVariant(p.registeredOn.toString(Qt::ISODate)),
          QVariant(p.registeredBy), QVariant(QMetaType(QMetaType::QString)), QVariant(QStringLiteral(""))})
        q.addBindValue(v);
    if (!q.exec())
        return Error::failed(tr("Cannot register the person: %1").arg(StorageError::describe(q.lastError())));
    const QByteArray content = personContent(p);
    if (Status s = AuditLog(m_database)
                       .appendJson(m_session.userName(), QStringLiteral("insert"), QStringLiteral("care_people"), p.id,
                                   QByteArray(), content, AuditLog::digest(content), tr("care register"));
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    QList<CarePerson> planned{p};
    if (Status s = planVisits(planned, Clock::currentDate()); !s)
        return s.error();
    return planned.first();
}

Result<CareVisit> CareRegister::visit(const QString& personId, const QDate& on, const QString& findings, bool needsHelp)
{
    const auto person = find(personId);
    if (!person)
        return person.error();
    if (!m_session.may(Action::RecordVisit))
        return m_session.require(Action::RecordVisit).error();
    if (Status s = m_session.requireVillage(person->villageCode); !s)
        return s.error();
    QList<Problem> problems;
    if (!on.isValid() || on > Clock::currentDate())
        problems.append({QStringLiteral("visited_on"), tr("must be a day, not in the future")});
    else if (on < person->registeredOn)
        problems.append({QStringLiteral("visited_on"), tr("must not be before the person was registered")});
    if (findings.trimmed().isEmpty())
        problems.append({QStringLiteral("findings"), tr("write what the visit found")});
    if (!person->onRegister())
        problems.append(
            {QStringLiteral("person"), tr("left the register on %1").arg(person->leftOn.toString(Qt::ISODate))});
    if (!problems.isEmpty())
        return Error(Error::Kind::InvalidInput, problems);

    CareVisit v;
    v.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    v.personId = personId;
    v.visitedOn = on;
    v.visitedBy = m_session.userName();
    v.findings = findings.trimmed();
    v.needsHelp = needsHelp;
    v.recordedAt = Clock::currentDateTimeUtc();
    Transaction transaction(m_database.connection());
    if (Status s = transaction.begin(); !s)
        return s.error();
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("INSERT INTO care_visits (%1) VALUES (?, ?, ?, ?, ?, ?, ?)").arg(QLatin1String(kVisitColumns)));
    for (const QVariant& value :
         {QVariant(v.id), QVariant(v.personId), QVariant(v.visitedOn.toString(Qt::ISODate)), QVariant(v.visitedBy),
          QVariant(v.findings), QVariant(v.needsHelp ? 1 : 0), QVariant(v.recordedAt.toString(Qt::ISODateWithMs))})
        q.addBindValue(value);
    if (!q.exec())
        return Error::failed(tr("Cannot record the visit: %1").arg(StorageError::describe(q.lastError())));
    const QByteArray content = visitContent(v);
    if (Status s = AuditLog(m_database)
                       .appendJson(m_session.userName(), QStringLiteral("insert"), QStringLiteral("care_visits"), v.id,
                                   QByteArray(), content, AuditLog::digest(content), tr("care visit"));
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return v;
}

Status CareRegister::leave(const QString& personId, const QDate& on, const QString& reason)
{
    auto person = find(personId);
    if (!person)
        return person.error();
    if (Status s = mayKeep(m_session, person->villageCode); !s)
        return s;
    QList<Problem> problems;
    if (!person->onRegister())
        problems.append(
            {QStringLiteral("person"), tr("left the register on %1").arg(person->leftOn.toString(Qt::ISODate))});
    if (!on.isValid() || on > Clock::currentDate() || on < person->registeredOn)
        problems.append({QStringLiteral("left_on"), tr("must be a day between the registration and today")});
    if (reason.trimmed().isEmpty())
        problems.append({QStringLiteral("reason"), tr("say why, e.g. 父母返乡")});
    if (!problems.isEmpty())
        return Error(Error::Kind::InvalidInput, problems);
    const QByteArray before = personContent(*person);
    person->leftOn = on;
    person->leftReason = reason.trimmed();
    Transaction transaction(m_database.connection());
    if (Status s = transaction.begin(); !s)
        return s;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE care_people SET left_on = ?, left_reason = ? WHERE id = ?"));
    q.addBindValue(person->leftOn.toString(Qt::ISODate));
    q.addBindValue(person->leftReason);
    q.addBindValue(personId);
    if (!q.exec())
        return Error::failed(tr("Database error: %1").arg(StorageError::describe(q.lastError())));
    const QByteArray content = personContent(*person);
    if (Status s = AuditLog(m_database)
                       .appendJson(m_session.userName(), QStringLiteral("update"), QStringLiteral("care_people"),
                                   personId, before, content, AuditLog::digest(content), person->leftReason);
        !s)
        return s;
    return transaction.commit();
}

Result<CarePerson> CareRegister::find(const QString& personId)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM care_people WHERE id = ?").arg(QLatin1String(kPersonColumns)));
    q.addBindValue(personId);
    if (!q.exec())
        return Error::failed(tr("Database error: %1").arg(StorageError::describe(q.lastError())));
    if (!q.next())
        return Error::invalid(QStringLiteral("person"), tr("nobody on the care register has this id"));
    CarePerson p = personFromRow(q);
    if (!m_session.maySeeVillage(p.villageCode))
        return Error::invalid(QStringLiteral("person"), tr("nobody on the care register has this id"));
    return p;
}

Result<QList<CarePerson>> CareRegister::list(const QDate& today, const QString& villageCode, bool includeLeft)
{
    if (Status s = m_session.require(Action::ViewHouseholds); !s)
        return s.error();
    QString where = includeLeft ? QStringLiteral("1") : QStringLiteral("p.left_on IS NULL");
    if (!villageCode.isEmpty())
        where += QStringLiteral(" AND p.village_code = ?");
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    QString columns;
    for (const QString& c : QString::fromLatin1(kPersonColumns).split(QStringLiteral(", ")))
        columns += QStringLiteral("p.") + c + QStringLiteral(", ");
    q.prepare(QStringLiteral("SELECT %1(SELECT max(visited_on) FROM care_visits v WHERE v.person_id = p.id) FROM "
                             "care_people p WHERE %2 ORDER BY p.village_code, p.name, p.id")
                  .arg(columns, where));
    if (!villageCode.isEmpty())
        q.addBindValue(villageCode);
    if (!q.exec())
        return Error::failed(tr("Cannot read the care register: %1").arg(StorageError::describe(q.lastError())));
    QList<CarePerson> out;
    while (q.next()) {
        CarePerson p = personFromRow(q);
        if (!m_session.maySeeVillage(p.villageCode))
            continue;
        p.lastVisit = QDate::fromString(q.value(14).toString(), Qt::ISODate);
        out.append(p);
    }
    if (Status s = planVisits(out, today); !s)
        return s.error();
    return out;
}

Status CareRegister::planVisits(QList<CarePerson>& people, const QDate& today)
{
    const auto policy = PolicyRepository(m_database, m_session).inForceIfAny(today);
    if (!policy)
        return policy.error();
    const ProgramsPolicy::CareVisits plan =
        policy->has_value() ? (*policy)->policy.programs.careVisits : ProgramsPolicy::CareVisits();
    const auto calendar = CaseRepository(m_database, m_session).calendar();
    if (!calendar)
        return calendar.error();
    for (CarePerson& p : people) {
        p.everyMonths = everyMonths(plan, p, today);
        p.nextDue = nextDue(*calendar, p, p.everyMonths);
    }
    return success();
}

Result<QList<CareVisit>> CareRegister::visits(const QString& personId)
{
    if (const auto person = find(personId); !person)
        return person.error();
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("SELECT %1 FROM care_visits WHERE person_id = ? ORDER BY visited_on DESC, recorded_at DESC")
            .arg(QLatin1String(kVisitColumns)));
    q.addBindValue(personId);
    if (!q.exec())
        return Error::failed(tr("Database error: %1").arg(StorageError::describe(q.lastError())));
    QList<CareVisit> out;
    while (q.next())
        out.append(visitFromRow(q));
    return out;
}

Result<QHash<QString, QHash<QString, QString>>> CareRegister::storedDigests(Database& database)
{
    QHash<QString, QHash<QString, QString>> out;
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM care_people").arg(QLatin1String(kPersonColumns))))
        return Error::failed(tr("Cannot read the care register: %1").arg(StorageError::describe(q.lastError())));
    while (q.next()) {
        const CarePerson p = personFromRow(q);
        out[QStringLiteral("care_people")].insert(p.id, AuditLog::digest(personContent(p)));
    }
    if (!q.exec(QStringLiteral("SELECT %1 FROM care_visits").arg(QLatin1String(kVisitColumns))))
        return Error::failed(tr("Cannot read the care register: %1").arg(StorageError::describe(q.lastError())));
    while (q.next()) {
        const CareVisit v = visitFromRow(q);
        out[QStringLiteral("care_visits")].insert(v.id, AuditLog::digest(visitContent(v)));
    }
    return out;
}

} // namespace Doudi
