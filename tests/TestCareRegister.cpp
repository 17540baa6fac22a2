#include "Clock.h"
#include "care/CareRegister.h"
#include "cases/WorkCalendar.h"
#include "demo/DemoGenerator.h"
#include "report/CareRoster.h"
#include "report/Rosters.h"
#include "security/AuditVerifier.h"
#include "security/Session.h"
#include "store/Database.h"
#include "store/SiteRepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Doudi;

// 农村“三留守”人员关爱服务 (issue 20): the register, checked field by field; the visit plan of the
// policy; visits falling due on a holiday due the next working day, and overdue after it; cadres in
// their own village only.
class TestCareRegister final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    const Session m_clerk = Session::forUser(QStringLiteral("liu"), QStringLiteral("刘丽"), Role::Clerk, QString());
    QString m_village;
    QString m_otherVillage;
    QString m_personId;

    qint64 count(const QString& sql)
    {
        QSqlQuery q(m_db->connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

    static IdNumber id(const char* text) { return *IdNumber::parse(QString::fromLatin1(text)); }

    // An ID number of someone born on `born`, female or male, with its check character.
    static IdNumber born(const QDate& born, bool female)
    {
        const QString first17 = QStringLiteral("220681") + born.toString(QStringLiteral("yyyyMMdd")) +
                                (female ? QStringLiteral("002") : QStringLiteral("001"));
        return *IdNumber::parse(first17 + IdNumber::checkCharacter(first17));
    }

    CarePerson person(const QString& group, const IdNumber& idNumber)
    {
        CarePerson p;
        p.villageCode = m_village;
        p.name = QStringLiteral("张秀兰");
        p.idNumber = idNumber;
        p.group = group;
        p.reason = QStringLiteral("家庭成员外出务工");
        p.carer = QStringLiteral("邻居 李桂芬");
        p.registeredOn = QDate(2025, 9, 1);
        return p;
    }

    QStringList fields(const Error& e)
    {
        QStringList out;
        for (const Problem& p : e.problems())
            out.append(p.field);
        return out;
    }

private slots:
    void initTestCase()
    {
        Clock::setFixed(QDateTime(QDate(2025, 10, 10), QTime(9, 0), Qt::UTC));
        auto db = Database::open(m_dir.filePath(QStringLiteral("care.doudi")), Database::OpenMode::CreateIfMissing);
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        QVERIFY(DemoGenerator(7, QDate(2025, 9, 1)).fill(*m_db, QStringLiteral("test"), 30));
        const auto villages = SiteRepository(*m_db, m_clerk).activeVillages();
        QVERIFY(villages.ok() && villages->size() >= 2);
        m_village = villages->at(0).code;
        m_otherVillage = villages->at(1).code;
    }
    void cleanupTestCase()
    {
        m_db.reset();
        Clock::setFixed({});
    }

    void everyProblemIsNamedAndNothingWritten()
    {
        CareRegister care(*m_db, m_clerk);
        CarePerson bad = person(QStringLiteral("child"), born(QDate(1990, 5, 1), false));
        bad.villageCode = QStringLiteral("220681999999");
        bad.reason = QStringLiteral("  ");
        bad.carer.clear();
        bad.risk = QStringLiteral("severe");
        const auto refused = care.add(bad);
        QVERIFY(!refused.ok());
        QCOMPARE(fields(refused.error()),
                 (QStringList{QStringLiteral("village"), QStringLiteral("group"), QStringLiteral("reason"),
                              QStringLiteral("carer"), QStringLiteral("risk")}));
        QVERIFY(refused.error().toString().contains(QStringLiteral("under 16")));
        // A man is not a left-behind woman; the elderly are 60 or older; not in the future.
        const auto man = care.add(person(QStringLiteral("woman"), born(QDate(1985, 1, 1), false)));
        QCOMPARE(fields(man.error()), QStringList{QStringLiteral("group")});
        const auto young = care.add(person(QStringLiteral("elderly"), born(QDate(1985, 1, 1), true)));
        QCOMPARE(fields(young.error()), QStringList{QStringLiteral("group")});
        CarePerson future = person(QStringLiteral("woman"), born(QDate(1985, 1, 1), true));
        future.registeredOn = QDate(2025, 10, 11);
        QCOMPARE(fields(care.add(future).error()), QStringList{QStringLiteral("registered_on")});
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM care_people")), qint64(0));
    }

    void aCadreKeepsTheirOwnVillage()
    {
        const Session cadre =
            Session::forUser(QStringLiteral("cadre"), QStringLiteral("村干部"), Role::Cadre, m_otherVillage);
        const auto refused =
            CareRegister(*m_db, cadre).add(person(QStringLiteral("woman"), born(QDate(1985, 1, 1), true)));
        QVERIFY(!refused.ok());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM care_people")), qint64(0));
        CarePerson own = person(QStringLiteral("woman"), born(QDate(1985, 1, 1), true));
        own.villageCode = m_otherVillage;
        const auto added = CareRegister(*m_db, cadre).add(own);
        QVERIFY2(added.ok(), qPrintable(added.error().toString()));
        // Once on the register.
        const auto twice = CareRegister(*m_db, m_clerk).add(own);
        QCOMPARE(fields(twice.error()), QStringList{QStringLiteral("id_number")});
        // The cadre sees their village's register only.
        QCOMPARE(CareRegister(*m_db, cadre).list(Clock::currentDate())->size(), 1);
    }

    void thePlanComesFromThePolicy()
    {
        ProgramsPolicy::CareVisits plan; // the default: 80, monthly, monthly, quarterly
        const QDate today(2025, 10, 10);
        CarePerson old = person(QStringLiteral("elderly"), born(QDate(1940, 3, 1), true));
        QCOMPARE(CareRegister::everyMonths(plan, old, today), 3); // not alone
        old.livingAlone = true;
        QCOMPARE(CareRegister::everyMonths(plan, old, today), 1);
        CarePerson seventy = person(QStringLiteral("elderly"), born(QDate(1955, 3, 1), true));
        seventy.livingAlone = true;
        QCOMPARE(CareRegister::everyMonths(plan, seventy, today), 3);
        seventy.risk = QStringLiteral("high");
        QCOMPARE(CareRegister::everyMonths(plan, seventy, today), 1);
        plan.elderlyAloneAge = 70;
        plan.elderlyAloneEveryMonths = 2;
        plan.highRiskEveryMonths = 6;
        QCOMPARE(CareRegister::everyMonths(plan, seventy, today), 2);
    }

    // Registered on 1 September, at high risk (monthly): due on 1 October, National Day, so on the
    // first working day after the holiday, 9 October; overdue from the 10th.
    void aVisitFallsOverdueAcrossTheHoliday()
    {
        CarePerson child = person(QStringLiteral("child"), born(QDate(2015, 6, 1), false));
        child.risk = QStringLiteral("high");
        const auto added = CareRegister(*m_db, m_clerk).add(child);
        QVERIFY2(added.ok(), qPrintable(added.error().toString()));
        m_personId = added->id;
        const auto findChild = [&](const QDate& today) {
            const auto people = CareRegister(*m_db, m_clerk).list(today, m_village);
            for (const CarePerson& p : *people) {
                if (p.id == m_personId)
                    return p;
            }
            return CarePerson();
        };
        const CarePerson before = findChild(QDate(2025, 10, 8));
        QCOMPARE(before.everyMonths, 1);
        QCOMPARE(before.nextDue, QDate(2025, 10, 9));
        QVERIFY(!before.overdueOn(QDate(2025, 10, 8)));
        QVERIFY(!before.overdueOn(QDate(2025, 10, 9)));
        QVERIFY(before.overdueOn(QDate(2025, 10, 10)));

        // A visit: due a month on, 10 November (a Monday).
        const auto visit = CareRegister(*m_db, m_clerk)
                               .visit(m_personId, QDate(2025, 10, 10), QStringLiteral("祖母照看，学习正常"), false);
        QVERIFY2(visit.ok(), qPrintable(visit.error().toString()));
        const CarePerson after = findChild(QDate(2025, 10, 10));
        QCOMPARE(after.lastVisit, QDate(2025, 10, 10));
        QCOMPARE(after.nextDue, QDate(2025, 11, 10));
        QVERIFY(!after.overdueOn(QDate(2025, 10, 10)));
        QCOMPARE(CareRegister(*m_db, m_clerk).visits(m_personId)->size(), 1);
    }

    // 留守人员关爱服务登记册: a page per village, masked IDs, the next visit marked when overdue, the
    // township's count by village and group.
    void theRegisterRoster()
    {
        const QDate asOf(2025, 12, 5);
        const auto people = CareRegister(*m_db, m_clerk).list(asOf);
        QVERIFY(people.ok());
        const Roster roster =
            CareRoster::build(*people, SiteRepository(*m_db, m_clerk).villageNames(), QStringLiteral("六道沟镇"), asOf);
        QCOMPARE(roster.kind, QStringLiteral("care"));
        QCOMPARE(roster.sections.size(), 3); // two villages and the township's total
        QString text;
        for (const RosterSection& section : roster.sections) {
            for (const QVariantList& row : section.rows) {
                for (const QVariant& cell : row)
                    text += cell.toString() + QLatin1Char('|');
            }
        }
        QVERIFY2(text.contains(QStringLiteral("(overdue)")), qPrintable(text)); // the woman, due 1 December
        QVERIFY(text.contains(people->first().idNumber.masked()));
        QVERIFY(!text.contains(people->first().idNumber.toString()));
        QCOMPARE(roster.sections.last().sum(1) + roster.sections.last().sum(2) + roster.sections.last().sum(3),
                 qint64(2));
        // The same through the rosters every desk prints.
        const Session supervisor =
            Session::forUser(QStringLiteral("wang"), QStringLiteral("王建国"), Role::Supervisor, QString());
        const auto built = Rosters::build(*m_db, supervisor, QStringLiteral("care"), QDate(2025, 10, 1), m_village);
        QVERIFY2(built.ok(), qPrintable(built.error().toString()));
        QCOMPARE(built->sections.size(), 2);
        QCOMPARE(built->sections.first().rows.size(), 1);
    }

    void visitsAreCheckedAndKept()
    {
        CareRegister care(*m_db, m_clerk);
        QCOMPARE(fields(care.visit(m_personId, QDate(2025, 10, 11), QStringLiteral("x"), false).error()),
                 QStringList{QStringLiteral("visited_on")});
        QCOMPARE(fields(care.visit(m_personId, QDate(2025, 8, 1), QStringLiteral("x"), false).error()),
                 QStringList{QStringLiteral("visited_on")});
        QCOMPARE(fields(care.visit(m_personId, QDate(2025, 10, 9), QStringLiteral(" "), false).error()),
                 QStringList{QStringLiteral("findings")});
        // A cadre of another village may not visit here.
        const Session cadre =
            Session::forUser(QStringLiteral("cadre"), QStringLiteral("村干部"), Role::Cadre, m_otherVillage);
        QVERIFY(!CareRegister(*m_db, cadre).visit(m_personId, QDate(2025, 10, 9), QStringLiteral("x"), false).ok());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM care_visits")), qint64(1));
        QSqlQuery q(m_db->connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE care_visits SET findings = 'x'")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM care_people")));
    }

    void leavingTheRegister()
    {
        CareRegister care(*m_db, m_clerk);
        QCOMPARE(fields(care.leave(m_personId, QDate(2025, 10, 10), QString()).error()),
                 QStringList{QStringLiteral("reason")});
        QVERIFY(care.leave(m_personId, QDate(2025, 10, 10), QStringLiteral("父母返乡")));
        const auto onRegister = care.list(Clock::currentDate(), m_village);
        QVERIFY(std::none_of(onRegister->cbegin(), onRegister->cend(),
                             [this](const CarePerson& p) { return p.id == m_personId; }));
        const auto all = care.list(Clock::currentDate(), m_village, true);
        QVERIFY(std::any_of(all->cbegin(), all->cend(), [this](const CarePerson& p) {
            return p.id == m_personId && p.leftReason == QStringLiteral("父母返乡") && !p.overdueOn(QDate(2026, 1, 1));
        }));
        QVERIFY(!care.visit(m_personId, QDate(2025, 10, 10), QStringLiteral("x"), false).ok());
    }

    void theTrailCoversTheRegister()
    {
        const auto clean = AuditVerifier::verify(*m_db);
        QVERIFY(clean.ok());
        for (const AuditFinding& f : clean->findings)
            QVERIFY2(!f.table.startsWith(QLatin1String("care_")), qPrintable(f.message));
        const QString copy = m_dir.filePath(QStringLiteral("tampered.doudi"));
        QSqlQuery vacuum(m_db->connection());
        QVERIFY(vacuum.exec(QStringLiteral("VACUUM INTO '%1'").arg(copy)));
        auto tampered = Database::open(copy, Database::OpenMode::MustExist);
        QVERIFY(tampered.ok());
        QSqlQuery q((*tampered)->connection());
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER care_visits_never_changed")));
        QVERIFY(q.exec(QStringLiteral("UPDATE care_visits SET visited_on = '2025-10-09'")));
        QVERIFY(q.exec(QStringLiteral("UPDATE care_people SET risk = 'low' WHERE care_group = 'woman'")));
        const auto report = AuditVerifier::verify(**tampered);
        QVERIFY(report.ok());
        QStringList tables;
        for (const AuditFinding& f : report->findings) {
            if (f.table.startsWith(QLatin1String("care_")))
                tables.append(f.table);
        }
        tables.sort();
        QCOMPARE(tables, (QStringList{QStringLiteral("care_visits")}));
    }
};

QTEST_GUILESS_MAIN(TestCareRegister)
#include "TestCareRegister.moc"
