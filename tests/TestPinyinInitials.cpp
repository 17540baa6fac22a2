#include "domain/PinyinInitials.h"

#include <QTest>

using namespace Doudi;

class TestPinyinInitials final : public QObject
{
    Q_OBJECT

private slots:
    void initials_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("initials");
        QTest::newRow("three characters") << "王秀英"
                                          << "wxy";
        QTest::newRow("two characters") << "李强"
                                        << "lq";
        QTest::newRow("first and last of the table") << "啊座"
                                                     << "az";
        QTest::newRow("range edges") << "芭擦搭蛾发噶哈击喀垃妈拿哦啪期然撒塌挖昔压匝"
                                     << "bcdefghjklmnopqrstwxyz";
        QTest::newRow("middle dot and spaces") << "阿依 · 买买提"
                                               << "aymmt";
        QTest::newRow("rare character kept") << "褚秀"
                                             << "褚x";
        QTest::newRow("latin lower-cased") << "Anna李"
                                           << "annal";
        QTest::newRow("empty") << ""
                               << "";
    }
    void initials()
    {
        QFETCH(QString, name);
        QFETCH(QString, initials);
        QCOMPARE(PinyinInitials::of(name), initials);
    }

    void recognisesTypedInitials()
    {
        QVERIFY(PinyinInitials::looksLikeInitials(QStringLiteral("wxy")));
        QVERIFY(PinyinInitials::looksLikeInitials(QStringLiteral("WXY")));
        QVERIFY(!PinyinInitials::looksLikeInitials(QStringLiteral("w1")));
        QVERIFY(!PinyinInitials::looksLikeInitials(QStringLiteral("王")));
        QVERIFY(!PinyinInitials::looksLikeInitials(QString()));
    }
};

QTEST_GUILESS_MAIN(TestPinyinInitials)
#include "TestPinyinInitials.moc"
