#include "BankLayouts.h"

#include "Clock.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/StorageError.h"
#include "store/Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace Doudi {

BankLayouts::BankLayouts(Database& database, Session session)
    : m_database(database)
    , m_session(std::move(session))
{}

Status BankLayouts::save(const BankLayout& layout)
{
    if (Status s = m_session.require(Action::PreparePayment); !s)
        return s;
    Transaction transaction(m_database.connection());
    if (Status s = transaction.begin(); !s)
        return s;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO bank_layouts (name, body, updated_at, updated_by) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT (name) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at, "
                             "updated_by = excluded.updated_by"));
    const QByteArray body = layout.toJson();
    q.addBindValue(layout.name);
    q.addBindValue(QString::fromUtf8(body));
    q.addBindValue(Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(m_session.userName());
    if (!q.exec())
        return Error::failed(tr("Cannot save the bank layout: %1").arg(StorageError::describe(q.lastError())));
    if (Status s = AuditLog(m_database)
                       .append(m_session.userName(), QStringLiteral("update"), QStringLiteral("bank_layouts"),
                               layout.name, {}, QJsonDocument::fromJson(body).object(), QString());
        !s)
        return s;
    return transaction.commit();
}

Result<QList<BankLayout>> BankLayouts::all()
{
    if (Status s = m_session.require(Action::ViewFund); !s)
        return s.error();
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT body FROM bank_layouts ORDER BY name")))
        return Error::failed(tr("Cannot read the bank layouts: %1").arg(StorageError::describe(q.lastError())));
    QList<BankLayout> out;
    while (q.next()) {
        if (auto layout = BankLayout::fromJson(q.value(0).toString().toUtf8()))
            out.append(*layout);
    }
    return out;
}

Result<BankLayout> BankLayouts::find(const QString& name)
{
    if (name.isEmpty())
        return BankLayout::standard();
    const auto layouts = all();
    if (!layouts)
        return layouts.error();
    for (const BankLayout& l : *layouts) {
        if (l.name == name)
            return l;
    }
    return Error::invalid(QStringLiteral("layout"), tr("no bank layout “%1”; save it first").arg(name.left(40)));
}

} // namespace Doudi
