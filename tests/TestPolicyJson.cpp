#include "rules/PolicyJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Doudi;

class TestPolicyJson final : public QObject
{
    Q_OBJECT

private:
    QJsonObject m_example;

    // The example with one value replaced (or removed when `value` is undefined); path like "a/b/0/c".
    QJsonObject changed(const QString& path, const QJsonValue& value) const
    {
        return replaced(QJsonValue(m_example), path.split(QLatin1Char('/')), value).toObject();
    }
    static QJsonValue replaced(const QJsonValue& node, QStringList path, const QJsonValue& value)
    {
        const QString key = path.takeFirst();
        if (node.isArray()) {
            QJsonArray a = node.toArray();
            a[key.toInt()] = path.isEmpty() ? value : replaced(a.at(key.toInt()), path, value);
            return a;
        }
        QJsonObject o = node.toObject();
        if (path.isEmpty() && value.isUndefined())
            o.remove(key);
        else
            o.insert(key, path.isEmpty() ? value : replaced(o.value(key), path, value));
        return o;
    }

private slots:
    void initTestCase()
    {
        QFile file(QStringLiteral(DOUDI_SPEC_DIR "/policy-example.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_example = QJsonDocument::fromJson(file.readAll()).object();
        QVERIFY(!m_example.isEmpty());
    }

    void readsTheExample()
    {
        const auto p = PolicyJson::fromJson(m_example);
        QVERIFY2(p.ok(), qPrintable(p.error().toString()));
        QCOMPARE(p->id, QStringLiteral("220681-2025-01"));
        QCOMPARE(p->effectiveFrom, QDate(2025, 1, 1));
        QCOMPARE(p->standardFen(Residence::Rural), qint64(48000));
        QCOMPARE(p->standardFen(Residence::Urban), qint64(70000));
        QCOMPARE(p->prevYearDisposableFen(Residence::Urban), qint64(3400000));
        QCOMPARE(p->tekun.carePartialFen, qint64(25000));
        QCOMPARE(p->gradualExit.schedule.size(), 2);
        QCOMPARE(p->scoring.indicators.size(), 8);
        QCOMPARE(p->scoring.indicators.at(5).op, QStringLiteral("direct"));
        QCOMPARE(p->scoring.indicators.at(5).max, 15);
        QCOMPARE(p->scoring.tiers.first().tier, QStringLiteral("A"));
        QVERIFY(!p->incrementsSum);
        // Unknown keys are ignored.
        QJsonObject extra = m_example;
        extra.insert(QStringLiteral("remarks"), QStringLiteral("任意说明"));
        QVERIFY(PolicyJson::fromJson(extra).ok());
    }

    // The reserve fund's limits: domain.md's defaults without the section, the bureau's with it.
    void reserveFundLimits()
    {
        const Policy defaults = PolicyJson::fromJson(m_example).value();
        QCOMPARE(defaults.reserveFund.townshipLimitStandards, 3);
        QCOMPARE(defaults.reserveFund.capStandards, 10);
        QCOMPARE(defaults.reserveFund.paperworkWorkingDays, 5);
        QCOMPARE(defaults.reserveFund.lowBalancePct, 20);
        QJsonObject custom = m_example;
        custom.insert(QStringLiteral("reserve_fund"), QJsonObject{{QStringLiteral("township_limit_standards"), 4},
                                                                  {QStringLiteral("low_balance_pct"), 25}});
        const Policy read = PolicyJson::fromJson(custom).value();
        QCOMPARE(read.reserveFund.townshipLimitStandards, 4);
        QCOMPARE(read.reserveFund.capStandards, 10);
        QCOMPARE(read.reserveFund.lowBalancePct, 25);
        custom.insert(QStringLiteral("reserve_fund"), QJsonObject{{QStringLiteral("township_limit_standards"), 12},
                                                                  {QStringLiteral("low_balance_pct"), 0}});
        const auto wrong = PolicyJson::fromJson(custom);
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().toString(),
                 QStringLiteral("reserve_fund.cap_standards: must not be below township_limit_standards (12)"));
        custom.insert(QStringLiteral("reserve_fund"), QJsonObject{{QStringLiteral("cap_standards"), 0}});
        QCOMPARE(PolicyJson::fromJson(custom).error().toString(),
                 QStringLiteral("reserve_fund.cap_standards: must be greater than zero"));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        const QJsonValue remove(QJsonValue::Undefined);
        QTest::newRow("missing key") << "min_gap_per_person_fen" << remove << "min_gap_per_person_fen: is missing";
        QTest::newRow("missing nested") << "tekun/care_fen/full" << remove << "tekun.care_fen.full: is missing";
        QTest::newRow("negative standard")
            << "dibao_standard_fen/rural" << QJsonValue(-48000) << "dibao_standard_fen.rural: must not be negative";
        QTest::newRow("zero standard") << "dibao_standard_fen/urban" << QJsonValue(0)
                                       << "dibao_standard_fen.urban: must be greater than zero";
        QTest::newRow("format") << "format" << QJsonValue(QStringLiteral("doudi-policy/9"))
                                << "format: must be doudi-policy/1";
        QTest::newRow("date") << "effective_from" << QJsonValue(QStringLiteral("2025-02-30"))
                              << "effective_from: must be a real date written YYYY-MM-DD";
        QTest::newRow("stacking") << "increment_stacking" << QJsonValue(QStringLiteral("both"))
                                  << "increment_stacking: must be max or sum";
        QTest::newRow("schedule start") << "gradual_exit/schedule/0/from_month" << QJsonValue(2)
                                        << "gradual_exit.schedule[0].from_month: the schedule must start at month 1";
        QTest::newRow("schedule order") << "gradual_exit/schedule/1/from_month" << QJsonValue(1)
                                        << "gradual_exit.schedule[1].from_month: must come after month 1 of the "
                                           "step before";
        QTest::newRow("schedule pct") << "gradual_exit/schedule/1/pct" << QJsonValue(150)
                                      << "gradual_exit.schedule[1].pct: must be 0 to 100, not 150";
        QTest::newRow("empty schedule") << "gradual_exit/schedule" << QJsonValue(QJsonArray())
                                        << "gradual_exit.schedule: needs at least one step";
        QTest::newRow("unknown measure") << "scoring/indicators/2/measure" << QJsonValue(QStringLiteral("rooms"))
                                         << "scoring.indicators[2].measure: unknown measure “rooms”; known: "
                                            "income_ratio_pct, financial_months, residences, dependant_ratio_pct, "
                                            "special_structure, health_points, able_workers, rigid_ratio_pct";
        QTest::newRow("unknown op") << "scoring/indicators/0/op" << QJsonValue(QStringLiteral("lt"))
                                    << "scoring.indicators[0].op: unknown op “lt”; known: le, ge, direct";
        QTest::newRow("bad band") << "scoring/indicators/0/bands/1" << QJsonValue(QJsonArray{50})
                                  << "scoring.indicators[0].bands[1]: must be a pair of whole numbers [threshold, "
                                     "points]";
        QTest::newRow("no tier for zero") << "scoring/tiers/2/min" << QJsonValue(10)
                                          << "scoring.tiers: needs a tier with min 0 or less, so that every score "
                                             "has a tier";
        QTest::newRow("exempt not text") << "income_exempt_types/0" << QJsonValue(5)
                                         << "income_exempt_types[0]: must be text";
    }
    void errors()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        const auto p = PolicyJson::fromJson(changed(path, value));
        QVERIFY(!p.ok());
        QCOMPARE(p.error().kind(), Error::Kind::InvalidInput);
        QStringList lines;
        for (const auto& problem : p.error().problems())
            lines.append(problem.toString());
        QVERIFY2(lines.contains(expected), qPrintable(lines.join(QLatin1Char('\n'))));
        QCOMPARE(lines.size(), 1);
    }

    void notJson()
    {
        QVERIFY(!PolicyJson::read("{").ok());
        QVERIFY(!PolicyJson::read("[]").ok());
    }
};

QTEST_GUILESS_MAIN(TestPolicyJson)
#include "TestPolicyJson.moc"
