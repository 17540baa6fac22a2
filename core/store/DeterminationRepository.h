#pragma once

#include "Result.h"
#include "domain/Household.h"
#include "rules/Determination.h"
#include "rules/Entitlements.h"
#include "security/Session.h"
#include "store/SqlStatements.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
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
    std::optional<Entitlements> entitlements; // none when saved before the programs or without them
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
    QMap<QString, qint64> programsFen; // the other programs' monthly amounts, by program code
};

class DeterminationRepository final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::DeterminationRepository)
    Q_DISABLE_COPY_MOVE(DeterminationRepository)

public:
    // The schema from which determinations keep their entitlements (migration 028).
    static constexpr int kEntitlementsSchema = 28;
    // The column of the entitlements in a SELECT on a database of `schemaVersion`: NULL before 28.
    static QString entitlementsColumn(int schemaVersion);

    DeterminationRepository(Database& database, Session session);
    ~DeterminationRepository();

    // The digest the audit trail keeps of a saved determination; its entitlements, when it has any,
    // are part of it.
    static QString digest(const QByteArray& householdJson, const QByteArray& resultJson,
                          const QByteArray& entitlementsJson = QByteArray());
    // The monthly amounts of stored entitlements by program, for lists and batch totals.
    static QMap<QString, qint64> monthlyByProgram(const Entitlements& entitlements);

    struct NewDetermination
    {
        QString householdId;
        Household input;
        Determination result;
        std::optional<Entitlements> entitlements = std::nullopt; // under a policy with programs
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
        QByteArray entitlementsJson; // empty: none
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
    bool m_keepsEntitlements = true; // false on a schema before 28 (the upgrade tests write such files)
    SqlStatements m_sql;
    std::unique_ptr<AuditLog> m_audit;
};

} // namespace Doudi
