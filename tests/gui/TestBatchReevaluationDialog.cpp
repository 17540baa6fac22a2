#include "BatchReevaluationDialog.h"
#include "Clock.h"
#include "demo/DemoGenerator.h"
#include "store/Database.h"

#include "security/Session.h"

#include <QDateEdit>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Doudi;

class TestBatchReevaluationDialog final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static qint64 savedDeterminations(Database& db)
    {
        QSqlQuery q(db.connection());
        return q.exec(QStringLiteral("SELECT count(*) FROM determinations")) && q.next() ? q.value(0).toLongLong() : -1;
    }

private slots:
    void previewsThenCommitsInTheBackground()
    {
        auto opened =
            Database::open(m_dir.filePath(QStringLiteral("batch.doudi")), Database::OpenMode::CreateIfMissing);
        QVERIFY(opened.ok());
        Database& db = **opened;
        QVERIFY(DemoGenerator(4, QDate(2025, 3, 15)).fill(db, QStringLiteral("test"), 1500));
        const qint64 before = savedDeterminations(db); // the demo's decided applications

        BatchReevaluationDialog dialog(db, Session::bootstrap(QStringLiteral("supervisor")));
        dialog.show();
        dialog.findChild<QDateEdit*>(QStringLiteral("month"))->setDate(QDate(2025, 3, 1));
        QSignalSpy ready(&dialog, &BatchReevaluationDialog::previewReady);
        dialog.start();
        QVERIFY(ready.wait(30000));
        QVERIFY(dialog.batch());
        QCOMPARE(dialog.batch()->preview().households, 1500);
        // Nothing is written before the clerk says so; the list shows every changed household.
        QCOMPARE(savedDeterminations(db), before);
        QVERIFY(dialog.findChild<QTableView*>(QStringLiteral("changes"))->model()->rowCount() > 1400);

        QSignalSpy committed(&dialog, &BatchReevaluationDialog::committed);
        dialog.commit();
        QVERIFY(committed.wait(30000));
        QCOMPARE(savedDeterminations(db), before + 1500);
    }

    // A supervisor approves the new amounts as one decision from a month: a decision per household
    // whose amount changes, recorded with the determinations in the same transaction.
    void approvesTheNewAmounts()
    {
        auto opened =
            Database::open(m_dir.filePath(QStringLiteral("decide.doudi")), Database::OpenMode::CreateIfMissing);
        QVERIFY(opened.ok());
        Database& db = **opened;
        QVERIFY(DemoGenerator(6, QDate(2025, 3, 15)).fill(db, QStringLiteral("test"), 600));
        BatchReevaluationDialog dialog(db, Session::bootstrap(QStringLiteral("supervisor")));
        dialog.show();
        dialog.findChild<QDateEdit*>(QStringLiteral("month"))->setDate(QDate(2025, 3, 1));
        QSignalSpy ready(&dialog, &BatchReevaluationDialog::previewReady);
        dialog.start();
        QVERIFY(ready.wait(30000));
        QCOMPARE(dialog.findChild<QDateEdit*>(QStringLiteral("decideFrom"))->date(), QDate(2025, 4, 1));
        QSignalSpy committed(&dialog, &BatchReevaluationDialog::committed);
        dialog.decideFrom(QStringLiteral("2025-04"));
        QVERIFY(committed.wait(30000));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(DISTINCT decision_id) FROM approved_amounts WHERE source = "
                                      "'reevaluation' AND effective_from = '2025-04'")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), dialog.decided());
    }

    void discardingWritesNothing()
    {
        auto opened =
            Database::open(m_dir.filePath(QStringLiteral("discard.doudi")), Database::OpenMode::CreateIfMissing);
        QVERIFY(opened.ok());
        Database& db = **opened;
        QVERIFY(DemoGenerator(5, QDate(2025, 3, 15)).fill(db, QStringLiteral("test"), 300));
        const qint64 before = savedDeterminations(db);
        {
            BatchReevaluationDialog dialog(db, Session::bootstrap(QStringLiteral("supervisor")));
            dialog.findChild<QDateEdit*>(QStringLiteral("month"))->setDate(QDate(2025, 3, 1));
            QSignalSpy ready(&dialog, &BatchReevaluationDialog::previewReady);
            dialog.start();
            QVERIFY(ready.wait(30000));
            dialog.reject();
        }
        QCOMPARE(savedDeterminations(db), before);
    }
};

QTEST_MAIN(TestBatchReevaluationDialog)
#include "TestBatchReevaluationDialog.moc"
