#include "PackageOutbox.h"

#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/StorageError.h"
#include "store/Transaction.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace Doudi {

namespace {

Status run(QSqlQuery& q)
{
    if (!q.exec())
        return Error::failed(
            PackageOutbox::tr("Cannot record the package's file: %1").arg(StorageError::describe(q.lastError())));
    return success();
}

Status run(Database& database, const QString& sql, const QVariantList& values)
{
    QSqlQuery q(database.connection());
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    return run(q);
}

// Whether `path` holds exactly the package recorded (a file cut short by a full stick is not it).
bool isInPlace(const QString& path, const QString& digest)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return PackageOutbox::digestOf(file.readAll()) == digest;
}

} // namespace

QString PackageOutbox::digestOf(const QByteArray& file)
{
    return QString::fromLatin1(QCryptographicHash::hash(file, QCryptographicHash::Sha256).toHex());
}

Status PackageOutbox::settle(Database& database, const Session& session, const QString& peer)
{
    Q_ASSERT_X(Transaction::isOpen(database.connection()), "PackageOutbox::settle", "inside the export's transaction");
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("SELECT sequence, file_path, file_digest FROM sync_unpublished WHERE peer = ? "
                             "ORDER BY sequence DESC"));
    q.addBindValue(peer);
    if (Status s = run(q); !s)
        return s;
    struct Waiting
    {
        qint64 sequence;
        QString path;
        QString digest;
    };
    QList<Waiting> waiting;
    while (q.next())
        waiting.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    for (const Waiting& w : waiting) {
        if (!isInPlace(w.path, w.digest)) {
            // Never published: the history forgets it, and the next package takes its number.
            if (Status s = run(database,
                               QStringLiteral("DELETE FROM sync_packages WHERE peer = ? AND direction = 'sent' "
                                              "AND sequence = ?"),
                               {peer, w.sequence});
                !s)
                return s;
            if (Status s =
                    run(database, QStringLiteral("UPDATE peers SET last_sent = ? WHERE code = ? AND last_sent = ?"),
                        {w.sequence - 1, peer, w.sequence});
                !s)
                return s;
            // A re-baseline it carried is still to be sent.
            if (Status s = run(database,
                               QStringLiteral("UPDATE restores SET rebaseline_sent = NULL WHERE rebaseline_sent = ?"),
                               {w.sequence});
                !s)
                return s;
            if (Status s = AuditLog(database).append(
                    session.userName(), QStringLiteral("withdraw"), QStringLiteral("sync_packages"),
                    QStringLiteral("%1/%2").arg(peer).arg(w.sequence), {},
                    QJsonObject{{QStringLiteral("reason"), QStringLiteral("file never written")}}, w.digest);
                !s)
                return s;
        }
        if (Status s = published(database, peer, w.sequence); !s)
            return s;
    }
    return success();
}

Status PackageOutbox::hold(Database& database, const QString& peer, qint64 sequence, const QString& path,
                           const QByteArray& file)
{
    return run(database,
               QStringLiteral("INSERT OR REPLACE INTO sync_unpublished (peer, sequence, file_path, file_digest) "
                              "VALUES (?, ?, ?, ?)"),
               {peer, sequence, path, digestOf(file)});
}

Status PackageOutbox::published(Database& database, const QString& peer, qint64 sequence)
{
    return run(database, QStringLiteral("DELETE FROM sync_unpublished WHERE peer = ? AND sequence = ?"),
               {peer, sequence});
}

} // namespace Doudi
