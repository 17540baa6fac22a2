#include "DraftRepository.h"

#include "Clock.h"
#include "store/Database.h"
#include "store/StorageError.h"
#include "store/Transaction.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace Doudi {

DraftRepository::DraftRepository(Database& database, Session session)
    : m_database(database)
    , m_session(std::move(session))
{}

Status DraftRepository::keep(const Draft& draft)
{
    Transaction transaction(m_database.connection());
    if (Status s = transaction.begin(); !s)
        return s;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO drafts (user_name, form, target, title, content, saved_at) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v :
         {QVariant(m_session.userName()), QVariant(draft.form), QVariant(draft.target), QVariant(draft.title),
          QVariant(QString::fromUtf8(QJsonDocument(draft.content).toJson(QJsonDocument::Compact))),
          QVariant(Clock::currentDateTimeUtc().toString(Qt::ISODate))})
        q.addBindValue(v);
    if (!q.exec())
        return Error::failed(tr("Cannot keep what was typed: %1").arg(StorageError::describe(q.lastError())));
    return transaction.commit();
}

Status DraftRepository::discard(const QString& form, const QString& target)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM drafts WHERE user_name = ? AND form = ? AND target = ?"));
    q.addBindValue(m_session.userName());
    q.addBindValue(form);
    q.addBindValue(target);
    if (!q.exec())
        return Error::failed(tr("Cannot remove what was typed: %1").arg(StorageError::describe(q.lastError())));
    return success();
}

Result<QList<Draft>> DraftRepository::mine() const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT form, target, title, content, saved_at FROM drafts WHERE user_name = ? "
                             "ORDER BY saved_at DESC, form, target"));
    q.addBindValue(m_session.userName());
    if (!q.exec())
        return Error::failed(tr("Cannot read what was typed: %1").arg(StorageError::describe(q.lastError())));
    QList<Draft> out;
    while (q.next()) {
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object(), q.value(4).toString()});
    }
    return out;
}

} // namespace Doudi
