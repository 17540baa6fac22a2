#include "TestFixtures.h"
#include "VillagesDialog.h"
#include "store/HouseholdRepository.h"

#include <QApplication>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Doudi;

// 设置 → 村（社区）: the administrator renames, merges (with households) and retires villages; a
// clerk only looks.
class TestVillagesDialog final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    const Session m_admin = Session::forUser(QStringLiteral("admin"), QStringLiteral("管理员"), Role::Admin, {});

    int rowOf(VillagesDialog& dialog, const QString& code)
    {
        for (int r = 0; r < dialog.table()->rowCount(); ++r) {
            if (dialog.table()->item(r, 0)->text() == code)
                return r;
        }
        return -1;
    }
    // Answers the next input or question box with `text` (or Yes) as soon as it shows.
    static void answer(const QString& text)
    {
        QTimer::singleShot(50, [text] {
            QWidget* modal = QApplication::activeModalWidget();
            if (auto* input = qobject_cast<QInputDialog*>(modal)) {
                if (input->comboBoxItems().isEmpty())
                    input->setTextValue(text);
                else
                    input->setTextValue(input->comboBoxItems().filter(text).value(0));
                input->accept();
            } else if (auto* box = qobject_cast<QMessageBox*>(modal)) {
                box->button(QMessageBox::Yes)->click();
            } else {
                answer(text);
            }
        });
    }

private slots:
    void renameMergeRetire()
    {
        auto db = TestFixtures::townshipDatabase(m_dir.filePath(QStringLiteral("villages.doudi")));
        QVERIFY(db);
        Household h = TestFixtures::household(TestFixtures::kVillageB);
        QVERIFY(HouseholdRepository(*db, m_admin).save(h).ok());
        VillagesDialog dialog(*db, m_admin);
        QSignalSpy changed(&dialog, &VillagesDialog::changed);
        QCOMPARE(dialog.table()->rowCount(), 2);

        dialog.table()->selectRow(rowOf(dialog, TestFixtures::kVillageA));
        answer(QStringLiteral("六道沟新村"));
        dialog.renameVillage();
        QCOMPARE(dialog.table()->item(rowOf(dialog, TestFixtures::kVillageA), 1)->text(), QStringLiteral("六道沟新村"));

        // 长川村 merges into 六道沟新村: its household moves, the old village stays as merged.
        dialog.table()->selectRow(rowOf(dialog, TestFixtures::kVillageB));
        answer(TestFixtures::kVillageA);
        dialog.mergeVillage();
        const int merged = rowOf(dialog, TestFixtures::kVillageB);
        QVERIFY(dialog.table()->item(merged, 4)->text().contains(TestFixtures::kVillageA));
        QCOMPARE(dialog.table()->item(rowOf(dialog, TestFixtures::kVillageA), 3)->text(), QStringLiteral("1"));
        QCOMPARE(HouseholdRepository(*db, m_admin).load(h.uuid)->villageCode, TestFixtures::kVillageA);
        QCOMPARE(changed.count(), 2);

        // A village with households cannot be retired; the refusal says why and nothing changes.
        dialog.table()->selectRow(rowOf(dialog, TestFixtures::kVillageA));
        answer(QString());
        QTimer::singleShot(400, [] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
                box->accept();
        });
        dialog.retireVillage();
        QVERIFY(dialog.table()->item(rowOf(dialog, TestFixtures::kVillageA), 4)->text().isEmpty());
        QCOMPARE(changed.count(), 2);

        // A clerk sees the list and changes nothing.
        VillagesDialog clerkView(*db,
                                 Session::forUser(QStringLiteral("clerk"), QStringLiteral("民政员"), Role::Clerk, {}));
        clerkView.table()->selectRow(0);
        for (QPushButton* b : clerkView.findChildren<QPushButton*>()) {
            if (b->text() != QStringLiteral("Close") && !b->text().contains(QStringLiteral("Close")))
                QVERIFY2(!b->isEnabled(), qPrintable(b->text()));
        }
    }
};

QTEST_MAIN(TestVillagesDialog)
#include "TestVillagesDialog.moc"
