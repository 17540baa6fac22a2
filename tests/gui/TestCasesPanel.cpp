#include "AssessmentPanel.h"
#include "CaseDocuments.h"
#include "CaseListDialog.h"
#include "CasesPanel.h"
#include "Clock.h"
#include "DocumentLanguage.h"
#include "DueDialog.h"
#include "HomeVisitDialog.h"
#include "HouseholdEditor.h"
#include "PrintPreview.h"
#include "TestFixtures.h"
#include "cases/CaseRepository.h"
#include "cases/CaseWorkflow.h"
#include "cases/SignalRepository.h"
#include "domain/DisplayFormat.h"
#include "store/AuditLog.h"
#include "store/HouseholdRepository.h"
#include "store/PolicyRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Doudi;

// One application from acceptance to approval through the household form's 案件 tab.
class TestCasesPanel final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { Clock::setFixed(QDateTime(QDate(2025, 3, 20), QTime(9, 0), Qt::UTC)); }
    void cleanupTestCase() { Clock::setFixed({}); }

    void fromAcceptanceToApproval()
    {
        auto db = TestFixtures::townshipDatabase(m_dir.filePath(QStringLiteral("cases.doudi")));
        QVERIFY(db);
        Household h = TestFixtures::household();
        QVERIFY(HouseholdRepository(*db, Session::bootstrap(QStringLiteral("setup"))).save(h));

        const Session clerk = Session::forUser(QStringLiteral("liu"), QStringLiteral("刘丽"), Role::Clerk, QString());
        HouseholdEditor editor(*db, clerk, h.uuid);
        editor.findChild<QTabWidget*>()->setCurrentWidget(editor.casesPanel());
        CasesPanel* panel = editor.casesPanel();
        QCOMPARE(panel->casesTable()->rowCount(), 0);
        QVERIFY(panel->openCase(QStringLiteral("dibao_application"), QDate(2025, 3, 3)));
        QCOMPARE(panel->casesTable()->rowCount(), 1);
        panel->casesTable()->selectRow(0);
        QVERIFY(panel->advance(QStringLiteral("start_investigation"), QDate(2025, 3, 4)));
        QVERIFY(panel->advance(QStringLiteral("record_visit"), QDate(2025, 3, 5), QStringLiteral("两人入户")));
        QVERIFY(panel->advance(QStringLiteral("publish_notice"), QDate(2025, 3, 7)));
        QVERIFY(panel->advance(QStringLiteral("submit"), QDate(2025, 3, 14)));
        QVERIFY(!panel->advance(QStringLiteral("approve"), QDate(2025, 3, 17))); // not the clerk's
        QCOMPARE(panel->findChild<QListWidget*>()->count(), 5);                  // accepted + four steps

        const Session supervisor =
            Session::forUser(QStringLiteral("wang"), QStringLiteral("王建国"), Role::Supervisor, QString());
        // The amount comes from the saved determination: saved from the 评估 tab first.
        QVERIFY(PolicyRepository(*db, Session::bootstrap(QStringLiteral("setup"))).ensureExample());
        HouseholdEditor review(*db, supervisor, h.uuid);
        QVERIFY(review.assessmentPanel()->saveDetermination());
        review.casesPanel()->reload();
        review.casesPanel()->casesTable()->selectRow(0);
        QVERIFY(review.casesPanel()->advance(QStringLiteral("approve"), QDate(2025, 3, 18)));
        QCOMPARE(review.casesPanel()->cases().first().state, QStringLiteral("approved"));
        // The file in one timeline: acceptance, five steps, the amount approved from April and the
        // saved determination.
        QCOMPARE(review.casesPanel()->timeline()->count(), 8);
        QVERIFY(review.casesPanel()->timeline()->item(5)->text().contains(QStringLiteral("approve")));
        QVERIFY(review.casesPanel()->timeline()->item(6)->text().contains(QStringLiteral("a month approved")));
        QVERIFY(review.casesPanel()->timeline()->item(7)->text().contains(QStringLiteral("determination")));

        // Paying from the next day: in August its six-monthly review (able-bodied members) is on the dashboard.
        panel->reload();
        panel->casesTable()->selectRow(0);
        QVERIFY(panel->advance(QStringLiteral("start_payment"), QDate(2025, 3, 19))); // the clerk's step

        {
            DueDialog now(*db, supervisor);
            QVERIFY(QSignalSpy(&now, &DueDialog::reloaded).wait(30000));
            QCOMPARE(now.reviewsTable()->rowCount(), 0);
        }
        Clock::setFixed(QDateTime(QDate(2025, 8, 25), QTime(9, 0), Qt::UTC));
        DueDialog due(*db, supervisor);
        Clock::setFixed(QDateTime(QDate(2025, 3, 20), QTime(9, 0), Qt::UTC));
        QVERIFY(QSignalSpy(&due, &DueDialog::reloaded).wait(30000));
        QCOMPARE(due.reviewsTable()->rowCount(), 1);
        QCOMPARE(due.reviewsTable()->item(0, 0)->text(), QStringLiteral("李强"));
        QCOMPARE(due.reviewsTable()->item(0, 1)->text(), DisplayFormat::date(QDate(2025, 9, 19)));
        // Enter on the row opens the household; so does a double click; the dialog stays open.
        due.show();
        QVERIFY(QTest::qWaitForWindowExposed(&due));
        QSignalSpy requested(&due, &DueDialog::householdRequested);
        due.reviewsTable()->setFocus();
        due.reviewsTable()->setCurrentCell(0, 0);
        QTest::keyClick(due.reviewsTable(), Qt::Key_Return);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.first().first().toString(), h.uuid);
        QVERIFY(due.isVisible());
        const QRect cell = due.reviewsTable()->visualItemRect(due.reviewsTable()->item(0, 0));
        QTest::mouseClick(due.reviewsTable()->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());
        QTest::mouseDClick(due.reviewsTable()->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());
        QCOMPARE(requested.count(), 2);
    }

    // The papers of a case: the visit form blank and as recorded, the authorisation, the refusal
    // notice with its reason; ID numbers masked; each print on the audit trail.
    void papers()
    {
        auto db = TestFixtures::townshipDatabase(m_dir.filePath(QStringLiteral("papers.doudi")));
        QVERIFY(db);
        Household h = TestFixtures::household();
        QVERIFY(HouseholdRepository(*db, Session::bootstrap(QStringLiteral("setup"))).save(h));
        const Session clerk = Session::forUser(QStringLiteral("liu"), QStringLiteral("刘丽"), Role::Clerk, QString());
        CaseRepository cases(*db, clerk);
        QStringList handedIn = CaseWorkflow::documents();
        handedIn.removeAll(QStringLiteral("income_proof"));
        const auto id =
            cases.open({h.uuid, QStringLiteral("dibao_application"), QDate(2025, 3, 3), false, false, handedIn});
        QVERIFY(id.ok());
        const auto materials = CaseDocuments::forCase(*db, clerk, cases.find(*id).value(), QStringLiteral("materials"));
        QVERIFY(materials.ok());
        // Papers are Chinese whatever the interface's language.
        QVERIFY(materials->contains(QStringLiteral("收入")));
        {
            const DocumentLanguage chinese;
            QVERIFY(materials->contains(CaseWorkflow::documentLabel(QStringLiteral("income_proof"))));
            QVERIFY(!materials->contains(CaseWorkflow::documentLabel(QStringLiteral("id_cards"))));
        }
        QVERIFY(cases.advance(*id, QStringLiteral("start_investigation"), QDate(2025, 3, 4), QString()));
        HomeVisit visit;
        visit.date = QDate(2025, 3, 5);
        visit.investigators = {QStringLiteral("刘丽"), QStringLiteral("张伟")};
        visit.findings = QStringLiteral("砖房两间，无车辆，户主腰伤");
        visit.present = QStringLiteral("户主及妻子");
        visit.familySigned = true;
        QVERIFY(cases.recordVisit(*id, visit));
        const CaseRecord record = cases.find(*id).value();
        const qint64 audited = AuditLog(*db).entries().value().size();

        const auto blank = CaseDocuments::forCase(*db, clerk, record, QStringLiteral("visit-blank"));
        QVERIFY(blank.ok());
        QVERIFY(!blank->contains(QStringLiteral("砖房两间")));
        const auto filled = CaseDocuments::forCase(*db, clerk, record, QStringLiteral("visit"));
        QVERIFY(filled.ok());
        QVERIFY(filled->contains(QStringLiteral("砖房两间")));
        QVERIFY(filled->contains(QStringLiteral("刘丽、张伟")));
        QVERIFY(filled->contains(QStringLiteral("李强")));
        const auto authorisation = CaseDocuments::forCase(*db, clerk, record, QStringLiteral("authorisation"));
        QVERIFY(authorisation.ok());
        QVERIFY(authorisation->contains(QStringLiteral("赵梅 签字：")));
        QVERIFY(!authorisation->contains(QStringLiteral("李小宇 签字："))); // a minor does not sign
        for (const QString& html : {*blank, *filled, *authorisation}) {
            QVERIFY(!html.contains(QStringLiteral("220681198204110139")));
            QVERIFY(html.contains(QStringLiteral("220681********0139")));
        }
        QVERIFY(!CaseDocuments::forCase(*db, clerk, record, QStringLiteral("refusal")).ok()); // not refused
        QCOMPARE(AuditLog(*db).entries().value().size(), audited + 3);

        QVERIFY(cases.advance(*id, QStringLiteral("publish_notice"), QDate(2025, 3, 7), QString()));
        QVERIFY(cases.advance(*id, QStringLiteral("submit"), QDate(2025, 3, 14), QString()));
        const Session supervisor =
            Session::forUser(QStringLiteral("wang"), QStringLiteral("王建国"), Role::Supervisor, QString());
        QVERIFY(CaseRepository(*db, supervisor)
                    .advance(*id, QStringLiteral("refuse"), QDate(2025, 3, 17),
                             QStringLiteral("家庭人均收入高于低保标准")));
        const auto refusal = CaseDocuments::forCase(*db, clerk, cases.find(*id).value(), QStringLiteral("refusal"));
        QVERIFY(refusal.ok());
        QVERIFY(refusal->contains(QStringLiteral("家庭人均收入高于低保标准")));
        QVERIFY(refusal->contains(QStringLiteral("2025年3月17日")) ||
                !qEnvironmentVariableIsEmpty("DOUDI_SCREENSHOTS"));
        if (const QString shots = qEnvironmentVariable("DOUDI_SCREENSHOTS"); !shots.isEmpty()) {
            QVERIFY(
                PrintPreview::savePdf(shots + QStringLiteral("/visit.pdf"), QString(), *filled, QPageLayout::Portrait));
            QVERIFY(PrintPreview::savePdf(shots + QStringLiteral("/refusal.pdf"), QString(), *refusal,
                                          QPageLayout::Portrait));
        }
    }

    void theCaseListFilters()
    {
        auto db = TestFixtures::townshipDatabase(m_dir.filePath(QStringLiteral("list.doudi")));
        Household a = TestFixtures::household(TestFixtures::kVillageA);
        Household b;
        b.villageCode = TestFixtures::kVillageB;
        b.members = {TestFixtures::member("11010519491231002X", "王秀英", "head")};
        const Session setup = Session::bootstrap(QStringLiteral("setup"));
        QVERIFY(HouseholdRepository(*db, setup).save(a));
        QVERIFY(HouseholdRepository(*db, setup).save(b));
        CaseRepository cases(*db, setup);
        const auto first = cases.open({a.uuid, QStringLiteral("dibao_application"), QDate(2025, 3, 3)});
        QVERIFY(cases.advance(*first, QStringLiteral("start_investigation"), QDate(2025, 3, 4), QString()));
        QVERIFY(cases.open({b.uuid, QStringLiteral("change"), QDate(2025, 3, 17)}).ok());
        QVERIFY(cases.open({b.uuid, QStringLiteral("tekun_application"), QDate(2025, 3, 3)}).ok());

        CaseListDialog list(*db, setup);
        QCOMPARE(list.casesTable()->rowCount(), 3);
        list.typeFilter()->setCurrentIndex(list.typeFilter()->findData(QStringLiteral("change")));
        QCOMPARE(list.casesTable()->rowCount(), 1);
        QCOMPARE(list.casesTable()->item(0, 0)->text(), QStringLiteral("王秀英"));
        list.typeFilter()->setCurrentIndex(0);
        list.stateFilter()->setCurrentIndex(list.stateFilter()->findData(QStringLiteral("investigating")));
        QCOMPARE(list.casesTable()->rowCount(), 1);
        list.stateFilter()->setCurrentIndex(0);
        // On 20 March only the 特困 application accepted on 3 March is overdue: never investigated. (The change
        // accepted on the 17th is due today, not overdue.)
        list.overdueFilter()->setChecked(true);
        QCOMPARE(list.casesTable()->rowCount(), 1);
        QCOMPARE(list.casesTable()->item(0, 1)->text(), QStringLiteral("Extreme poverty application"));
    }

    void theDashboardShowsWhatIsOverdue()
    {
        auto db = TestFixtures::townshipDatabase(m_dir.filePath(QStringLiteral("due.doudi")));
        Household h = TestFixtures::household();
        QVERIFY(HouseholdRepository(*db, Session::bootstrap(QStringLiteral("setup"))).save(h));
        const Session clerk = Session::forUser(QStringLiteral("liu"), QStringLiteral("刘丽"), Role::Clerk, QString());
        HouseholdEditor editor(*db, clerk, h.uuid);
        editor.casesPanel()->reload();
        // Accepted on 3 March, not yet investigated on 20 March: overdue.
        QVERIFY(editor.casesPanel()->openCase(QStringLiteral("tekun_application"), QDate(2025, 3, 3)));
        // A signal for the household: the clerk visits it, then records why it is not eligible.
        const auto read = SignalReader::read(R"([{"id_number": "220681198204110139", "kind": "vehicle",
                                                   "source": "公安局", "date": "2025-03-15"}])");
        QVERIFY(SignalRepository(*db, clerk).import(*read).ok());
        DueDialog due(*db, clerk);
        QVERIFY(QSignalSpy(&due, &DueDialog::reloaded).wait(30000));
        QCOMPARE(due.signalsTable()->rowCount(), 1);
        due.signalsTable()->selectRow(0);
        QVERIFY(!due.moveSelectedSignal(QStringLiteral("not_eligible"), QStringLiteral("车价超限"))); // visit first
        QVERIFY(due.moveSelectedSignal(QStringLiteral("visited"), QStringLiteral("入户核实")));
        QVERIFY(QSignalSpy(&due, &DueDialog::reloaded).wait(30000));
        due.signalsTable()->selectRow(0);
        QVERIFY(due.moveSelectedSignal(QStringLiteral("not_eligible"), QStringLiteral("车价超限")));
        QVERIFY(QSignalSpy(&due, &DueDialog::reloaded).wait(30000));
        QCOMPARE(due.signalsTable()->rowCount(), 0);
        QVERIFY(due.casesTable()->rowCount() >= 1);
        QCOMPARE(due.casesTable()->item(0, 0)->text(), QStringLiteral("李强"));
        QCOMPARE(due.casesTable()->item(0, 3)->text(), QStringLiteral("start of investigation"));
    }

    // The village cadre records what they saw at a household of their own village: findings, who
    // was present, two investigators, the family's signature; each missing one is named. Core
    // refuses the cadre of another village.
    void aCadreRecordsTheHomeVisit()
    {
        auto db = TestFixtures::townshipDatabase(m_dir.filePath(QStringLiteral("visit.doudi")));
        QVERIFY(db);
        Household h = TestFixtures::household(TestFixtures::kVillageA);
        QVERIFY(HouseholdRepository(*db, Session::bootstrap(QStringLiteral("setup"))).save(h));
        const Session clerk = Session::forUser(QStringLiteral("liu"), QStringLiteral("刘丽"), Role::Clerk, QString());
        CaseRepository cases(*db, clerk);
        const auto caseId =
            cases.open({h.uuid, QStringLiteral("dibao_application"), QDate(2025, 3, 3), false, false, {}});
        QVERIFY(caseId);
        QVERIFY(cases.advance(*caseId, QStringLiteral("start_investigation"), QDate(2025, 3, 4), QString()));

        const Session cadre =
            Session::forUser(QStringLiteral("cadre01"), QStringLiteral("张村干"), Role::Cadre, TestFixtures::kVillageA);
        HouseholdEditor editor(*db, cadre, h.uuid);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.findChild<QTabWidget*>()->setCurrentWidget(editor.casesPanel());
        CasesPanel* panel = editor.casesPanel();
        panel->casesTable()->selectRow(0);
        HomeVisitDialog* visit = panel->recordVisit();
        QVERIFY(visit);
        QTRY_VERIFY(visit->isVisible());
        QCOMPARE(visit->firstInvestigator()->text(), QStringLiteral("张村干"));
        visit->findingsField()->setPlainText(QStringLiteral("土坯房两间，无大件家电，户主腿疾"));
        visit->presentField()->setText(QStringLiteral("户主及妻子"));
        QVERIFY(!visit->save()); // one investigator, no signature
        QVERIFY(visit->problemsLabel()->text().contains(QStringLiteral("Investigators")));
        QVERIFY(visit->problemsLabel()->text().contains(QStringLiteral("signature")));
        visit->secondInvestigator()->setText(QStringLiteral("刘丽"));
        visit->familySignedBox()->setChecked(true);
        QVERIFY(visit->save());
        QTRY_VERIFY(panel->cases().first().steps.size() == 2);
        QCOMPARE(panel->cases().first().steps.last().action, QStringLiteral("record_visit"));
        QVERIFY(panel->cases().first().steps.last().note.contains(QStringLiteral("土坯房")));

        // Another village's cadre: core refuses, whatever the screen.
        const Session other =
            Session::forUser(QStringLiteral("cadre02"), QStringLiteral("李村干"), Role::Cadre, TestFixtures::kVillageB);
        HomeVisit v;
        v.date = QDate(2025, 3, 6);
        v.investigators = {QStringLiteral("李村干"), QStringLiteral("刘丽")};
        v.findings = QStringLiteral("看过");
        v.familySigned = true;
        QVERIFY(!CaseRepository(*db, other).recordVisit(*caseId, v));
        QCOMPARE(CaseRepository(*db, clerk).find(*caseId)->steps.size(), 2);
    }
};

QTEST_MAIN(TestCasesPanel)
#include "TestCasesPanel.moc"
