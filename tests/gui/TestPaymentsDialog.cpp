#include "PaymentsDialog.h"
#include "demo/DemoGenerator.h"
#include "store/Database.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Doudi;

// 发放 → 按月发放 at the desk: preview, generate, a second person approves, the bank's file.
class TestPaymentsDialog final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    const Session m_clerk = Session::forUser(QStringLiteral("liu"), QStringLiteral("刘丽"), Role::Clerk, QString());
    const Session m_supervisor =
        Session::forUser(QStringLiteral("wang"), QStringLiteral("王建国"), Role::Supervisor, QString());

    qint64 count(const char* sql)
    {
        QSqlQuery q(m_db->connection());
        return q.exec(QString::fromUtf8(sql)) && q.next() ? q.value(0).toLongLong() : -1;
    }

private slots:
    void initTestCase()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("pay.doudi")), Database::OpenMode::CreateIfMissing);
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        // A year of batches, April 2024 to March 2025.
        QVERIFY(DemoGenerator(8, QDate(2025, 3, 15)).fill(*m_db, QStringLiteral("test"), 400));
    }

    void previewGenerateApproveExport()
    {
        PaymentsDialog clerk(*m_db, m_clerk);
        clerk.show();
        QCOMPARE(clerk.batchesTable()->rowCount(), 13); // twelve months and a supplement
        QVERIFY(clerk.linesTable()->rowCount() > 0);

        // The preview writes nothing.
        clerk.monthEdit()->setDate(QDate(2025, 4, 1));
        clerk.kindBox()->setCurrentIndex(0);
        QSignalSpy refreshed(&clerk, &PaymentsDialog::refreshed);
        clerk.preview();
        QVERIFY(refreshed.wait(30000));
        QVERIFY(clerk.linesTable()->rowCount() > 0);
        QVERIFY2(clerk.summaryText().contains(QStringLiteral("2025")), qPrintable(clerk.summaryText()));
        QCOMPARE(count("SELECT count(*) FROM payment_batches"), 13);

        // Generated, then selected; the clerk who generated it cannot approve it.
        clerk.prepare();
        QVERIFY(refreshed.wait(30000));
        QCOMPARE(clerk.batchesTable()->rowCount(), 14);
        QCOMPARE(clerk.batchesTable()->currentRow(), 0);
        QCOMPARE(count("SELECT count(*) FROM payment_batches WHERE month = '2025-04' AND state = 'prepared'"), 1);
        clerk.approveSelected();
        QVERIFY(refreshed.wait(30000));
        QVERIFY(!clerk.message().isEmpty());
        QCOMPARE(count("SELECT count(*) FROM payment_batches WHERE month = '2025-04' AND state = 'prepared'"), 1);

        // The supervisor approves.
        {
            PaymentsDialog supervisor(*m_db, m_supervisor);
            QSignalSpy done(&supervisor, &PaymentsDialog::refreshed);
            supervisor.batchesTable()->setCurrentCell(0, 0);
            supervisor.approveSelected();
            QVERIFY(done.wait(30000));
        }
        QCOMPARE(count("SELECT count(*) FROM payment_batches WHERE month = '2025-04' AND state = 'approved'"), 1);

        // The bank's file of the approved batch in the bank's own layout, private to the clerk,
        // recorded with its digest.
        const QString layout = m_dir.filePath(QStringLiteral("layout.json"));
        QFile layoutFile(layout);
        QVERIFY(layoutFile.open(QIODevice::WriteOnly));
        layoutFile.write(R"({"format": "doudi-bank-layout/1", "name": "临江农商银行", "file": "csv", "encoding": "gbk",
                             "columns": [{"field": "bank_account", "title": "账号"}, {"field": "amount_yuan", "title": "金额"},
                                         {"field": "reference", "title": "业务参考号"}]})");
        layoutFile.close();
        QVERIFY(clerk.saveLayout(layout));
        clerk.refresh();
        clerk.batchesTable()->setCurrentCell(0, 0);
        const QString path = m_dir.filePath(QStringLiteral("bank.csv"));
        clerk.exportSelected(path);
        QVERIFY(refreshed.wait(30000));
        QVERIFY(QFile::exists(path));
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray titles = QStringEncoder("GB18030").encode(QStringLiteral("账号,金额,业务参考号"));
        QVERIFY(written.readLine().startsWith(titles));
#ifdef Q_OS_UNIX
        QCOMPARE(QFile(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
#endif
        QCOMPARE(count("SELECT count(*) FROM bank_files WHERE direction = 'export' AND length(digest) = 64 AND layout "
                       "= '临江农商银行'"),
                 1);
    }
};

QTEST_MAIN(TestPaymentsDialog)
#include "TestPaymentsDialog.moc"
