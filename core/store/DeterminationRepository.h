#pragma once

#include "Result.h"
#include "domain/Household.h"
#include "rules/Determination.h"
#include "security/Session.h"
#include "store/SqlStatements.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>

#include <memory>
#include <optional>

namespace Doudi {

class AuditLog;
class Database;

// A determination as it was saved: the input snapshot with the result, never changed afterwards.
struct StoredDetermination
{
    QString id;
    QString householdId;
    Household input;
    Determination result;
    QDateTime createdAt;
    QString createdBy;
    QString batchId;
};

// What the list and batch previews need of the latest determination of a household.
struct DeterminationSummary
{
    Classification classification = Classification::NotEligible;
    qint64 totalFen = 0;
    QString month;
    QString policyId;
};

class DeterminationRepository final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::DeterminationRepository)
    Q_DISABLE_COPY_MOVE(DeterminationRepository)

public:
    DeterminationRepository(Database& database, Session session);
    ~DeterminationRepository();

    // The digest the audit trail keeps of a saved determination.
    static QString digest(const QByteArray& householdJson, const QByteArray& resultJson);

    struct NewDetermination
    {
        QString householdId;
        Household input;
        Determination result;
    };

    Status save(const NewDetermination& determination);
    // All or nothing, in one transaction; `batchId` marks them as one re-evaluation.
    Status saveAll(const QList<NewDetermination>& determinations, const QString& batchId);

    Result<std::optional<StoredDetermination>> latest(const QString& householdId);
    // Every determination saved for one household, oldest first, with when it was saved (timelines).
    Result<QList<QPair<QDateTime, DeterminationSummary>>> history(const QString& householdId);
    // The latest determination of every household that has one.
    Result<QHash<QString, DeterminationSummary>> latestSummaries();

private:
    // What is stored of one determination, worked out before the transaction: the two JSON texts,
    // their digest and the audit entry's values.
    struct Serialised
    {
        QByteArray householdJson;
        QByteArray resultJson;
        QByteArray auditValues;
        QString digest;
    };
    static Serialised serialise(const NewDetermination& determination);
    Status insert(const NewDetermination& determination, const Serialised& stored, const QString& batchId,
                  const QString& now);

    Database& m_database;
    Session m_session;
    QString m_user;
    QString m_origin;
    SqlStatements m_sql;
    std::unique_ptr<AuditLog> m_audit;
};

} // namespace Doudi
