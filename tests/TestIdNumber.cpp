#include "Clock.h"
#include "domain/IdNumber.h"

#include <QTest>

using namespace Doudi;

class TestIdNumber final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Clock::setFixed(QDateTime(QDate(2025, 3, 15), QTime(9, 0), Qt::UTC)); }
    void cleanupTestCase() { Clock::setFixed({}); }

    void validNumbers_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("normalised");
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<bool>("male");
        QTest::newRow("national example") << "11010519491231002X"
                                          << "11010519491231002X" << QDate(1949, 12, 31) << false;
        QTest::newRow("lowercase x") << "11010519491231002x"
                                     << "11010519491231002X" << QDate(1949, 12, 31) << false;
        QTest::newRow("spaces around") << "  220681198204110139 "
                                       << "220681198204110139" << QDate(1982, 4, 11) << true;
        QTest::newRow("golden spouse") << "22068119810606022X"
                                       << "22068119810606022X" << QDate(1981, 6, 6) << false;
        // 15-digit numbers get the century and a check character.
        QTest::newRow("upgrade 15") << "110105491231002"
                                    << "11010519491231002X" << QDate(1949, 12, 31) << false;
    }
    void validNumbers()
    {
        QFETCH(QString, input);
        QFETCH(QString, normalised);
        QFETCH(QDate, birth);
        QFETCH(bool, male);
        const auto id = IdNumber::parse(input);
        QVERIFY2(id.ok(), qPrintable(id.error().toString()));
        QCOMPARE(id->toString(), normalised);
        QCOMPARE(id->birthDate(), birth);
        QCOMPARE(id->sex() == Sex::Male, male);
        QCOMPARE(id->regionCode(), normalised.left(6));
    }

    void invalidNumbers_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << ""
                               << "is empty";
        QTest::newRow("too short") << "1101051949123100"
                                   << "must have 18 characters, not 16";
        QTest::newRow("too long") << "11010519491231002X1"
                                  << "must have 18 characters, not 19";
        QTest::newRow("letter inside") << "1101051949A231002X"
                                       << "character 11 is not a digit";
        QTest::newRow("bad last") << "11010519491231002Y"
                                  << "the last character must be a digit or X";
        QTest::newRow("no such date") << "110105194902300021"
                                      << "characters 7–14 are not a real birth date";
        QTest::newRow("month 13") << "110105194913010021"
                                  << "characters 7–14 are not a real birth date";
        QTest::newRow("day 00") << "110105194912000021"
                                << "characters 7–14 are not a real birth date";
        QTest::newRow("29 February of 1900") << "110105190002290021"
                                             << "characters 7–14 are not a real birth date";
        QTest::newRow("future") << "110105203001010011"
                                << "the birth date is in the future";
        QTest::newRow("ancient") << "110105170001010011"
                                 << "the birth year 1700 is impossible";
        QTest::newRow("check digit") << "220681197903030130"
                                     << "check character should be 3";
        QTest::newRow("check X") << "110105194912310021"
                                 << "check character should be X";
        QTest::newRow("15 with letter") << "11010549123100X"
                                        << "character 15 is not a digit";
    }
    void invalidNumbers()
    {
        QFETCH(QString, input);
        QFETCH(QString, message);
        const auto id = IdNumber::parse(input);
        QVERIFY(!id.ok());
        QCOMPARE(id.error().kind(), Error::Kind::InvalidInput);
        QCOMPARE(id.error().problems().first().message, message);
        // Errors never repeat the number itself.
        if (input.size() >= 10)
            QVERIFY(!id.error().toString().contains(input.trimmed()));
    }

    void checkCharacterOfEveryRemainder()
    {
        // Each remainder 0–10 maps to its character of "10X98765432".
        QCOMPARE(IdNumber::checkCharacter(u"11010519491231002"), QLatin1Char('X'));
        QCOMPARE(IdNumber::checkCharacter(u"22068119820411013"), QLatin1Char('9'));
    }

    void masking()
    {
        QCOMPARE(IdNumber::mask(QStringLiteral("22068119820411123X")), QStringLiteral("220681********123X"));
        QCOMPARE(IdNumber::parse(QStringLiteral("11010519491231002X"))->masked(), QStringLiteral("110105********002X"));
        QCOMPARE(IdNumber::mask(QStringLiteral("12345")), QStringLiteral("*****"));
    }

    void aLeapDayIsABirthDate()
    {
        const QString first17 = QStringLiteral("11010520000229002");
        const auto id = IdNumber::parse(first17 + IdNumber::checkCharacter(first17));
        QVERIFY2(id, qPrintable(id ? QString() : id.error().toString()));
        QCOMPARE(id->birthDate(), QDate(2000, 2, 29));
    }

    // Today is remembered by each thread for speed; a clock pinned to another day is heard at once.
    void todayFollowsTheClock()
    {
        const QString first17 = QStringLiteral("11010520250316001");
        const QString bornTomorrow = first17 + IdNumber::checkCharacter(first17);
        QCOMPARE(Clock::currentDate(), QDate(2025, 3, 15));
        QVERIFY(!IdNumber::parse(bornTomorrow));
        Clock::setFixed(QDateTime(QDate(2025, 3, 16), QTime(9, 0), Qt::UTC));
        QCOMPARE(Clock::currentDate(), QDate(2025, 3, 16));
        QVERIFY(IdNumber::parse(bornTomorrow));
        Clock::setFixed(QDateTime(QDate(2025, 3, 15), QTime(9, 0), Qt::UTC));
        QCOMPARE(Clock::currentDate(), QDate(2025, 3, 15));
        Clock::setFixed({});
        QCOMPARE(Clock::currentDate(), QDate::currentDate());
        Clock::setFixed(QDateTime(QDate(2025, 3, 15), QTime(9, 0), Qt::UTC));
    }

    void ages()
    {
        const QDate birth(2007, 3, 1);
        QCOMPARE(ageOn(birth, QDate(2025, 2, 28)), 17);
        QCOMPARE(ageOn(birth, QDate(2025, 3, 1)), 18);
        QCOMPARE(ageOn(QDate(2007, 3, 2), QDate(2025, 3, 1)), 17);
        QCOMPARE(ageOn(QDate(2004, 2, 29), QDate(2025, 2, 28)), 20);
        QCOMPARE(ageOn(QDate(2004, 2, 29), QDate(2025, 3, 1)), 21);
        QCOMPARE(ageOn(QDate(2030, 1, 1), QDate(2025, 3, 1)), 0);
    }
};

QTEST_GUILESS_MAIN(TestIdNumber)
#include "TestIdNumber.moc"
