#include "Clock.h"
#include "demo/DemoGenerator.h"
#include "rules/DeterminationJson.h"
#include "rules/EntitlementsJson.h"
#include "rules/Evaluator.h"
#include "rules/ProgramRules.h"
#include "services/BatchEvaluation.h"
#include "store/Database.h"
#include "store/HouseholdRepository.h"

#include "security/Session.h"
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <QTest>

using namespace Doudi;

namespace {
qint64 count(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}
} // namespace

class TestBatchEvaluation final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    const QString kMonth = QStringLiteral("2025-03");

private slots:
    void initTestCase()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("batch.doudi")), Database::OpenMode::CreateIfMissing);
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        DemoGenerator generator(11, QDate(2025, 3, 15));
        QVERIFY(generator.fill(*m_db, QStringLiteral("test"), 3000)); // stores the example policy too
    }
    void cleanupTestCase() { m_db.reset(); }

    void evaluatesEveryHouseholdLikeTheEvaluator()
    {
        int reports = 0;
        BatchEvaluation::Progress progress;
        progress.report = [&](int done, int total) {
            QVERIFY(done <= total);
            ++reports;
        };
        const auto batch = BatchEvaluation::run(*m_db, Session::bootstrap(QStringLiteral("test")), kMonth, progress);
        QVERIFY2(batch.ok(), qPrintable(batch.error().toString()));
        QCOMPARE(batch->items().size(), 3000);
        QVERIFY(reports >= 2);
        QVERIFY(batch->policy().isExample);

        // In parallel or not, each result is the evaluator's for that household.
        HouseholdRepository households(*m_db, Session::bootstrap(QStringLiteral("test")));
        for (int i = 0; i < 3000; i += 97) {
            const BatchItem& item = batch->items().at(i);
            const auto alone = Evaluator::evaluate(batch->policy().policy, *households.load(item.household.uuid),
                                                   kMonth, Evaluator::Options{false});
            QCOMPARE(DeterminationJson::write(item.result, false), DeterminationJson::write(*alone, false));
        }
        const BatchPreview& p = batch->preview();
        QCOMPARE(p.households, 3000);
        // Only the demo's decided applications had a determination saved before.
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(DISTINCT household_id) FROM determinations")) && q.next());
        const int saved = q.value(0).toInt();
        QVERIFY(saved < 100);
        // The others get their first: that is no change of classification (issue 17).
        QCOMPARE(p.withoutDetermination, 3000 - saved);
        QVERIFY(p.changedClassification <= saved);
        QCOMPARE(p.totalBeforeFen > 0, saved > 0);
        qint64 total = 0;
        for (const BatchItem& item : batch->items())
            total += item.result.totalFen;
        QCOMPARE(p.totalAfterFen, total);
        int counted = 0;
        for (int n : p.byClassification)
            counted += n;
        QCOMPARE(counted, 3000);
    }

    void commitsAllThenPreviewsOnlyWhatChanges()
    {
        const auto first = BatchEvaluation::run(*m_db, Session::bootstrap(QStringLiteral("test")), kMonth);
        QVERIFY(first.ok());
        const auto batchId = first->commit(*m_db, Session::bootstrap(QStringLiteral("supervisor")));
        QVERIFY2(batchId.ok(), qPrintable(batchId.error().toString()));
        QCOMPARE(
            count(*m_db, QStringLiteral("SELECT count(*) FROM determinations WHERE batch_id = '%1'").arg(*batchId)),
            qint64(3000));

        // The same month again changes nothing.
        const auto again = BatchEvaluation::run(*m_db, Session::bootstrap(QStringLiteral("test")), kMonth);
        QCOMPARE(again->preview().changedItems.size(), 0);
        QCOMPARE(again->preview().totalBeforeFen, first->preview().totalAfterFen);

        // A raised standard from March: more money, and some households change classification.
        Policy raised = PolicyRepository::bundledExample().value();
        raised.id = QStringLiteral("220681-2025-03");
        raised.effectiveFrom = QDate(2025, 3, 1);
        raised.source.insert(QStringLiteral("id"), raised.id);
        raised.source.insert(QStringLiteral("effective_from"), QStringLiteral("2025-03-01"));
        // What is stored is the document: the new standard goes into it.
        raised.source.insert(QStringLiteral("dibao_standard_fen"),
                             QJsonObject{{QStringLiteral("rural"), 53000}, {QStringLiteral("urban"), 76000}});
        QVERIFY(PolicyRepository(*m_db, Session::bootstrap(QStringLiteral("admin"))).add(raised));
        const auto rise = BatchEvaluation::run(*m_db, Session::bootstrap(QStringLiteral("test")), kMonth);
        QCOMPARE(rise->policy().policy.id, raised.id);
        QVERIFY(rise->preview().totalAfterFen > rise->preview().totalBeforeFen);
        QVERIFY(rise->preview().changedClassification > 0);
        QVERIFY(!rise->preview().transitions.isEmpty());
        QVERIFY(rise->preview().changedItems.size() >= rise->preview().changedClassification);

        // Saved determinations are never changed or deleted.
        QSqlQuery q(m_db->connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE determinations SET total_fen = 0")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM determinations")));
    }

    // The example policy has the other programs: each household's entitlements come with its
    // determination, are saved with it, and the preview sums them per program before and after.
    void keepsTheOtherProgramsWithEachDetermination()
    {
        const Session session = Session::bootstrap(QStringLiteral("test"));
        const auto batch = BatchEvaluation::run(*m_db, session, kMonth);
        QVERIFY(batch.ok());
        QMap<QString, qint64> after;
        int paid = 0;
        for (const BatchItem& item : batch->items()) {
            QVERIFY(item.entitlements.has_value());
            const auto alone = ProgramRules::entitlements(batch->policy().policy, item.household, item.result, kMonth,
                                                          std::nullopt, ProgramRules::Options{false});
            QCOMPARE(EntitlementsJson::compact(*item.entitlements), EntitlementsJson::compact(*alone));
            QCOMPARE(item.programsFen, DeterminationRepository::monthlyByProgram(*alone));
            for (auto it = item.programsFen.cbegin(); it != item.programsFen.cend(); ++it)
                after[it.key()] += it.value();
            paid += item.programsFen.isEmpty() ? 0 : 1;
        }
        QVERIFY2(paid > 0, "the demo has members with disabilities in the dibao");
        const BatchPreview& p = batch->preview();
        QCOMPARE(p.programs.keys(), after.keys());
        for (auto it = after.cbegin(); it != after.cend(); ++it)
            QCOMPARE(p.programs.value(it.key()).afterFen, it.value());

        const auto batchId = batch->commit(*m_db, Session::bootstrap(QStringLiteral("supervisor")));
        QVERIFY(batchId.ok());
        DeterminationRepository determinations(*m_db, session);
        for (const BatchItem& item : batch->items()) {
            if (item.programsFen.isEmpty())
                continue;
            const auto latest = determinations.latest(item.household.uuid);
            QVERIFY(latest.ok() && latest->has_value());
            QVERIFY((*latest)->entitlements.has_value());
            QCOMPARE(EntitlementsJson::compact(*(*latest)->entitlements),
                     EntitlementsJson::compact(*item.entitlements));
            break;
        }
        // Run again: what was saved is the "before", and nothing changed.
        const auto again = BatchEvaluation::run(*m_db, session, kMonth);
        QCOMPARE(again->preview().changedPrograms, 0);
        for (auto it = after.cbegin(); it != after.cend(); ++it) {
            QCOMPARE(again->preview().programs.value(it.key()).beforeFen, it.value());
            QCOMPARE(again->preview().programs.value(it.key()).recipientsBefore,
                     again->preview().programs.value(it.key()).recipientsAfter);
        }
    }

    void cancelledBatchWritesNothing()
    {
        const qint64 before = count(*m_db, QStringLiteral("SELECT count(*) FROM determinations"));
        BatchEvaluation::Progress progress;
        int calls = 0;
        progress.cancelled = [&] {
            return ++calls > 1;
        };
        const auto batch = BatchEvaluation::run(*m_db, Session::bootstrap(QStringLiteral("test")), kMonth, progress);
        QVERIFY(!batch.ok());
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM determinations")), before);
    }

    void noPolicyInForce()
    {
        const auto batch =
            BatchEvaluation::run(*m_db, Session::bootstrap(QStringLiteral("test")), QStringLiteral("2020-01"));
        QVERIFY(!batch.ok());
        QVERIFY(batch.error().toString().contains(QStringLiteral("No policy")));
        QVERIFY(
            !BatchEvaluation::run(*m_db, Session::bootstrap(QStringLiteral("test")), QStringLiteral("2025-3")).ok());
    }
};

QTEST_GUILESS_MAIN(TestBatchEvaluation)
#include "TestBatchEvaluation.moc"
