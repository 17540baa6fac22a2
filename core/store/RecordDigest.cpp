#include "RecordDigest.h"

#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/SqlStatements.h"
#include "store/StorageError.h"
#include "sync/SyncTables.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Doudi {

namespace {

Error readError(const QSqlQuery& q)
{
    return Error::failed(RecordDigest::tr("Cannot read the records: %1").arg(StorageError::describe(q.lastError())));
}

// Each row of `sql` (ordered by its first column, the record's id) as canonical JSON, appended to
// the content of that record. With `statements`, the query comes prepared from there.
Status collect(Database& database, const QString& sql, const QString& id, QHash<QString, QByteArray>* content,
               SqlStatements* statements = nullptr)
{
    QSqlQuery own(database.connection());
    QSqlQuery& q = statements ? statements->get(sql) : own;
    q.setForwardOnly(true);
    if (!statements)
        q.prepare(sql);
    if (!id.isNull())
        q.addBindValue(id);
    if (!q.exec())
        return readError(q);
    const QList<QByteArray> columns = SyncTables::columnNames(q);
    while (q.next()) {
        QByteArray& bytes = (*content)[q.value(0).toString()];
        bytes += SyncTables::rowJson(q, columns);
        bytes += '\n';
    }
    q.finish();
    return success();
}

QHash<QString, QString> digests(const QHash<QString, QByteArray>& content)
{
    QHash<QString, QString> out;
    out.reserve(content.size());
    for (auto it = content.cbegin(); it != content.cend(); ++it)
        out.insert(it.key(), AuditLog::digest(it.value()));
    return out;
}

// A case's rows: the case, then its steps in order (case_id first, so that they file under it).
const QString kCase = QStringLiteral("SELECT * FROM cases%1 ORDER BY id");
const QString kSteps = QStringLiteral("SELECT case_id, * FROM case_steps%1 ORDER BY case_id, seq");
const QString kSignals = QStringLiteral("SELECT * FROM signals%1 ORDER BY id");

} // namespace

Result<QString> RecordDigest::ofCase(Database& database, const QString& caseId)
{
    QHash<QString, QByteArray> content;
    if (Status s = collect(database, kCase.arg(QStringLiteral(" WHERE id = ?")), caseId, &content); !s)
        return s.error();
    if (Status s = collect(database, kSteps.arg(QStringLiteral(" WHERE case_id = ?")), caseId, &content); !s)
        return s.error();
    return AuditLog::digest(content.value(caseId));
}

Result<QString> RecordDigest::ofSignal(Database& database, const QString& signalId, SqlStatements* statements)
{
    QHash<QString, QByteArray> content;
    if (Status s = collect(database, kSignals.arg(QStringLiteral(" WHERE id = ?")), signalId, &content, statements); !s)
        return s.error();
    return AuditLog::digest(content.value(signalId));
}

Result<QHash<QString, QString>> RecordDigest::allCases(Database& database)
{
    QHash<QString, QByteArray> content;
    if (Status s = collect(database, kCase.arg(QString()), QString(), &content); !s)
        return s.error();
    if (Status s = collect(database, kSteps.arg(QString()), QString(), &content); !s)
        return s.error();
    return digests(content);
}

Result<QHash<QString, QString>> RecordDigest::allSignals(Database& database)
{
    QHash<QString, QByteArray> content;
    if (Status s = collect(database, kSignals.arg(QString()), QString(), &content); !s)
        return s.error();
    return digests(content);
}

} // namespace Doudi
