#include "SiteRepository.h"

#include "Clock.h"
#include "domain/RegionCode.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace Doudi {

namespace {
QString timestamp()
{
    return Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}
} // namespace

SiteRepository::SiteRepository(Database& database, Session session)
    : m_database(database)
    , m_session(std::move(session))
    , m_user(m_session.userName())
{}

Status SiteRepository::createSite(const QString& code, const QString& name, const QString& kind)
{
    if (Status s = m_session.require(Action::ChangeSettings); !s)
        return s;
    const auto region = RegionCode::parse(code);
    if (!region)
        return region.error().withFieldPrefix(QStringLiteral("site"));
    if (kind == QLatin1String("township") && region->level() != RegionCode::Level::Township)
        return Error::invalid(QStringLiteral("site"), tr("a township code has 9 digits"));
    if (kind == QLatin1String("city") && region->level() != RegionCode::Level::County)
        return Error::invalid(QStringLiteral("site"), tr("a city code has 6 digits"));
    if (kind != QLatin1String("township") && kind != QLatin1String("city"))
        return Error::invalid(QStringLiteral("kind"), tr("must be township or city"));
    if (name.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("name"), tr("is empty"));

    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO site (id, code, name, kind, database_uuid, created_at, created_by) "
                             "VALUES (1, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(code);
    q.addBindValue(name.trimmed());
    q.addBindValue(kind);
    q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    q.addBindValue(timestamp());
    q.addBindValue(m_user);
    if (!q.exec())
        return Error::failed(tr("Cannot record the site: %1").arg(q.lastError().text()));
    return AuditLog(m_database).record(m_user, QStringLiteral("insert"), QStringLiteral("site"), code, name.trimmed());
}

QString SiteRepository::originCode(Database& database)
{
    QSqlQuery q(database.connection());
    if (q.exec(QStringLiteral("SELECT code FROM site WHERE id = 1")) && q.next())
        return q.value(0).toString();
    return QStringLiteral("");
}

Result<Site> SiteRepository::site() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT code, name, kind, database_uuid FROM site WHERE id = 1")))
        return Error::failed(tr("Cannot read the site: %1").arg(q.lastError().text()));
    if (!q.next())
        return Error::failed(tr("This database has no site yet; create it with “doudi-cli init”."));
    return Site{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
}

QString SiteRepository::villageDigest(const QString& code, const QString& name)
{
    return AuditLog::digest((code + QLatin1Char('\n') + name).toUtf8());
}

Status SiteRepository::addVillage(const QString& code, const QString& name)
{
    if (Status s = m_session.require(Action::ChangeSettings); !s)
        return s;
    const auto region = RegionCode::parse(code);
    if (!region)
        return region.error().withFieldPrefix(QStringLiteral("village"));
    if (region->level() != RegionCode::Level::Village)
        return Error::invalid(QStringLiteral("village"), tr("a village code has 12 digits"));
    const auto here = site();
    if (!here)
        return here.error();
    const QString now = timestamp();
    Transaction transaction(m_database.connection());
    if (Status s = transaction.begin(); !s)
        return s;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO villages (code, name, created_at, created_by, updated_at, updated_by, "
                             "origin_site) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const QString& v : {code, name.trimmed(), now, m_user, now, m_user, here->code})
        q.addBindValue(v);
    if (!q.exec())
        return Error::failed(tr("Cannot add the village %1: %2").arg(code, q.lastError().text()));
    const QJsonObject values{{QStringLiteral("code"), code}, {QStringLiteral("name"), name.trimmed()}};
    if (Status s = AuditLog(m_database)
                       .append(m_user, QStringLiteral("insert"), QStringLiteral("villages"), code, {}, values,
                               villageDigest(code, name.trimmed()));
        !s)
        return s;
    return transaction.commit();
}

Result<QList<Village>> SiteRepository::villages() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT code, name FROM villages WHERE deleted = 0 ORDER BY code")))
        return Error::failed(tr("Cannot read the villages: %1").arg(q.lastError().text()));
    QList<Village> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString()});
    return out;
}

QString SiteRepository::setting(const QString& key, const QString& fallback) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return fallback;
}

Status SiteRepository::setSetting(const QString& key, const QString& value)
{
    if (Status s = m_session.require(Action::ChangeSettings); !s)
        return s;
    Transaction transaction(m_database.connection());
    if (Status s = transaction.begin(); !s)
        return s;
    const QString before = setting(key);
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        return Error::failed(tr("Cannot save the setting %1: %2").arg(key, q.lastError().text()));
    if (Status s = AuditLog(m_database)
                       .append(m_user, QStringLiteral("update"), QStringLiteral("settings"), key,
                               QJsonObject{{key, before}}, QJsonObject{{key, value}}, QString());
        !s)
        return s;
    return transaction.commit();
}

} // namespace Doudi
