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
        QTest::newRow("beyond GB 2312 level 1") << "褚秀"
                                                << "cx";
        QTest::newRow("outside the table kept") << "𠮷秀"
                                                << "𠮷x";
        QTest::newRow("李婷") << "李婷"
                              << "lt";
        QTest::newRow("surname read as a surname") << "单丽"
                                                   << "sl";
        QTest::newRow("not as a surname inside the name") << "李单"
                                                          << "ld";
        QTest::newRow("曾 and 乐 as surnames") << "曾乐"
                                               << "zl";
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

    // Characters of names common today that GB 2312 level 1 lacked (李婷 could not be found by lt).
    void commonNameCharactersAllHaveInitials()
    {
        const QString common = QStringLiteral("婷怡萱昊琪睿鑫闫覃彤瑶妍璐琳嘉煜晗皓哲涵轩宸梓钰馨悦蕊茜翊骁"
                                              "晟珂菁楠柯桐玥岚芸蓓曦炜烨彬淼焱垚犇祎禹旻昕珺瑾璇钊锴铠");
        for (const QChar c : common) {
            const QString initial = PinyinInitials::of(QString(c));
            QVERIFY2(initial.size() == 1 && initial.at(0) >= QLatin1Char('a') && initial.at(0) <= QLatin1Char('z'),
                     qPrintable(QString(c)));
        }
    }

    // A polyphonic name matches every way it can be read, the usual one first; what the store
    // keeps holds each reading whole, so a typed run of letters never straddles two.
    void polyphonicNamesMatchEveryReading()
    {
        const QStringList single = PinyinInitials::variants(QStringLiteral("单丽"));
        QCOMPARE(single.first(), QStringLiteral("sl"));
        QVERIFY(single.contains(QStringLiteral("dl")));
        QVERIFY(single.contains(QStringLiteral("cl")));
        const QStringList xie = PinyinInitials::variants(QStringLiteral("解放"));
        QCOMPARE(xie.first(), QStringLiteral("xf"));
        QVERIFY(xie.contains(QStringLiteral("jf")));
        const QString stored = PinyinInitials::searchText(QStringLiteral("单丽"));
        QVERIFY(stored.startsWith(QStringLiteral("sl ")));
        QVERIFY(!stored.contains(QStringLiteral("ld")));
        QCOMPARE(PinyinInitials::searchText(QStringLiteral("王秀英")), QStringLiteral("wxy"));
        // Many polyphones stay bounded.
        QVERIFY(PinyinInitials::variants(QStringLiteral("单解查乐曾朴长")).size() <= 16);
        QVERIFY(!PinyinInitials::tableVersion().isEmpty());
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
