#pragma once

#include "Result.h"
#include "rules/Policy.h"
#include "security/Session.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>

namespace Doudi {

class Database;

struct StoredPolicy
{
    Policy policy;
    bool isExample = false; // the bundled example, until a bureau's policy arrives
    QDateTime importedAt;
    QString importedBy;
};

// Policies as imported, never overwritten; which one is in force for a month.
class PolicyRepository final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::PolicyRepository)

public:
    PolicyRepository(Database& database, Session session);

    // Keeps the policy. The same id again is accepted only with the same content (importing a file
    // twice is harmless); a different document under a known id is refused.
    Status add(const Policy& policy, bool isExample = false);
    // Stores the bundled example policy when the database has no policy at all.
    Status ensureExample();
    static Result<Policy> bundledExample();
    // The digest the audit trail keeps of a stored policy document.
    static QString digest(const QByteArray& body);

    // The policy in force on `day`: a bureau's with the latest effective date on or before it,
    // else the example's.
    Result<StoredPolicy> inForce(const QDate& day) const;
    // The same, nothing when no policy was in force yet that day (a date long past).
    Result<std::optional<StoredPolicy>> inForceIfAny(const QDate& day) const;
    Result<StoredPolicy> find(const QString& id) const;
    // All policies, latest effective date first.
    Result<QList<StoredPolicy>> all() const;

private:
    Result<QList<StoredPolicy>> select(const QString& where, const QVariantList& binds) const;

    Status insert(const Policy& policy, bool isExample);

    Database& m_database;
    Session m_session;
    QString m_user;
};

} // namespace Doudi
