#include "Clock.h"
#include "FuneralWaiverDialog.h"
#include "HouseholdEditor.h"
#include "Translations.h"
#include "demo/DemoGenerator.h"
#include "payments/ApprovedAmounts.h"
#include "store/Database.h"

#include <QApplication>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Doudi;

// 基本殡葬服务费用减免 at the desk: the death of a covered member saved in the household form offers
// the waiver at once; the clerk issues it once and prints its certificate.
class TestFuneralWaiverDialog final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    const Session m_clerk = Session::forUser(QStringLiteral("liu"), QStringLiteral("刘丽"), Role::Clerk, QString());
    QString m_householdId;

    qint64 count(const char* sql)
    {
        QSqlQuery q(m_db->connection());
        return q.exec(QString::fromUtf8(sql)) && q.next() ? q.value(0).toLongLong() : -1;
    }

    static QList<FuneralWaiverDialog*> openDialogs()
    {
        QList<FuneralWaiverDialog*> out;
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (auto* d = qobject_cast<FuneralWaiverDialog*>(w); d && d->isVisible())
                out.append(d);
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        Clock::setFixed(QDateTime(QDate(2025, 3, 20), QTime(9, 0), Qt::UTC));
        auto db = Database::open(m_dir.filePath(QStringLiteral("funeral.doudi")), Database::OpenMode::CreateIfMissing);
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        QVERIFY(DemoGenerator(7, QDate(2025, 3, 15)).fill(*m_db, QStringLiteral("test"), 200));
        const auto roll = ApprovedAmounts(*m_db, m_clerk).inEffect(QStringLiteral("2025-03"));
        QVERIFY(roll.ok());
        for (auto it = roll->cbegin(); it != roll->cend() && m_householdId.isEmpty(); ++it) {
            if (it->pays() && it->classification == QLatin1String("dibao"))
                m_householdId = it.key();
        }
        QVERIFY(!m_householdId.isEmpty());
    }
    void cleanupTestCase()
    {
        m_db.reset();
        Clock::setFixed({});
    }

    void aDeathSavedOffersTheWaiver()
    {
        QVERIFY(openDialogs().isEmpty());
        {
            HouseholdEditor editor(*m_db, m_clerk, m_householdId);
            editor.show();
            editor.membersTable()->item(0, HouseholdEditor::DiedOnColumn)->setText(QStringLiteral("2025-03-12"));
            QVERIFY2(editor.save(), qPrintable(editor.problemLines().join(QLatin1Char('\n'))));
        }
        const QList<FuneralWaiverDialog*> offered = openDialogs();
        QCOMPARE(offered.size(), 1);
        FuneralWaiverDialog* dialog = offered.first();
        QCOMPARE(dialog->table()->rowCount(), 1);
        QCOMPARE(dialog->table()->item(0, 0)->text(), QStringLiteral("not issued"));
        QCOMPARE(dialog->table()->item(0, 6)->text(), QStringLiteral("1,200.00"));
        QVERIFY(dialog->issueButton()->isVisible());
        QVERIFY(dialog->issueButton()->isEnabled());
        QVERIFY(!dialog->printButton()->isEnabled());
        QCOMPARE(count("SELECT count(*) FROM funeral_waivers"), 0);

        dialog->issueSelected(false);
        QCOMPARE(count("SELECT count(*) FROM funeral_waivers"), 1);
        QCOMPARE(dialog->table()->item(0, 0)->text(), QStringLiteral("2025-0001"));
        QVERIFY2(dialog->message().contains(QStringLiteral("Certificate 2025-0001 issued")),
                 qPrintable(dialog->message()));
        QVERIFY(!dialog->issueButton()->isEnabled()); // once a person
        QVERIFY(dialog->printButton()->isEnabled());
        if (const QString shots = qEnvironmentVariable("DOUDI_SCREENSHOTS"); !shots.isEmpty()) {
            dialog->grab().save(shots + QStringLiteral("/funeral-waiver.png"));
            Translations::install(*qApp, QStringLiteral("zh_CN"));
            FuneralWaiverDialog chinese(*m_db, m_clerk, m_householdId);
            chinese.show();
            QTest::qWait(50);
            chinese.grab().save(shots + QStringLiteral("/funeral-waiver-zh.png"));
            Translations::install(*qApp, QStringLiteral("en"));
        }
        dialog->close();
        QTest::qWait(0);

        // Saved again, the household offers nothing more.
        {
            HouseholdEditor editor(*m_db, m_clerk, m_householdId);
            editor.show();
            QVERIFY(editor.save());
        }
        QVERIFY(openDialogs().isEmpty());
    }

    void theTownshipsWaiversToPrintAgain()
    {
        FuneralWaiverDialog issued(*m_db, m_clerk, QString());
        issued.show();
        QCOMPARE(issued.table()->rowCount(), 1);
        QCOMPARE(issued.table()->item(0, 0)->text(), QStringLiteral("2025-0001"));
        QVERIFY(!issued.issueButton()->isVisible());
        QVERIFY(issued.printButton()->isEnabled());
    }
};

QTEST_MAIN(TestFuneralWaiverDialog)
#include "TestFuneralWaiverDialog.moc"
