#include "TestFixtures.h"
#include "security/Permissions.h"
#include "security/Session.h"
#include "store/HouseholdRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Doudi;

// The permission table, every action for every role, and the village rule for cadres.
class TestPermissions final : public QObject
{
    Q_OBJECT

private:
    // What each role may do; everything not listed is refused.
    static QSet<Action> allowed(Role role)
    {
        switch (role) {
        case Role::Admin:
            return {Action::ViewHouseholds, Action::EditHousehold,   Action::ExportData,     Action::BatchReevaluate,
                    Action::ImportPolicy,   Action::ManageUsers,     Action::ChangeSettings, Action::ViewAudit,
                    Action::VerifyAudit,    Action::ExchangePackages};
        case Role::Clerk:
            return {Action::ViewHouseholds, Action::EditHousehold,   Action::DeleteHousehold,
                    Action::RevealIdNumber, Action::ExportData,      Action::SaveDetermination,
                    Action::RecordVisit,    Action::ReportDiscovery, Action::PrepareDecision,
                    Action::PreparePayment, Action::ViewFund,        Action::ExchangePackages};
        case Role::Supervisor:
            return {Action::ViewHouseholds,  Action::EditHousehold,     Action::RevealIdNumber,
                    Action::ExportData,      Action::SaveDetermination, Action::ImportPolicy,
                    Action::BatchReevaluate, Action::ApproveDecision,   Action::ApprovePayment,
                    Action::ViewFund,        Action::PrintRoster,       Action::ViewAudit,
                    Action::VerifyAudit,     Action::ExchangePackages};
        case Role::Cadre:
            return {Action::ViewHouseholds, Action::RecordVisit, Action::ReportDiscovery};
        case Role::Auditor:
            return {Action::ViewHouseholds, Action::ViewFund, Action::ViewAudit, Action::VerifyAudit};
        }
        return {};
    }

private slots:
    void everyActionForEveryRole_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<int>("action");
        QTest::addColumn<bool>("expected");
        for (Role role : Permissions::roles()) {
            for (Action action : Permissions::actions()) {
                const QString name = Permissions::roleCode(role) + QLatin1Char(' ') + QString::number(int(action));
                QTest::newRow(qPrintable(name)) << int(role) << int(action) << allowed(role).contains(action);
            }
        }
    }
    void everyActionForEveryRole()
    {
        QFETCH(int, role);
        QFETCH(int, action);
        QFETCH(bool, expected);
        QCOMPARE(Permissions::allows(Role(role), Action(action)), expected);
        const Session session = Session::forUser(QStringLiteral("u"), QStringLiteral("U"), Role(role),
                                                 Role(role) == Role::Cadre ? TestFixtures::kVillageA : QString());
        QCOMPARE(session.may(Action(action)), expected);
        QCOMPARE(session.require(Action(action)).ok(), expected);
    }

    void noRoleDecidesAndApprovesAlone()
    {
        // Nobody but the supervisor approves, and the administrator decides nothing.
        for (Role role : Permissions::roles()) {
            if (role != Role::Supervisor) {
                QVERIFY(!Permissions::allows(role, Action::ApproveDecision));
                QVERIFY(!Permissions::allows(role, Action::ApprovePayment));
            }
        }
        QVERIFY(!Permissions::allows(Role::Admin, Action::SaveDetermination));
        QVERIFY(!Permissions::allows(Role::Admin, Action::PrepareDecision));
    }

    void separationOfDuties()
    {
        const Session supervisor =
            Session::forUser(QStringLiteral("wang"), QStringLiteral("王建国"), Role::Supervisor, QString());
        QVERIFY(supervisor.requireNotPreparer(QStringLiteral("liu")).ok());
        const Status own = supervisor.requireNotPreparer(QStringLiteral("wang"));
        QVERIFY(!own.ok());
        QVERIFY(own.error().toString().contains(QStringLiteral("another person")));
    }

    void aCadreReachingForAnotherVillage()
    {
        QTemporaryDir dir;
        auto db = TestFixtures::townshipDatabase(dir.filePath(QStringLiteral("cadre.doudi")));
        QVERIFY(db);
        HouseholdRepository clerk(*db, Session::bootstrap(QStringLiteral("clerk")));
        Household mine = TestFixtures::household(TestFixtures::kVillageA);
        Household theirs;
        theirs.villageCode = TestFixtures::kVillageB;
        theirs.members = {TestFixtures::member("11010519491231002X", "王秀英", "head")};
        QVERIFY(clerk.save(mine));
        QVERIFY(clerk.save(theirs));

        const Session cadre =
            Session::forUser(QStringLiteral("cadre01"), QStringLiteral("村干部"), Role::Cadre, TestFixtures::kVillageA);
        HouseholdRepository repository(*db, cadre);
        QVERIFY(repository.load(mine.uuid).ok());
        QVERIFY(!repository.load(theirs.uuid).ok());
        // The list is the cadre's village, whatever filter is asked for.
        HouseholdFilter everybody;
        QCOMPARE(repository.count(everybody).value(), qint64(1));
        HouseholdFilter other;
        other.villageCode = TestFixtures::kVillageB;
        QCOMPARE(repository.list(other, 0, 10)->first().id, mine.uuid);
        QCOMPARE(repository.loadAll()->size(), 1);
        // And a cadre changes no household, not even in their own village.
        Household edited = *repository.load(mine.uuid);
        edited.address = QStringLiteral("改过的地址");
        QVERIFY(!repository.save(edited).ok());
        QVERIFY(!repository.remove(mine.uuid).ok());
        QVERIFY(!repository.reveal(mine.uuid).ok());
    }
};

QTEST_GUILESS_MAIN(TestPermissions)
#include "TestPermissions.moc"
