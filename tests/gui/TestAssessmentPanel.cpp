#include "AssessmentPanel.h"
#include "Clock.h"
#include "HouseholdEditor.h"
#include "TestFixtures.h"
#include "rules/DeterminationJson.h"
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
        Household h = TestFixtures::household();
        h.income = {{QString(), 0, QStringLiteral("wage"), 600000},
                    {QString(), std::nullopt, QStringLiteral("agriculture"), 300000},
                    {QString(), 1, QStringLiteral("basic_pension"), 120000}};
        h.expenditure.clear();
        h.assets = {};
        h.assets.dwellings = {Dwelling{}};
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
        QCOMPARE((*latest)->result.policyId, QStringLiteral("220681-2025-01"));
        QCOMPARE((*latest)->createdBy, QStringLiteral("clerk"));
        // The snapshot is the household as saved: the illness is in it, and in the store.
        QVERIFY((*latest)->input.members.first().seriousIllness);
        QVERIFY(households.load(h.uuid)->members.first().seriousIllness);
        QVERIFY(!(*latest)->result.trace.isEmpty());
        // The saved line names the policy by its title and document number, not its id.
        panel->evaluate();
        const StoredPolicy policy = PolicyRepository(*db, Session::bootstrap(QStringLiteral("clerk")))
                                        .find(QStringLiteral("220681-2025-01"))
                                        .value();
        QVERIFY2(panel->comparisonText().contains(policy.policy.title) &&
                     panel->comparisonText().contains(policy.policy.document),
                 qPrintable(panel->comparisonText()));
        QVERIFY(!panel->comparisonText().contains(QStringLiteral("220681-2025-01")));
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
