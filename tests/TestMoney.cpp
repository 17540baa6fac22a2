#include "domain/Money.h"

#include <QTest>

using namespace Doudi;

class TestMoney final : public QObject
{
    Q_OBJECT

private slots:
    void chineseCapitals_data()
    {
        QTest::addColumn<qint64>("fen");
        QTest::addColumn<QString>("expected");
        const QList<QPair<qint64, const char*>> rows = {
            {0, "零元整"},
            {5, "伍分"},
            {50, "伍角整"},
            {105, "壹元零伍分"},
            {1000, "壹拾元整"},
            {144000, "壹仟肆佰肆拾元整"},
            {100110, "壹仟零壹元壹角整"},
            {1000505, "壹万零伍元零伍分"},
            {2030000, "贰万零叁佰元整"},
            {10000000, "壹拾万元整"},
            {11000000, "壹拾壹万元整"},
            {100001000, "壹佰万零壹拾元整"},
            {1234567890, "壹仟贰佰叁拾肆万伍仟陆佰柒拾捌元玖角整"},
            {10000000000, "壹亿元整"},
            {10000000100, "壹亿零壹元整"},
            {10001000000, "壹亿零壹万元整"},
            {10010000000, "壹亿零壹拾万元整"},
            {-250, "负贰元伍角整"},
        };
        for (const auto& [fen, text] : rows)
            QTest::newRow(text) << fen << QString::fromUtf8(text);
    }
    void chineseCapitals()
    {
        QFETCH(qint64, fen);
        QFETCH(QString, expected);
        QCOMPARE(Money::fromFen(fen).toChineseCapitals(), expected);
    }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("fen");
        QTest::newRow("whole") << "1234" << qint64(123400);
        QTest::newRow("grouped one decimal") << "1,234.5" << qint64(123450);
        QTest::newRow("two decimals") << "1234.50" << qint64(123450);
        QTest::newRow("fen only") << "0.05" << qint64(5);
        QTest::newRow("leading point") << ".5" << qint64(50);
        QTest::newRow("trailing point") << "12." << qint64(1200);
        QTest::newRow("negative") << "-12.3" << qint64(-1230);
        QTest::newRow("with unit") << "1,234.50 元" << qint64(123450);
        QTest::newRow("yuan sign") << "¥12" << qint64(1200);
        QTest::newRow("spaces") << "  48 000 " << qint64(4800000);
        QTest::newRow("zero") << "0" << qint64(0);
        QTest::newRow("large") << "999999999999999.99" << qint64(99999999999999999);
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(qint64, fen);
        const auto m = Money::parse(text);
        QVERIFY2(m.ok(), qPrintable(m.error().toString()));
        QCOMPARE(m->fen(), fen);
    }

    void parseErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << ""
                               << "no amount was entered";
        QTest::newRow("three decimals") << "1.234"
                                        << "has more than two decimal places (the smallest unit is one fen)";
        QTest::newRow("letters") << "12a"
                                 << "“12a” is not a number";
        QTest::newRow("two points") << "1.2.3"
                                    << "has more than two decimal places (the smallest unit is one fen)";
        QTest::newRow("only point") << "."
                                    << "is not a number";
        QTest::newRow("too large") << "1234567890123456"
                                   << "is too large";
        QTest::newRow("double minus") << "--5"
                                      << "“--5” is not a number";
    }
    void parseErrors()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        const auto m = Money::parse(text);
        QVERIFY(!m.ok());
        QCOMPARE(m.error().kind(), Error::Kind::InvalidInput);
        QCOMPARE(m.error().problems().first().message, message);
    }

    void format_data()
    {
        QTest::addColumn<qint64>("fen");
        QTest::addColumn<QString>("text");
        QTest::newRow("grouping") << qint64(123450) << "1,234.50 元";
        QTest::newRow("small") << qint64(5) << "0.05 元";
        QTest::newRow("zero") << qint64(0) << "0.00 元";
        QTest::newRow("million") << qint64(123456789) << "1,234,567.89 元";
        QTest::newRow("negative") << qint64(-1230) << "-12.30 元";
    }
    void format()
    {
        QFETCH(qint64, fen);
        QFETCH(QString, text);
        const QLocale china(QLocale::Chinese, QLocale::China);
        QCOMPARE(Money::fromFen(fen).format(china), text);
        // What format() writes, parse() reads back.
        QCOMPARE(Money::parse(text)->fen(), fen);
    }

    void arithmetic()
    {
        QCOMPARE((Money::fromYuan(480) + Money::fromFen(50)).fen(), qint64(48050));
        QCOMPARE((Money::fromYuan(1) - Money::fromFen(101)).fen(), qint64(-1));
        QVERIFY(Money::fromFen(1) > Money::fromFen(0));
        QCOMPARE(Money::fromFen(123450).formatPlain(QLocale(QLocale::English)), QStringLiteral("1,234.50"));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "TestMoney.moc"
