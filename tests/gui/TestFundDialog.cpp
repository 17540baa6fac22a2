#include "CasesPanel.h"
#include "Clock.h"
#include "DueDialog.h"
#include "FundDialog.h"
#include "FundDocuments.h"
#include "FundLedgerModel.h"
#include "FundPaymentDialog.h"
#include "HouseholdEditor.h"
#include "PrintPreview.h"
#include "ReadOnlyTable.h"
#include "RosterPdf.h"
#include "TestFixtures.h"
#include "fund/FundLedger.h"
#include "report/FundRoster.h"
#include "report/RosterHtml.h"
#include "store/AuditLog.h"
#include "store/HouseholdRepository.h"
#include "store/PolicyRepository.h"
#include "store/UserRepository.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Doudi;

// The reserve fund at the desk: the ledger window's figures and filters, the payment form's limits
// as the clerk types and the supervisor's signature on it, and the voucher that prints.
class TestFundDialog final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QString m_household;
    const Session m_clerk = Session::forUser(QStringLiteral("liu"), QStringLiteral("刘丽"), Role::Clerk, QString());
    const Session m_supervisor =
        Session::forUser(QStringLiteral("wang"), QStringLiteral("王建国"), Role::Supervisor, QString());

    static qint64 entries(Database& db)
    {
        QSqlQuery q(db.connection());
        return q.exec(QStringLiteral("SELECT count(*) FROM fund_entries")) && q.next() ? q.value(0).toLongLong() : -1;
    }

    // The widget as a PNG when DOUDI_SCREENSHOTS names a folder (to look at it; never compared).
    static void screenshot(QWidget& widget, const char* name)
    {
        const QString dir = qEnvironmentVariable("DOUDI_SCREENSHOTS");
        if (!dir.isEmpty())
            widget.grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png"));
    }

private slots:
    void initTestCase()
    {
        Clock::setFixed(QDateTime(QDate(2025, 3, 20), QTime(9, 0), Qt::UTC));
        m_db = TestFixtures::townshipDatabase(m_dir.filePath(QStringLiteral("fund.doudi")));
        QVERIFY(m_db);
        const Session setup = Session::bootstrap(QStringLiteral("setup"));
        Household h = TestFixtures::household();
        QVERIFY(HouseholdRepository(*m_db, setup).save(h));
        m_household = h.uuid;
        QVERIFY(PolicyRepository(*m_db, setup).ensureExample());
        QVERIFY(TestFixtures::addAdministrator(*m_db));
        // The supervisor signs on the clerk's form with a real password.
        User wang{QString(),
                  QStringLiteral("wang"),
                  QStringLiteral("王建国"),
                  Role::Supervisor,
                  QString(),
                  QString(),
                  0,
                  0,
                  {},
                  false};
        QVERIFY(UserRepository(*m_db, setup).add(wang, QStringLiteral("supervisor-pass")));
        FundLedger supervisor(*m_db, m_supervisor);
        QVERIFY(supervisor.setQuota(2025, 5000000, QStringLiteral("临民发〔2025〕3号"), QDate(2025, 1, 3)));
        QVERIFY(supervisor.allocate(1200000, QStringLiteral("预拨-01"), QDate(2025, 1, 6)).ok());
        FundLedger clerk(*m_db, m_clerk);
        FundLedger::Payment p;
        p.householdId = m_household;
        p.reasonType = QStringLiteral("emergency");
        p.reason = QStringLiteral("房屋失火");
        p.method = QStringLiteral("cash");
        p.amountFen = 120000;
        p.date = QDate(2025, 2, 10);
        QVERIFY(clerk.pay(p).ok());
    }
    void cleanupTestCase() { Clock::setFixed({}); }

    void theLedgerWindow()
    {
        FundDialog dialog(*m_db, m_clerk);
        QCOMPARE(dialog.model()->rowCount(), 3);
        QVERIFY(dialog.summaryLabel()->text().contains(QStringLiteral("10,800.00")));
        // The February payment's paperwork was due on 17 February: overdue on 20 March.
        QVERIFY(dialog.warningLabel()->isVisibleTo(&dialog));
        QVERIFY(dialog.warningLabel()->text().contains(QStringLiteral("paperwork")));
        QCOMPARE(dialog.model()->index(2, FundLedgerModel::BalanceColumn).data().toString(),
                 QStringLiteral("10,800.00"));
        dialog.kindBox()->setCurrentIndex(dialog.kindBox()->findData(QStringLiteral("payment")));
        QCOMPARE(dialog.model()->rowCount(), 1);
        QCOMPARE(dialog.model()->totals().outFen, qint64(120000));
        QVERIFY(dialog.totalsLabel()->text().contains(QStringLiteral("1,200.00")));
        dialog.kindBox()->setCurrentIndex(0);
        dialog.searchField()->setText(QStringLiteral("预拨"));
        QCOMPARE(dialog.model()->rowCount(), 1);
        QCOMPARE(dialog.model()->totals().inFen, qint64(1200000));
        dialog.searchField()->clear();
        dialog.monthBox()->setCurrentIndex(dialog.monthBox()->findData(2));
        QCOMPARE(dialog.model()->rowCount(), 1);
        dialog.monthBox()->setCurrentIndex(0);
        dialog.resize(1240, 560);
        screenshot(dialog, "fund-ledger");
    }

    // The dashboard tracks the paperwork after an emergency payment, overdue in red.
    void paperworkOnTheDashboard()
    {
        DueDialog due(*m_db, m_clerk);
        QVERIFY(QSignalSpy(&due, &DueDialog::reloaded).wait(30000));
        QCOMPARE(due.paperworkTable()->rowCount(), 1);
        QCOMPARE(due.paperworkTable()->item(0, 1)->text(), QStringLiteral("2025-0001"));
        QCOMPARE(due.paperworkTable()->item(0, 4)->foreground().color(), ReadOnlyTable::kOverdue);
        const Session cadre =
            Session::forUser(QStringLiteral("c1"), QStringLiteral("村干部"), Role::Cadre, TestFixtures::kVillageA);
        DueDialog forCadre(*m_db, cadre);
        QVERIFY(QSignalSpy(&forCadre, &DueDialog::reloaded).wait(30000));
        QCOMPARE(forCadre.paperworkTable()->rowCount(), 0);
        QVERIFY(!forCadre.paperworkTable()->isVisibleTo(&forCadre));
    }

    // The household's file shows its payments among its cases and determinations.
    void paymentsInTheHouseholdTimeline()
    {
        HouseholdEditor editor(*m_db, m_clerk, m_household);
        editor.findChild<QTabWidget*>()->setCurrentWidget(editor.casesPanel());
        const QListWidget* timeline = editor.casesPanel()->timeline();
        QVERIFY(timeline);
        bool found = false;
        for (int i = 0; i < timeline->count(); ++i)
            found = found || timeline->item(i)->text().contains(QStringLiteral("reserve fund payment 2025-0001"));
        QVERIFY(found);
    }

    void thePaymentForm()
    {
        FundPaymentDialog form(*m_db, m_clerk, m_household);
        form.reasonField()->setText(QStringLiteral("突发重病住院"));
        form.reasonTypeBox()->setCurrentIndex(form.reasonTypeBox()->findData(QStringLiteral("expenditure")));
        // The limits as the clerk types: 480 元 standard, 1,440 元 township limit, 4,800 元 cap.
        form.amountField()->setText(QStringLiteral("1,000"));
        QVERIFY(form.limitsLabel()->text().contains(QStringLiteral("1,440.00")));
        QVERIFY(form.limitsLabel()->text().contains(QStringLiteral("Within your limit")));
        QVERIFY(!form.approverField()->isEnabled());
        form.amountField()->setText(QStringLiteral("2000"));
        QVERIFY(form.limitsLabel()->text().contains(QStringLiteral("supervisor")));
        QVERIFY(form.approverField()->isEnabled());
        QVERIFY(!form.meetingRefField()->isEnabled());
        form.amountField()->setText(QStringLiteral("5000"));
        QVERIFY(form.meetingRefField()->isEnabled());

        // Bad input: a clear message and nothing written.
        const qint64 before = entries(*m_db);
        form.amountField()->setText(QStringLiteral("12.345"));
        QVERIFY(!form.pay());
        QVERIFY(form.messageLabel()->text().startsWith(QStringLiteral("Amount (元): ")));
        QCOMPARE(form.focusWidget(), form.amountField());
        // A problem core finds is said by the form's name for the field, and the cursor goes there.
        const QString reason = form.reasonField()->text();
        form.reasonField()->clear();
        form.amountField()->setText(QStringLiteral("20"));
        QVERIFY(!form.pay());
        QCOMPARE(form.messageLabel()->text(), QStringLiteral("Reason: say what the help is for"));
        QCOMPARE(form.focusWidget(), form.reasonField());
        form.reasonField()->setText(reason);
        form.amountField()->setText(QStringLiteral("2000"));
        QVERIFY(!form.pay()); // above the clerk's limit without the supervisor
        QVERIFY(form.messageLabel()->text().contains(QStringLiteral("supervisor")));
        form.approverField()->setText(QStringLiteral("wang"));
        form.approverPasswordField()->setText(QStringLiteral("wrong-password"));
        QVERIFY(!form.pay());
        QVERIFY(form.approverPasswordField()->text().isEmpty()); // never kept
        QCOMPARE(entries(*m_db), before);
        screenshot(form, "fund-payment");

        form.approverPasswordField()->setText(QStringLiteral("supervisor-pass"));
        QVERIFY2(form.pay(), qPrintable(form.messageLabel()->text()));
        QCOMPARE(entries(*m_db), before + 1);
        const FundEntry paid = FundLedger(*m_db, m_clerk).find(form.paymentId()).value();
        QCOMPARE(paid.amountFen, qint64(200000));
        QCOMPARE(paid.approvedBy, QStringLiteral("wang"));
        QCOMPARE(paid.preparedBy, QStringLiteral("liu"));
        QCOMPARE(paid.recipient, QStringLiteral("李强"));
    }

    void findsTheHouseholdWhenNoneIsChosen()
    {
        FundPaymentDialog form(*m_db, m_clerk, QString());
        QVERIFY(!form.pay());
        form.searchField()->setText(QStringLiteral("李"));
        QVERIFY(form.matches()->count() >= 1);
        QVERIFY(!form.matches()->item(0)->text().contains(QStringLiteral("220681198204110139")));
        form.matches()->setCurrentRow(0);
        QVERIFY(form.limitsLabel()->text().contains(QStringLiteral("480.00")));
    }

    void theVoucherPrints()
    {
        const auto payments = FundLedger(*m_db, m_clerk).paperworkOutstanding().value();
        QVERIFY(!payments.isEmpty());
        const qint64 audited = AuditLog(*m_db).entries().value().size();
        const auto html = FundDocuments::voucherFor(*m_db, m_clerk, payments.first().id);
        QVERIFY2(html.ok(), qPrintable(html.error().toString()));
        QVERIFY(html->contains(QStringLiteral("壹仟贰佰元整")));
        QVERIFY(html->contains(QStringLiteral("220681********0139")));
        QVERIFY(!html->contains(QStringLiteral("220681198204110139")));
        QCOMPARE(AuditLog(*m_db).entries().value().size(), audited + 1); // the print is on the trail
        const QString pdf = m_dir.filePath(QStringLiteral("voucher.pdf"));
        QVERIFY(PrintPreview::savePdf(pdf, QStringLiteral("voucher"), *html, QPageLayout::Portrait));
        if (const QString dir = qEnvironmentVariable("DOUDI_SCREENSHOTS"); !dir.isEmpty())
            QFile::copy(pdf, dir + QStringLiteral("/fund-voucher.pdf"));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(5), QByteArray("%PDF-"));
        // The text in the PDF is real text, in Chinese, with the ID masked (pdftotext when present).
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (!pdftotext.isEmpty()) {
            QProcess p;
            p.start(pdftotext, {pdf, QStringLiteral("-")});
            QVERIFY(p.waitForFinished(30000));
            const QString text = QString::fromUtf8(p.readAllStandardOutput());
            QVERIFY2(text.contains(QStringLiteral("壹仟贰佰元整")), qPrintable(text));
            QVERIFY(!text.contains(QStringLiteral("198204110139")));
        }
        // An unwritable path: a clear error, nothing half-written.
        QVERIFY(!PrintPreview::savePdf(m_dir.filePath(QStringLiteral("no/such/dir/v.pdf")), QString(), *html,
                                       QPageLayout::Portrait)
                     .ok());
    }

    void theStatement()
    {
        const auto st = FundLedger(*m_db, m_clerk).reconcile(2025, 2);
        QVERIFY(st.ok());
        const Roster roster = FundRoster::build(*st, QStringLiteral("六道沟镇"), QDate(2025, 2, 1));
        const QString html = RosterHtml::render(roster);
        QVERIFY(html.contains(QStringLiteral("12,000.00"))); // opening
        QVERIFY(html.contains(QStringLiteral("10,800.00"))); // closing
        QVERIFY(html.contains(QStringLiteral("2025-0001"))); // paperwork outstanding at the month's end
        if (const QString dir = qEnvironmentVariable("DOUDI_SCREENSHOTS"); !dir.isEmpty())
            QVERIFY(RosterPdf::write(roster, dir + QStringLiteral("/fund-statement.pdf")));
    }
};

QTEST_MAIN(TestFundDialog)
#include "TestFundDialog.moc"
