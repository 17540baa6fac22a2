#include "PolicyRepository.h"

#include "Clock.h"
#include "domain/DisplayFormat.h"
#include "rules/PolicyJson.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/SiteRepository.h"
#include "store/StorageError.h"
#include "store/Transaction.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace Doudi {

namespace {
QByteArray canonical(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
} // namespace

PolicyRepository::PolicyRepository(Database& database, Session session)
    : m_database(database)
    , m_session(std::move(session))
    , m_user(m_session.userName())
{}

Result<Policy> PolicyRepository::bundledExample()
{
    QFile file(QStringLiteral(":/policy/policy-example.json"));
    if (!file.open(QIODevice::ReadOnly))
        return Error::failed(tr("The example policy is missing from this build."));
    return PolicyJson::read(file.readAll());
}

QString PolicyRepository::digest(const QByteArray& body)
{
    return AuditLog::digest(body);
}

Status PolicyRepository::add(const Policy& policy, bool isExample)
{
    if (Status s = m_session.require(Action::ImportPolicy); !s)
        return s;
    return insert(policy, isExample);
}

Status PolicyRepository::insert(const Policy& policy, bool isExample)
{
    const QByteArray body = canonical(policy.source);
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT body FROM policies WHERE id = ?"));
    q.addBindValue(policy.id);
    if (!q.exec())
        return Error::failed(tr("Database error: %1").arg(StorageError::describe(q.lastError())));
    if (q.next()) {
        if (q.value(0).toByteArray() == body)
            return success();
        return Error::failed(tr("A different policy with the id %1 is already stored. Policies are never "
                                "overwritten: the bureau gives a changed policy a new id.")
                                 .arg(policy.id));
    }
    q.finish();

    Transaction transaction(m_database.connection());
    if (Status s = transaction.begin(); !s)
        return s;
    const QString origin = SiteRepository::originCode(m_database);
    const QString now = Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    q.prepare(QStringLiteral("INSERT INTO policies (id, title, document, region, effective_from, body, is_example, "
                             "created_at, created_by, updated_at, updated_by, origin_site) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v :
         {QVariant(policy.id), QVariant(policy.title), QVariant(policy.document), QVariant(policy.region),
          QVariant(policy.effectiveFrom.toString(Qt::ISODate)), QVariant(body), QVariant(int(isExample)), QVariant(now),
          QVariant(m_user), QVariant(now), QVariant(m_user), QVariant(origin)})
        q.addBindValue(v);
    if (!q.exec())
        return Error::failed(
            tr("Cannot store the policy %1: %2").arg(policy.id, StorageError::describe(q.lastError())));
    const QJsonObject values{{QStringLiteral("id"), policy.id},
                             {QStringLiteral("document"), policy.document},
                             {QStringLiteral("effective_from"), policy.effectiveFrom.toString(Qt::ISODate)},
                             {QStringLiteral("is_example"), isExample}};
    if (Status s = AuditLog(m_database)
                       .append(m_user, QStringLiteral("insert"), QStringLiteral("policies"), policy.id, {}, values,
                               digest(body));
        !s)
        return s;
    return transaction.commit();
}

Status PolicyRepository::ensureExample()
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM policies")) || !q.next())
        return Error::failed(tr("Database error: %1").arg(StorageError::describe(q.lastError())));
    if (q.value(0).toInt() > 0)
        return success();
    const auto example = bundledExample();
    if (!example)
        return example.error();
    // The bundled default is part of setting up, whoever opens the database first.
    return insert(*example, true);
}

Result<QList<StoredPolicy>> PolicyRepository::select(const QString& where, const QVariantList& binds) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT body, is_example, created_at, created_by FROM policies WHERE deleted = 0") +
              where);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return Error::failed(tr("Database error: %1").arg(StorageError::describe(q.lastError())));
    QList<StoredPolicy> out;
    while (q.next()) {
        auto policy = PolicyJson::read(q.value(0).toByteArray());
        if (!policy)
            return Error::failed(tr("A stored policy cannot be read: %1").arg(policy.error().toString()));
        out.append({*policy, q.value(1).toBool(), QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs),
                    q.value(3).toString()});
    }
    return out;
}

Result<StoredPolicy> PolicyRepository::inForce(const QDate& day) const
{
    auto found = inForceIfAny(day);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::failed(
            tr("No policy is in force on %1. Import the bureau's policy first.").arg(DisplayFormat::date(day)));
    return **found;
}

Result<std::optional<StoredPolicy>> PolicyRepository::inForceIfAny(const QDate& day) const
{
    auto found = select(QStringLiteral(" AND effective_from <= ? ORDER BY is_example, effective_from DESC LIMIT 1"),
                        {day.toString(Qt::ISODate)});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<StoredPolicy>();
    return std::optional<StoredPolicy>(found->first());
}

Result<StoredPolicy> PolicyRepository::find(const QString& id) const
{
    auto found = select(QStringLiteral(" AND id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::failed(tr("There is no policy %1.").arg(id));
    return found->first();
}

Result<QList<StoredPolicy>> PolicyRepository::all() const
{
    return select(QStringLiteral(" ORDER BY effective_from DESC, is_example"), {});
}

} // namespace Doudi
