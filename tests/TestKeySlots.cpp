#include "TestFixtures.h"
#include "backup/BackupKey.h"
#include "backup/BackupSettings.h"
#include "security/AuditVerifier.h"
#include "security/Authenticator.h"
#include "security/KeySlots.h"
#include "security/PasswordKey.h"
#include "security/SiteKey.h"
#include "store/Transaction.h"
#include "store/UserRepository.h"
#include "sync/Enrolment.h"
#include "sync/IdNumberHashes.h"
#include "sync/SiteKeys.h"
#include "sync/SyncExporter.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>

using namespace Doudi;

// Issue 16: a copied database file opens nothing and signs nothing. The site's secrets are sealed
// under a site key that the file holds only wrapped, once per user, under their password.
class TestKeySlots final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    const Session m_setup = Session::bootstrap(QStringLiteral("setup"));
    const Session m_admin = Session::forUser(QStringLiteral("admin"), QStringLiteral("管理员"), Role::Admin, {});

    QString fresh(const char* name)
    {
        return m_dir.filePath(QStringLiteral("%1-%2").arg(++m_files).arg(QLatin1String(name)));
    }

    // A township with its administrator (the first slot) and its keys, closed.
    QString township(const char* name)
    {
        const QString path = fresh(name);
        auto db = TestFixtures::townshipDatabase(path);
        if (!db || !TestFixtures::addAdministrator(*db) || !SiteKeys::ensure(*db))
            return QString();
        return path;
    }
    // Everything on disk: the file and its write-ahead log.
    static QByteArray fileBytes(const QString& path)
    {
        QByteArray all;
        for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
            QFile f(path + suffix);
            if (f.open(QIODevice::ReadOnly))
                all += f.readAll();
        }
        return all;
    }
    static QVariant scalar(Database& db, const QString& sql)
    {
        QSqlQuery q(db.connection());
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }
    User clerk()
    {
        User u;
        u.name = QStringLiteral("clerk1");
        u.displayName = QStringLiteral("刘丽");
        u.role = Role::Clerk;
        return u;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // The secrets are stored sealed: the clear columns are empty and no secret byte string is
    // anywhere in the file.
    void aNewSiteStoresNoSecretInTheClear()
    {
        const QString path = township("new.doudi");
        QVERIFY(!path.isEmpty());
        auto db = TestFixtures::openAsAdministrator(path);
        QVERIFY(db);
        const auto keys = SiteKeys::ensure(*db);
        QVERIFY(keys.ok());
        QCOMPARE(keys->signSecret.size(), int(crypto_sign_SECRETKEYBYTES));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT length(sign_secret) + length(box_secret) FROM site_keys")).toInt(),
                 0);
        QVERIFY(!scalar(*db, QStringLiteral("SELECT sealed_secrets FROM site_keys")).isNull());
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM site_key_slots")).toInt(), 1);
        const QString folder = m_dir.filePath(QStringLiteral("stick"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(BackupSettings::save(*db, m_admin, folder, QStringLiteral("备份口令-六道沟镇")).ok());
        const auto backupKey = (*BackupSettings::load(*db))->key.key();
        const QByteArray bytes = fileBytes(path);
        QVERIFY(!bytes.contains(keys->signSecret));
        QVERIFY(!bytes.contains(keys->boxSecret));
        QVERIFY(!bytes.contains(keys->signSecret.left(32))); // the Ed25519 seed
        QVERIFY(!bytes.contains(backupKey));
        QVERIFY(bytes.contains(keys->signPublic));
    }

    // With the file alone, no password: nothing is signed, opened or read that is secret, and the
    // database is left as it was.
    void aCopiedFileOpensAndSignsNothing()
    {
        const QString path = township("copied.doudi");
        auto db = Database::open(path, Database::OpenMode::MustExist);
        QVERIFY(db.ok());
        const QByteArray before = TestFixtures::dumpHash(**db);
        const auto keys = SiteKeys::ensure(**db);
        QVERIFY(!keys.ok());
        QVERIFY2(keys.error().toString().contains(QStringLiteral("locked")), qPrintable(keys.error().toString()));
        // Even a site's own tools refuse, and so would anything that signs a package.
        const auto written = SyncExporter::write(**db, m_setup, QString(), false, fresh("p.doudi"));
        QVERIFY(!written.ok());
        QVERIFY(!KeySlots::sealingKey(**db).ok()); // the site has users: no new key is made
        QVERIFY(!Enrolment::write(**db, m_setup, QStringLiteral("220681104"), QStringLiteral("镇")).ok());
        QCOMPARE(TestFixtures::dumpHash(**db), before);
        // The fingerprint is public and still shows.
        QCOMPARE(SiteKeys::siteFingerprint(**db)->size(), 44);
        // A wrong password unwraps nothing either.
        QVERIFY(!Authenticator::login(**db, QStringLiteral("admin"), QStringLiteral("not-the-password")).ok());
        QVERIFY(!(*db)->siteKey());
        QVERIFY(Authenticator::login(**db, QStringLiteral("admin"), TestFixtures::kAdminPassword).ok());
        QVERIFY(SiteKeys::ensure(**db).ok());
        // Locking the desk wipes it.
        (*db)->forgetSiteKey();
        QVERIFY(!SiteKeys::ensure(**db).ok());
    }

    // An administrator gives each new user a slot; changing a password rewraps; a reset by someone
    // without the key takes the old slot away.
    void everyUserGetsASlotFromTheAdministrator()
    {
        const QString path = township("users.doudi");
        auto db = TestFixtures::openAsAdministrator(path);
        QVERIFY(db);
        const QString fingerprint = SiteKeys::ensure(*db)->fingerprint();
        User c = clerk();
        QVERIFY(UserRepository(*db, m_admin).add(c, QStringLiteral("clerk-password")).ok());
        db.reset();

        auto asClerk = Database::open(path, Database::OpenMode::MustExist);
        QVERIFY(asClerk.ok());
        const auto clerkSession =
            Authenticator::login(**asClerk, QStringLiteral("clerk1"), QStringLiteral("clerk-password"));
        QVERIFY(clerkSession.ok());
        QCOMPARE(SiteKeys::ensure(**asClerk)->fingerprint(), fingerprint);
        // Their own new password: the slot is rewrapped, the old password opens nothing.
        QVERIFY(UserRepository(**asClerk, *clerkSession)
                    .setPassword(QStringLiteral("clerk1"), QStringLiteral("new-clerk-pw")));
        (*asClerk)->forgetSiteKey();
        QVERIFY(!Authenticator::login(**asClerk, QStringLiteral("clerk1"), QStringLiteral("clerk-password")).ok());
        QVERIFY(Authenticator::login(**asClerk, QStringLiteral("clerk1"), QStringLiteral("new-clerk-pw")).ok());
        QCOMPARE(SiteKeys::ensure(**asClerk)->fingerprint(), fingerprint);
        // A reset by an administrator who has no key at hand (their desk locked): the slot goes, so
        // the old password cannot keep opening the secrets; the new one logs in without the key.
        (*asClerk)->forgetSiteKey();
        QVERIFY(
            UserRepository(**asClerk, m_admin).setPassword(QStringLiteral("clerk1"), QStringLiteral("reset-by-admin")));
        QVERIFY(!*KeySlots::has(**asClerk, c.id));
        QVERIFY(Authenticator::login(**asClerk, QStringLiteral("clerk1"), QStringLiteral("reset-by-admin")).ok());
        QVERIFY(!(*asClerk)->siteKey());
        QVERIFY2(SiteKeys::ensure(**asClerk).error().toString().contains(QStringLiteral("administrator")),
                 qPrintable(SiteKeys::ensure(**asClerk).error().toString()));
        // The administrator, logged in, resets it again: the clerk has the key.
        QVERIFY(Authenticator::login(**asClerk, QStringLiteral("admin"), TestFixtures::kAdminPassword).ok());
        QVERIFY(
            UserRepository(**asClerk, m_admin).setPassword(QStringLiteral("clerk1"), QStringLiteral("second-reset")));
        (*asClerk)->forgetSiteKey();
        QVERIFY(Authenticator::login(**asClerk, QStringLiteral("clerk1"), QStringLiteral("second-reset")).ok());
        QCOMPARE(SiteKeys::ensure(**asClerk)->fingerprint(), fingerprint);
        const auto report = AuditVerifier::verify(**asClerk, true);
        QVERIFY(report.ok() && report->ok());
    }

    // A slot is bound to its user: moved onto another account it opens nothing, and `audit verify`
    // names the swapped slot.
    void aSlotMovedToAnotherAccountOpensNothing()
    {
        const QString path = township("moved.doudi");
        auto db = TestFixtures::openAsAdministrator(path);
        QVERIFY(db);
        User c = clerk();
        QVERIFY(UserRepository(*db, m_admin).add(c, QStringLiteral("clerk-password")).ok());
        QSqlQuery q((*db).connection());
        // The intruder copies the administrator's slot onto the clerk and logs in as the clerk
        // with the administrator's password.
        QVERIFY(q.exec(QStringLiteral("UPDATE site_key_slots SET salt = a.salt, wrapped = a.wrapped FROM "
                                      "(SELECT salt, wrapped FROM site_key_slots s JOIN users u ON u.id = s.user_id "
                                      "WHERE u.name = 'admin') a WHERE user_id = '%1'")
                           .arg(c.id)));
        QCOMPARE(q.numRowsAffected(), 1);
        db->forgetSiteKey();
        QVERIFY(!Authenticator::login(*db, QStringLiteral("clerk1"), TestFixtures::kAdminPassword).ok());
        QVERIFY(!db->siteKey());
        const auto report = AuditVerifier::verify(*db, true);
        QVERIFY(report.ok());
        QCOMPARE(report->findings.size(), 1);
        QVERIFY2(report->findings.first().message.contains(QStringLiteral("clerk1")),
                 qPrintable(report->findings.first().message));
    }

    // A slot made with less Argon2id work than today's is made again at the next login.
    void aWeakSlotIsStrengthenedAtLogin()
    {
        const QString path = township("weak.doudi");
        auto db = TestFixtures::openAsAdministrator(path);
        QVERIFY(db);
        const QString adminId = scalar(*db, QStringLiteral("SELECT id FROM users WHERE name = 'admin'")).toString();
        QByteArray salt(crypto_pwhash_SALTBYTES, '\x07');
        const auto weak = PasswordKey::derive(TestFixtures::kAdminPassword, salt, 2, 32ull * 1024 * 1024);
        QVERIFY(weak.ok() && weak->weakerThanToday());
        Transaction t(db->connection());
        QVERIFY(t.begin());
        QVERIFY(KeySlots::give(*db, *db->siteKey(), adminId, *weak, QStringLiteral("test")));
        QVERIFY(t.commit());
        db->forgetSiteKey();
        QVERIFY(Authenticator::login(*db, QStringLiteral("admin"), TestFixtures::kAdminPassword).ok());
        QVERIFY(db->siteKey());
        QCOMPARE(scalar(*db, QStringLiteral("SELECT ops_limit FROM site_key_slots")).toLongLong(), 3);
        db->forgetSiteKey();
        QVERIFY(Authenticator::login(*db, QStringLiteral("admin"), TestFixtures::kAdminPassword).ok());
        QVERIFY(SiteKeys::ensure(*db).ok());
        const auto report = AuditVerifier::verify(*db, true);
        QVERIFY(report.ok() && report->ok());
    }

    // A database of the version before key slots keeps its secrets in the clear until the first
    // administrator login; that login seals them all in one step and leaves no clear byte behind.
    void anOlderDatabaseIsSealedAtTheFirstAdministratorLogin()
    {
        const QString older = TestFixtures::migrationsUpTo(m_dir.path(), 17);
        const QString path = fresh("v17.doudi");
        const SiteKeys plain = SiteKeys::generate();
        QByteArray hashKey(crypto_generichash_KEYBYTES, Qt::Uninitialized);
        randombytes_buf(hashKey.data(), size_t(hashKey.size()));
        const auto backupKey = BackupKey::derive(QStringLiteral("备份口令-六道沟镇"));
        QVERIFY(backupKey.ok());
        {
            auto db = Database::open(path, Database::OpenMode::MustNotExist, older);
            QVERIFY(db.ok());
            QCOMPARE((*db)->schemaVersion(), 17);
            QVERIFY(
                SiteRepository(**db, m_setup)
                    .createSite(QStringLiteral("220681103"), QStringLiteral("六道沟镇"), QStringLiteral("township")));
            QVERIFY(TestFixtures::addAdministrator(**db));
            User c = clerk();
            QVERIFY(UserRepository(**db, m_setup).add(c, QStringLiteral("clerk-password")).ok());
            QSqlQuery q((*db)->connection());
            q.prepare(QStringLiteral("INSERT INTO site_keys (id, sign_public, sign_secret, box_public, box_secret, "
                                     "created_at) VALUES (1, ?, ?, ?, ?, '2026-01-01T00:00:00Z')"));
            for (const QByteArray& b : {plain.signPublic, plain.signSecret, plain.boxPublic, plain.boxSecret})
                q.addBindValue(b);
            QVERIFY(q.exec());
            q.prepare(QStringLiteral("INSERT INTO id_hash_key (id, key) VALUES (1, ?)"));
            q.addBindValue(hashKey);
            QVERIFY(q.exec());
            q.prepare(
                QStringLiteral("INSERT INTO backup_settings (id, folder, salt, opslimit, memlimit, key, set_at, "
                               "set_by) VALUES (1, '/media/stick', ?, ?, ?, ?, '2026-01-01T00:00:00Z', 'admin')"));
            q.addBindValue(backupKey->salt());
            q.addBindValue(qint64(backupKey->opsLimit()));
            q.addBindValue(qint64(backupKey->memLimit()));
            q.addBindValue(backupKey->key());
            QVERIFY(q.exec());
        }
        auto db = Database::open(path, Database::OpenMode::MustExist);
        QVERIFY(db.ok());
        QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
        // Until then the clerk works as before (there is nothing to unwrap yet).
        QVERIFY(Authenticator::login(**db, QStringLiteral("clerk1"), QStringLiteral("clerk-password")).ok());
        QCOMPARE(SiteKeys::ensure(**db)->signSecret, plain.signSecret);
        QCOMPARE(KeySlots::count(**db).value(), 0);

        QVERIFY(Authenticator::login(**db, QStringLiteral("admin"), TestFixtures::kAdminPassword).ok());
        QCOMPARE(KeySlots::count(**db).value(), 1);
        const auto sealed = SiteKeys::ensure(**db);
        QVERIFY(sealed.ok());
        QCOMPARE(sealed->signSecret, plain.signSecret);
        QCOMPARE(sealed->boxSecret, plain.boxSecret);
        QCOMPARE((*BackupSettings::load(**db))->key.key(), backupKey->key());
        const QByteArray bytes = fileBytes(path);
        for (const QByteArray& secret : {plain.signSecret.left(32), plain.boxSecret, hashKey, backupKey->key()})
            QVERIFY(!bytes.contains(secret));
        // The clerk, whose account is older than the slots, logs in but has no key until the
        // administrator sets their password.
        (*db)->forgetSiteKey();
        QVERIFY(Authenticator::login(**db, QStringLiteral("clerk1"), QStringLiteral("clerk-password")).ok());
        QVERIFY(!SiteKeys::ensure(**db).ok());
        QVERIFY(!IdNumberHashes::townshipsOf(**db, QStringLiteral("220681198204110139")).ok());
        QVERIFY(Authenticator::login(**db, QStringLiteral("admin"), TestFixtures::kAdminPassword).ok());
        QVERIFY(UserRepository(**db, m_admin).setPassword(QStringLiteral("clerk1"), QStringLiteral("clerk-new-pw")));
        (*db)->forgetSiteKey();
        QVERIFY(Authenticator::login(**db, QStringLiteral("clerk1"), QStringLiteral("clerk-new-pw")).ok());
        QCOMPARE(SiteKeys::ensure(**db)->signSecret, plain.signSecret);
        QVERIFY(IdNumberHashes::townshipsOf(**db, QStringLiteral("220681198204110139")).ok());
        // The sealed keys are never changed again.
        QSqlQuery q((*db)->connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE site_keys SET sealed_secrets = NULL")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM site_keys")));
        const auto report = AuditVerifier::verify(**db, true);
        QVERIFY2(report.ok() && report->ok(),
                 qPrintable(report.ok() && !report->ok() ? report->findings.first().message : QString()));
    }
};

QTEST_GUILESS_MAIN(TestKeySlots)
#include "TestKeySlots.moc"
