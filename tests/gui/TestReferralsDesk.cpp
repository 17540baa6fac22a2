#include "Clock.h"
#include "DueDialog.h"
#include "ReadOnlyTable.h"
#include "ReferralsDialog.h"
#include "Translations.h"
#include "cases/SignalRepository.h"
#include "demo/DemoGenerator.h"
#include "referrals/HelpResources.h"
#include "store/Database.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Doudi;

// 资源库 and 转介 at the desk: an entry added from the library form (problems named by their labels),
// a member referred from the household, the referral moved on, and an unanswered referral overdue
// (in red) on the due dashboard.
class TestReferralsDesk final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    const Session m_clerk = Session::forUser(QStringLiteral("liu"), QStringLiteral("刘丽"), Role::Clerk, QString());
    QString m_householdId;

    int count(const char* sql)
    {
        QSqlQuery q(m_db->connection());
        return q.exec(QString::fromLatin1(sql)) && q.next() ? q.value(0).toInt() : -1;
    }

private slots:
    void initTestCase()
    {
        Clock::setFixed(QDateTime(QDate(2025, 10, 10), QTime(9, 0), Qt::UTC));
        auto db =
            Database::open(m_dir.filePath(QStringLiteral("referrals.doudi")), Database::OpenMode::CreateIfMissing);
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        QVERIFY(DemoGenerator(7, QDate(2025, 9, 1)).fill(*m_db, QStringLiteral("test"), 20));
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM households WHERE deleted = 0 ORDER BY head_name LIMIT 1")));
        QVERIFY(q.next());
        m_householdId = q.value(0).toString();
    }
    void cleanupTestCase()
    {
        m_db.reset();
        Clock::setFixed({});
    }

    void anEntryIsAddedToTheLibrary()
    {
        ReferralsDialog dialog(*m_db, m_clerk, {});
        dialog.show();
        dialog.tabs()->setCurrentIndex(1);
        dialog.nameEdit()->setText(QStringLiteral("慈善助医"));
        QVERIFY(!dialog.addResource());
        QVERIFY2(dialog.message().contains(QStringLiteral("Provider: ")), qPrintable(dialog.message()));
        QVERIFY2(dialog.message().contains(QStringLiteral("Offers: ")), qPrintable(dialog.message()));
        QCOMPARE(count("SELECT count(*) FROM help_resources"), 0);
        dialog.kindBox()->setCurrentIndex(dialog.kindBox()->findData(QStringLiteral("charity")));
        dialog.providerEdit()->setText(QStringLiteral("县慈善总会"));
        dialog.offersEdit()->setText(QStringLiteral("大病自付部分救助，最高2万元"));
        QVERIFY2(dialog.addResource(), qPrintable(dialog.message()));
        QCOMPARE(dialog.libraryTable()->rowCount(), 1);
        QCOMPARE(dialog.resourceBox()->count(), 1);
    }

    void aMemberIsReferredAndTheReferralFollowed()
    {
        ReferralsDialog dialog(*m_db, m_clerk, {m_householdId, QStringLiteral("household"), QString()});
        dialog.show();
        QVERIFY(dialog.memberBox()->count() >= 1);
        QVERIFY(dialog.memberBox()->currentText().contains(QStringLiteral("****"))); // the ID masked
        QVERIFY(!dialog.refer(false));
        QVERIFY2(dialog.message().contains(QStringLiteral("Need: ")), qPrintable(dialog.message()));
        QCOMPARE(count("SELECT count(*) FROM referrals"), 0);
        dialog.needEdit()->setPlainText(QStringLiteral("胃癌术后，自付部分3万元"));
        QVERIFY2(dialog.refer(false), qPrintable(dialog.message()));
        QCOMPARE(dialog.referralsTable()->rowCount(), 1);
        QCOMPARE(dialog.referrals().first().state, QStringLiteral("sent"));
        dialog.referralsTable()->selectRow(0);
        QVERIFY(!dialog.moveSelected(QStringLiteral("helped"), QDate(2025, 10, 10), QStringLiteral("x")));
        QVERIFY(dialog.moveSelected(QStringLiteral("accepted"), QDate(2025, 10, 10), QString()));
        dialog.referralsTable()->selectRow(0);
        QCOMPARE(dialog.referrals().first().state, QStringLiteral("accepted"));
    }

    // Sent on Friday 10 October 2025 and not answered: due ten working days later, Saturday 11
    // October being worked after National Day: 23 October; overdue on the 27th, in red on the
    // dashboard.
    void anUnansweredReferralIsOverdue()
    {
        ReferralsDialog dialog(*m_db, m_clerk, {m_householdId, QStringLiteral("household"), QString()});
        dialog.needEdit()->setPlainText(QStringLiteral("独居，需上门照料"));
        QVERIFY(dialog.refer(false));
        Clock::setFixed(QDateTime(QDate(2025, 10, 27), QTime(9, 0), Qt::UTC));
        DueDialog due(*m_db, m_clerk);
        QVERIFY(QSignalSpy(&due, &DueDialog::reloaded).wait(30000));
        QTableWidget* table = due.referralsTable();
        int overdue = -1;
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, 2)->text() == QStringLiteral("sent"))
                overdue = r;
        }
        QVERIFY(overdue >= 0);
        QCOMPARE(table->item(overdue, 3)->text(), QStringLiteral("23 October 2025"));
        QCOMPARE(table->item(overdue, 3)->foreground().color(), ReadOnlyTable::kOverdue);
        QSignalSpy opened(&due, &DueDialog::householdRequested);
        emit table->cellActivated(overdue, 0);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().first().toString(), m_householdId);
        Clock::setFixed(QDateTime(QDate(2025, 10, 10), QTime(9, 0), Qt::UTC));
    }

    // 转介 from a data-matching signal on the dashboard: the referral names the signal, and the
    // signal's task closes as referred.
    void aSignalIsReferredFromTheDashboard()
    {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT head_id_number FROM households WHERE id = '%1'").arg(m_householdId)));
        QVERIFY(q.next());
        MonitoringSignal signal;
        signal.idNumber = *IdNumber::parse(q.value(0).toString());
        signal.kind = QStringLiteral("large_medical_bill");
        signal.source = QStringLiteral("县医保局");
        signal.date = QDate(2025, 10, 8);
        QVERIFY(SignalRepository(*m_db, m_clerk).import({signal}).ok());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM signals WHERE household_id = '%1'").arg(m_householdId)));
        QVERIFY(q.next());
        const QString signalId = q.value(0).toString();
        QVERIFY(SignalRepository(*m_db, m_clerk).move(signalId, QStringLiteral("visited"), QStringLiteral("入户核实")));

        DueDialog due(*m_db, m_clerk);
        QVERIFY(QSignalSpy(&due, &DueDialog::reloaded).wait(30000));
        QCOMPARE(due.signalsTable()->rowCount(), 1);
        due.signalsTable()->selectRow(0);
        ReferralsDialog* dialog = due.referSelectedSignal();
        QVERIFY(dialog);
        dialog->needEdit()->setPlainText(QStringLiteral("自付医疗费3万元，申请慈善助医"));
        QVERIFY2(dialog->refer(false), qPrintable(dialog->message()));
        QVERIFY(QSignalSpy(&due, &DueDialog::reloaded).wait(30000));
        QVERIFY(q.exec(QStringLiteral("SELECT status, outcome_note FROM signals WHERE id = '%1'").arg(signalId)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("referred"));
        QVERIFY(q.value(1).toString().contains(QStringLiteral("慈善助医")));
        QCOMPARE(count("SELECT count(*) FROM referrals WHERE source = 'signal'"), 1);
        QCOMPARE(due.signalsTable()->rowCount(), 0);
    }

    // With DOUDI_SCREENSHOTS, the dialog in English and in Chinese (last: the Chinese stays installed).
    void screenshots()
    {
        if (const QString shots = qEnvironmentVariable("DOUDI_SCREENSHOTS"); !shots.isEmpty()) {
            ReferralsDialog dialog(*m_db, m_clerk, {m_householdId, QStringLiteral("household"), QString()});
            dialog.show();
            dialog.resize(1024, 740);
            QTest::qWait(50);
            dialog.grab().save(shots + QStringLiteral("/referrals.png"));
            Translations::install(*qApp, QStringLiteral("zh_CN"));
            ReferralsDialog chinese(*m_db, m_clerk, {m_householdId, QStringLiteral("household"), QString()});
            chinese.resize(1024, 740);
            chinese.show();
            QTest::qWait(50);
            chinese.grab().save(shots + QStringLiteral("/referrals-zh.png"));
            chinese.tabs()->setCurrentIndex(1);
            QTest::qWait(50);
            chinese.grab().save(shots + QStringLiteral("/library-zh.png"));
            Translations::install(*qApp, QStringLiteral("en"));
        }
    }
};

QTEST_MAIN(TestReferralsDesk)
#include "TestReferralsDesk.moc"
