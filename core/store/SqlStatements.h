#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <unordered_map>

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
    // The reference stays valid while this object lives: each query has its own allocation, so a
    // later insert that grows the hash moves no query a caller still holds.
    QSqlQuery& get(const QString& sql)
    {
        auto it = m_cache.find(sql);
        if (it == m_cache.end()) {
            auto q = std::make_unique<QSqlQuery>(m_db);
            q->prepare(sql);
            it = m_cache.emplace(sql, std::move(q)).first;
        }
        QSqlQuery& query = *it->second;
        query.finish();
        return query;
    }

    QSqlDatabase database() const { return m_db; }

private:
    QSqlDatabase m_db;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_cache;
};

} // namespace Doudi
