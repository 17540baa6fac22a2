#include "Clock.h"
#include "HouseholdListModel.h"
#include "TestFixtures.h"
#include "demo/DemoGenerator.h"

#include "security/Session.h"
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <QTest>

using namespace Doudi;

class TestHouseholdListModel final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

private slots:
    void initTestCase()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("list.doudi")), Database::OpenMode::CreateIfMissing);
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        DemoGenerator generator(5, Clock::currentDate());
        // More than two pages, so that lazy fetching is exercised.
        QVERIFY(generator.fill(*m_db, QStringLiteral("test"), 2 * HouseholdListModel::kPageSize + 37));
    }
    void cleanupTestCase() { m_db.reset(); }

    void passesTheModelTester()
    {
        HouseholdRepository repository(*m_db, Session::bootstrap(QStringLiteral("test")));
        HouseholdListModel model(repository);
        QCOMPARE(model.totalCount(), qint64(2 * HouseholdListModel::kPageSize + 37));
        QCOMPARE(model.rowCount(), HouseholdListModel::kPageSize);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * HouseholdListModel::kPageSize + 37);
        QVERIFY(!model.canFetchMore({}));

        model.sort(HouseholdListModel::Members, Qt::DescendingOrder);
        QVERIFY(model.index(0, HouseholdListModel::Members).data().toInt() >=
                model.index(model.rowCount() - 1, HouseholdListModel::Members).data().toInt());
        model.setFilter(QStringLiteral("220681103201"), QString());
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.index(r, HouseholdListModel::Village).data().toString(), QStringLiteral("六道沟村"));
        model.setFilter(QString(), QStringLiteral("没有这个人"));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
    }

    void masksIdNumbersAndFindsRows()
    {
        HouseholdRepository repository(*m_db, Session::bootstrap(QStringLiteral("test")));
        HouseholdListModel model(repository);
        const QString shown = model.index(0, HouseholdListModel::HeadIdNumber).data().toString();
        QCOMPARE(shown.size(), 18);
        QCOMPARE(shown.mid(6, 8), QStringLiteral("********"));
        QVERIFY(model.headerData(0, Qt::Horizontal).toString().size() > 0);

        // A household beyond the first page is found by fetching further.
        HouseholdFilter all;
        const auto last = repository.list(all, model.totalCount() - 1, 1);
        QVERIFY(last.ok() && last->size() == 1);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QCOMPARE(model.rowOf(last->first().id), int(model.totalCount() - 1));
        QVERIFY(inserted.count() >= 1);
        QCOMPARE(model.rowOf(QStringLiteral("no-such-id")), -1);
    }

    // A search matching more households than the repository counts says "at least", and the list
    // fetches on until the matches end; then it knows the total.
    void fetchesPastWhatASearchCounted()
    {
        HouseholdRepository repository(*m_db, Session::bootstrap(QStringLiteral("test")));
        HouseholdRepository::SearchTuning tuning;
        tuning.countsUpTo = HouseholdListModel::kPageSize + 50;
        repository.setSearchTuning(tuning);
        HouseholdListModel model(repository);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 everyone = 2 * HouseholdListModel::kPageSize + 37;
        QCOMPARE(model.totalCount(), everyone); // no search: counted whole
        QVERIFY(!model.totalIsAtLeast());
        QSignalSpy totals(&model, &HouseholdListModel::totalCountChanged);
        model.setFilter(QString(), QStringLiteral("2206")); // every ID number of the demo township
        QCOMPARE(model.totalCount(), tuning.countsUpTo + 1);
        QVERIFY(model.totalIsAtLeast());
        QCOMPARE(model.rowCount(), HouseholdListModel::kPageSize);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), int(everyone));
        QCOMPARE(model.totalCount(), everyone);
        QVERIFY(!model.totalIsAtLeast());
        QCOMPARE(totals.count(), 2);
        QCOMPARE(totals.last().first().toLongLong(), everyone);
        // A search matching fewer is counted whole.
        model.setFilter(QString(), model.index(0, HouseholdListModel::HeadName).data().toString());
        QVERIFY(!model.totalIsAtLeast());
        QVERIFY(model.totalCount() >= 1 && model.totalCount() <= tuning.countsUpTo);
    }
};

QTEST_GUILESS_MAIN(TestHouseholdListModel)
#include "TestHouseholdListModel.moc"
