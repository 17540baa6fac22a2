#include "AnswerNextQuestion.h"
#include "Clock.h"
#include "FormUndo.h"
#include "HouseholdEditor.h"
#include "HouseholdListModel.h"
#include "MainWindow.h"
#include "MemberProgramFields.h"
#include "TestFixtures.h"
#include "domain/Vocabulary.h"
#include "store/AuditLog.h"
#include "store/HouseholdRepository.h"

#include "security/Session.h"
#include <QApplication>
#include <QComboBox>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>

#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Doudi;

// A clerk at the keyboard: types an ID number, sees the birth date, sex and age appear, saves, and
// finds the household in the list.
class TestHouseholdEditor final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    // Text arrives as from the keyboard: plain keys for digits and letters, an input method's
    // commit for Chinese (QTest has no keys for it).
    static void typeText(QWidget* widget, const QString& text)
    {
        bool ascii = true;
        for (const QChar c : text)
            ascii = ascii && c.unicode() < 128;
        if (ascii) {
            QTest::keyClicks(widget, text);
            return;
        }
        QInputMethodEvent commit;
        commit.setCommitString(text);
        QApplication::sendEvent(widget, &commit);
    }

    // Types into a cell the way a clerk does: open its editor, type, press Enter.
    static void typeIntoCell(QTableWidget* table, int row, int column, const QString& text)
    {
        const auto openEditor = [table]() -> QLineEdit* {
            for (QLineEdit* candidate : table->viewport()->findChildren<QLineEdit*>()) {
                if (candidate->isVisible())
                    return candidate;
            }
            return nullptr;
        };
        // Moving to a cell opens its editor, as in a spreadsheet; else open it as F2 would.
        table->setCurrentCell(row, column);
        if (!openEditor())
            table->editItem(table->item(row, column));
        QLineEdit* editor = openEditor();
        QVERIFY(editor);
        editor->selectAll();
        typeText(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::processEvents(); // the closed editor is deleted later
    }

    std::unique_ptr<Database> freshDatabase()
    {
        return TestFixtures::townshipDatabase(m_dir.filePath(QStringLiteral("gui%1.doudi").arg(++m_counter)));
    }

private slots:
    void initTestCase() { Clock::setFixed(QDateTime(QDate(2025, 3, 15), QTime(9, 0), Qt::UTC)); }
    void cleanupTestCase() { Clock::setFixed({}); }

    void typingAnIdFillsTheMemberAndSaves()
    {
        auto owned = freshDatabase();
        QVERIFY(owned);
        Database* db = owned.get();
        MainWindow window(std::move(owned), Session::bootstrap(QStringLiteral("clerk")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.householdModel()->totalCount(), qint64(0));

        HouseholdEditor editor(*db, Session::bootstrap(QStringLiteral("clerk")), QString(), &window);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QTableWidget* members = editor.membersTable();
        QCOMPARE(members->rowCount(), 1);

        typeIntoCell(members, 0, HouseholdEditor::IdNumberColumn, QStringLiteral("11010519491231002x"));
        QCOMPARE(members->item(0, HouseholdEditor::IdNumberColumn)->text(), QStringLiteral("11010519491231002X"));
        QCOMPARE(members->item(0, HouseholdEditor::BirthDateColumn)->text(), QStringLiteral("1949-12-31"));
        QCOMPARE(members->item(0, HouseholdEditor::SexColumn)->text(), QStringLiteral("Female"));
        QCOMPARE(members->item(0, HouseholdEditor::AgeColumn)->text(), QStringLiteral("75"));
        typeIntoCell(members, 0, HouseholdEditor::NameColumn, QStringLiteral("王秀英"));

        QSignalSpy saved(&editor, &HouseholdEditor::saved);
        QObject::connect(&editor, &HouseholdEditor::saved, window.householdModel(), &HouseholdListModel::reload);
        QVERIFY2(editor.save(), qPrintable(editor.problemLines().join(QLatin1Char('\n'))));
        QCOMPARE(saved.count(), 1);

        // The list finds her by part of her name, as the clerk types it.
        typeText(window.searchField(), QStringLiteral("秀英"));
        QTRY_COMPARE(window.householdModel()->totalCount(), qint64(1));
        QCOMPARE(window.householdModel()->index(0, HouseholdListModel::HeadName).data().toString(),
                 QStringLiteral("王秀英"));
        QCOMPARE(window.householdModel()->index(0, HouseholdListModel::HeadIdNumber).data().toString(),
                 QStringLiteral("110105********002X"));
        // Down takes the keyboard from the search box to the first household found.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.searchField()->setFocus();
        QTest::keyClick(window.searchField(), Qt::Key_Down);
        auto* list = window.findChild<QTableView*>();
        QCOMPARE(QApplication::focusWidget(), list);
        QCOMPARE(list->currentIndex().row(), 0);
        QVERIFY(list->selectionModel()->isRowSelected(0, QModelIndex()));
    }

    // A new household lives where its village is (a 社区 is in town) and is not assumed to have a
    // capable legal supporter; the expenditure grid's amount column says it is an expenditure.
    void aNewHouseholdPrefillsNothingTheFamilyDidNotSay()
    {
        auto db = freshDatabase();
        QVERIFY(db);
        QVERIFY(SiteRepository(*db, Session::bootstrap(QStringLiteral("setup")))
                    .addVillages({Village{QStringLiteral("220681103001"), QStringLiteral("江北社区"), true, {}, {}}}));
        HouseholdEditor editor(*db, Session::bootstrap(QStringLiteral("clerk")), QString());
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QComboBox* village = editor.villageBox();
        const int town = village->findData(QStringLiteral("220681103001"));
        const int countryside = village->findData(TestFixtures::kVillageA);
        QVERIFY(town >= 0 && countryside >= 0);
        village->setCurrentIndex(countryside);
        village->setCurrentIndex(town);
        typeIntoCell(editor.membersTable(), 0, HouseholdEditor::IdNumberColumn, QStringLiteral("11010519491231002X"));
        typeIntoCell(editor.membersTable(), 0, HouseholdEditor::NameColumn, QStringLiteral("王秀英"));
        QStringList headers;
        for (QTableWidget* table : editor.findChildren<QTableWidget*>()) {
            for (int c = 0; c < table->columnCount(); ++c)
                headers.append(table->horizontalHeaderItem(c)->text());
        }
        QVERIFY(headers.contains(QStringLiteral("Expenditure per year (yuan)")));
        QVERIFY(headers.contains(QStringLiteral("Income per year (yuan)")));
        const auto id = editor.saveAndStay();
        QVERIFY2(id.ok(), qPrintable(editor.problemLines().join(QLatin1Char('\n'))));
        const auto saved = HouseholdRepository(*db, Session::bootstrap(QStringLiteral("clerk"))).load(*id);
        QCOMPARE(saved->residence, Residence::Urban);
        QVERIFY(!saved->flags.hasCapableSupporter);
        village->setCurrentIndex(countryside);
        const auto again = editor.saveAndStay();
        QVERIFY(again.ok());
        QCOMPARE(HouseholdRepository(*db, Session::bootstrap(QStringLiteral("clerk"))).load(*id)->residence,
                 Residence::Rural);
    }

    // The keyboard alone: the ID number cell takes the first digit typed when the form opens; Tab
    // leaves a grid from its last cell; Ctrl+Insert adds a row that starts in its first cell and
    // Ctrl+Delete removes it.
    void theKeyboardReachesEverything()
    {
        auto db = freshDatabase();
        QVERIFY(db);
        HouseholdEditor editor(*db, Session::bootstrap(QStringLiteral("clerk")), QString());
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QTableWidget* members = editor.membersTable();
        QTRY_VERIFY(QApplication::focusWidget() == members);
        // Each key goes where the keyboard is, as it would from the keyboard itself.
        for (const QChar c : QStringLiteral("11010519491231002X"))
            QTest::keyClick(QApplication::focusWidget(), c.toLatin1());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCoreApplication::processEvents(); // the closed cell editor goes later
        QCOMPARE(members->item(0, HouseholdEditor::IdNumberColumn)->text(), QStringLiteral("11010519491231002X"));

        // Tab from the last cell goes on to the next field, out of the grid.
        members->setFocus();
        members->setCurrentCell(members->rowCount() - 1, members->columnCount() - 1);
        QTest::keyClick(members, Qt::Key_Tab);
        QWidget* after = QApplication::focusWidget();
        QVERIFY(after && after != members && !members->isAncestorOf(after));
        // In the middle it moves cell to cell (the next cell's editor opens).
        const auto inGrid = [members] {
            QWidget* focus = QApplication::focusWidget();
            return focus == members || members->isAncestorOf(focus);
        };
        members->setFocus();
        members->setCurrentCell(0, 0);
        QTest::keyClick(members, Qt::Key_Tab);
        QVERIFY(inGrid());
        QCOMPARE(members->currentColumn(), 1);

        // Ctrl+Insert adds a member whose row starts in its first cell; Ctrl+Delete removes it,
        // even while a cell is being edited.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Insert, Qt::ControlModifier);
        QCOMPARE(members->rowCount(), 2);
        QCOMPARE(members->currentRow(), 1);
        QCOMPARE(members->currentColumn(), 0);
        QVERIFY(inGrid());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Delete, Qt::ControlModifier);
        QCOMPARE(members->rowCount(), 1);
    }

    // Amounts read back as a clerk writes them: 3000.5 typed is 3,000.50, right-aligned.
    void amountsAreFormattedAndRightAligned()
    {
        auto db = freshDatabase();
        QVERIFY(db);
        Household h = TestFixtures::household();
        QVERIFY(HouseholdRepository(*db, Session::bootstrap(QStringLiteral("setup"))).save(h));
        HouseholdEditor editor(*db, Session::bootstrap(QStringLiteral("clerk")), h.uuid);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.findChild<QTabWidget*>()->setCurrentIndex(2); // 收入
        QTableWidget* income = editor.incomeTable();
        QVERIFY(income->rowCount() > 0);
        QVERIFY(income->item(0, 2)->textAlignment() & Qt::AlignRight);
        typeIntoCell(income, 0, 2, QStringLiteral("3000.5"));
        QCOMPARE(income->item(0, 2)->text(), QStringLiteral("3,000.50"));
        QVERIFY(income->item(0, 2)->textAlignment() & Qt::AlignRight);
        QVERIFY(editor.save());
        const auto saved = HouseholdRepository(*db, Session::bootstrap(QStringLiteral("clerk"))).load(h.uuid);
        QCOMPARE(saved->income.first().annualFen, qint64(300050));
    }

    // Nothing typed is lost: Esc, 取消 or the close button on a form with changes asks 放弃修改？ —
    // keep editing, discard, or save; without changes the form just closes.
    void leavingWithChangesAsksFirst()
    {
        auto db = freshDatabase();
        QVERIFY(db);
        Household h = TestFixtures::household();
        QVERIFY(HouseholdRepository(*db, Session::bootstrap(QStringLiteral("setup"))).save(h));
        {
            HouseholdEditor editor(*db, Session::bootstrap(QStringLiteral("clerk")), h.uuid);
            editor.show();
            QVERIFY(QTest::qWaitForWindowExposed(&editor));
            QVERIFY(!editor.hasChanges());
            editor.findChild<QTabWidget*>()->setCurrentIndex(1); // 家庭成员
            typeIntoCell(editor.membersTable(), 0, HouseholdEditor::NameColumn, QStringLiteral("李强强"));
            QVERIFY(editor.hasChanges());
            bool asked = false;
            answerNextQuestion(QMessageBox::Cancel, &asked);
            QTest::keyClick(&editor, Qt::Key_Escape);
            QVERIFY(asked);
            QVERIFY(editor.isVisible()); // kept editing, the name still there
            QCOMPARE(editor.membersTable()->item(0, HouseholdEditor::NameColumn)->text(), QStringLiteral("李强强"));
            answerNextQuestion(QMessageBox::Discard, &asked);
            editor.close(); // the window's close button
            QTRY_VERIFY(!editor.isVisible());
        }
        QCOMPARE(HouseholdRepository(*db, Session::bootstrap(QStringLiteral("clerk"))).load(h.uuid)->head()->name,
                 QStringLiteral("李强"));
        {
            HouseholdEditor editor(*db, Session::bootstrap(QStringLiteral("clerk")), h.uuid);
            editor.show();
            QVERIFY(QTest::qWaitForWindowExposed(&editor));
            editor.findChild<QTabWidget*>()->setCurrentIndex(1); // 家庭成员
            typeIntoCell(editor.membersTable(), 0, HouseholdEditor::NameColumn, QStringLiteral("李强强"));
            bool asked = false;
            answerNextQuestion(QMessageBox::Save, &asked);
            editor.reject();
            QVERIFY(asked);
            QTRY_VERIFY(!editor.isVisible());
        }
        QCOMPARE(HouseholdRepository(*db, Session::bootstrap(QStringLiteral("clerk"))).load(h.uuid)->head()->name,
                 QStringLiteral("李强强"));
        // Nothing changed: it closes without a question.
        HouseholdEditor editor(*db, Session::bootstrap(QStringLiteral("clerk")), h.uuid);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.reject();
        QVERIFY(!editor.isVisible());
    }

    void wrongInputIsShownAndNothingIsLost()
    {
        auto db = freshDatabase();
        QVERIFY(db);
        HouseholdEditor editor(*db, Session::bootstrap(QStringLiteral("clerk")), QString());
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QTableWidget* members = editor.membersTable();
        typeIntoCell(members, 0, HouseholdEditor::IdNumberColumn, QStringLiteral("220681197903030130"));
        // The wrong check character is shown at once, on the cell.
        QVERIFY(
            members->item(0, HouseholdEditor::IdNumberColumn)->toolTip().contains(QStringLiteral("check character")));
        typeIntoCell(members, 0, HouseholdEditor::NameColumn, QStringLiteral("卫东"));

        QVERIFY(!editor.save());
        QVERIFY(editor.isVisible());
        QVERIFY2(editor.problemLines().join(QLatin1Char('\n')).contains(QStringLiteral("Members, row 1: ID number")),
                 qPrintable(editor.problemLines().join(QLatin1Char('\n'))));
        // What was typed is still there.
        QCOMPARE(members->item(0, HouseholdEditor::IdNumberColumn)->text(), QStringLiteral("220681197903030130"));
        QCOMPARE(members->item(0, HouseholdEditor::NameColumn)->text(), QStringLiteral("卫东"));
        HouseholdRepository repository(*db, Session::bootstrap(QStringLiteral("clerk")));
        QCOMPARE(repository.count({}).value(), qint64(0));
    }

    void personOfAnotherHouseholdIsRefused()
    {
        auto db = freshDatabase();
        QVERIFY(db);
        HouseholdRepository repository(*db, Session::bootstrap(QStringLiteral("clerk")));
        Household existing = TestFixtures::household();
        QVERIFY(repository.save(existing));

        HouseholdEditor editor(*db, Session::bootstrap(QStringLiteral("clerk")), QString());
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        typeIntoCell(editor.membersTable(), 0, HouseholdEditor::IdNumberColumn, QStringLiteral("220681198409020241"));
        typeIntoCell(editor.membersTable(), 0, HouseholdEditor::NameColumn, QStringLiteral("赵梅"));
        QVERIFY(!editor.save());
        const QString problems = editor.problemLines().join(QLatin1Char('\n'));
        QVERIFY2(problems.contains(QStringLiteral("李强")), qPrintable(problems));
        QCOMPARE(repository.count({}).value(), qint64(1));
    }

    // Ctrl+Z undoes one edit at a time wherever the keyboard is, in the order they were made: all
    // the typing in one field, one cell with what the form worked out from it, one row added;
    // Ctrl+Shift+Z brings them back; saving stores the form as it stands, in one transaction.
    void undoAndRedoOneEditAtATime()
    {
        auto db = freshDatabase();
        QVERIFY(db);
        Household h = TestFixtures::household();
        QVERIFY(HouseholdRepository(*db, Session::bootstrap(QStringLiteral("setup"))).save(h));
        HouseholdEditor editor(*db, Session::bootstrap(QStringLiteral("clerk")), h.uuid);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY(editor.undo());
        QUndoStack* stack = editor.undo()->stack();
        QCOMPARE(stack->count(), 0);
        const auto press = [](Qt::Key key, Qt::KeyboardModifiers modifiers) {
            QTest::keyClick(QApplication::focusWidget(), key, modifiers);
            QCoreApplication::processEvents();
        };
        const auto undo = [&press] {
            press(Qt::Key_Z, Qt::ControlModifier);
        };
        const auto redo = [&press] {
            press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        };

        auto* address = editor.findChild<QLineEdit*>(QStringLiteral("address"));
        auto* bank = editor.findChild<QLineEdit*>(QStringLiteral("bankAccount"));
        QVERIFY(address && bank);
        editor.findChild<QTabWidget*>()->setCurrentIndex(0);
        address->setFocus();
        address->selectAll();
        QTest::keyClicks(address, QStringLiteral("Group 5"));
        bank->setFocus(); // leaving the field ends its edit
        QTest::keyClicks(bank, QStringLiteral("6228480012345678"));
        QTRY_COMPARE(stack->count(), 2); // a keystroke is not an edit; a field typed is
        QVERIFY2(editor.undo()->undoAction()->toolTip().contains(QStringLiteral("Bank account")),
                 qPrintable(editor.undo()->undoAction()->toolTip()));

        undo(); // in the bank field, whose own undo is not in the way
        QCOMPARE(bank->text(), QString());
        QCOMPARE(address->text(), QStringLiteral("Group 5"));
        undo();
        QCOMPARE(address->text(), h.address);
        QVERIFY(!editor.hasChanges());
        redo();
        QCOMPARE(address->text(), QStringLiteral("Group 5"));
        QCOMPARE(QApplication::focusWidget(), address); // what is redone is shown

        // An amount typed and tidied as the field is left (3000.5 → 3,000.50) is one edit.
        auto* benefit = editor.findChild<QLineEdit*>(QStringLiteral("monthlyBenefit"));
        QVERIFY(benefit);
        benefit->setFocus();
        QTest::keyClicks(benefit, QStringLiteral("3000.5"));
        address->setFocus();
        QCOMPARE(benefit->text(), QStringLiteral("3,000.50"));
        QTRY_COMPARE(stack->count(), 2);
        undo();
        QCOMPARE(benefit->text(), QString());
        QCOMPARE(address->text(), QStringLiteral("Group 5"));

        // A member added, an ID number and a name typed: three edits.
        editor.findChild<QTabWidget*>()->setCurrentIndex(1);
        QTableWidget* members = editor.membersTable();
        members->setFocus();
        press(Qt::Key_Insert, Qt::ControlModifier);
        QCOMPARE(members->rowCount(), 4);
        typeIntoCell(members, 3, HouseholdEditor::IdNumberColumn, QStringLiteral("11010519491231002X"));
        typeIntoCell(members, 3, HouseholdEditor::NameColumn, QStringLiteral("王秀英"));
        QCOMPARE(members->item(3, HouseholdEditor::BirthDateColumn)->text(), QStringLiteral("1949-12-31"));
        QTRY_COMPARE(stack->count(), 4);
        members->setFocus();
        undo();
        QCOMPARE(members->item(3, HouseholdEditor::NameColumn)->text(), QString());
        QCOMPARE(members->item(3, HouseholdEditor::BirthDateColumn)->text(), QStringLiteral("1949-12-31"));
        undo(); // the ID number and the birth date, sex and age it gave
        QCOMPARE(members->item(3, HouseholdEditor::IdNumberColumn)->text(), QString());
        QCOMPARE(members->item(3, HouseholdEditor::BirthDateColumn)->text(), QString());
        QCOMPARE(members->item(3, HouseholdEditor::AgeColumn)->text(), QString());
        undo();
        QCOMPARE(members->rowCount(), 3);
        redo();
        redo();
        redo();
        QCOMPARE(members->rowCount(), 4);
        QCOMPARE(members->item(3, HouseholdEditor::NameColumn)->text(), QStringLiteral("王秀英"));
        QCOMPARE(members->item(3, HouseholdEditor::SexColumn)->text(), QStringLiteral("Female"));
        QCOMPARE(members->item(3, HouseholdEditor::AgeColumn)->text(), QStringLiteral("75"));
        QVERIFY(!editor.undo()->redoAction()->isEnabled());

        // Saved as it stands; what was stored is where undoing now starts.
        QVERIFY2(editor.saveAndStay(), qPrintable(editor.problemLines().join(QLatin1Char('\n'))));
        QCOMPARE(stack->count(), 0);
        QVERIFY(!editor.undo()->undoAction()->isEnabled());
        const auto saved = HouseholdRepository(*db, Session::bootstrap(QStringLiteral("clerk"))).load(h.uuid);
        QVERIFY(saved);
        QCOMPARE(saved->address, QStringLiteral("Group 5"));
        QCOMPARE(saved->bankAccount, QString());
        QCOMPARE(saved->members.size(), 4);
        QCOMPARE(saved->members.last().name, QStringLiteral("王秀英"));
    }

    // 打印家庭档案: the household's file as saved, ID numbers and birth dates masked unless the
    // person printing revealed them on the form; the bank account masked; the print audited.
    void printsTheHouseholdFile()
    {
        auto db = freshDatabase();
        QVERIFY(db);
        Household h = TestFixtures::household();
        h.bankAccount = QStringLiteral("6228480012345678901");
        QVERIFY(HouseholdRepository(*db, Session::bootstrap(QStringLiteral("setup"))).save(h));
        const Session clerk =
            Session::forUser(QStringLiteral("clerk1"), QStringLiteral("刘丽"), Role::Clerk, QString());
        HouseholdEditor editor(*db, clerk, h.uuid);
        const auto printed = [&db, &h] {
            int count = 0;
            for (const AuditEntry& e : AuditLog(*db).entries(h.uuid).value())
                count += e.action == QLatin1String("print") ? 1 : 0;
            return count;
        };
        QCOMPARE(printed(), 0);
        const QString html = editor.fileHtml();
        for (const QString& shown : {QStringLiteral("李强"), QStringLiteral("赵梅"), QStringLiteral("李小宇"),
                                     QStringLiteral("220681********0139"), h.address, QStringLiteral("6,000.00"),
                                     QStringLiteral("****8901"), QStringLiteral("刘丽")})
            QVERIFY2(html.contains(shown), qPrintable(shown));
        for (const QString& hidden : {QStringLiteral("220681198204110139"), QStringLiteral("1982-04-11"),
                                      QStringLiteral("6228480012345678901")})
            QVERIFY2(!html.contains(hidden), qPrintable(hidden));
        QCOMPARE(printed(), 1);

        // Revealed on the form by a role that may: printed in full.
        const Session supervisor =
            Session::forUser(QStringLiteral("wang"), QStringLiteral("王主任"), Role::Supervisor, QString());
        HouseholdEditor revealed(*db, supervisor, h.uuid);
        QVERIFY(revealed.revealIdNumbers());
        QVERIFY(revealed.fileHtml().contains(QStringLiteral("220681198204110139")));

        // A household not saved yet has no file.
        HouseholdEditor fresh(*db, clerk, QString());
        QVERIFY(fresh.fileHtml().isEmpty());
        QVERIFY(!fresh.findChild<QPushButton*>(QStringLiteral("printHouseholdFile"))->isEnabled());
        QVERIFY(editor.findChild<QPushButton*>(QStringLiteral("printHouseholdFile"))->isEnabled());
    }

    void editsAnExistingHousehold()
    {
        auto db = freshDatabase();
        QVERIFY(db);
        HouseholdRepository repository(*db, Session::bootstrap(QStringLiteral("clerk")));
        Household existing = TestFixtures::household();
        // The other programs' fields show in their columns and are kept as the record holds them.
        existing.members[2].parents = {ParentState::Dead, ParentState::LostContact};
        existing.members[2].careSetting = CareSetting::Institution;
        existing.members[0].diedOn = QDate(2025, 3, 1);
        QVERIFY(repository.save(existing));

        HouseholdEditor editor(*db, Session::bootstrap(QStringLiteral("clerk")), existing.uuid);
        QCOMPARE(editor.membersTable()->rowCount(), 3);
        QCOMPARE(editor.membersTable()->item(2, HouseholdEditor::AgeColumn)->text(), QStringLiteral("12"));
        QCOMPARE(editor.membersTable()->item(2, HouseholdEditor::CareSettingColumn)->text(),
                 Vocabulary::careSettingLabel(CareSetting::Institution));
        QCOMPARE(editor.membersTable()->item(0, HouseholdEditor::DiedOnColumn)->text(), QStringLiteral("2025-03-01"));
        QVERIFY(editor.save());
        // Saving unchanged changes nothing but the household row's version.
        QCOMPARE(*repository.load(existing.uuid), existing);
    }

    // 父母情况 and 死亡日期 typed in the members' table: a wrong date is named and nothing is saved.
    void recordsParentsAndDateOfDeath()
    {
        auto db = freshDatabase();
        QVERIFY(db);
        HouseholdRepository repository(*db, Session::bootstrap(QStringLiteral("clerk")));
        Household existing = TestFixtures::household();
        QVERIFY(repository.save(existing));
        HouseholdEditor editor(*db, Session::bootstrap(QStringLiteral("clerk")), existing.uuid);
        QTableWidget* members = editor.membersTable();
        // Under the table, the fields of the member the clerk is on: a minor's parents, chosen in words.
        MemberProgramFields* fields = editor.programFields();
        const QList<QComboBox*> boxes = fields->findChildren<QComboBox*>(); // father, mother, brought up
        QCOMPARE(boxes.size(), 3);
        members->setCurrentCell(0, HouseholdEditor::NameColumn);
        QVERIFY(!boxes[0]->isEnabled()); // an adult's parents decide nothing
        members->setCurrentCell(2, HouseholdEditor::NameColumn);
        QVERIFY(boxes[0]->isEnabled());
        const int dead = boxes[0]->findData(Vocabulary::parentStateCode(ParentState::Dead));
        boxes[0]->setCurrentIndex(dead);
        emit boxes[0]->activated(dead);
        QCOMPARE(members->item(2, HouseholdEditor::FatherColumn)->text(),
                 Vocabulary::parentStateLabel(ParentState::Dead));
        // A date typed in the table's cell shows under it.
        members->setCurrentCell(0, HouseholdEditor::NameColumn);
        for (const auto& [typed, problem] :
             {std::pair{QStringLiteral("2025-02-30"), QStringLiteral("YYYY-MM-DD")},
              std::pair{QStringLiteral("2025-03-16"), QStringLiteral("future")},
              std::pair{QStringLiteral("1980-01-01"), QStringLiteral("before the birth date")}}) {
            members->item(0, HouseholdEditor::DiedOnColumn)->setText(typed);
            QVERIFY(!editor.save());
            QVERIFY2(editor.problemLines().join(QLatin1Char('\n')).contains(problem),
                     qPrintable(editor.problemLines().join(QLatin1Char('\n'))));
            QCOMPARE(*repository.load(existing.uuid), existing);
        }
        QCOMPARE(fields->findChild<QLineEdit*>()->text(), QStringLiteral("1980-01-01"));
        fields->findChild<QLineEdit*>()->setText(QStringLiteral("2025-03-10"));
        emit fields->findChild<QLineEdit*>()->editingFinished();
        QCOMPARE(members->item(0, HouseholdEditor::DiedOnColumn)->text(), QStringLiteral("2025-03-10"));
        QVERIFY2(editor.save(), qPrintable(editor.problemLines().join(QLatin1Char('\n'))));
        const Household saved = *repository.load(existing.uuid);
        QCOMPARE(saved.members[0].diedOn, std::optional<QDate>(QDate(2025, 3, 10)));
        QCOMPARE(saved.members[2].parents.father, ParentState::Dead);
        QCOMPARE(saved.members[2].parents.mother, ParentState::Present);
    }
};

QTEST_MAIN(TestHouseholdEditor)
#include "TestHouseholdEditor.moc"
