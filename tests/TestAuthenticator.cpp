#include "Clock.h"
#include "TestFixtures.h"
#include "security/Authenticator.h"
#include "security/PasswordHasher.h"
#include "store/AuditLog.h"
#include "store/UserRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Doudi;

class TestAuthenticator final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    const QDateTime kStart = QDateTime(QDate(2025, 3, 15), QTime(9, 0), Qt::UTC);

    QStringList auditActions()
    {
        QStringList actions;
        for (const AuditEntry& e : AuditLog(*m_db).entries().value())
            actions.append(e.action);
        return actions;
    }

private slots:
    void initTestCase()
    {
        m_db = TestFixtures::townshipDatabase(m_dir.filePath(QStringLiteral("users.doudi")));
        QVERIFY(m_db);
        QVERIFY(TestFixtures::addAdministrator(*m_db));
        UserRepository users(*m_db, Session::bootstrap(QStringLiteral("setup")));
        User clerk;
        clerk.name = QStringLiteral("liu");
        clerk.displayName = QStringLiteral("刘丽");
        clerk.role = Role::Clerk;
        QVERIFY(users.add(clerk, QStringLiteral("correct horse")));
        User cadre;
        cadre.name = QStringLiteral("cadre01");
        cadre.role = Role::Cadre;
        cadre.villageCode = TestFixtures::kVillageA;
        QVERIFY(users.add(cadre, QStringLiteral("village-pass")));
    }
    void cleanupTestCase()
    {
        Clock::setFixed({});
        m_db.reset();
    }

    void passwordsAreArgon2idAndLongEnough()
    {
        const auto hash = PasswordHasher::hash(QStringLiteral("long enough"));
        QVERIFY(hash.ok());
        QVERIFY(hash->startsWith(QStringLiteral("$argon2id$")));
        QVERIFY(!hash->contains(QStringLiteral("long enough")));
        QVERIFY(PasswordHasher::verify(*hash, QStringLiteral("long enough")));
        QVERIFY(!PasswordHasher::verify(*hash, QStringLiteral("long enougH")));
        QVERIFY(!PasswordHasher::hash(QStringLiteral("short")).ok());
        User u;
        u.name = QStringLiteral("x");
        QVERIFY(!UserRepository(*m_db, Session::bootstrap(QStringLiteral("setup")))
                     .add(u, QStringLiteral("12345678"))
                     .ok());
    }

    void logsIn()
    {
        Clock::setFixed(kStart);
        const auto session = Authenticator::login(*m_db, QStringLiteral("liu"), QStringLiteral("correct horse"));
        QVERIFY2(session.ok(), qPrintable(session.error().toString()));
        QCOMPARE(session->role(), Role::Clerk);
        QCOMPARE(session->displayName(), QStringLiteral("刘丽"));
        const auto cadre = Authenticator::login(*m_db, QStringLiteral("cadre01"), QStringLiteral("village-pass"));
        QCOMPARE(cadre->villageCode(), TestFixtures::kVillageA);
    }

    void everyFailureSaysTheSame()
    {
        Clock::setFixed(kStart);
        const QString wrongPassword =
            Authenticator::login(*m_db, QStringLiteral("liu"), QStringLiteral("wrong")).error().toString();
        const QString unknownUser =
            Authenticator::login(*m_db, QStringLiteral("nobody"), QStringLiteral("wrong")).error().toString();
        QCOMPARE(wrongPassword, unknownUser);
        QCOMPARE(wrongPassword, Authenticator::refusal());
        // A good login clears the failure.
        QVERIFY(Authenticator::login(*m_db, QStringLiteral("liu"), QStringLiteral("correct horse")).ok());
    }

    void fiveFailuresLockForFifteenMinutes()
    {
        Clock::setFixed(kStart);
        for (int i = 0; i < Authenticator::kMaxFailures; ++i)
            QVERIFY(!Authenticator::login(*m_db, QStringLiteral("liu"), QStringLiteral("guess")).ok());
        QVERIFY(auditActions().contains(QStringLiteral("lock")));
        // Locked: even the right password is refused, with the same words.
        const auto locked = Authenticator::login(*m_db, QStringLiteral("liu"), QStringLiteral("correct horse"));
        QVERIFY(!locked.ok());
        QCOMPARE(locked.error().toString(), Authenticator::refusal());
        Clock::setFixed(kStart.addSecs(14 * 60 + 59));
        QVERIFY(!Authenticator::login(*m_db, QStringLiteral("liu"), QStringLiteral("correct horse")).ok());
        // After fifteen minutes the lock has expired.
        Clock::setFixed(kStart.addSecs(15 * 60 + 1));
        QVERIFY(Authenticator::login(*m_db, QStringLiteral("liu"), QStringLiteral("correct horse")).ok());
    }

    void disabledUsersCannotLogIn()
    {
        Clock::setFixed(kStart.addDays(1));
        UserRepository admin(
            *m_db, Session::forUser(QStringLiteral("admin"), QStringLiteral("Admin"), Role::Admin, QString()));
        QVERIFY(admin.setDisabled(QStringLiteral("cadre01"), true, QStringLiteral("left the village committee")));
        const auto refused = Authenticator::login(*m_db, QStringLiteral("cadre01"), QStringLiteral("village-pass"));
        QCOMPARE(refused.error().toString(), Authenticator::refusal());
        QVERIFY(admin.setDisabled(QStringLiteral("cadre01"), false, QString()));
        QVERIFY(Authenticator::login(*m_db, QStringLiteral("cadre01"), QStringLiteral("village-pass")).ok());
        // Only who manages users may; a clerk may not, but changes their own password.
        UserRepository clerk(*m_db,
                             Session::forUser(QStringLiteral("liu"), QStringLiteral("刘丽"), Role::Clerk, QString()));
        QVERIFY(!clerk.setDisabled(QStringLiteral("cadre01"), true, QString()).ok());
        QVERIFY(!clerk.setPassword(QStringLiteral("cadre01"), QStringLiteral("another-pass")).ok());
        QVERIFY(clerk.setPassword(QStringLiteral("liu"), QStringLiteral("a new password")));
        QVERIFY(Authenticator::login(*m_db, QStringLiteral("liu"), QStringLiteral("a new password")).ok());
    }
};

QTEST_GUILESS_MAIN(TestAuthenticator)
#include "TestAuthenticator.moc"
