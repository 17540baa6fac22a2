#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

namespace Doudi {

class Database;
class SiteKey;

// A secret kept in the single row (id = 1) of a table: in its clear column by a database older
// than the key slots, in its sealed column (SiteKey::seal with `context`) once sealed.
namespace SealedSecret {

// The secret as read: the sealed value opened with the logged-in person's site key, or the clear
// value of an older database.
Result<QByteArray> open(Database& database, const QVariant& clear, const QVariant& sealed, const QByteArray& context);
// Inside the caller's transaction: a clear value sealed, its clear column emptied.
Status sealClear(Database& database, const SiteKey& siteKey, const QString& table, const QString& clearColumn,
                 const QString& sealedColumn, const QByteArray& context);

} // namespace SealedSecret
} // namespace Doudi
