#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace Doudi {

class Database;
class SqlStatements;

struct AuditEntry
{
    qint64 seq = 0;
    QString at; // ISO 8601 UTC, as stored
    QString userName;
    QString action; // insert, update, delete, reveal, export, print, login, login_failed, lock, …
    QString table;
    QString recordId;
    QString oldValues; // compact JSON, ID numbers masked
    QString newValues;
    QString reason;
    QString digest; // BLAKE2b of the record's full content after the change
    QString prevHash;
    QString hash;
};

// The append-only, hash-chained audit trail (BLAKE2b-256 from libsodium). A change appends its
// entry inside the change's own transaction; a view (reveal, export, print, login) appends one in
// a transaction of its own.
class AuditLog final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::AuditLog)

public:
    static inline const QString kGenesisHash = QString(64, QLatin1Char('0'));

    explicit AuditLog(Database& database);
    ~AuditLog();

    // Inside the caller's transaction.
    Status append(const QString& userName, const QString& action, const QString& table, const QString& recordId,
                  const QJsonObject& oldValues, const QJsonObject& newValues, const QString& digest,
                  const QString& reason = QString());
    // The same, with the values already compact JSON (what a digest was made of): no second
    // serialisation on the bulk path.
    Status appendJson(const QString& userName, const QString& action, const QString& table, const QString& recordId,
                      const QByteArray& oldJson, const QByteArray& newJson, const QString& digest,
                      const QString& reason = QString());

    // While a caller's transaction appends many entries, the end of the chain is read once. The
    // scope must not outlive the transaction.
    class TransactionScope final
    {
        Q_DISABLE_COPY_MOVE(TransactionScope)

    public:
        explicit TransactionScope(AuditLog& log);
        ~TransactionScope();

    private:
        AuditLog& m_log;
    };

    // In a transaction of its own: views and logins.
    Status record(const QString& userName, const QString& action, const QString& table, const QString& recordId,
                  const QString& reason = QString());

    // Entries in order; for one record when `recordId` is given; the newest `limit` when > 0.
    Result<QList<AuditEntry>> entries(const QString& recordId = QString(), int limit = 0) const;

    // The chain hash of an entry, from its fields and the previous hash.
    static QString chainHash(const AuditEntry& entry);
    // BLAKE2b-256 of some content, in hex: the digest of a record.
    static QString digest(const QByteArray& content);
    // The object with every ID number in it masked (220681********123X).
    static QJsonObject masked(const QJsonObject& values);
    // The same for compact JSON text: every 18-character ID number in it masked.
    static QByteArray maskedText(const QByteArray& json);

private:
    struct Tail
    {
        qint64 seq = 0;
        QString hash;
    };
    Result<Tail> tail();

    Database& m_database;
    std::unique_ptr<SqlStatements> m_sql;
    std::optional<Tail> m_cachedTail; // inside a TransactionScope only
};

} // namespace Doudi
