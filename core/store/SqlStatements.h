#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace Doudi {

// Prepared statements of one connection, prepared once and reused: bulk work such as demo data and
// imports runs the same few statements hundreds of thousands of times.
class SqlStatements final
{
    Q_DISABLE_COPY_MOVE(SqlStatements)

public:
    explicit SqlStatements(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // The prepared query for `sql`, bound values cleared. Check `lastError()` when prepare failed.
    QSqlQuery& get(const QString& sql)
    {
        auto it = m_cache.find(sql);
        if (it == m_cache.end()) {
            QSqlQuery q(m_db);
            q.prepare(sql);
            it = m_cache.insert(sql, q);
        }
        it->finish();
        return *it;
    }

    QSqlDatabase database() const { return m_db; }

private:
    QSqlDatabase m_db;
    QHash<QString, QSqlQuery> m_cache;
};

} // namespace Doudi
