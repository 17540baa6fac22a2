#include "AuditLog.h"

#include "Clock.h"
#include "domain/IdNumber.h"
#include "store/Database.h"
#include "store/SqlStatements.h"
#include "store/StorageError.h"
#include "store/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>

#include <sodium.h>

namespace Doudi {

namespace {

QJsonValue maskedValue(const QJsonValue& v)
{
    static const QRegularExpression idNumber(QStringLiteral("^\\d{17}[\\dX]$|^\\d{15}$"));
    if (v.isString()) {
        const QString text = v.toString();
        return idNumber.match(text).hasMatch() ? QJsonValue(IdNumber::mask(text)) : v;
    }
    if (v.isObject())
        return AuditLog::masked(v.toObject());
    if (v.isArray()) {
        QJsonArray a = v.toArray();
        for (auto it = a.begin(); it != a.end(); ++it)
            *it = maskedValue(*it);
        return a;
    }
    return v;
}

} // namespace

AuditLog::AuditLog(Database& database)
    : m_database(database)
    , m_sql(std::make_unique<SqlStatements>(database.connection()))
{}

AuditLog::~AuditLog() = default;

QString AuditLog::digest(const QByteArray& content)
{
    static const bool ready = sodium_init() >= 0;
    Q_UNUSED(ready);
    unsigned char out[32];
    crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char*>(content.constData()),
                       static_cast<unsigned long long>(content.size()), nullptr, 0);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(out), sizeof out).toHex());
}

QString AuditLog::chainHash(const AuditEntry& e)
{
    // Unit separators between the fields: no two different entries give the same bytes.
    QByteArray canonical;
    canonical.reserve(256 + 3 * (e.oldValues.size() + e.newValues.size()));
    const char sep = '\x1f';
    canonical.append(e.prevHash.toLatin1()).append(sep).append(QByteArray::number(e.seq)).append(sep);
    for (const QString* field :
         {&e.at, &e.userName, &e.action, &e.table, &e.recordId, &e.oldValues, &e.newValues, &e.reason})
        canonical.append(field->toUtf8()).append(sep);
    canonical.append(e.digest.toLatin1());
    return digest(canonical);
}

QJsonObject AuditLog::masked(const QJsonObject& values)
{
    QJsonObject out = values;
    for (auto it = out.begin(); it != out.end(); ++it) {
        if (it.key() == QLatin1String("bank_account") && it.value().isString()) {
            const QString account = it.value().toString();
            it.value() =
                QString(QString(std::max<qsizetype>(account.size() - 4, 0), QLatin1Char('*')) + account.right(4));
        } else {
            it.value() = maskedValue(it.value());
        }
    }
    return out;
}

QByteArray AuditLog::maskedText(const QByteArray& json)
{
    // Inside JSON strings, "220681198204110139" becomes "220681********0139". A plain scan, not a
    // regular expression: this runs once for every household of a bulk import.
    QByteArray out = json;
    const auto isDigit = [](char c) {
        return c >= '0' && c <= '9';
    };
    for (qsizetype i = 0; i + 19 < out.size(); ++i) {
        if (out[i] != '"' || out[i + 19] != '"')
            continue;
        bool idNumber = out[i + 18] == 'X' || isDigit(out[i + 18]);
        for (qsizetype k = 1; idNumber && k <= 17; ++k)
            idNumber = isDigit(out[i + k]);
        if (!idNumber)
            continue;
        for (qsizetype k = 7; k <= 14; ++k)
            out[i + k] = '*';
        i += 19;
    }
    // A bank account keeps its last four digits.
    static const QByteArray accountKey = QByteArrayLiteral("\"bank_account\":\"");
    for (qsizetype at = out.indexOf(accountKey); at >= 0; at = out.indexOf(accountKey, at + 1)) {
        const qsizetype start = at + accountKey.size();
        const qsizetype end = out.indexOf('"', start);
        for (qsizetype k = start; end > 0 && k < end - 4; ++k)
            out[k] = '*';
    }
    return out;
}

AuditLog::TransactionScope::TransactionScope(AuditLog& log)
    : m_log(log)
{
    if (auto t = m_log.tail())
        m_log.m_cachedTail = *t;
}

AuditLog::TransactionScope::~TransactionScope()
{
    m_log.m_cachedTail.reset();
}

Result<AuditLog::Tail> AuditLog::tail()
{
    if (m_cachedTail)
        return *m_cachedTail;
    QSqlQuery& last = m_sql->get(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
    if (!last.exec())
        return Error::failed(tr("Cannot write the audit trail: %1").arg(StorageError::describe(last.lastError())));
    Tail t{0, kGenesisHash};
    if (last.next())
        t = {last.value(0).toLongLong(), last.value(1).toString()};
    last.finish();
    return t;
}

Status AuditLog::append(const QString& userName, const QString& action, const QString& table, const QString& recordId,
                        const QJsonObject& oldValues, const QJsonObject& newValues, const QString& digestAfter,
                        const QString& reason)
{
    Q_ASSERT_X(Transaction::isOpen(m_database.connection()), "AuditLog::append", "inside the caller's transaction");
    const auto compactOf = [](const QJsonObject& o) {
        return o.isEmpty() ? QByteArray() : QJsonDocument(o).toJson(QJsonDocument::Compact);
    };
    return appendJson(userName, action, table, recordId, compactOf(oldValues), compactOf(newValues), digestAfter,
                      reason);
}

Status AuditLog::appendJson(const QString& userName, const QString& action, const QString& table,
                            const QString& recordId, const QByteArray& oldJson, const QByteArray& newJson,
                            const QString& digestAfter, const QString& reason)
{
    Q_ASSERT_X(Transaction::isOpen(m_database.connection()), "AuditLog::appendJson", "inside the caller's transaction");
    const auto last = tail();
    if (!last)
        return last.error();
    AuditEntry e;
    e.seq = last->seq + 1;
    e.prevHash = last->hash;
    e.at = Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    e.userName = userName;
    e.action = action;
    e.table = table;
    e.recordId = recordId;
    e.oldValues = QString::fromUtf8(maskedText(oldJson));
    e.newValues = QString::fromUtf8(maskedText(newJson));
    e.reason = reason;
    e.digest = digestAfter;
    e.hash = chainHash(e);

    QSqlQuery& q = m_sql->get(QStringLiteral(
        "INSERT INTO audit_log (seq, at, user_name, action, table_name, record_id, old_values, new_values, reason, "
        "digest, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(e.seq);
    for (const QString* v : {&e.at, &e.userName, &e.action, &e.table, &e.recordId, &e.oldValues, &e.newValues,
                             &e.reason, &e.digest, &e.prevHash, &e.hash})
        q.addBindValue(v->isNull() ? QStringLiteral("") : *v);
    if (!q.exec())
        return Error::failed(tr("Cannot write the audit trail: %1").arg(StorageError::describe(q.lastError())));
    if (m_cachedTail)
        m_cachedTail = Tail{e.seq, e.hash};
    return success();
}

Status AuditLog::record(const QString& userName, const QString& action, const QString& table, const QString& recordId,
                        const QString& reason)
{
    Transaction transaction(m_database.connection());
    if (Status s = transaction.begin(); !s)
        return s;
    if (Status s = append(userName, action, table, recordId, {}, {}, QString(), reason); !s)
        return s;
    return transaction.commit();
}

Result<QList<AuditEntry>> AuditLog::entries(const QString& recordId, int limit) const
{
    QString sql = QStringLiteral("SELECT seq, at, user_name, action, table_name, record_id, old_values, new_values, "
                                 "reason, digest, prev_hash, hash FROM audit_log");
    if (!recordId.isEmpty())
        sql += QStringLiteral(" WHERE record_id = ?");
    sql += limit > 0 ? QStringLiteral(" ORDER BY seq DESC LIMIT %1").arg(limit) : QStringLiteral(" ORDER BY seq");
    QSqlQuery& q = m_sql->get(sql);
    q.setForwardOnly(true);
    if (!recordId.isEmpty())
        q.addBindValue(recordId);
    if (!q.exec())
        return Error::failed(tr("Cannot read the audit trail: %1").arg(StorageError::describe(q.lastError())));
    QList<AuditEntry> out;
    while (q.next()) {
        AuditEntry e;
        e.seq = q.value(0).toLongLong();
        e.at = q.value(1).toString();
        e.userName = q.value(2).toString();
        e.action = q.value(3).toString();
        e.table = q.value(4).toString();
        e.recordId = q.value(5).toString();
        e.oldValues = q.value(6).toString();
        e.newValues = q.value(7).toString();
        e.reason = q.value(8).toString();
        e.digest = q.value(9).toString();
        e.prevHash = q.value(10).toString();
        e.hash = q.value(11).toString();
        out.append(std::move(e));
    }
    q.finish();
    if (limit > 0)
        std::reverse(out.begin(), out.end());
    return out;
}

} // namespace Doudi
