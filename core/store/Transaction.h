#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace Doudi {

// `BEGIN IMMEDIATE` … `COMMIT`, rolled back when it goes out of scope uncommitted, so that a failed
// operation leaves the database exactly as it was. Immediate: the write lock is taken at once, so
// two writers never both read a state that only one of them may change. Begun inside another on
// the same connection, it is a savepoint of the outer one: all or nothing still holds for the whole.
class Transaction final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::Transaction)
    Q_DISABLE_COPY_MOVE(Transaction)

public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();

    Status begin();
    Status commit();

    // Whether a transaction is open on `db` (on this thread): what the helpers that write "inside
    // the caller's transaction" assert, so that none of them ever writes half a change.
    static bool isOpen(const QSqlDatabase& db);

private:
    QSqlDatabase m_db;
    bool m_open = false;
    int m_depth = 0; // 0: the outermost transaction; else the savepoint's number
};

} // namespace Doudi
