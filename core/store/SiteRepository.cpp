#include "SiteRepository.h"

#include "Clock.h"
#include "domain/RegionCode.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/HouseholdRepository.h"
#include "store/StorageError.h"
#include "store/Transaction.h"
#include "store/UserRepository.h"

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
        return Error::failed(tr("Cannot record the site: %1").arg(StorageError::describe(q.lastError())));
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
        return Error::failed(tr("Cannot read the site: %1").arg(StorageError::describe(q.lastError())));
    if (!q.next())
        return Error::failed(tr("This database has no site yet; create it with “doudi-cli init”."));
    return Site{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
}

QString SiteRepository::villageDigest(const Village& v)
{
    // A village of schema 12 and before (rural, in use) keeps the digest it was audited with.
    QString content = v.code + QLatin1Char('\n') + v.name;
    if (v.urban)
        content += QStringLiteral("\nurban");
    if (v.isRetired())
        content += QStringLiteral("\nretired ") + v.retiredOn.toString(Qt::ISODate) + QLatin1Char(' ') + v.mergedInto;
    return AuditLog::digest(content.toUtf8());
}

namespace {
QJsonObject villageValues(const Village& v)
{
    QJsonObject o{{QStringLiteral("code"), v.code}, {QStringLiteral("name"), v.name}};
    if (v.urban)
        o.insert(QStringLiteral("urban"), true);
    if (v.isRetired())
        o.insert(QStringLiteral("retired_on"), v.retiredOn.toString(Qt::ISODate));
    if (!v.mergedInto.isEmpty())
        o.insert(QStringLiteral("merged_into"), v.mergedInto);
    return o;
}

Village villageFrom(const QSqlQuery& q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toBool(),
            QDate::fromString(q.value(3).toString(), Qt::ISODate), q.value(4).toString()};
}

const QString kVillageColumns = QStringLiteral("code, name, urban, retired_on, coalesce(merged_into, '')");
} // namespace

Status SiteRepository::checkNewVillage(const Village& village, const QString& siteCode) const
{
    const auto region = RegionCode::parse(village.code);
    if (!region)
        return region.error().withFieldPrefix(QStringLiteral("code"));
    if (region->level() != RegionCode::Level::Village)
        return Error::invalid(QStringLiteral("code"), tr("a village code has 12 digits"));
    if (!village.code.startsWith(siteCode))
        return Error::invalid(QStringLiteral("code"),
                              tr("%1 is not in this township (its code starts with %2)").arg(village.code, siteCode));
    if (village.name.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("name"), tr("is empty"));
    if (village.name.trimmed().size() > 60)
        return Error::invalid(QStringLiteral("name"), tr("is longer than 60 characters"));
    return success();
}

Status SiteRepository::insertVillage(const Village& village, const QString& siteCode)
{
    if (Status s = checkNewVillage(village, siteCode); !s)
        return s;
    const Village v{village.code, village.name.trimmed(), village.urban, {}, {}};
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT name FROM villages WHERE code = ?"));
    q.addBindValue(v.code);
    if (q.exec() && q.next())
        return Error::invalid(QStringLiteral("code"),
                              tr("%1 is already the village %2").arg(v.code, q.value(0).toString()));
    const QString now = timestamp();
    q.prepare(QStringLiteral("INSERT INTO villages (code, name, urban, created_at, created_by, updated_at, updated_by, "
                             "origin_site) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& value : {QVariant(v.code), QVariant(v.name), QVariant(int(v.urban)), QVariant(now),
                                  QVariant(m_user), QVariant(now), QVariant(m_user), QVariant(siteCode)})
        q.addBindValue(value);
    if (!q.exec())
        return Error::failed(tr("Cannot add the village %1: %2").arg(v.code, StorageError::describe(q.lastError())));
    return AuditLog(m_database)
        .append(m_user, QStringLiteral("insert"), QStringLiteral("villages"), v.code, {}, villageValues(v),
                villageDigest(v));
}

Status SiteRepository::addVillage(const QString& code, const QString& name, bool urban)
{
    return addVillages({Village{code, name, urban, {}, {}}});
}

Status SiteRepository::addVillages(const QList<Village>& villages)
{
    if (Status s = m_session.require(Action::ChangeSettings); !s)
        return s;
    const auto here = site();
    if (!here)
        return here.error();
    Transaction transaction(m_database.connection());
    if (Status s = transaction.begin(); !s)
        return s;
    for (qsizetype i = 0; i < villages.size(); ++i) {
        if (Status s = insertVillage(villages[i], here->code); !s)
            return villages.size() == 1 ? s : s.error().withFieldPrefix(QStringLiteral("[%1]").arg(i));
    }
    return transaction.commit();
}

Result<Village> SiteRepository::existingVillage(const QString& code) const
{
    const auto found = village(code);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::invalid(QStringLiteral("code"), tr("%1 is not a village of this township").arg(code));
    return **found;
}

Status SiteRepository::updateVillage(const Village& before, const Village& after)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE villages SET name = ?, urban = ?, retired_on = ?, merged_into = ?, "
                             "updated_at = ?, updated_by = ?, version = version + 1 WHERE code = ?"));
    q.addBindValue(after.name);
    q.addBindValue(int(after.urban));
    q.addBindValue(after.isRetired() ? QVariant(after.retiredOn.toString(Qt::ISODate))
                                     : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(after.mergedInto.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(after.mergedInto));
    q.addBindValue(timestamp());
    q.addBindValue(m_user);
    q.addBindValue(after.code);
    if (!q.exec())
        return Error::failed(
            tr("Cannot change the village %1: %2").arg(after.code, StorageError::describe(q.lastError())));
    return AuditLog(m_database)
        .append(m_user, QStringLiteral("update"), QStringLiteral("villages"), after.code, villageValues(before),
                villageValues(after), villageDigest(after));
}

Status SiteRepository::renameVillage(const QString& code, const QString& name)
{
    if (Status s = m_session.require(Action::ChangeSettings); !s)
        return s;
    const auto before = existingVillage(code);
    if (!before)
        return before.error();
    Village after = *before;
    after.name = name.trimmed();
    if (Status s = checkNewVillage(after, code.left(9)); !s)
        return s;
    Transaction transaction(m_database.connection());
    if (Status s = transaction.begin(); !s)
        return s;
    if (Status s = updateVillage(*before, after); !s)
        return s;
    return transaction.commit();
}

Status SiteRepository::retireVillage(const QString& code)
{
    if (Status s = m_session.require(Action::ChangeSettings); !s)
        return s;
    const auto before = existingVillage(code);
    if (!before)
        return before.error();
    if (before->isRetired())
        return Error::invalid(QStringLiteral("code"), tr("the village %1 is retired already").arg(before->name));
    Transaction transaction(m_database.connection());
    if (Status s = transaction.begin(); !s)
        return s;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM households WHERE village_code = ? AND deleted = 0"));
    q.addBindValue(code);
    if (!q.exec() || !q.next())
        return Error::failed(tr("Cannot count the households: %1").arg(StorageError::describe(q.lastError())));
    if (const qint64 living = q.value(0).toLongLong(); living > 0)
        return Error::invalid(
            QStringLiteral("code"),
            tr("%n household(s) live in %1; merge the village into another one instead", "", int(living))
                .arg(before->name));
    Village after = *before;
    after.retiredOn = Clock::currentDate();
    if (Status s = updateVillage(*before, after); !s)
        return s;
    return transaction.commit();
}

Status SiteRepository::mergeVillage(const QString& from, const QString& into)
{
    if (Status s = m_session.require(Action::ChangeSettings); !s)
        return s;
    if (from == into)
        return Error::invalid(QStringLiteral("into"), tr("a village cannot be merged into itself"));
    const auto source = existingVillage(from);
    if (!source)
        return source.error().withFieldPrefix(QStringLiteral("from"));
    const auto target = existingVillage(into);
    if (!target)
        return target.error().withFieldPrefix(QStringLiteral("into"));
    if (source->isRetired())
        return Error::invalid(QStringLiteral("from"), tr("the village %1 is retired already").arg(source->name));
    if (target->isRetired())
        return Error::invalid(QStringLiteral("into"), tr("the village %1 is retired").arg(target->name));
    Transaction transaction(m_database.connection());
    if (Status s = transaction.begin(); !s)
        return s;
    if (Status s = HouseholdRepository(m_database, m_session).moveVillage(from, into); !s)
        return s;
    if (Status s = UserRepository(m_database, m_session).moveVillage(from, into); !s)
        return s;
    Village after = *source;
    after.retiredOn = Clock::currentDate();
    after.mergedInto = into;
    if (Status s = updateVillage(*source, after); !s)
        return s;
    return transaction.commit();
}

QHash<QString, QString> SiteRepository::villageNames() const
{
    QHash<QString, QString> names;
    if (const auto all = villages()) {
        for (const Village& v : *all)
            names.insert(v.code, v.name);
    }
    return names;
}

Result<QList<Village>> SiteRepository::villages() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT ") + kVillageColumns +
                QStringLiteral(" FROM villages WHERE deleted = 0 ORDER BY code")))
        return Error::failed(tr("Cannot read the villages: %1").arg(StorageError::describe(q.lastError())));
    QList<Village> out;
    while (q.next())
        out.append(villageFrom(q));
    return out;
}

Result<QList<Village>> SiteRepository::activeVillages() const
{
    auto all = villages();
    if (!all)
        return all;
    all->removeIf([](const Village& v) { return v.isRetired(); });
    return all;
}

Result<QList<VillageCount>> SiteRepository::villageCounts() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT ") + kVillageColumns +
                QStringLiteral(", (SELECT count(*) FROM households h WHERE h.village_code = villages.code AND "
                               "h.deleted = 0) FROM villages WHERE deleted = 0 ORDER BY code")))
        return Error::failed(tr("Cannot read the villages: %1").arg(StorageError::describe(q.lastError())));
    QList<VillageCount> out;
    while (q.next())
        out.append({villageFrom(q), q.value(5).toLongLong()});
    return out;
}

Result<std::optional<Village>> SiteRepository::village(const QString& code) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT ") + kVillageColumns +
              QStringLiteral(" FROM villages WHERE code = ? AND deleted = 0"));
    q.addBindValue(code);
    if (!q.exec())
        return Error::failed(tr("Cannot read the villages: %1").arg(StorageError::describe(q.lastError())));
    if (!q.next())
        return std::optional<Village>();
    return std::optional<Village>(villageFrom(q));
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
        return Error::failed(tr("Cannot save the setting %1: %2").arg(key, StorageError::describe(q.lastError())));
    if (Status s = AuditLog(m_database)
                       .append(m_user, QStringLiteral("update"), QStringLiteral("settings"), key,
                               QJsonObject{{key, before}}, QJsonObject{{key, value}}, QString());
        !s)
        return s;
    return transaction.commit();
}

} // namespace Doudi
