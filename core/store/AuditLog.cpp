#include "AuditLog.h"

#include "Clock.h"
#include "domain/IdNumber.h"
#include "store/Database.h"
#include "store/SqlStatements.h"
#include "store/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>

#include <sodium.h>

namespace Doudi {

namespace {

QString compact(const QJsonObject& o)
{
    return o.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

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
    const QChar sep(0x1f);
    const QString canonical = e.prevHash + sep + QString::number(e.seq) + sep + e.at + sep + e.userName + sep +
                              e.action + sep + e.table + sep + e.recordId + sep + e.oldValues + sep + e.newValues +
                              sep + e.reason + sep + e.digest;
    return digest(canonical.toUtf8());
}

QJsonObject AuditLog::masked(const QJsonObject& values)
{
    QJsonObject out = values;
    for (auto it = out.begin(); it != out.end(); ++it)
        it.value() = maskedValue(it.value());
    return out;
}

Status AuditLog::append(const QString& userName, const QString& action, const QString& table, const QString& recordId,
                        const QJsonObject& oldValues, const QJsonObject& newValues, const QString& digestAfter,
                        const QString& reason)
{
    QSqlQuery& last = m_sql->get(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
    if (!last.exec())
        return Error::failed(tr("Cannot write the audit trail: %1").arg(last.lastError().text()));
    AuditEntry e;
    e.seq = 1;
    e.prevHash = kGenesisHash;
    if (last.next()) {
        e.seq = last.value(0).toLongLong() + 1;
        e.prevHash = last.value(1).toString();
    }
    last.finish();
    e.at = Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    e.userName = userName;
    e.action = action;
    e.table = table;
    e.recordId = recordId;
    e.oldValues = compact(masked(oldValues));
    e.newValues = compact(masked(newValues));
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
        return Error::failed(tr("Cannot write the audit trail: %1").arg(q.lastError().text()));
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
        return Error::failed(tr("Cannot read the audit trail: %1").arg(q.lastError().text()));
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
