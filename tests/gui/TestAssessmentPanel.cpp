#include "AssessmentPanel.h"
#include "Clock.h"
#include "HouseholdEditor.h"
#include "TestFixtures.h"
#include "domain/Vocabulary.h"
#include "rules/DeterminationJson.h"
#include "rules/ProgramRules.h"
#include "store/DeterminationRepository.h"
#include "store/HouseholdRepository.h"
#include "store/PolicyRepository.h"

#include "security/Session.h"
#include <QDateEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>

#include <QTest>

using namespace Doudi;

// The 评估 tab: the household of golden case 01 (李强's family) gives dibao, 930 yuan, and the
// saved determination keeps its input snapshot.
class TestAssessmentPanel final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // The household of golden case 01: dibao, 930 yuan a month.
    static Household goldenCaseOne()
    {
        Household h = TestFixtures::household();
        h.income = {{QString(), 0, QStringLiteral("wage"), 600000},
                    {QString(), std::nullopt, QStringLiteral("agriculture"), 300000},
                    {QString(), 1, QStringLiteral("basic_pension"), 120000}};
        h.expenditure.clear();
        h.assets = {};
        h.assets.dwellings = {Dwelling{}};
        return h;
    }

private slots:
    void initTestCase()
    {
        Clock::setFixed(QDateTime(QDate(2025, 3, 15), QTime(9, 0), Qt::UTC));
        QLocale::setDefault(QLocale(QLocale::English));
    }
    void cleanupTestCase() { Clock::setFixed({}); }

    void evaluatesTheFormAndSavesTheDetermination()
    {
        auto db = TestFixtures::townshipDatabase(m_dir.filePath(QStringLiteral("a.doudi")));
        QVERIFY(db);
        QVERIFY(PolicyRepository(*db, Session::bootstrap(QStringLiteral("clerk"))).ensureExample());
        HouseholdRepository households(*db, Session::bootstrap(QStringLiteral("clerk")));
        Household h = goldenCaseOne();
        QVERIFY(households.save(h));

        HouseholdEditor editor(*db, Session::bootstrap(QStringLiteral("clerk")), h.uuid);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        AssessmentPanel* panel = editor.assessmentPanel();
        // Opening the tab evaluates.
        auto* tabs = editor.findChild<QTabWidget*>();
        tabs->setCurrentWidget(panel);
        QVERIFY(panel->determination().has_value());
        const Determination& d = *panel->determination();
        QCOMPARE(d.classification, Classification::Dibao);
        QCOMPARE(d.totalFen, qint64(93000));
        QVERIFY(panel->classificationText().contains(QStringLiteral("930.00")));

        // A change in the form shows in the next evaluation.
        QTableWidget* members = editor.membersTable();
        members->item(0, HouseholdEditor::SeriousIllnessColumn)->setCheckState(Qt::Checked);
        panel->evaluate();
        QCOMPARE(panel->determination()->incrementsFen, qint64(48000));

        QSignalSpy saved(panel, &AssessmentPanel::determinationSaved);
        QVERIFY(panel->saveDetermination());
        QCOMPARE(saved.count(), 1);
        DeterminationRepository determinations(*db, Session::bootstrap(QStringLiteral("clerk")));
        const auto latest = determinations.latest(h.uuid);
        QVERIFY(latest.ok() && latest->has_value());
        QCOMPARE((*latest)->result.totalFen, qint64(93000 + 24000));
        QCOMPARE((*latest)->result.policyId, QStringLiteral("220681-2025-02"));
        QCOMPARE((*latest)->createdBy, QStringLiteral("clerk"));
        // The snapshot is the household as saved: the illness is in it, and in the store.
        QVERIFY((*latest)->input.members.first().seriousIllness);
        QVERIFY(households.load(h.uuid)->members.first().seriousIllness);
        QVERIFY(!(*latest)->result.trace.isEmpty());
        // The saved line names the policy by its title and document number, not its id.
        panel->evaluate();
        const StoredPolicy policy = PolicyRepository(*db, Session::bootstrap(QStringLiteral("clerk")))
                                        .find(QStringLiteral("220681-2025-02"))
                                        .value();
        QVERIFY2(panel->comparisonText().contains(policy.policy.title) &&
                     panel->comparisonText().contains(policy.policy.document),
                 qPrintable(panel->comparisonText()));
        QVERIFY(!panel->comparisonText().contains(QStringLiteral("220681-2025-02")));
    }

    // Under the dibao result, the other programs: the child whose parents cannot bring it up gets
    // the allowance less its share of the dibao, the disabled spouse the living subsidy; both are
    // read from the form's columns, and saving keeps them with the determination.
    void showsAndSavesTheOtherPrograms()
    {
        auto db = TestFixtures::townshipDatabase(m_dir.filePath(QStringLiteral("programs.doudi")));
        QVERIFY(db);
        QVERIFY(PolicyRepository(*db, Session::bootstrap(QStringLiteral("clerk"))).ensureExample());
        Household h = goldenCaseOne();
        h.members[1].disability = {DisabilityType::Physical, 2};
        h.members[2].parents = {ParentState::LostContact, ParentState::Detained};
        QVERIFY(HouseholdRepository(*db, Session::bootstrap(QStringLiteral("clerk"))).save(h));

        HouseholdEditor editor(*db, Session::bootstrap(QStringLiteral("clerk")), h.uuid);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QTableWidget* members = editor.membersTable();
        QCOMPARE(members->item(2, HouseholdEditor::FatherColumn)->text(),
                 Vocabulary::parentStateLabel(ParentState::LostContact));
        QCOMPARE(members->item(2, HouseholdEditor::MotherColumn)->text(),
                 Vocabulary::parentStateLabel(ParentState::Detained));
        AssessmentPanel* panel = editor.assessmentPanel();
        panel->evaluate();
        // 930 and the increment of the spouse's disability.
        QCOMPARE(panel->determination()->totalFen, qint64(117000));
        QVERIFY(panel->entitlements().has_value());
        // 1,300 less 1,170 ÷ 3 = 390 for the child; 100 for grade 2.
        QCOMPARE(panel->entitlements()->monthlyTotalFen, qint64(91000 + 10000));
        const QStringList lines = panel->programLines();
        QVERIFY2(lines.size() == 3 && lines[0].startsWith(QStringLiteral("赵梅|")) &&
                     lines[0].contains(QStringLiteral("100.00")) && lines[1].startsWith(QStringLiteral("李小宇|")) &&
                     lines[1].contains(QStringLiteral("910.00")) && lines[2].contains(QStringLiteral("1,010.00")),
                 qPrintable(lines.join(QLatin1Char('\n'))));
        QVERIFY(panel->entitlements()->reasons.contains(QStringLiteral("orphan.reduced_by_dibao")));
        QVERIFY2(panel->exclusionsText().startsWith(QStringLiteral("李小宇")) &&
                     panel->exclusionsText().contains(QStringLiteral("390.00")),
                 qPrintable(panel->exclusionsText()));
        if (const QString shots = qEnvironmentVariable("DOUDI_SCREENSHOTS"); !shots.isEmpty()) {
            editor.resize(1024, 740);
            editor.findChild<QTabWidget*>()->setCurrentWidget(panel);
            QTest::qWait(50);
            editor.grab().save(shots + QStringLiteral("/assessment-programs.png"));
            editor.findChild<QTabWidget*>()->setCurrentIndex(1);
            QTest::qWait(50);
            editor.grab().save(shots + QStringLiteral("/members-programs.png"));
        }

        QVERIFY(panel->saveDetermination());
        const auto latest = DeterminationRepository(*db, Session::bootstrap(QStringLiteral("clerk"))).latest(h.uuid);
        QVERIFY(latest.ok() && latest->has_value() && (*latest)->entitlements.has_value());
        QCOMPARE((*latest)->entitlements->monthlyTotalFen, qint64(101000));
        QVERIFY(!(*latest)->entitlements->trace.isEmpty());
        QCOMPARE((*latest)->input.members[2].parents.mother, ParentState::Detained);
    }

    // A person supported as 特困 with a care fee gets neither disability subsidy, and the tab says why.
    void saysWhyAProgramDoesNotPay()
    {
        auto db = TestFixtures::townshipDatabase(m_dir.filePath(QStringLiteral("tekun.doudi")));
        QVERIFY(db);
        QVERIFY(PolicyRepository(*db, Session::bootstrap(QStringLiteral("clerk"))).ensureExample());
        Household h;
        h.villageCode = TestFixtures::kVillageA;
        h.address = QStringLiteral("六道沟村1组2号");
        h.members = {TestFixtures::member("220681195003150114", "王福", "head")};
        h.members[0].adlFailed = 2;
        h.members[0].disability = {DisabilityType::Physical, 1};
        h.income = {{QString(), 0, QStringLiteral("basic_pension"), 150000}};
        h.assets.dwellings = {Dwelling{}};
        h.flags.hasCapableSupporter = false;
        QVERIFY(HouseholdRepository(*db, Session::bootstrap(QStringLiteral("clerk"))).save(h));
        HouseholdEditor editor(*db, Session::bootstrap(QStringLiteral("clerk")), h.uuid);
        AssessmentPanel* panel = editor.assessmentPanel();
        panel->evaluate();
        QCOMPARE(panel->determination()->classification, Classification::Tekun);
        QVERIFY(panel->determination()->careFen > 0);
        QCOMPARE(panel->entitlements()->monthlyTotalFen, qint64(0));
        QCOMPARE(panel->entitlements()->reasons, QStringList({QStringLiteral("disability_living.tekun"),
                                                              QStringLiteral("disability_care.tekun_care")}));
        QVERIFY2(
            panel->exclusionsText().contains(ProgramRules::reasonLabel(QStringLiteral("disability_care.tekun_care"))),
            qPrintable(panel->exclusionsText()));
        QVERIFY(panel->exclusionsText().startsWith(QStringLiteral("王福")));
    }

    void aFormThatCannotBeReadIsNotEvaluated()
    {
        auto db = TestFixtures::townshipDatabase(m_dir.filePath(QStringLiteral("b.doudi")));
        QVERIFY(db);
        QVERIFY(PolicyRepository(*db, Session::bootstrap(QStringLiteral("clerk"))).ensureExample());
        HouseholdEditor editor(*db, Session::bootstrap(QStringLiteral("clerk")), QString());
        editor.membersTable()->item(0, HouseholdEditor::IdNumberColumn)->setText(QStringLiteral("123"));
        editor.assessmentPanel()->evaluate();
        QVERIFY(!editor.assessmentPanel()->determination().has_value());
        QVERIFY(!editor.assessmentPanel()->saveDetermination());
        QCOMPARE(HouseholdRepository(*db, Session::bootstrap(QStringLiteral("clerk"))).count({}).value(), qint64(0));
    }

    void noPolicyBeforeTheExampleTakesEffect()
    {
        auto db = TestFixtures::townshipDatabase(m_dir.filePath(QStringLiteral("c.doudi")));
        QVERIFY(db);
        QVERIFY(PolicyRepository(*db, Session::bootstrap(QStringLiteral("clerk"))).ensureExample());
        HouseholdEditor editor(*db, Session::bootstrap(QStringLiteral("clerk")), QString());
        editor.assessmentPanel()->findChild<QDateEdit*>()->setDate(QDate(2024, 6, 1));
        QVERIFY(!editor.assessmentPanel()->determination().has_value());
    }
};

QTEST_MAIN(TestAssessmentPanel)
#include "TestAssessmentPanel.moc"
