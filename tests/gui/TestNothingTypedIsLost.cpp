#include "AnswerNextQuestion.h"
#include "CasesPanel.h"
#include "Clock.h"
#include "FundPaymentDialog.h"
#include "HomeVisitDialog.h"
#include "SettingsDialog.h"
#include "TestFixtures.h"
#include "cases/CaseRepository.h"
#include "store/HouseholdRepository.h"

#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Doudi;

// Nothing typed is lost (issue 17): every form that edits — a case's next step, a home visit, a
// reserve fund payment, the preferences — asks 放弃修改？ before Esc, 取消 or the close button
// throws away what was typed; without changes it closes at once.
class TestNothingTypedIsLost final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QString m_householdId;
    QString m_caseId;
    const Session m_clerk = Session::forUser(QStringLiteral("liu"), QStringLiteral("刘丽"), Role::Clerk, QString());

    // Does `act` and answers the question, if one comes, with `answer`.
    static bool answering(QMessageBox::StandardButton answer, const std::function<void()>& act)
    {
        bool asked = false;
        answerNextQuestion(answer, &asked);
        act();
        QTest::qWait(100); // the answer comes within it
        return asked;
    }

    // Presses Esc where the form's keyboard is.
    static bool escapeAnswering(QWidget* form, QMessageBox::StandardButton answer)
    {
        return answering(answer, [form] {
            QWidget* target = form->focusWidget() ? form->focusWidget() : form;
            QTest::keyClick(target, Qt::Key_Escape);
        });
    }

    // The whole round on one form: unchanged it closes at once; changed, 继续编辑 keeps it with what
    // was typed and 放弃 closes it.
    void checkForm(QDialog* form, const std::function<void()>& type, const std::function<bool()>& stillTyped)
    {
        form->show();
        QVERIFY(QTest::qWaitForWindowExposed(form));
        QVERIFY(!escapeAnswering(form, QMessageBox::Cancel));
        QVERIFY(!form->isVisible());
        form->show();
        QVERIFY(QTest::qWaitForWindowExposed(form));
        type();
        QVERIFY(escapeAnswering(form, QMessageBox::Cancel));
        QVERIFY(form->isVisible());
        QVERIFY(stillTyped());
        // The window's close button asks too.
        QVERIFY(answering(QMessageBox::Cancel, [form] { form->close(); }));
        QVERIFY(form->isVisible());
        QVERIFY(escapeAnswering(form, QMessageBox::Discard));
        QVERIFY(!form->isVisible());
        QCOMPARE(form->result(), int(QDialog::Rejected));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        Clock::setFixed(QDateTime(QDate(2025, 3, 20), QTime(9, 0), Qt::UTC));
        m_db = TestFixtures::townshipDatabase(m_dir.filePath(QStringLiteral("forms.doudi")));
        QVERIFY(m_db);
        Household h = TestFixtures::household(TestFixtures::kVillageA);
        QVERIFY(HouseholdRepository(*m_db, Session::bootstrap(QStringLiteral("setup"))).save(h));
        m_householdId = h.uuid;
        CaseRepository cases(*m_db, m_clerk);
        const auto id = cases.open({h.uuid, QStringLiteral("dibao_application"), QDate(2025, 3, 3), false, false, {}});
        QVERIFY(id);
        m_caseId = *id;
        QVERIFY(cases.advance(m_caseId, QStringLiteral("start_investigation"), QDate(2025, 3, 4), QString()));
    }
    void cleanupTestCase() { Clock::setFixed({}); }

    void theHomeVisitForm()
    {
        HomeVisitDialog visit(*m_db, m_clerk, m_caseId);
        checkForm(
            &visit, [&] { visit.presentField()->setText(QStringLiteral("户主")); },
            [&] { return visit.presentField()->text() == QStringLiteral("户主"); });
    }

    void theFundPaymentForm()
    {
        FundPaymentDialog pay(*m_db, m_clerk, m_householdId);
        checkForm(
            &pay, [&] { pay.reasonField()->setText(QStringLiteral("火灾")); },
            [&] { return pay.reasonField()->text() == QStringLiteral("火灾"); });
    }

    void thePreferences()
    {
        SettingsDialog settings(*m_db, Session::bootstrap(QStringLiteral("admin")));
        auto* hotline = settings.findChildren<QLineEdit*>(Qt::FindDirectChildrenOnly).value(0);
        QVERIFY(hotline);
        checkForm(
            &settings, [&] { hotline->setText(QStringLiteral("0439-1234567")); },
            [&] { return hotline->text() == QStringLiteral("0439-1234567"); });
    }

    // The case's next step is a form built on the spot: the same question for its note.
    void aCaseStepNote()
    {
        CasesPanel panel(*m_db, m_clerk, [this] { return m_householdId; });
        panel.reload();
        panel.casesTable()->selectRow(0);
        bool keptWhenAsked = false;
        bool asked = false;
        QTimer::singleShot(100, [&] {
            auto* form = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            QVERIFY(form);
            auto* note = form->findChildren<QLineEdit*>(Qt::FindDirectChildrenOnly).value(0);
            QVERIFY(note);
            note->setFocus();
            note->setText(QStringLiteral("邻居反映外出务工"));
            asked = escapeAnswering(form, QMessageBox::Cancel);
            keptWhenAsked = form->isVisible() && note->text() == QStringLiteral("邻居反映外出务工");
            escapeAnswering(form, QMessageBox::Discard);
        });
        QVERIFY(!panel.advance()); // given up: no step
        QVERIFY(asked);
        QVERIFY(keptWhenAsked);
        QCOMPARE(CaseRepository(*m_db, m_clerk).find(m_caseId)->steps.size(), 1);
    }
};

QTEST_MAIN(TestNothingTypedIsLost)
#include "TestNothingTypedIsLost.moc"
