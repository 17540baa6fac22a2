#include "Clock.h"
#include "ImportSheetDialog.h"
#include "RosterWorkbook.h"
#include "TestFixtures.h"
#include "store/HouseholdRepository.h"

#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Doudi;
using RosterWorkbook::Workbook;

// 家庭户 → 从 Excel 导入: the preview, a column the clerk maps, and an import of the valid households.
class TestImportSheetDialog final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    const Session m_clerk = Session::forUser(QStringLiteral("clerk"), QStringLiteral("民政员"), Role::Clerk, {});

    // Says yes to the next question box as soon as it is shown.
    static void answerYes()
    {
        QTimer::singleShot(50, [] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
                box->button(box->defaultButton()
                                ? QMessageBox::StandardButton(box->standardButton(box->defaultButton()))
                                : QMessageBox::Yes)
                    ->click();
            else
                answerYes();
        });
    }
    static void answerOk()
    {
        QTimer::singleShot(50, [] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
                box->accept();
            else
                answerOk();
        });
    }

private slots:
    void initTestCase() { Clock::setFixed(QDateTime(QDate(2026, 12, 2), QTime(9, 0), Qt::UTC)); }
    void cleanupTestCase() { Clock::setFixed({}); }

    void previewMapAndImport()
    {
        auto db = TestFixtures::townshipDatabase(m_dir.filePath(QStringLiteral("gui.doudi")));
        QVERIFY(db);
        const QString path = m_dir.filePath(QStringLiteral("花名册.xlsx"));
        {
            Workbook book(path);
            lxw_worksheet* s = book.sheet("低保");
            Workbook::merge(s, 0, 0, 0, 4, QStringLiteral("六道沟镇低保花名册"));
            const QStringList header = {QStringLiteral("序号"), QStringLiteral("户主姓名"), QStringLiteral("身份证号"),
                                        QStringLiteral("所在组"), QStringLiteral("月保障金")};
            for (int c = 0; c < header.size(); ++c)
                Workbook::text(s, 1, c, header[c]);
            const QStringList rows[] = {
                {QStringLiteral("1"), QStringLiteral("王德福"), QStringLiteral("220681195603020014"),
                 QStringLiteral("六道沟村"), QStringLiteral("560")},
                {QStringLiteral("2"), QStringLiteral("孙玉珍"), QStringLiteral("220681194708200041"),
                 QStringLiteral("长川村"), QStringLiteral("720")},
                {QStringLiteral("3"), QStringLiteral("赵文"), QStringLiteral("220681196205110051"),
                 QStringLiteral("向阳村"), QStringLiteral("300")}};
            for (int r = 0; r < 3; ++r) {
                for (int c = 0; c < 5; ++c)
                    Workbook::text(s, r + 2, c, rows[r][c]);
            }
            QVERIFY(book.close());
        }

        ImportSheetDialog dialog(*db, m_clerk);
        dialog.show();
        QVERIFY(dialog.openFile(path));
        // 所在组 is no header Doudi knows: no plan until the clerk says what it is.
        QVERIFY(!dialog.plan());
        QVERIFY(!dialog.importButton()->isEnabled());
        QCOMPARE(dialog.columnsTable()->rowCount(), 5);
        QCOMPARE(dialog.columnsTable()->item(2, 3)->text(), QStringLiteral("220681********0014")); // masked
        auto* villageCombo = qobject_cast<QComboBox*>(dialog.columnsTable()->cellWidget(3, 2));
        QVERIFY(villageCombo);
        const int village = villageCombo->findData(int(RosterField::Village));
        villageCombo->setCurrentIndex(village);
        emit villageCombo->activated(village);
        QVERIFY(dialog.plan());
        // The roster has no category column: 低保 for every household.
        auto* category = dialog.findChildren<QComboBox*>().at(1);
        category->setCurrentIndex(category->findData(QStringLiteral("低保")));
        emit category->activated(category->currentIndex());

        QCOMPARE(dialog.householdsTable()->rowCount(), 3);
        QCOMPARE(dialog.householdsTable()->item(0, 3)->text(), QStringLiteral("220681********0014"));
        QCOMPARE(dialog.problemsTable()->rowCount(), 1); // 向阳村 is no village of this township
        QCOMPARE(dialog.problemsTable()->item(0, 0)->text(), QStringLiteral("5"));
        QCOMPARE(dialog.problemsTable()->item(0, 1)->text(), QStringLiteral("D"));
        QVERIFY(!dialog.importButton()->isEnabled());
        QVERIFY(dialog.importValidButton()->isEnabled());
        QVERIFY(dialog.summaryLabel()->text().contains(QStringLiteral("1 problem")));

        QSignalSpy imported(&dialog, &ImportSheetDialog::imported);
        answerYes();
        answerOk();
        dialog.importValidButton()->click();
        QCOMPARE(imported.size(), 1);
        QCOMPARE(imported.first().first().toInt(), 2);
        HouseholdRepository repository(*db, m_clerk);
        QCOMPARE(*repository.count({}), 2);
        auto all = repository.loadAll();
        QVERIFY(all);
        for (const Household& h : *all)
            QCOMPARE(h.status, HouseholdStatus::Dibao);
    }
};

QTEST_MAIN(TestImportSheetDialog)
#include "TestImportSheetDialog.moc"
