#include "TestFixtures.h"
#include "rules/PolicyJson.h"
#include "store/AuditLog.h"
#include "store/PolicyRepository.h"
#include "sync/Enrolment.h"
#include "sync/SiteKeys.h"
#include "sync/SyncPackage.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Doudi;

// Enrolment: the city's package reaches the township, which takes the city as its peer — with the
// city's policies, in one transaction — only after a person confirmed the fingerprint; anything
// else is refused and changes nothing.
class TestEnrolment final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_city;
    std::unique_ptr<Database> m_township;
    const Session m_admin = Session::bootstrap(QStringLiteral("admin"));

    static qint64 count(Database& db, const char* sql)
    {
        QSqlQuery q(db.connection());
        return q.exec(QString::fromLatin1(sql)) && q.next() ? q.value(0).toLongLong() : -1;
    }
    // What a refused import must leave as it was.
    static QList<qint64> state(Database& db)
    {
        return {count(db, "SELECT count(*) FROM peers"), count(db, "SELECT count(*) FROM policies"),
                count(db, "SELECT count(*) FROM audit_log")};
    }

private slots:
    void initTestCase()
    {
        auto city = Database::open(m_dir.filePath(QStringLiteral("city.doudi")), Database::OpenMode::MustNotExist);
        QVERIFY(city);
        m_city = std::move(city).value();
        QVERIFY(SiteRepository(*m_city, m_admin)
                    .createSite(QStringLiteral("220681"), QStringLiteral("临江市"), QStringLiteral("city")));
        // The bureau's own policy, which the townships take with their enrolment.
        QFile example(QStringLiteral(DOUDI_SPEC_DIR "/policy-example.json"));
        QVERIFY(example.open(QIODevice::ReadOnly));
        QJsonObject source = QJsonDocument::fromJson(example.readAll()).object();
        source.insert(QStringLiteral("id"), QStringLiteral("220681-2026-01"));
        source.insert(QStringLiteral("effective_from"), QStringLiteral("2026-01-01"));
        QVERIFY(PolicyRepository(*m_city, m_admin).add(PolicyJson::fromJson(source).value()));
        m_township = TestFixtures::townshipDatabase(m_dir.filePath(QStringLiteral("township.doudi")));
        QVERIFY(m_township);
    }

    void enrolsAfterTheFingerprintIsConfirmed()
    {
        const auto file = Enrolment::write(*m_city, m_admin, QStringLiteral("220681103"), QStringLiteral("六道沟镇"));
        QVERIFY2(file.ok(), qPrintable(file.error().toString()));
        const PackageHeader header = SyncPackage::peek(*file).value();
        QCOMPARE(header.kind, QStringLiteral("enrolment"));
        QVERIFY(!header.sealed);
        const QString fingerprint = SiteKeys::ensure(*m_city)->fingerprint();
        QCOMPARE(header.senderFingerprint, fingerprint);
        QCOMPARE(count(*m_city, "SELECT count(*) FROM peers WHERE code = '220681103'"), 1);

        const SiteKeys townshipKeys = SiteKeys::ensure(*m_township).value(); // made before anything is compared
        const QList<qint64> before = state(*m_township);
        const auto untrusted = Enrolment::import(*m_township, m_admin, *file, QString());
        QVERIFY(!untrusted.ok());
        QVERIFY(untrusted.error().toString().contains(fingerprint));
        const auto wrong = Enrolment::import(*m_township, m_admin, *file, SiteKeys::generate().fingerprint());
        QVERIFY(!wrong.ok());
        QByteArray changed = *file;
        changed[changed.size() / 2] = char(changed[changed.size() / 2] ^ 0x01);
        QVERIFY(!Enrolment::import(*m_township, m_admin, changed, fingerprint).ok());
        // A sealed data package is not an enrolment.
        QVERIFY(
            !SyncPackage::open(*file, SiteKeys::ensure(*m_city)->signPublic, QStringLiteral("220681103"), townshipKeys)
                 .ok());
        QCOMPARE(state(*m_township), before);

        const auto imported = Enrolment::import(*m_township, m_admin, *file, fingerprint.toUpper());
        QVERIFY2(imported.ok(), qPrintable(imported.error().toString()));
        QCOMPARE(imported->cityCode, QStringLiteral("220681"));
        QCOMPARE(imported->policies, 1);
        QVERIFY(!imported->alreadyEnrolled);
        QCOMPARE(count(*m_township, "SELECT count(*) FROM peers WHERE code = '220681' AND kind = 'city'"), 1);
        QCOMPARE(count(*m_township, "SELECT count(*) FROM policies WHERE id = '220681-2026-01'"), 1);
        // The same package again: already enrolled, nothing new.
        const auto again = Enrolment::import(*m_township, m_admin, *file, fingerprint);
        QVERIFY(again.ok());
        QVERIFY(again->alreadyEnrolled);
    }

    void refusesWhatIsNotForIt()
    {
        const auto other = Enrolment::write(*m_city, m_admin, QStringLiteral("220681104"), QStringLiteral("长川镇"));
        QVERIFY(other.ok());
        const QList<qint64> before = state(*m_township);
        const auto refused = Enrolment::import(*m_township, m_admin, *other, SiteKeys::ensure(*m_city)->fingerprint());
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().toString().contains(QStringLiteral("220681104")));
        QCOMPARE(state(*m_township), before);
        // Only a city enrols, and only its own townships.
        QVERIFY(!Enrolment::write(*m_township, m_admin, QStringLiteral("220681105"), QStringLiteral("x")).ok());
        QCOMPARE(Enrolment::write(*m_city, m_admin, QStringLiteral("220682101"), QStringLiteral("x")).error().kind(),
                 Error::Kind::InvalidInput);
        // A clerk does neither.
        const Session clerk = Session::forUser(QStringLiteral("liu"), QStringLiteral("刘丽"), Role::Clerk, QString());
        QVERIFY(!Enrolment::write(*m_city, clerk, QStringLiteral("220681106"), QStringLiteral("x")).ok());
    }
};

QTEST_GUILESS_MAIN(TestEnrolment)
#include "TestEnrolment.moc"
