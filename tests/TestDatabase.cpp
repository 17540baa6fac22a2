#include "store/Database.h"
#include "store/SiteRepository.h"
#include "store/Transaction.h"

#include "security/Session.h"
#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <QTest>

using namespace Doudi;

namespace {
QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QVariant scalar(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}
} // namespace

class TestDatabase final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    // A closed database file with a site, at the current schema or, given a migrations folder,
    // at the schema of that folder.
    QString makeDatabase(const char* name, const QString& migrations = Database::defaultMigrationsDir())
    {
        const QString file = path(name);
        auto db = Database::open(file, Database::OpenMode::MustNotExist, migrations);
        if (!db)
            return {};
        if (migrations != Database::defaultMigrationsDir()) {
            // What a build of that older schema wrote: the site row alone.
            QSqlQuery q((*db)->connection());
            return q.exec(QStringLiteral("INSERT INTO site VALUES (1, '220681103', '六道沟镇', 'township', "
                                         "'00000000-0000-0000-0000-000000000001', '2025-01-01T00:00:00Z', 'old')"))
                       ? file
                       : QString();
        }
        SiteRepository sites(**db, Session::bootstrap(QStringLiteral("test")));
        if (!sites.createSite(QStringLiteral("220681103"), QStringLiteral("六道沟镇"), QStringLiteral("township")))
            return {};
        return file;
    }

private slots:
    // A transaction begun inside another is a savepoint: the whole is still all or nothing.
    void nestedTransactions()
    {
        auto db = Database::open(path("nested.doudi"), Database::OpenMode::CreateIfMissing);
        QVERIFY(db.ok());
        QSqlDatabase c = (*db)->connection();
        QSqlQuery q(c);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (x INTEGER)")));
        const auto count = [&] {
            return scalar(**db, QStringLiteral("SELECT count(*) FROM t")).toInt();
        };
        {
            Transaction outer(c);
            QVERIFY(outer.begin());
            {
                Transaction inner(c);
                QVERIFY(inner.begin());
                QVERIFY(q.exec(QStringLiteral("INSERT INTO t VALUES (1)")));
                QVERIFY(inner.commit());
            }
            // The outer one fails: the inner one's row goes with it.
        }
        QCOMPARE(count(), 0);
        {
            Transaction outer(c);
            QVERIFY(outer.begin());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO t VALUES (2)")));
            {
                Transaction inner(c);
                QVERIFY(inner.begin());
                QVERIFY(q.exec(QStringLiteral("INSERT INTO t VALUES (3)")));
                // The inner one fails: only its own row is undone.
            }
            QVERIFY(outer.commit());
        }
        QCOMPARE(count(), 1);
        QCOMPARE(scalar(**db, QStringLiteral("SELECT x FROM t")).toInt(), 2);
        // And after them, a transaction is an outermost one again.
        Transaction next(c);
        QVERIFY(next.begin());
        QVERIFY(next.commit());
    }

    void createsWithSchemaAndPragmas()
    {
        auto db = Database::open(path("new.doudi"), Database::OpenMode::CreateIfMissing);
        QVERIFY2(db.ok(), qPrintable(db.error().toString()));
        QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(Database::latestSchemaVersion() >= 1);
        QCOMPARE(scalar(**db, QStringLiteral("PRAGMA application_id")).toInt(), Database::kApplicationId);
        QCOMPARE(scalar(**db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(scalar(**db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(scalar(**db, QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
        QVERIFY((*db)->backupPath().isEmpty());
        QVERIFY(scalar(**db, QStringLiteral("SELECT count(*) FROM households")).isValid());
    }

    // A database holds people's records: its file and its WAL are the user's alone, and one made
    // readable to others before (an older version, a copy) is made private when it is opened.
    void filesArePrivate()
    {
#ifdef Q_OS_UNIX
        constexpr auto others =
            QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
        const QString file = path("private.doudi");
        {
            auto db = Database::open(file, Database::OpenMode::MustNotExist);
            QVERIFY(db.ok());
            QVERIFY(
                SiteRepository(**db, Session::bootstrap(QStringLiteral("test")))
                    .createSite(QStringLiteral("220681103"), QStringLiteral("六道沟镇"), QStringLiteral("township")));
            QCOMPARE(QFile::permissions(file) & others, QFileDevice::Permissions());
            QVERIFY(QFile::exists(file + QStringLiteral("-wal")));
            QCOMPARE(QFile::permissions(file + QStringLiteral("-wal")) & others, QFileDevice::Permissions());
        }
        QVERIFY(
            QFile::setPermissions(file, QFile::permissions(file) | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        auto db = Database::open(file, Database::OpenMode::MustExist);
        QVERIFY(db.ok());
        QCOMPARE(QFile::permissions(file) & others, QFileDevice::Permissions());
#else
        QSKIP("File permissions are the user profile's on Windows");
#endif
    }

    void reopensAndKeepsData()
    {
        const QString file = makeDatabase("reopen.doudi");
        QVERIFY(!file.isEmpty());
        auto db = Database::open(file, Database::OpenMode::MustExist);
        QVERIFY2(db.ok(), qPrintable(db.error().toString()));
        SiteRepository sites(**db, Session::bootstrap(QStringLiteral("test")));
        QCOMPARE(sites.site()->name, QStringLiteral("六道沟镇"));
        QCOMPARE(sites.site()->databaseUuid.size(), 36);
    }

    // What a power cut during a restore or a creation left beside the database goes at the next
    // opening (the restore's copy is a decrypted backup); one still being written is left alone.
    void leftoverWorkingCopiesGo()
    {
        const QString file = makeDatabase("leftovers.doudi");
        QVERIFY(!file.isEmpty());
        const auto write = [](const QString& name, const QDateTime& when) {
            QFile f(name);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("people's records");
            f.flush();
            QVERIFY(f.setFileTime(when, QFileDevice::FileModificationTime));
        };
        const QDateTime anHourAgo = QDateTime::currentDateTimeUtc().addSecs(-3600);
        write(file + QStringLiteral(".restoring"), anHourAgo);
        write(file + QStringLiteral(".restoring-wal"), anHourAgo);
        write(file + QStringLiteral(".creating"), QDateTime::currentDateTimeUtc()); // in progress
        QVERIFY(Database::open(file, Database::OpenMode::MustExist).ok());
        QVERIFY(!QFile::exists(file + QStringLiteral(".restoring")));
        QVERIFY(!QFile::exists(file + QStringLiteral(".restoring-wal")));
        QVERIFY(QFile::exists(file + QStringLiteral(".creating")));
    }

    void modes()
    {
        const QString file = makeDatabase("modes.doudi");
        auto again = Database::open(file, Database::OpenMode::MustNotExist);
        QVERIFY(!again.ok());
        QVERIFY(again.error().toString().contains(QStringLiteral("already exists")));
        auto missing = Database::open(path("nothing-here.doudi"), Database::OpenMode::MustExist);
        QVERIFY(!missing.ok());
        QVERIFY(!QFile::exists(path("nothing-here.doudi")));
        // A worker's connection never makes a database, and opens one the first connection has open.
        auto noWorker = Database::open(path("nothing-here.doudi"), Database::OpenMode::Worker);
        QVERIFY(!noWorker.ok());
        QVERIFY(!QFile::exists(path("nothing-here.doudi")));
        auto first = Database::open(file, Database::OpenMode::MustExist);
        QVERIFY(first.ok());
        auto worker = Database::open(file, Database::OpenMode::Worker);
        QVERIFY2(worker.ok(), qPrintable(worker ? QString() : worker.error().toString()));
        QCOMPARE((*worker)->schemaVersion(), (*first)->schemaVersion());
    }

    void refusesNonSqliteFile()
    {
        const QString file = path("notes.txt");
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("这不是数据库 — just some text, long enough to look like a file.\n");
        f.close();
        const QByteArray before = fileHash(file);
        auto db = Database::open(file, Database::OpenMode::CreateIfMissing);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind(), Error::Kind::Failed);
        QVERIFY(db.error().toString().contains(QStringLiteral("not an SQLite file")));
        QCOMPARE(fileHash(file), before);
    }

    void refusesForeignSqliteFile()
    {
        const QString file = path("foreign.sqlite");
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            other.setDatabaseName(file);
            QVERIFY(other.open());
            QSqlQuery q(other);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (x)")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        const QByteArray before = fileHash(file);
        auto db = Database::open(file, Database::OpenMode::MustExist);
        QVERIFY(!db.ok());
        QVERIFY(db.error().toString().contains(QStringLiteral("another program")));
        QCOMPARE(fileHash(file), before);
    }

    void refusesDamagedFile()
    {
        const QString file = makeDatabase("damaged.doudi");
        {
            // Fill it so that there are pages to damage, then close it (checkpointing the WAL).
            auto db = Database::open(file, Database::OpenMode::MustExist);
            QVERIFY(db.ok());
            SiteRepository sites(**db, Session::bootstrap(QStringLiteral("test")));
            for (int i = 0; i < 200; ++i)
                QVERIFY(sites.setSetting(QStringLiteral("key%1").arg(i), QString(200, QLatin1Char('x'))));
        }
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        QVERIFY(size > 8192);
        // Scribble over the middle of the file, past the header page.
        f.seek(4096 + 100);
        f.write(QByteArray(int(size / 2), '\x5a'));
        f.close();
        const QByteArray before = fileHash(file);

        auto db = Database::open(file, Database::OpenMode::MustExist);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().toString().contains(QStringLiteral("damaged")), qPrintable(db.error().toString()));
        QCOMPARE(fileHash(file), before);
    }

    // The desk opens a big township at once: after a clean stop the whole-file scan is left to a
    // thread (checkWholeFile, which still finds damage); after an unclean one it is made first.
    void deskScansAtOnceOnlyAfterUncleanStop()
    {
        const QString file = makeDatabase("desk.doudi");
        const QString crashed = path("desk-crashed.doudi");
        {
            auto db = Database::open(file, Database::OpenMode::MustExist);
            QVERIFY(db.ok());
            QVERIFY((*db)->wholeFileChecked());
            SiteRepository sites(**db, Session::bootstrap(QStringLiteral("test")));
            for (int i = 0; i < 200; ++i)
                QVERIFY(sites.setSetting(QStringLiteral("key%1").arg(i), QString(200, QLatin1Char('x'))));
            // What a power cut leaves: the file with its write-ahead log beside it.
            for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QVERIFY(QFile::copy(file + suffix, crashed + suffix));
        }
        QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
        {
            auto desk = Database::open(file, Database::OpenMode::Desk);
            QVERIFY2(desk.ok(), qPrintable(desk ? QString() : desk.error().toString()));
            QVERIFY(!(*desk)->wholeFileChecked());
            QVERIFY(Database::checkWholeFile(file));
        }
        QVERIFY(QFileInfo(crashed + QStringLiteral("-wal")).size() > 0);
        const auto scribble = [](const QString& name) {
            QFile f(name);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.size() > 8192);
            f.seek(4096 + 100);
            f.write(QByteArray(int(f.size() / 2), '\x5a'));
        };
        scribble(crashed);
        const QByteArray before = fileHash(crashed);
        auto refused = Database::open(crashed, Database::OpenMode::Desk);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().toString().contains(QStringLiteral("damaged")),
                 qPrintable(refused.error().toString()));
        QCOMPARE(fileHash(crashed), before);

        scribble(file);
        const Status whole = Database::checkWholeFile(file);
        QVERIFY(!whole);
        QVERIFY(whole.error().toString().contains(QStringLiteral("damaged")));
    }

    void refusesNewerSchema()
    {
        const QString file = makeDatabase("newer.doudi");
        {
            auto db = Database::open(file, Database::OpenMode::MustExist);
            QSqlQuery q((*db)->connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
        }
        const QByteArray before = fileHash(file);
        auto db = Database::open(file, Database::OpenMode::MustExist);
        QVERIFY(!db.ok());
        QVERIFY(db.error().toString().contains(QStringLiteral("newer version of Doudi")));
        QCOMPARE(fileHash(file), before);
    }

    void upgradesEveryOlderVersionWithBackup()
    {
        // A database of schema 1, opened by this build.
        const QString file = makeDatabase("upgrade.doudi", QStringLiteral(":/test-migrations-v1"));
        QVERIFY(!file.isEmpty());
        auto db = Database::open(file, Database::OpenMode::MustExist);
        QVERIFY2(db.ok(), qPrintable(db.error().toString()));
        QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(scalar(**db, QStringLiteral("SELECT count(*) FROM policies")).isValid());
        SiteRepository upgraded(**db, Session::bootstrap(QStringLiteral("test")));
        QCOMPARE(upgraded.site()->code, QStringLiteral("220681103"));

        // The backup is the schema-1 database, with its data.
        const QString backup = (*db)->backupPath();
        QVERIFY(!backup.isEmpty());
        QVERIFY(QFile::exists(backup));
        auto old = Database::open(backup, Database::OpenMode::MustExist, QStringLiteral(":/test-migrations-v1"));
        QVERIFY2(old.ok(), qPrintable(old.error().toString()));
        QCOMPARE((*old)->schemaVersion(), 1);
        SiteRepository sites(**old, Session::bootstrap(QStringLiteral("test")));
        QCOMPARE(sites.site()->code, QStringLiteral("220681103"));
        QVERIFY(!scalar(**old, QStringLiteral("SELECT count(*) FROM policies")).isValid());
    }

    void failedMigrationRollsBack()
    {
        const QString file = makeDatabase("broken-upgrade.doudi", QStringLiteral(":/test-migrations-v1"));
        auto db = Database::open(file, Database::OpenMode::MustExist, QStringLiteral(":/test-migrations-broken"));
        QVERIFY(!db.ok());
        QVERIFY(db.error().toString().contains(QStringLiteral("schema 2")));
        auto again = Database::open(file, Database::OpenMode::MustExist, QStringLiteral(":/test-migrations-v1"));
        QVERIFY(again.ok());
        QCOMPARE((*again)->schemaVersion(), 1);
        QVERIFY(!scalar(**again, QStringLiteral("SELECT count(*) FROM half_done")).isValid());
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
