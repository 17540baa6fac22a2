#include "Clock.h"
#include "demo/DemoGenerator.h"
#include "domain/HouseholdJson.h"
#include "domain/HouseholdValidator.h"
#include "store/Database.h"
#include "store/HouseholdRepository.h"

#include "security/Session.h"
#include <QCryptographicHash>
#include <QTemporaryDir>

#include <QTest>

using namespace Doudi;

class TestDemoGenerator final : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedSameData()
    {
        const QDate today(2025, 3, 15);
        DemoGenerator a(42, today), b(42, today), c(43, today);
        for (int i = 0; i < 200; ++i) {
            const Household ha = a.nextHousehold();
            QCOMPARE(HouseholdJson::write(ha), HouseholdJson::write(b.nextHousehold()));
            Q_UNUSED(c.nextHousehold());
        }
        QVERIFY(HouseholdJson::write(DemoGenerator(42, today).nextHousehold()) !=
                HouseholdJson::write(DemoGenerator(43, today).nextHousehold()));
    }

    // The same seed gives the same township whatever compiler built Doudi: every draw happens in an
    // order the language fixes (GCC and clang evaluate a call's arguments in opposite orders, and
    // the demo once differed between them). The digest is of what GCC 12 made for seed 42.
    void sameSeedSameDataOnEveryCompiler()
    {
        const QDate today(2025, 3, 15);
        DemoGenerator generator(42, today);
        QCryptographicHash digest(QCryptographicHash::Sha256);
        for (int i = 0; i < 200; ++i) {
            const Household h = generator.nextHousehold();
            for (const Member& m : h.members)
                digest.addData(QStringLiteral("%1|%2|%3|%4\n")
                                   .arg(m.name, m.idNumber.toString(), m.relation)
                                   .arg(int(m.sex()))
                                   .toUtf8());
            digest.addData(h.address.toUtf8());
            for (const IncomeItem& item : h.income)
                digest.addData(QByteArray::number(item.annualFen));
            digest.addData(QByteArray::number(h.assets.financialFen));
        }
        QCOMPARE(QString::fromLatin1(digest.result().toHex()),
                 QStringLiteral("f968e4fce8768b89448aa8cf471ab795bf20b1374d42c9efd8b613de270b302b"));
    }

    void believableHouseholds()
    {
        Clock::setFixed(QDateTime(QDate(2025, 3, 15), QTime(9, 0), Qt::UTC));
        DemoGenerator generator(7, QDate(2025, 3, 15));
        QVERIFY(!generator.villages().isEmpty());
        int below = 0, disabled = 0, elderlyAlone = 0, members = 0;
        const int n = 2000;
        for (int i = 0; i < n; ++i) {
            const Household h = generator.nextHousehold();
            QVERIFY2(HouseholdValidator::validate(h).ok(),
                     qPrintable(HouseholdValidator::validate(h).error().toString()));
            members += int(h.members.size());
            qint64 income = 0;
            for (const IncomeItem& item : h.income) {
                QVERIFY(item.annualFen > 0);
                income += item.annualFen;
            }
            if (income < 12 * 48000 * h.members.size())
                ++below;
            for (const Member& m : h.members) {
                QVERIFY(ageOn(m.effectiveBirthDate(), QDate(2025, 3, 15)) < 110);
                QVERIFY(m.name.size() >= 2 && m.name.size() <= 3);
                disabled += m.disability.isNone() ? 0 : 1;
            }
            if (h.members.size() == 1 && ageOn(h.members[0].effectiveBirthDate(), QDate(2025, 3, 15)) >= 60)
                ++elderlyAlone;
        }
        // Most households above the line, some below; some disabled people; elderly living alone.
        QVERIFY2(below > n / 20 && below < n / 4, qPrintable(QString::number(below)));
        QVERIFY(disabled > members / 50);
        QVERIFY(elderlyAlone > n / 10);
        Clock::setFixed({});
    }

    void fillsADatabase()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("demo.doudi")), Database::OpenMode::CreateIfMissing);
        QVERIFY(db.ok());
        DemoGenerator generator(1, Clock::currentDate());
        int reported = 0;
        QVERIFY(generator.fill(**db, QStringLiteral("demo"), 300, [&](int done) { reported = done; }));
        QCOMPARE(reported, 300);
        HouseholdRepository repo(**db, Session::bootstrap(QStringLiteral("demo")));
        QCOMPARE(repo.count({}).value(), qint64(300));
        // Filling again adds more households without reusing anybody's ID number.
        DemoGenerator again(1, Clock::currentDate());
        QVERIFY(again.fill(**db, QStringLiteral("demo"), 100));
        QCOMPARE(repo.count({}).value(), qint64(400));
    }
};

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "TestDemoGenerator.moc"
