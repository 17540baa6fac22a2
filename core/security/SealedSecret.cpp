#include "SealedSecret.h"

#include "security/KeySlots.h"
#include "security/SiteKey.h"
#include "store/Database.h"
#include "store/StorageError.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <sodium.h>

namespace Doudi::SealedSecret {

Result<QByteArray> open(Database& database, const QVariant& clear, const QVariant& sealed, const QByteArray& context)
{
    if (sealed.isNull())
        return clear.toByteArray(); // an older database, until its first administrator login seals it
    const auto siteKey = KeySlots::openingKey(database);
    if (!siteKey)
        return siteKey.error();
    return (*siteKey)->open(sealed.toByteArray(), context);
}

Status sealClear(Database& database, const SiteKey& siteKey, const QString& table, const QString& clearColumn,
                 const QString& sealedColumn, const QByteArray& context)
{
    Q_ASSERT_X(Transaction::isOpen(database.connection()), "SealedSecret::sealClear",
               "inside the caller's transaction");
    const auto failed = [](const QSqlQuery& q) {
        return Error::failed(QCoreApplication::translate("Doudi::SealedSecret", "Cannot seal a secret of this site: %1")
                                 .arg(StorageError::describe(q.lastError())));
    };
    QSqlQuery q(database.connection());
    if (!q.exec(QStringLiteral("SELECT %1 FROM %2 WHERE id = 1 AND %3 IS NULL").arg(clearColumn, table, sealedColumn)))
        return failed(q);
    if (!q.next())
        return success();
    QByteArray secret = q.value(0).toByteArray();
    q.finish();
    q.prepare(QStringLiteral("UPDATE %1 SET %2 = X'', %3 = ? WHERE id = 1").arg(table, clearColumn, sealedColumn));
    q.addBindValue(siteKey.seal(secret, context));
    sodium_memzero(secret.data(), size_t(secret.size()));
    if (!q.exec())
        return failed(q);
    return success();
}

} // namespace Doudi::SealedSecret
