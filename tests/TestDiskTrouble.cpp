#include "CliRunner.h"
#include "Unwritable.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

// A disk that is full and a database that cannot be written (issue 18): the write fails with one
// plain sentence that says nothing was saved, the database stays exactly as it was, and it takes
// the same write once the disk has room again.
class TestDiskTrouble final : public QObject
{
    Q_OBJECT

private:
    using Run = CliRunner::Run;
    CliRunner m_cli;
    QString m_households; // 40 households of another demo township, as doudi-household/1

    QString township(const QString& name)
    {
        const QString path = m_cli.path(name);
        const Run made =
            m_cli.run({QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--households"),
                       QStringLiteral("20"), QStringLiteral("--seed"), QStringLiteral("4")});
        return made.code == 0 ? path : QString();
    }

    int households(const QString& db)
    {
        const Run listed = m_cli.run({QStringLiteral("household"), QStringLiteral("list"), QStringLiteral("--db"), db,
                                      QStringLiteral("--json")});
        return listed.code == 0 ? int(QJsonDocument::fromJson(listed.out).array().size()) : -1;
    }

    QStringList importAs(const QString& db)
    {
        return {QStringLiteral("household"),
                QStringLiteral("import"),
                QStringLiteral("--db"),
                db,
                QStringLiteral("--user"),
                QStringLiteral("clerk1"),
                m_households};
    }

    // What the database holds, for comparing before and after: every household and the audit trail.
    static QByteArray contents(const QString& db)
    {
        const QString name = QStringLiteral("look-") + db;
        QByteArray out;
        {
            QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            c.setDatabaseName(db);
            c.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (c.open()) {
                QSqlQuery q(c);
                for (const char* sql : {"PRAGMA integrity_check", "SELECT id, version FROM households ORDER BY id",
                                        "SELECT seq, hash FROM audit_log ORDER BY seq"}) {
                    q.exec(QString::fromLatin1(sql));
                    while (q.next())
                        out += q.value(0).toByteArray() + ' ' + q.value(1).toByteArray() + '\n';
                }
            }
        }
        QSqlDatabase::removeDatabase(name);
        return out;
    }

    static bool saysNothingWasSaved(const Run& run, const char* what)
    {
        const QString err = run.err.trimmed();
        return run.code == 1 && err.contains(QLatin1String(what)) &&
               err.contains(QLatin1String("nothing of this was saved")) && !err.contains(QLatin1String("fetch row"));
    }

private slots:
    void initTestCase()
    {
        const QString other = m_cli.path("other.doudi");
        QCOMPARE(m_cli
                     .run({QStringLiteral("demo"), QStringLiteral("--db"), other, QStringLiteral("--households"),
                           QStringLiteral("40"), QStringLiteral("--seed"), QStringLiteral("71")})
                     .code,
                 0);
        QJsonArray out;
        for (const QJsonValue& row :
             QJsonDocument::fromJson(m_cli
                                         .run({QStringLiteral("household"), QStringLiteral("list"),
                                               QStringLiteral("--db"), other, QStringLiteral("--json")})
                                         .out)
                 .array()) {
            QJsonObject h = QJsonDocument::fromJson(m_cli
                                                        .run({QStringLiteral("household"), QStringLiteral("export"),
                                                              QStringLiteral("--db"), other, QStringLiteral("--id"),
                                                              row.toObject().value(QStringLiteral("id")).toString()})
                                                        .out)
                                .object();
            h.remove(QStringLiteral("id"));
            out.append(h);
        }
        QCOMPARE(out.size(), 40);
        m_households = m_cli.path("households.json");
        QFile file(m_households);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(out).toJson());
    }

    void aFullDiskSavesNothingAndSaysSo()
    {
#ifndef Q_OS_UNIX
        QSKIP("the disk is made full with the shell's ulimit");
#endif
        const QString db = township(QStringLiteral("full.doudi"));
        QVERIFY(!db.isEmpty());
        const QByteArray before = contents(db);
        QVERIFY(before.startsWith("ok"));

        // No file may grow past 64 KiB: the import's journal does.
        const Run full = m_cli.runOnAFullDisk(64, importAs(db));
        QVERIFY2(saysNothingWasSaved(full, "The disk"), qPrintable(full.err));
        QCOMPARE(full.err.trimmed().count(QLatin1Char('\n')), 0); // one sentence
        QCOMPARE(contents(db), before);
        QCOMPARE(households(db), 20);
        QCOMPARE(m_cli.run({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), db}).code, 0);

        // With room again, the same import goes in whole.
        const Run roomy = m_cli.run(importAs(db));
        QVERIFY2(roomy.code == 0, qPrintable(roomy.err));
        QCOMPARE(households(db), 60);
    }

    void aReadOnlyDatabaseSavesNothingAndSaysSo()
    {
        const QString db = township(QStringLiteral("readonly.doudi"));
        QVERIFY(!db.isEmpty());
        const QByteArray before = contents(db);
        if (const QString why = makeUnwritable({db}, true); !why.isEmpty())
            QSKIP(qPrintable(why));
        const Run refused = m_cli.run(importAs(db));
        const QByteArray after = contents(db);
        makeUnwritable({db}, false);
        QVERIFY2(saysNothingWasSaved(refused, "cannot be written"), qPrintable(refused.err));
        QCOMPARE(after, before);
        QCOMPARE(households(db), 20);
    }

    // A database in a folder that cannot be written cannot be opened (SQLite keeps its -shm file
    // beside it): that is said as it is — the file is not called damaged.
    void aReadOnlyFolderIsNotDamage()
    {
        QDir().mkpath(m_cli.path("locked"));
        const QString db = township(QStringLiteral("locked/t.doudi"));
        QVERIFY(!db.isEmpty());
        QFile::remove(db + QStringLiteral("-shm"));
        if (const QString why = makeUnwritable({m_cli.path("locked")}, true); !why.isEmpty())
            QSKIP(qPrintable(why));
        const Run summary = m_cli.run({QStringLiteral("summary"), QStringLiteral("--db"), db});
        makeUnwritable({m_cli.path("locked")}, false);
        QCOMPARE(summary.code, 1);
        QVERIFY2(summary.err.contains(QLatin1String("cannot be opened")), qPrintable(summary.err));
        QVERIFY(!summary.err.contains(QLatin1String("damaged")));
    }
};

QTEST_GUILESS_MAIN(TestDiskTrouble)
#include "TestDiskTrouble.moc"
