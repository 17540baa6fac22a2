#include "CareRegisterDialog.h"
#include "Clock.h"
#include "DueDialog.h"
#include "ReadOnlyTable.h"
#include "Translations.h"
#include "care/CareRegister.h"
#include "demo/DemoGenerator.h"
#include "store/Database.h"
#include "store/SiteRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Doudi;

// The care register's visits on the due dashboard: a visit that fell due on National Day is due the
// first working day after it and shows overdue (in red) the day after; a cadre sees their village.
class TestCareDue final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    const Session m_clerk = Session::forUser(QStringLiteral("liu"), QStringLiteral("刘丽"), Role::Clerk, QString());
    QString m_village;
    QString m_otherVillage;

private slots:
    void initTestCase()
    {
        Clock::setFixed(QDateTime(QDate(2025, 10, 10), QTime(9, 0), Qt::UTC));
        auto db = Database::open(m_dir.filePath(QStringLiteral("care.doudi")), Database::OpenMode::CreateIfMissing);
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        QVERIFY(DemoGenerator(7, QDate(2025, 9, 1)).fill(*m_db, QStringLiteral("test"), 20));
        const auto villages = SiteRepository(*m_db, m_clerk).activeVillages();
        QVERIFY(villages.ok() && villages->size() >= 2);
        m_village = villages->at(0).code;
        m_otherVillage = villages->at(1).code;
        CarePerson p;
        p.villageCode = m_village;
        p.name = QStringLiteral("赵小军");
        const QString first17 = QStringLiteral("22068120150601001");
        p.idNumber = *IdNumber::parse(first17 + IdNumber::checkCharacter(first17));
        p.group = QStringLiteral("child");
        p.reason = QStringLiteral("父母外出务工");
        p.carer = QStringLiteral("祖母");
        p.risk = QStringLiteral("high");
        p.registeredOn = QDate(2025, 9, 1);
        const auto added = CareRegister(*m_db, m_clerk).add(p);
        QVERIFY2(added.ok(), qPrintable(added.error().toString()));
    }
    void cleanupTestCase()
    {
        m_db.reset();
        Clock::setFixed({});
    }

    void anOverdueVisitIsRed()
    {
        DueDialog due(*m_db, m_clerk);
        QVERIFY(QSignalSpy(&due, &DueDialog::reloaded).wait(30000));
        QCOMPARE(due.careTable()->rowCount(), 1);
        QCOMPARE(due.careTable()->item(0, 1)->text(), QStringLiteral("赵小军"));
        QCOMPARE(due.careTable()->item(0, 4)->text(), QStringLiteral("never"));
        QCOMPARE(due.careTable()->item(0, 5)->foreground().color(), ReadOnlyTable::kOverdue);

        const Session cadre =
            Session::forUser(QStringLiteral("c1"), QStringLiteral("村干部"), Role::Cadre, m_otherVillage);
        DueDialog forCadre(*m_db, cadre);
        QVERIFY(QSignalSpy(&forCadre, &DueDialog::reloaded).wait(30000));
        QCOMPARE(forCadre.careTable()->rowCount(), 0);
    }

    void theDayItFallsDueItIsNotYetRed()
    {
        Clock::setFixed(QDateTime(QDate(2025, 10, 9), QTime(9, 0), Qt::UTC));
        DueDialog due(*m_db, m_clerk);
        QVERIFY(QSignalSpy(&due, &DueDialog::reloaded).wait(30000));
        QCOMPARE(due.careTable()->rowCount(), 1);
        QVERIFY(due.careTable()->item(0, 5)->foreground().color() != ReadOnlyTable::kOverdue);
        Clock::setFixed(QDateTime(QDate(2025, 10, 10), QTime(9, 0), Qt::UTC));
    }

    // The register at the desk: problems named by their labels and nothing written; a person
    // registered, visited, then off the register.
    void theRegisterAtTheDesk()
    {
        CareRegisterDialog dialog(*m_db, m_clerk);
        dialog.show();
        QCOMPARE(dialog.table()->rowCount(), 1);
        const auto rows = [this] {
            QSqlQuery q(m_db->connection());
            return q.exec(QStringLiteral("SELECT count(*) FROM care_people")) && q.next() ? q.value(0).toInt() : -1;
        };
        const QString first17 = QStringLiteral("22068119400301002");
        dialog.idNumberEdit()->setText(first17 + IdNumber::checkCharacter(first17));
        dialog.groupBox()->setCurrentIndex(dialog.groupBox()->findData(QStringLiteral("elderly")));
        QVERIFY(!dialog.registerPerson());
        QVERIFY2(dialog.message().contains(QStringLiteral("Name: ")), qPrintable(dialog.message()));
        QVERIFY2(dialog.message().contains(QStringLiteral("Carer: ")), qPrintable(dialog.message()));
        QCOMPARE(rows(), 1);
        dialog.nameEdit()->setText(QStringLiteral("孙桂兰"));
        dialog.carerEdit()->setText(QStringLiteral("无"));
        dialog.livingAloneBox()->setChecked(true);
        QVERIFY2(dialog.registerPerson(), qPrintable(dialog.message()));
        QCOMPARE(rows(), 2);
        QCOMPARE(dialog.table()->rowCount(), 2);
        // 85 and alone: visited monthly, the first visit a month after today (10 October → 10 November).
        int row = -1;
        for (int r = 0; r < dialog.people().size(); ++r) {
            if (dialog.people().at(r).name == QStringLiteral("孙桂兰"))
                row = r;
        }
        QVERIFY(row >= 0);
        QCOMPARE(dialog.people().at(row).everyMonths, 1);
        dialog.table()->selectRow(row);
        QVERIFY(!dialog.recordVisit(QDate(2025, 10, 10), QStringLiteral(" "), false));
        QVERIFY2(dialog.message().contains(QStringLiteral("findings")), qPrintable(dialog.message()));
        QVERIFY(dialog.recordVisit(QDate(2025, 10, 10), QStringLiteral("身体尚好，已送去过冬煤"), false));
        if (const QString shots = qEnvironmentVariable("DOUDI_SCREENSHOTS"); !shots.isEmpty()) {
            dialog.resize(1024, 740);
            QTest::qWait(50);
            dialog.grab().save(shots + QStringLiteral("/care-register.png"));
            Translations::install(*qApp, QStringLiteral("zh_CN"));
            CareRegisterDialog chinese(*m_db, m_clerk);
            chinese.resize(1024, 740);
            chinese.show();
            QTest::qWait(50);
            chinese.grab().save(shots + QStringLiteral("/care-register-zh.png"));
            Translations::install(*qApp, QStringLiteral("en"));
        }
        for (int r = 0; r < dialog.people().size(); ++r) {
            if (dialog.people().at(r).name == QStringLiteral("孙桂兰"))
                dialog.table()->selectRow(r);
        }
        QVERIFY(dialog.leaveSelected(QStringLiteral("随子女进城居住")));
        QCOMPARE(dialog.table()->rowCount(), 1);
        QCOMPARE(rows(), 2); // off the register, never deleted
    }
};

QTEST_MAIN(TestCareDue)
#include "TestCareDue.moc"
