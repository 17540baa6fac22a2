#include "Clock.h"
#include "PriceSubsidyDialog.h"
#include "Translations.h"
#include "demo/DemoGenerator.h"
#include "store/Database.h"

#include <QDateEdit>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Doudi;

// 物价联动 → 发放价格临时补贴 at the desk: the figures typed in and checked, the preview of who is
// paid, paid once, then nothing left to pay.
class TestPriceSubsidyDialog final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    const Session m_clerk = Session::forUser(QStringLiteral("liu"), QStringLiteral("刘丽"), Role::Clerk, QString());
    const Session m_supervisor =
        Session::forUser(QStringLiteral("wang"), QStringLiteral("王建国"), Role::Supervisor, QString());

    qint64 count(const char* sql)
    {
        QSqlQuery q(m_db->connection());
        return q.exec(QString::fromUtf8(sql)) && q.next() ? q.value(0).toLongLong() : -1;
    }

private slots:
    void initTestCase()
    {
        Clock::setFixed(QDateTime(QDate(2025, 3, 20), QTime(9, 0), Qt::UTC));
        auto db = Database::open(m_dir.filePath(QStringLiteral("price.doudi")), Database::OpenMode::CreateIfMissing);
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        QVERIFY(DemoGenerator(7, QDate(2025, 3, 15)).fill(*m_db, QStringLiteral("test"), 300));
    }
    void cleanupTestCase()
    {
        m_db.reset();
        Clock::setFixed({});
    }

    void recordPreviewAndPayOnce()
    {
        PriceSubsidyDialog dialog(*m_db, m_supervisor);
        QSignalSpy refreshed(&dialog, &PriceSubsidyDialog::refreshed);
        dialog.show();
        QVERIFY(refreshed.wait(30000));
        // No figures yet: it says so, and there is nothing to pay.
        QVERIFY2(dialog.summaryText().contains(QStringLiteral("No price index")), qPrintable(dialog.summaryText()));
        QVERIFY(!dialog.payButton()->isEnabled());

        // A rate typed with a comma is named, and nothing is written.
        QTest::keyClicks(dialog.cpiEdit(), QStringLiteral("4,1"));
        QTest::keyClicks(dialog.foodCpiEdit(), QStringLiteral("5.2"));
        dialog.sourceEdit()->setText(QStringLiteral("吉林省统计局 2025年3月"));
        dialog.recordIndex();
        QVERIFY2(dialog.message().contains(QStringLiteral("Consumer prices")), qPrintable(dialog.message()));
        QCOMPARE(count("SELECT count(*) FROM price_indices"), 0);

        dialog.cpiEdit()->setText(QStringLiteral("4.1%"));
        dialog.recordIndex();
        QVERIFY(refreshed.wait(30000));
        QCOMPARE(count("SELECT cpi_yoy_permille FROM price_indices WHERE month = '2025-03'"), 41);
        QVERIFY(dialog.run().has_value());
        QVERIFY(dialog.run()->triggered());
        const int persons = dialog.run()->toPay().persons;
        QVERIFY(persons > 0);
        QCOMPARE(dialog.linesTable()->rowCount(), persons);
        // ID numbers masked on screen.
        QVERIFY(dialog.linesTable()->item(0, 3)->text().contains(QStringLiteral("********")));
        QVERIFY(dialog.payButton()->isEnabled());
        QCOMPARE(count("SELECT count(*) FROM price_subsidy_payments"), 0);

        // A clerk sees it but neither records figures nor pays.
        {
            PriceSubsidyDialog clerk(*m_db, m_clerk);
            QSignalSpy done(&clerk, &PriceSubsidyDialog::refreshed);
            QVERIFY(done.wait(30000));
            QVERIFY(!clerk.cpiEdit()->isEnabled());
            QVERIFY(clerk.payButton()->isHidden());
            QCOMPARE(clerk.cpiEdit()->text(), QStringLiteral("4.1"));
        }

        if (const QString shots = qEnvironmentVariable("DOUDI_SCREENSHOTS"); !shots.isEmpty()) {
            dialog.resize(1024, 740);
            QTest::qWait(50);
            dialog.grab().save(shots + QStringLiteral("/price-subsidy.png"));
            Translations::install(*qApp, QStringLiteral("zh_CN"));
            PriceSubsidyDialog chinese(*m_db, m_supervisor);
            QSignalSpy shown(&chinese, &PriceSubsidyDialog::refreshed);
            chinese.resize(1024, 740);
            chinese.show();
            QVERIFY(shown.wait(30000));
            chinese.grab().save(shots + QStringLiteral("/price-subsidy-zh.png"));
            Translations::install(*qApp, QStringLiteral("en"));
        }

        const qint64 fen = dialog.run()->toPay().fen;
        dialog.pay(true);
        QVERIFY(refreshed.wait(30000));
        QCOMPARE(count("SELECT count(*) FROM price_subsidy_payments"), persons);
        QCOMPARE(count("SELECT sum(amount_fen) FROM price_subsidy_payments"), fen);
        QVERIFY2(dialog.message().contains(QString::number(persons)), qPrintable(dialog.message()));
        // Nothing left to pay, and the figures paid on stay.
        QCOMPARE(dialog.run()->alreadyPaid(), persons);
        QVERIFY(!dialog.payButton()->isEnabled());
        dialog.cpiEdit()->setText(QStringLiteral("4.5"));
        dialog.recordIndex();
        QVERIFY(!dialog.message().isEmpty());
        QCOMPARE(count("SELECT cpi_yoy_permille FROM price_indices WHERE month = '2025-03'"), 41);
    }
};

QTEST_MAIN(TestPriceSubsidyDialog)
#include "TestPriceSubsidyDialog.moc"
