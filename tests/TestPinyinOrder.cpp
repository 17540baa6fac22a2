#include "domain/PinyinOrder.h"

#include <QCollator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace Doudi;

// Names sort by pinyin, as QCollator sorts Chinese, through a key the store can index.
class TestPinyinOrder final : public QObject
{
    Q_OBJECT

private:
    static QStringList sortedByKey(QStringList names)
    {
        std::stable_sort(names.begin(), names.end(), [](const QString& a, const QString& b) {
            return PinyinOrder::sortKey(a) < PinyinOrder::sortKey(b);
        });
        return names;
    }

    static QStringList sortedByCollator(QStringList names)
    {
        QCollator pinyin(QLocale(QLocale::Chinese, QLocale::China));
        pinyin.setCaseSensitivity(Qt::CaseInsensitive);
        std::stable_sort(names.begin(), names.end(),
                         [&pinyin](const QString& a, const QString& b) { return pinyin.compare(a, b) < 0; });
        return names;
    }

private slots:
    // Tones, a shorter name before a longer one, ü, surnames read otherwise (ICU reads each
    // character one way), Latin letters and a minority name's dot.
    void awkwardNamesSortAsTheCollatorDoes()
    {
        const QStringList names =
            QString::fromUtf8("王秀英 李强 刘丽 吕明 路平 绿叶 卢华 栾川 安然 阿美 张三 赵梅 单田芳 曾国藩 "
                              "解放 区华 朴树 李婷 李小宇 李 李四 欧阳锋 丁一 吴 伍 武 五 李玲 黎明 "
                              "张 阿依古丽·买买提 覃 闫 鑫 睿 萱 Zhang")
                .split(QLatin1Char(' '));
        const QStringList expected =
            QString::fromUtf8("阿美 阿依古丽·买买提 安然 曾国藩 单田芳 丁一 解放 黎明 李 李玲 李强 李四 李婷 "
                              "李小宇 刘丽 卢华 路平 吕明 绿叶 栾川 欧阳锋 朴树 区华 睿 覃 王秀英 吴 "
                              "五 伍 武 鑫 萱 闫 张 张三 赵梅 Zhang")
                .split(QLatin1Char(' '));
        QCOMPARE(sortedByKey(names), expected);
        // Where Qt has ICU (Debian does), the table agrees with QCollator itself.
        if (QCollator(QLocale(QLocale::Chinese, QLocale::China)).compare(QStringLiteral("李"), QStringLiteral("刘")) <
            0)
            QCOMPARE(sortedByCollator(names), expected);
    }

    // Every name of the demo township, in random order, sorts as QCollator sorts it.
    void theDemoTownshipsNamesSortAsTheCollatorDoes()
    {
        QFile file(QStringLiteral(":/demo/township.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject demo = QJsonDocument::fromJson(file.readAll()).object();
        QStringList names;
        QRandomGenerator random(17);
        const QJsonArray surnames = demo.value(QStringLiteral("surnames")).toArray();
        QJsonArray given = demo.value(QStringLiteral("male_given")).toArray();
        for (const QJsonValue& v : demo.value(QStringLiteral("female_given")).toArray())
            given.append(v);
        QVERIFY(surnames.size() > 20 && given.size() > 20);
        for (int i = 0; i < 2000; ++i)
            names.append(surnames.at(random.bounded(int(surnames.size()))).toString() +
                         given.at(random.bounded(int(given.size()))).toString());
        if (QCollator(QLocale(QLocale::Chinese, QLocale::China)).compare(QStringLiteral("李"), QStringLiteral("刘")) >=
            0)
            QSKIP("this Qt's collator does not sort Chinese by pinyin");
        const QStringList byKey = sortedByKey(names);
        const QStringList byCollator = sortedByCollator(names);
        for (qsizetype i = 0; i < names.size(); ++i)
            QVERIFY2(byKey.at(i) == byCollator.at(i),
                     qPrintable(QStringLiteral("%1: %2 vs %3").arg(i).arg(byKey.at(i), byCollator.at(i))));
    }

    void keysAreFixedWidthAndUnknownCharactersComeLast()
    {
        QCOMPARE(PinyinOrder::sortKey(QStringLiteral("李强")).size(), 8);
        QCOMPARE(PinyinOrder::sortKey(QStringLiteral(" 李强 ")), PinyinOrder::sortKey(QStringLiteral("李强")));
        QVERIFY(PinyinOrder::sortKey(QString()).isEmpty());
        const QString beyond = QString::fromUcs4(U"\U00020000"); // 𠀀, outside the table's plane
        QCOMPARE(PinyinOrder::sortKey(beyond), QStringLiteral("ffff"));
        QVERIFY(PinyinOrder::sortKey(QStringLiteral("张")) < PinyinOrder::sortKey(beyond));
        QVERIFY(!PinyinOrder::tableVersion().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPinyinOrder)
#include "TestPinyinOrder.moc"
