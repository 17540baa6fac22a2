#include "domain/RegionCode.h"

#include <QTest>

using namespace Doudi;

class TestRegionCode final : public QObject
{
    Q_OBJECT

private slots:
    void levelsAndParents()
    {
        const auto village = RegionCode::parse(QStringLiteral("220681103201"));
        QVERIFY(village.ok());
        QCOMPARE(village->level(), RegionCode::Level::Village);
        QCOMPARE(village->parent().toString(), QStringLiteral("220681103"));
        QCOMPARE(village->parent().level(), RegionCode::Level::Township);
        QCOMPARE(village->parent().parent().toString(), QStringLiteral("220681"));
        QCOMPARE(village->parent().parent().level(), RegionCode::Level::County);
        QVERIFY(village->parent().parent().parent().isNull());
        QVERIFY(village->parent().contains(*village));
        QVERIFY(!village->contains(village->parent()));
    }

    void errors()
    {
        QCOMPARE(RegionCode::parse(QStringLiteral("22068")).error().problems().first().message,
                 QStringLiteral("a region code has 6, 9 or 12 digits, not 5"));
        QCOMPARE(RegionCode::parse(QStringLiteral("22068a")).error().problems().first().message,
                 QStringLiteral("a region code has digits only"));
    }
};

QTEST_GUILESS_MAIN(TestRegionCode)
#include "TestRegionCode.moc"
