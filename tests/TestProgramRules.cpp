#include "domain/HouseholdJson.h"
#include "rules/PolicyJson.h"
#include "rules/PriceIndexJson.h"
#include "rules/ProgramRules.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Doudi;

namespace {

const QString kMonth = QStringLiteral("2025-03");

QJsonObject policyJson()
{
    QFile f(QStringLiteral(DOUDI_SPEC_DIR "/policy-programs-example.json"));
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
}

Policy policyWith(const std::function<void(QJsonObject& programs)>& change = {})
{
    QJsonObject o = policyJson();
    if (change) {
        QJsonObject programs = o.value(QStringLiteral("programs")).toObject();
        change(programs);
        o.insert(QStringLiteral("programs"), programs);
    }
    return PolicyJson::fromJson(o).value();
}

// Sets `key` of the program `program` in a policy's programs section.
void setIn(QJsonObject& programs, const QString& program, const QString& key, const QJsonValue& value)
{
    QJsonObject p = programs.value(program).toObject();
    p.insert(key, value);
    programs.insert(program, p);
}

QJsonObject member(const QString& id, const QString& name, const QString& relation)
{
    return {{QStringLiteral("id_number"), id}, {QStringLiteral("name"), name}, {QStringLiteral("relation"), relation}};
}

// A grandmother (born 1952) and a grandchild (born 2014, 10 in March 2025).
QJsonObject householdJson(const QJsonObject& child)
{
    return {{QStringLiteral("format"), QStringLiteral("doudi-household/1")},
            {QStringLiteral("residence"), QStringLiteral("rural")},
            {QStringLiteral("members"),
             QJsonArray{member(QStringLiteral("220681195207010228"), QStringLiteral("刘兰"), QStringLiteral("head")),
                        child}}};
}

QJsonObject child(const QString& father, const QString& mother)
{
    QJsonObject c =
        member(QStringLiteral("220681201405050333"), QStringLiteral("王小军"), QStringLiteral("grandchild"));
    c.insert(QStringLiteral("parents"),
             QJsonObject{{QStringLiteral("father"), father}, {QStringLiteral("mother"), mother}});
    return c;
}

Household household(const QJsonObject& o)
{
    auto h = HouseholdJson::fromJson(o);
    if (!h)
        qFatal("%s", qPrintable(h.error().toString()));
    return *h;
}

Determination determination(Classification c, qint64 totalFen = 0)
{
    Determination d;
    d.month = kMonth;
    d.classification = c;
    d.totalFen = totalFen;
    return d;
}

Entitlements run(const Policy& policy, const Household& h, const Determination& d,
                 const std::optional<PriceIndex>& index = std::nullopt)
{
    auto e = ProgramRules::entitlements(policy, h, d, kMonth, index);
    if (!e)
        qFatal("%s", qPrintable(e.error().toString()));
    return *e;
}

qint64 amount(const Entitlements& e, const QString& program, int member)
{
    for (const Entitlement& x : e.items) {
        if (x.program == program && x.member == member)
            return x.amountFen;
    }
    return 0;
}

QStringList problemFields(const Error& error)
{
    QStringList fields;
    for (const Problem& p : error.problems())
        fields.append(p.field);
    return fields;
}

} // namespace

// The exclusions and reductions of spec/programs.md §3–4, one by one; the golden cases are in
// TestGoldenCases.
class TestProgramRules final : public QObject
{
    Q_OBJECT

private slots:
    void orphansAndChildrenWithoutCare_data()
    {
        QTest::addColumn<QString>("father");
        QTest::addColumn<QString>("mother");
        QTest::addColumn<QString>("setting");
        QTest::addColumn<qint64>("fen");
        QTest::newRow("orphan in a family") << "dead"
                                            << "dead"
                                            << "family" << qint64(130000);
        QTest::newRow("orphan in an institution") << "dead"
                                                  << "declared_missing"
                                                  << "institution" << qint64(180000);
        // A child without de-facto care is paid as an orphan in a family, wherever brought up.
        QTest::newRow("both parents unable") << "lost_contact"
                                             << "detained"
                                             << "institution" << qint64(130000);
        QTest::newRow("one dead, one seriously ill") << "dead"
                                                     << "seriously_ill"
                                                     << "family" << qint64(130000);
        QTest::newRow("one missing, one severely disabled") << "severely_disabled"
                                                            << "declared_missing"
                                                            << "family" << qint64(130000);
        QTest::newRow("one dead, one present") << "dead"
                                               << "present"
                                               << "family" << qint64(0);
        QTest::newRow("one unable, one present") << "detained"
                                                 << "present"
                                                 << "family" << qint64(0);
    }
    void orphansAndChildrenWithoutCare()
    {
        QFETCH(QString, father);
        QFETCH(QString, mother);
        QFETCH(QString, setting);
        QFETCH(qint64, fen);
        QJsonObject c = child(father, mother);
        c.insert(QStringLiteral("care_setting"), setting);
        const Household h = household(householdJson(c));
        const Entitlements e = run(policyWith(), h, determination(Classification::NotEligible));
        QCOMPARE(amount(e, QStringLiteral("orphan_allowance"), 1), fen);
        QCOMPARE(e.monthlyTotalFen, fen);
        QVERIFY(e.reasons.isEmpty());
    }

    void aChildOf18IsNoLongerAnOrphan()
    {
        QJsonObject c = child(QStringLiteral("dead"), QStringLiteral("dead"));
        c.insert(QStringLiteral("id_number"), QStringLiteral("22068120070301001X")); // 18 on 2025-03-01
        const Entitlements e =
            run(policyWith(), household(householdJson(c)), determination(Classification::NotEligible));
        QVERIFY(e.items.isEmpty());
    }

    void theOrphansAllowanceBesideTheDibao_data()
    {
        QTest::addColumn<QString>("withDibao");
        QTest::addColumn<int>("classification");
        QTest::addColumn<qint64>("fen");
        QTest::addColumn<bool>("reduced");
        // Dibao of 1,000.01 yuan for 2 persons: the child's share is 500.00 (floor).
        QTest::newRow("difference, dibao") << "difference" << int(Classification::Dibao) << qint64(80000) << true;
        QTest::newRow("difference, 特困: the whole support")
            << "difference" << int(Classification::Tekun) << qint64(29999) << true;
        QTest::newRow("full") << "full" << int(Classification::Dibao) << qint64(130000) << false;
        QTest::newRow("excluded") << "excluded" << int(Classification::DibaoGradualExit) << qint64(0) << false;
        QTest::newRow("not covered") << "excluded" << int(Classification::LowIncome) << qint64(130000) << false;
    }
    void theOrphansAllowanceBesideTheDibao()
    {
        QFETCH(QString, withDibao);
        QFETCH(int, classification);
        QFETCH(qint64, fen);
        QFETCH(bool, reduced);
        const Policy policy = policyWith([&](QJsonObject& programs) {
            setIn(programs, QStringLiteral("orphan_allowance"), QStringLiteral("with_dibao"), withDibao);
        });
        const Household h = household(householdJson(child(QStringLiteral("dead"), QStringLiteral("dead"))));
        const Entitlements e = run(policy, h, determination(Classification(classification), 100001));
        QCOMPARE(amount(e, QStringLiteral("orphan_allowance"), 1), fen);
        QCOMPARE(e.reasons.contains(QStringLiteral("orphan.reduced_by_dibao")), reduced);
    }

    void aDibaoBiggerThanTheAllowanceLeavesNothingButTheReason()
    {
        const Household h = household(householdJson(child(QStringLiteral("dead"), QStringLiteral("dead"))));
        const Entitlements e = run(policyWith(), h, determination(Classification::Dibao, 400000));
        QVERIFY(e.items.isEmpty()); // 1,300 − 2,000: nothing, and no line of 0
        QCOMPARE(e.reasons, QStringList{QStringLiteral("orphan.reduced_by_dibao")});
    }

    void theSinglePersonDibaoCoversOnlyWhomItEnrols()
    {
        QJsonObject grandmother =
            member(QStringLiteral("220681195207010228"), QStringLiteral("刘兰"), QStringLiteral("head"));
        grandmother.insert(QStringLiteral("disability"), QJsonObject{{QStringLiteral("type"), QStringLiteral("visual")},
                                                                     {QStringLiteral("grade"), 3}});
        QJsonObject o = householdJson(child(QStringLiteral("dead"), QStringLiteral("dead")));
        o.insert(QStringLiteral("members"),
                 QJsonArray{grandmother, child(QStringLiteral("dead"), QStringLiteral("dead"))});
        Determination d = determination(Classification::DibaoSinglePerson, 60000);
        d.members = {MemberBenefit{0, {}, 0, 60000}, MemberBenefit{1, {}, 0, 0}};
        const Entitlements e = run(policyWith(), household(o), d);
        QCOMPARE(amount(e, QStringLiteral("disability_living"), 0), qint64(6000)); // enrolled alone: covered
        // The child is not enrolled: the whole allowance, not reduced.
        QCOMPARE(amount(e, QStringLiteral("orphan_allowance"), 1), qint64(130000));
        QVERIFY(e.reasons.isEmpty());
    }

    void theLivingSubsidy()
    {
        QJsonObject c = child(QStringLiteral("present"), QStringLiteral("present"));
        c.insert(QStringLiteral("disability"),
                 QJsonObject{{QStringLiteral("type"), QStringLiteral("hearing")}, {QStringLiteral("grade"), 4}});
        const Household h = household(householdJson(c));
        // Means-tested: the dibao covers the household, or nothing.
        QCOMPARE(amount(run(policyWith(), h, determination(Classification::Dibao, 50000)),
                        QStringLiteral("disability_living"), 1),
                 qint64(6000));
        QCOMPARE(amount(run(policyWith(), h, determination(Classification::NotEligible)),
                        QStringLiteral("disability_living"), 1),
                 qint64(0));
        // Low-income households when the policy lists them.
        Determination lowIncome = determination(Classification::LowIncome);
        lowIncome.lowIncome = true;
        QCOMPARE(run(policyWith(), h, lowIncome).items.size(), 0);
        const Policy wider = policyWith([](QJsonObject& programs) {
            setIn(programs, QStringLiteral("disability_living"), QStringLiteral("covered"),
                  QJsonArray{QStringLiteral("dibao"), QStringLiteral("low_income")});
        });
        QCOMPARE(amount(run(wider, h, lowIncome), QStringLiteral("disability_living"), 1), qint64(6000));
    }

    void theLivingSubsidyIsNotPaidBesideTekunOrTheOrphansAllowance()
    {
        QJsonObject head =
            member(QStringLiteral("220681194802020178"), QStringLiteral("赵老汉"), QStringLiteral("head"));
        head.insert(QStringLiteral("disability"),
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("physical")}, {QStringLiteral("grade"), 3}});
        QJsonObject o = householdJson(head);
        o.insert(QStringLiteral("members"), QJsonArray{head});
        const Household alone = household(o);
        Entitlements e = run(policyWith(), alone, determination(Classification::Tekun, 62400));
        QVERIFY(e.items.isEmpty());
        QCOMPARE(e.reasons, QStringList{QStringLiteral("disability_living.tekun")});
        QVERIFY(!e.trace.isEmpty());
        // Where the policy does not exclude 特困, it pays.
        const Policy including = policyWith([](QJsonObject& programs) {
            setIn(programs, QStringLiteral("disability_living"), QStringLiteral("exclude_tekun"), false);
        });
        QCOMPARE(amount(run(including, alone, determination(Classification::Tekun, 62400)),
                        QStringLiteral("disability_living"), 0),
                 qint64(6000));

        QJsonObject c = child(QStringLiteral("dead"), QStringLiteral("dead"));
        c.insert(QStringLiteral("disability"),
                 QJsonObject{{QStringLiteral("type"), QStringLiteral("physical")}, {QStringLiteral("grade"), 1}});
        const Policy full = policyWith([](QJsonObject& programs) {
            setIn(programs, QStringLiteral("orphan_allowance"), QStringLiteral("with_dibao"), QStringLiteral("full"));
        });
        e = run(full, household(householdJson(c)), determination(Classification::Dibao, 90000));
        QCOMPARE(amount(e, QStringLiteral("orphan_allowance"), 1), qint64(130000));
        QCOMPARE(amount(e, QStringLiteral("disability_living"), 1), qint64(0));
        QCOMPARE(e.reasons, QStringList{QStringLiteral("disability_living.orphan")});
    }

    void theCareSubsidy_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("grade");
        QTest::addColumn<int>("adl");
        QTest::addColumn<qint64>("fen");
        QTest::newRow("grade 1, needs care") << "physical" << 1 << 3 << qint64(10000);
        QTest::newRow("grade 2, needs care") << "visual" << 2 << 1 << qint64(8000);
        QTest::newRow("grade 2, no care needed") << "visual" << 2 << 0 << qint64(0);
        QTest::newRow("grade 3 physical") << "physical" << 3 << 4 << qint64(0);
        QTest::newRow("grade 3 intellectual") << "intellectual" << 3 << 1 << qint64(5000);
        QTest::newRow("grade 3 mental") << "mental" << 3 << 2 << qint64(5000);
        QTest::newRow("grade 4 mental") << "mental" << 4 << 6 << qint64(0);
    }
    void theCareSubsidy()
    {
        QFETCH(QString, type);
        QFETCH(int, grade);
        QFETCH(int, adl);
        QFETCH(qint64, fen);
        QJsonObject c = child(QStringLiteral("present"), QStringLiteral("present"));
        c.insert(QStringLiteral("disability"),
                 QJsonObject{{QStringLiteral("type"), type}, {QStringLiteral("grade"), grade}});
        c.insert(QStringLiteral("adl_failed"), adl);
        // Not means-tested: a household the dibao does not cover.
        const Entitlements e =
            run(policyWith(), household(householdJson(c)), determination(Classification::NotEligible));
        QCOMPARE(amount(e, QStringLiteral("disability_care"), 1), fen);
    }

    void theCareSubsidyIsNotPaidBesideTekunCare()
    {
        QJsonObject head =
            member(QStringLiteral("220681194802020178"), QStringLiteral("赵老汉"), QStringLiteral("head"));
        head.insert(QStringLiteral("disability"),
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("physical")}, {QStringLiteral("grade"), 2}});
        head.insert(QStringLiteral("adl_failed"), 4);
        QJsonObject o = householdJson(head);
        o.insert(QStringLiteral("members"), QJsonArray{head});
        const Household alone = household(o);
        Determination withCare = determination(Classification::Tekun, 87400);
        withCare.careFen = 25000;
        Entitlements e = run(policyWith(), alone, withCare);
        QCOMPARE(amount(e, QStringLiteral("disability_care"), 0), qint64(0));
        QVERIFY(e.reasons.contains(QStringLiteral("disability_care.tekun_care")));
        // 特困 without a care fee: the care subsidy is paid.
        e = run(policyWith(), alone, determination(Classification::Tekun, 62400));
        QCOMPARE(amount(e, QStringLiteral("disability_care"), 0), qint64(8000));
        QVERIFY(!e.reasons.contains(QStringLiteral("disability_care.tekun_care")));
    }

    void theFuneralWaiverOnceInTheMonthOfDeath()
    {
        QJsonObject head = member(QStringLiteral("220681195207010228"), QStringLiteral("刘兰"), QStringLiteral("head"));
        head.insert(QStringLiteral("died_on"), QStringLiteral("2025-03-31"));
        QJsonObject o = householdJson(head);
        o.insert(QStringLiteral("members"), QJsonArray{head});
        const Household h = household(o);
        Entitlements e = run(policyWith(), h, determination(Classification::Dibao, 48000));
        QCOMPARE(e.items.size(), 1);
        QCOMPARE(e.items.first(), (Entitlement{QStringLiteral("funeral_waiver"), 0, 120000, true}));
        QCOMPARE(e.oneOffTotalFen, qint64(120000));
        QCOMPARE(e.monthlyTotalFen, qint64(0));
        // Not covered: nothing.
        QVERIFY(run(policyWith(), h, determination(Classification::NotEligible)).items.isEmpty());
        // Another month: nothing.
        Determination april = determination(Classification::Dibao, 48000);
        april.month = QStringLiteral("2025-04");
        QVERIFY(ProgramRules::entitlements(policyWith(), h, april, QStringLiteral("2025-04"))->items.isEmpty());
    }

    void thePriceSubsidy()
    {
        const Household h = household(householdJson(child(QStringLiteral("present"), QStringLiteral("present"))));
        const Determination dibao = determination(Classification::Dibao, 90000);
        // No index published: nothing.
        QVERIFY(run(policyWith(), h, dibao).items.isEmpty());
        // Below both triggers: nothing.
        QVERIFY(run(policyWith(), h, dibao, PriceIndex{kMonth, 34, 59}).items.isEmpty());
        // An index of another month: nothing.
        QVERIFY(run(policyWith(), h, dibao, PriceIndex{QStringLiteral("2025-02"), 50, 80}).items.isEmpty());
        // Food prices alone trigger it; per person ceil_yuan(480 × 2 ‰) = 1 yuan.
        Entitlements e = run(policyWith(), h, dibao, PriceIndex{kMonth, 2, 60});
        QCOMPARE(e.items.size(), 2);
        QCOMPARE(amount(e, QStringLiteral("price_subsidy"), 0), qint64(100));
        QCOMPARE(e.oneOffTotalFen, qint64(200));
        // Prices that fell leave nothing to pay by the standard.
        QVERIFY(run(policyWith(), h, dibao, PriceIndex{kMonth, -5, 61}).items.isEmpty());
        // A fixed amount.
        const Policy fixed = policyWith([](QJsonObject& programs) {
            setIn(programs, QStringLiteral("price_subsidy"), QStringLiteral("amount"), QStringLiteral("fixed"));
            setIn(programs, QStringLiteral("price_subsidy"), QStringLiteral("fixed_fen"), 5000);
        });
        QCOMPARE(run(fixed, h, dibao, PriceIndex{kMonth, 40, 0}).oneOffTotalFen, qint64(10000));
        // Not covered: nothing.
        QVERIFY(
            run(policyWith(), h, determination(Classification::LowIncome), PriceIndex{kMonth, 40, 0}).items.isEmpty());
    }

    void anOrphanGetsThePriceSubsidyOnce()
    {
        const Household h = household(householdJson(child(QStringLiteral("dead"), QStringLiteral("dead"))));
        const Policy full = policyWith([](QJsonObject& programs) {
            setIn(programs, QStringLiteral("orphan_allowance"), QStringLiteral("with_dibao"), QStringLiteral("full"));
        });
        // Covered by the dibao and receiving the allowance: one line, not two.
        const Entitlements e = run(full, h, determination(Classification::Dibao, 90000), PriceIndex{kMonth, 41, 0});
        QStringList lines;
        for (const Entitlement& x : e.items)
            lines.append(QStringLiteral("%1:%2").arg(x.member).arg(x.program));
        QCOMPARE(lines, (QStringList{QStringLiteral("0:price_subsidy"), QStringLiteral("1:orphan_allowance"),
                                     QStringLiteral("1:price_subsidy")}));
    }

    void aPolicyWithoutProgramsPaysNothing()
    {
        QJsonObject o = policyJson();
        o.remove(QStringLiteral("programs"));
        const Policy bare = PolicyJson::fromJson(o).value();
        QVERIFY(bare.programs.isEmpty());
        QJsonObject c = child(QStringLiteral("dead"), QStringLiteral("dead"));
        c.insert(QStringLiteral("disability"),
                 QJsonObject{{QStringLiteral("type"), QStringLiteral("physical")}, {QStringLiteral("grade"), 1}});
        c.insert(QStringLiteral("adl_failed"), 6);
        const Entitlements e = run(bare, household(householdJson(c)), determination(Classification::Dibao, 90000),
                                   PriceIndex{kMonth, 90, 90});
        QVERIFY(e.items.isEmpty());
        QVERIFY(e.reasons.isEmpty());
        QCOMPARE(e.policyId, bare.id);
    }

    void theMonthMustBeTheDeterminations()
    {
        const Household h = household(householdJson(child(QStringLiteral("dead"), QStringLiteral("dead"))));
        const auto wrong = ProgramRules::entitlements(policyWith(), h, determination(Classification::Dibao),
                                                      QStringLiteral("2025-04"));
        QVERIFY(!wrong.ok());
        QCOMPARE(problemFields(wrong.error()), QStringList{QStringLiteral("month")});
    }

    void householdInputErrorsNameTheField()
    {
        QJsonObject c = child(QStringLiteral("dead"), QStringLiteral("gone"));
        c.insert(QStringLiteral("care_setting"), QStringLiteral("orphanage"));
        c.insert(QStringLiteral("died_on"), QStringLiteral("2025-02-30"));
        QJsonObject o = householdJson(c);
        QJsonArray members = o.value(QStringLiteral("members")).toArray();
        QJsonObject third = child(QStringLiteral("alive"), QStringLiteral("dead"));
        third.insert(QStringLiteral("id_number"), QStringLiteral("220681201206200319"));
        members.append(third);
        o.insert(QStringLiteral("members"), members);
        const auto h = HouseholdJson::fromJson(o);
        QVERIFY(!h.ok());
        QCOMPARE(problemFields(h.error()),
                 (QStringList{QStringLiteral("members[1].parents.mother"), QStringLiteral("members[1].care_setting"),
                              QStringLiteral("members[1].died_on"), QStringLiteral("members[2].parents.father")}));
        for (const Problem& p : h.error().problems())
            QVERIFY2(!p.message.isEmpty(), qPrintable(p.field));
    }

    void theNewFieldsRoundTrip()
    {
        QJsonObject c = child(QStringLiteral("lost_contact"), QStringLiteral("seriously_ill"));
        c.insert(QStringLiteral("care_setting"), QStringLiteral("institution"));
        c.insert(QStringLiteral("died_on"), QStringLiteral("2025-03-02"));
        const Household h = household(householdJson(c));
        QCOMPARE(h.members[1].parents.father, ParentState::LostContact);
        QCOMPARE(h.members[1].parents.mother, ParentState::SeriouslyIll);
        QCOMPARE(h.members[1].careSetting, CareSetting::Institution);
        QCOMPARE(*h.members[1].diedOn, QDate(2025, 3, 2));
        QCOMPARE(*HouseholdJson::read(HouseholdJson::write(h)), h);
        QCOMPARE(*HouseholdJson::read(HouseholdJson::compact(h)), h);
        // A member without them keeps the document it always had (and the audit digest of it).
        QVERIFY(!HouseholdJson::compact(h).isEmpty());
        const QByteArray plain = HouseholdJson::compact(household(householdJson(
            member(QStringLiteral("220681201405050333"), QStringLiteral("王小军"), QStringLiteral("grandchild")))));
        QVERIFY(!plain.contains("parents"));
        QVERIFY(!plain.contains("care_setting"));
        QVERIFY(!plain.contains("died_on"));
    }

    void policyInputErrorsNameTheField()
    {
        QJsonObject o = policyJson();
        QJsonObject programs = o.value(QStringLiteral("programs")).toObject();
        setIn(programs, QStringLiteral("orphan_allowance"), QStringLiteral("with_dibao"), QStringLiteral("half"));
        setIn(programs, QStringLiteral("orphan_allowance"), QStringLiteral("de_facto_setting"), QStringLiteral("home"));
        setIn(programs, QStringLiteral("disability_living"), QStringLiteral("monthly_fen_by_grade"),
              QJsonObject{{QStringLiteral("1"), 10000}, {QStringLiteral("5"), 100}});
        setIn(programs, QStringLiteral("disability_living"), QStringLiteral("covered"),
              QJsonArray{QStringLiteral("dibao"), QStringLiteral("tekun")});
        setIn(programs, QStringLiteral("disability_care"), QStringLiteral("grades"), QJsonArray{1, 7});
        setIn(programs, QStringLiteral("funeral_waiver"), QStringLiteral("amount_fen"), -1);
        setIn(programs, QStringLiteral("price_subsidy"), QStringLiteral("amount"), QStringLiteral("double"));
        o.insert(QStringLiteral("programs"), programs);
        const auto policy = PolicyJson::fromJson(o);
        QVERIFY(!policy.ok());
        const QStringList fields = problemFields(policy.error());
        for (const QString& expected :
             {QStringLiteral("programs.orphan_allowance.with_dibao"),
              QStringLiteral("programs.orphan_allowance.de_facto_setting"),
              QStringLiteral("programs.disability_living.covered[1]"),
              QStringLiteral("programs.disability_care.grades[1]"),
              QStringLiteral("programs.funeral_waiver.amount_fen"), QStringLiteral("programs.price_subsidy.amount")})
            QVERIFY2(fields.contains(expected), qPrintable(fields.join(QLatin1Char(' '))));
        QVERIFY2(std::any_of(fields.cbegin(), fields.cend(),
                             [](const QString& f) {
                                 return f.startsWith(QLatin1String("programs.disability_living.monthly_fen_by_grade."));
                             }),
                 qPrintable(fields.join(QLatin1Char(' '))));
    }

    void priceIndexInputErrorsNameTheField()
    {
        const auto index =
            PriceIndexJson::read(R"({"month": "2025-13", "cpi_yoy_permille": 4100, "food_cpi_yoy_permille": "5"})");
        QVERIFY(!index.ok());
        QCOMPARE(problemFields(index.error()), (QStringList{QStringLiteral("month"), QStringLiteral("cpi_yoy_permille"),
                                                            QStringLiteral("food_cpi_yoy_permille")}));
        const auto good =
            PriceIndexJson::read(R"({"month": "2025-03", "cpi_yoy_permille": -3, "food_cpi_yoy_permille": 61})");
        QVERIFY(good.ok());
        QCOMPARE(*good, (PriceIndex{QStringLiteral("2025-03"), -3, 61}));
        QCOMPARE(*PriceIndexJson::fromJson(PriceIndexJson::toJson(*good)), *good);
    }
};

QTEST_GUILESS_MAIN(TestProgramRules)
#include "TestProgramRules.moc"
