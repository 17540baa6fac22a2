#include "DeterminationRepository.h"

#include "Clock.h"
#include "domain/CompactJsonWriter.h"
#include "domain/HouseholdJson.h"
#include "rules/DeterminationJson.h"
#include "rules/EntitlementsJson.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/SiteRepository.h"
#include "store/StorageError.h"
#include "store/Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QtConcurrent>

namespace Doudi {

namespace {
std::optional<Entitlements> readEntitlements(const QVariant& stored)
{
    if (stored.isNull())
        return std::nullopt;
    auto read = EntitlementsJson::fromJson(QJsonDocument::fromJson(stored.toByteArray()).object());
    if (!read)
        return std::nullopt;
    return std::move(read).value();
}
} // namespace

DeterminationRepository::DeterminationRepository(Database& database, Session session)
    : m_database(database)
    , m_session(std::move(session))
    , m_user(m_session.userName())
    , m_keepsEntitlements(database.schemaVersion() >= kEntitlementsSchema)
    , m_sql(database.connection())
    , m_audit(std::make_unique<AuditLog>(database))
{
    m_origin = SiteRepository::originCode(database);
}

DeterminationRepository::~DeterminationRepository() = default;

QString DeterminationRepository::digest(const QByteArray& householdJson, const QByteArray& resultJson,
                                        const QByteArray& entitlementsJson)
{
    // Without entitlements the digest is what it was before the programs: older rows still verify.
    if (entitlementsJson.isEmpty())
        return AuditLog::digest(householdJson + '\n' + resultJson);
    return AuditLog::digest(householdJson + '\n' + resultJson + '\n' + entitlementsJson);
}

QMap<QString, qint64> DeterminationRepository::monthlyByProgram(const Entitlements& entitlements)
{
    QMap<QString, qint64> out;
    for (const Entitlement& item : entitlements.items) {
        if (!item.oneOff)
            out[item.program] += item.amountFen;
    }
    return out;
}

DeterminationRepository::Serialised DeterminationRepository::serialise(const NewDetermination& d)
{
    Serialised out;
    out.householdJson = HouseholdJson::compact(d.input);
    out.resultJson = DeterminationJson::compact(d.result);
    if (d.entitlements)
        out.entitlementsJson = EntitlementsJson::compact(*d.entitlements);
    out.digest = digest(out.householdJson, out.resultJson, out.entitlementsJson);
    // The audit entry's values, keys in the order QJsonObject kept them (the trail reads as before).
    CompactJsonWriter values;
    values.raw("{");
    values.key("classification").string(DeterminationJson::classificationCode(d.result.classification));
    values.key("household_id").string(d.householdId);
    values.key("month").string(d.result.month);
    values.key("policy_id").string(d.result.policyId);
    values.key("total_fen").number(d.result.totalFen);
    values.raw("}");
    out.auditValues = std::move(values.out);
    return out;
}

Status DeterminationRepository::insert(const NewDetermination& d, const Serialised& stored, const QString& batchId,
                                       const QString& now)
{
    if (!stored.entitlementsJson.isEmpty() && !m_keepsEntitlements)
        return Error::failed(tr("This database is too old to keep the other programs' amounts."));
    QSqlQuery& q = m_sql.get(
        m_keepsEntitlements
            ? QStringLiteral("INSERT INTO determinations (id, household_id, policy_id, month, classification, "
                             "total_fen, household_json, result_json, entitlements_json, batch_id, created_at, "
                             "created_by, updated_at, updated_by, origin_site) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            : QStringLiteral("INSERT INTO determinations (id, household_id, policy_id, month, classification, "
                             "total_fen, household_json, result_json, batch_id, created_at, created_by, "
                             "updated_at, updated_by, origin_site) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    q.addBindValue(id);
    q.addBindValue(d.householdId);
    q.addBindValue(d.result.policyId);
    q.addBindValue(d.result.month);
    q.addBindValue(DeterminationJson::classificationCode(d.result.classification));
    q.addBindValue(d.result.totalFen);
    q.addBindValue(stored.householdJson);
    q.addBindValue(stored.resultJson);
    if (m_keepsEntitlements) {
        q.addBindValue(stored.entitlementsJson.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray))
                                                         : QVariant(stored.entitlementsJson));
    }
    q.addBindValue(batchId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(batchId));
    for (const QString& v : {now, m_user, now, m_user, m_origin})
        q.addBindValue(v);
    if (!q.exec())
        return Error::failed(tr("Cannot save the determination: %1").arg(StorageError::describe(q.lastError())));
    return m_audit->appendJson(m_user, QStringLiteral("insert"), QStringLiteral("determinations"), id, QByteArray(),
                               stored.auditValues, stored.digest,
                               batchId.isEmpty() ? QString() : tr("batch %1").arg(batchId));
}

Status DeterminationRepository::save(const NewDetermination& determination)
{
    return saveAll({determination}, QString());
}

Status DeterminationRepository::saveAll(const QList<NewDetermination>& determinations, const QString& batchId)
{
    if (Status s = m_session.require(batchId.isEmpty() ? Action::SaveDetermination : Action::BatchReevaluate); !s)
        return s;
    // Turning households and results into JSON and its digest needs no database: a worker does it
    // a chunk ahead while this thread writes the chunk before, so writing never waits for it.
    constexpr qsizetype kChunk = 500;
    const auto serialiseChunk = [&determinations](qsizetype from) {
        QList<Serialised> out;
        const qsizetype to = std::min(determinations.size(), from + kChunk);
        out.reserve(to - from);
        for (qsizetype i = from; i < to; ++i)
            out.append(serialise(determinations[i]));
        return out;
    };
    Transaction transaction(m_database.connection());
    if (Status s = transaction.begin(); !s)
        return s;
    AuditLog::TransactionScope auditScope(*m_audit);
    const QString now = Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QFuture<QList<Serialised>> ahead;
    if (!determinations.isEmpty()) // the worker must not outlive the list it reads
        ahead = QtConcurrent::run(serialiseChunk, qsizetype(0));
    for (qsizetype from = 0; from < determinations.size(); from += kChunk) {
        const QList<Serialised> serialised = ahead.result();
        if (from + kChunk < determinations.size())
            ahead = QtConcurrent::run(serialiseChunk, from + kChunk);
        for (qsizetype i = 0; i < serialised.size(); ++i) {
            if (Status s = insert(determinations[from + i], serialised[i], batchId, now); !s) {
                ahead.waitForFinished(); // it reads `determinations`
                return s;
            }
        }
    }
    return transaction.commit();
}

QString DeterminationRepository::entitlementsColumn(int schemaVersion)
{
    return schemaVersion >= kEntitlementsSchema ? QStringLiteral("entitlements_json") : QStringLiteral("NULL");
}

Result<std::optional<StoredDetermination>> DeterminationRepository::latest(const QString& householdId)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT id, household_json, result_json, created_at, created_by, batch_id, %1 "
                             "FROM determinations WHERE household_id = ? AND deleted = 0 "
                             "ORDER BY created_at DESC, rowid DESC LIMIT 1")
                  .arg(entitlementsColumn(m_keepsEntitlements ? kEntitlementsSchema : 0)));
    q.addBindValue(householdId);
    if (!q.exec())
        return Error::failed(tr("Database error: %1").arg(StorageError::describe(q.lastError())));
    if (!q.next())
        return std::optional<StoredDetermination>();
    StoredDetermination s;
    s.id = q.value(0).toString();
    s.householdId = householdId;
    auto input = HouseholdJson::read(q.value(1).toByteArray());
    auto result = DeterminationJson::fromJson(QJsonDocument::fromJson(q.value(2).toByteArray()).object());
    if (!input || !result)
        return Error::failed(tr("A saved determination cannot be read."));
    s.input = *input;
    s.result = *result;
    s.createdAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
    s.createdBy = q.value(4).toString();
    s.batchId = q.value(5).toString();
    s.entitlements = readEntitlements(q.value(6));
    return std::optional<StoredDetermination>(std::move(s));
}

Result<QList<QPair<QDateTime, DeterminationSummary>>> DeterminationRepository::history(const QString& householdId)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT created_at, classification, total_fen, month, policy_id FROM determinations "
                             "WHERE household_id = ? AND deleted = 0 ORDER BY created_at, rowid"));
    q.addBindValue(householdId);
    if (!q.exec())
        return Error::failed(tr("Database error: %1").arg(StorageError::describe(q.lastError())));
    QList<QPair<QDateTime, DeterminationSummary>> out;
    while (q.next())
        out.append(
            {QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs),
             {DeterminationJson::classificationFromCode(q.value(1).toString()).value_or(Classification::NotEligible),
              q.value(2).toLongLong(),
              q.value(3).toString(),
              q.value(4).toString(),
              {}}});
    return out;
}

Result<QHash<QString, DeterminationSummary>> DeterminationRepository::latestSummaries()
{
    // The newest row of each household: rows come oldest first, later ones replace earlier ones.
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT household_id, classification, total_fen, month, policy_id, %1 "
                               "FROM determinations WHERE deleted = 0 ORDER BY household_id, created_at, rowid")
                    .arg(entitlementsColumn(m_keepsEntitlements ? kEntitlementsSchema : 0))))
        return Error::failed(tr("Database error: %1").arg(StorageError::describe(q.lastError())));
    QHash<QString, DeterminationSummary> out;
    QHash<QString, QVariant> entitlements; // of the newest row: only those are read
    while (q.next()) {
        const QString householdId = q.value(0).toString();
        out.insert(
            householdId,
            {DeterminationJson::classificationFromCode(q.value(1).toString()).value_or(Classification::NotEligible),
             q.value(2).toLongLong(),
             q.value(3).toString(),
             q.value(4).toString(),
             {}});
        entitlements.insert(householdId, q.value(5));
    }
    for (auto it = entitlements.cbegin(); it != entitlements.cend(); ++it) {
        if (const auto read = readEntitlements(it.value()))
            out[it.key()].programsFen = monthlyByProgram(*read);
    }
    return out;
}

} // namespace Doudi
