#pragma once

#include "domain/Household.h"
#include "security/Authenticator.h"
#include "store/Database.h"
#include "store/SiteRepository.h"
#include "store/UserRepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>

#include <initializer_list>

#include <memory>

// Small helpers the store and GUI tests share: a township database with two villages, and a
// household built in code.
namespace TestFixtures {

inline const QString kVillageA = QStringLiteral("220681103201");
inline const QString kVillageB = QStringLiteral("220681103202");

inline std::unique_ptr<Doudi::Database> townshipDatabase(const QString& path)
{
    auto db = Doudi::Database::open(path, Doudi::Database::OpenMode::MustNotExist);
    if (!db)
        return nullptr;
    Doudi::SiteRepository sites(**db, Doudi::Session::bootstrap(QStringLiteral("test")));
    if (!sites.createSite(QStringLiteral("220681103"), QStringLiteral("六道沟镇"), QStringLiteral("township")) ||
        !sites.addVillage(kVillageA, QStringLiteral("六道沟村")) ||
        !sites.addVillage(kVillageB, QStringLiteral("长川村")))
        return nullptr;
    return std::move(db).value();
}

// A folder under `dir` with the built-in migrations up to `version`: a database of an older Doudi.
inline QString migrationsUpTo(const QString& dir, int version)
{
    const QString older = dir + QStringLiteral("/migrations-%1").arg(version);
    QDir().mkpath(older);
    const QStringList files =
        QDir(Doudi::Database::defaultMigrationsDir()).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString& f : files.mid(0, version))
        QFile::copy(Doudi::Database::defaultMigrationsDir() + QLatin1Char('/') + f, older + QLatin1Char('/') + f);
    return older;
}

inline const QString kAdminPassword = QStringLiteral("doudi-demo");

// The site's first administrator (name "admin", kAdminPassword), who holds the first key slot.
inline bool addAdministrator(Doudi::Database& db)
{
    Doudi::User admin;
    admin.name = QStringLiteral("admin");
    admin.displayName = QStringLiteral("管理员");
    admin.role = Doudi::Role::Admin;
    return Doudi::UserRepository(db, Doudi::Session::bootstrap(QStringLiteral("test"))).add(admin, kAdminPassword).ok();
}

// The database at `path`, with the administrator logged in on it (their site key unwrapped).
inline std::unique_ptr<Doudi::Database> openAsAdministrator(const QString& path)
{
    auto db = Doudi::Database::open(path, Doudi::Database::OpenMode::MustExist);
    if (!db || !Doudi::Authenticator::login(**db, QStringLiteral("admin"), kAdminPassword))
        return nullptr;
    return std::move(db).value();
}

inline Doudi::Member member(const char* id, const char* name, const char* relation)
{
    Doudi::Member m;
    m.idNumber = Doudi::IdNumber::parse(QString::fromLatin1(id)).value();
    m.name = QString::fromUtf8(name);
    m.relation = QString::fromLatin1(relation);
    return m;
}

inline Doudi::Household household(const QString& village = kVillageA)
{
    Doudi::Household h;
    h.villageCode = village;
    h.address = QStringLiteral("六道沟村3组12号");
    h.members = {member("220681198204110139", "李强", "head"), member("220681198409020241", "赵梅", "spouse"),
                 member("220681201206200319", "李小宇", "child")};
    h.members[2].student = true;
    h.income = {{QString(), 0, QStringLiteral("wage"), 600000},
                {QString(), std::nullopt, QStringLiteral("agriculture"), 300000}};
    h.expenditure = {{QString(), QStringLiteral("education"), 50000}};
    h.assets.financialFen = 120000;
    h.assets.vehicles = {{QString(), QStringLiteral("ebike"), 200000}};
    h.assets.dwellings = {{QString(), false, QString()}};
    return h;
}

// Every row of the named tables, to prove that a refused operation changed nothing.
inline QString tableRows(Doudi::Database& db, std::initializer_list<const char*> tables)
{
    QString out;
    for (const char* table : tables) {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(QString::fromLatin1(table)));
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i)
                out += q.value(i).toString() + QLatin1Char('|');
            out += QLatin1Char('\n');
        }
    }
    return out;
}

// Every row of every table, hashed: what "byte-identical" compares. `except`: tables left out.
inline QByteArray dumpHash(Doudi::Database& db, const QStringList& except = {})
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery tables(db.connection());
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        if (except.contains(table))
            continue;
        hash.addData(table.toUtf8());
        QSqlQuery rows(db.connection());
        rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1").arg(table));
        while (rows.next()) {
            for (int i = 0; i < rows.record().count(); ++i)
                hash.addData(QByteArray(rows.value(i).toString().toUtf8() + '\x1f'));
        }
    }
    return hash.result().toHex();
}

} // namespace TestFixtures
