#include "CliRunner.h"
#include "DashboardPanel.h"
#include "HouseholdListModel.h"
#include "domain/Money.h"
#include "domain/Vocabulary.h"
#include "fund/FundLedger.h"
#include "report/Rosters.h"
#include "rules/DeterminationJson.h"
#include "store/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Doudi;

// One source of truth per figure (issue 17): on a demo township, the dashboard, the statistics
// roster, `summary --json` and the household list's 状态 column agree household for household and
// fen for fen; the fund's payments are gross everywhere, their reversals a line of their own.
class TestFiguresAgree final : public QObject
{
    Q_OBJECT

private:
    CliRunner m_cli;
    QString m_path;
    std::unique_ptr<Database> m_db;
    QJsonObject m_summary;
    std::optional<DashboardFigures> m_figures;
    QString m_fundText;
    QString m_enrolledText;
    const Session m_supervisor =
        Session::forUser(QStringLiteral("supervisor"), QStringLiteral("王建国"), Role::Supervisor, QString());

private slots:
    void initTestCase()
    {
        m_path = m_cli.path(QStringLiteral("agree.doudi"));
        const auto demo =
            m_cli.run({QStringLiteral("demo"), QStringLiteral("--db"), m_path, QStringLiteral("--households"),
                       QStringLiteral("500"), QStringLiteral("--seed"), QStringLiteral("3")});
        QVERIFY2(demo.code == 0, qPrintable(demo.err));
        const auto summary =
            m_cli.run({QStringLiteral("summary"), QStringLiteral("--db"), m_path, QStringLiteral("--json")});
        QVERIFY2(summary.code == 0, qPrintable(summary.err));
        m_summary = QJsonDocument::fromJson(summary.out).object();
        auto db = Database::open(m_path, Database::OpenMode::MustExist);
        QVERIFY(db);
        m_db = std::move(db).value();
        DashboardPanel panel(*m_db, m_supervisor);
        QSignalSpy counted(&panel, &DashboardPanel::reloaded);
        QVERIFY(counted.wait(60000));
        QVERIFY(panel.figures().has_value());
        m_figures = panel.figures();
        m_fundText = panel.fundLabel()->text();
        m_enrolledText = panel.enrolledLabel()->text();
    }

    void enrolmentAsTheListMarksIt()
    {
        // The list's 状态 column, row by row, every page fetched.
        HouseholdRepository repository(*m_db, m_supervisor);
        HouseholdListModel model(repository);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 500);
        QHash<QString, QPair<int, int>> listed; // label → households, persons
        for (int row = 0; row < model.rowCount(); ++row) {
            auto& c = listed[model.index(row, HouseholdListModel::Status).data().toString()];
            c.first += 1;
            c.second += model.index(row, HouseholdListModel::Members).data().toInt();
        }
        const QJsonObject byStatus = m_summary.value(QStringLiteral("by_status")).toObject();
        int enrolled = 0;
        for (HouseholdStatus status :
             {HouseholdStatus::Dibao, HouseholdStatus::Tekun, HouseholdStatus::GradualExit, HouseholdStatus::None}) {
            const QJsonObject s = byStatus.value(Vocabulary::statusCode(status)).toObject();
            const auto fromList = listed.value(Vocabulary::statusLabel(status));
            QCOMPARE(s.value(QStringLiteral("households")).toInt(), fromList.first);
            QCOMPARE(s.value(QStringLiteral("persons")).toInt(), fromList.second);
            if (status == HouseholdStatus::None)
                continue;
            enrolled += fromList.first;
            const auto dashboard =
                std::find_if(m_figures->enrolled.cbegin(), m_figures->enrolled.cend(),
                             [&](const auto& c) { return c.label == Vocabulary::statusLabel(status); });
            QVERIFY(dashboard != m_figures->enrolled.cend());
            QCOMPARE(dashboard->households, fromList.first);
            QCOMPARE(dashboard->persons, fromList.second);
            QVERIFY2(m_enrolledText.contains(
                         QStringLiteral("%1 <b>%2</b>").arg(dashboard->label).arg(dashboard->households)),
                     qPrintable(m_enrolledText));
        }
        QVERIFY(enrolled > 0);
        // Enrolled and paid reconcile: the enrolled not paid plus the enrolled paid are the enrolled.
        int paidEnrolled = 0;
        for (const auto& c : m_figures->byCategory)
            paidEnrolled += c.households;
        paidEnrolled -= m_figures->paidNotEnrolled;
        QCOMPARE(m_figures->enrolledNotPaid + paidEnrolled, enrolled);
    }

    void thisMonthsPaymentEverywhere()
    {
        const auto stats = Rosters::build(*m_db, m_supervisor, QStringLiteral("stats"), QDate::currentDate());
        QVERIFY(stats.ok());
        const QJsonObject payment = m_summary.value(QStringLiteral("payment")).toObject();
        const QList<RosterSection> sections = stats->sections;
        for (const auto& [counts, section] :
             {std::pair{m_figures->byCategory, sections.at(0)}, std::pair{m_figures->byVillage, sections.at(1)}}) {
            QCOMPARE(section.rows.size(), counts.size());
            qint64 households = 0, persons = 0, fen = 0;
            for (int i = 0; i < counts.size(); ++i) {
                // (The roster's labels are in the documents' language, Chinese: the order is compared.)
                QCOMPARE(section.rows.at(i).at(1).toLongLong(), qint64(counts.at(i).households));
                QCOMPARE(section.rows.at(i).at(2).toLongLong(), qint64(counts.at(i).persons));
                QCOMPARE(section.rows.at(i).at(3).toLongLong(), counts.at(i).fen);
                households += counts.at(i).households;
                persons += counts.at(i).persons;
                fen += counts.at(i).fen;
            }
            QCOMPARE(households, payment.value(QStringLiteral("households")).toInteger());
            QCOMPARE(persons, payment.value(QStringLiteral("persons")).toInteger());
            QCOMPARE(fen, payment.value(QStringLiteral("total_fen")).toInteger());
        }
        QVERIFY(payment.value(QStringLiteral("total_fen")).toInteger() > 0);
        // A 单人户 household counts its one covered person, never the whole household.
        for (const auto& c : m_figures->byCategory) {
            if (c.label == DeterminationJson::classificationLabel(Classification::DibaoSinglePerson))
                QCOMPARE(c.persons, c.households);
        }
    }

    void fundPaidIsGross()
    {
        const int year = QDate::currentDate().year();
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT coalesce(sum(CASE WHEN kind = 'payment' THEN amount_fen END), 0), "
                                      "coalesce(sum(CASE WHEN kind = 'reversal' AND sign > 0 THEN amount_fen END), 0) "
                                      "FROM fund_entries WHERE substr(on_date, 1, 4) = '%1'")
                           .arg(year)));
        QVERIFY(q.next());
        const qint64 paid = q.value(0).toLongLong();
        const qint64 reversed = q.value(1).toLongLong();
        QVERIFY(paid > 0);
        QCOMPARE(m_figures->fund.paidFen, paid);
        QCOMPARE(m_figures->fund.reversedFen, reversed);
        QCOMPARE(m_summary.value(QStringLiteral("fund_paid_fen")).toInteger(), paid);
        QCOMPARE(m_summary.value(QStringLiteral("fund_reversed_fen")).toInteger(), reversed);
        qint64 trendPaid = 0;
        for (const auto& m : m_figures->trend) {
            if (m.month.year() == year)
                trendPaid += m.fundPaidFen;
        }
        QCOMPARE(trendPaid, paid);
        const auto ledger = FundLedger(*m_db, m_supervisor).balance(year);
        QVERIFY(ledger.ok());
        QCOMPARE(ledger->paidFen, paid);
        // What the desk shows: the gross figure, the reversals beside it.
        QVERIFY2(m_fundText.contains(Money::fromFen(paid).format()), qPrintable(m_fundText));
        QVERIFY2(m_fundText.contains(Money::fromFen(reversed).format()), qPrintable(m_fundText));
    }
};

QTEST_MAIN(TestFiguresAgree)
#include "TestFiguresAgree.moc"
