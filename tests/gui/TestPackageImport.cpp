#include "PackageImport.h"
#include "TestFixtures.h"
#include "store/SiteRepository.h"
#include "sync/Enrolment.h"
#include "sync/SiteKeys.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Doudi;

// The desk's package import: the enrolment is taken only when the person confirms the fingerprint
// shown to them, which is the city's.
class TestPackageImport final : public QObject
{
    Q_OBJECT

private slots:
    void confirmsTheFingerprintFirst()
    {
        QTemporaryDir dir;
        const Session admin = Session::bootstrap(QStringLiteral("admin"));
        auto city = Database::open(dir.filePath(QStringLiteral("city.doudi")), Database::OpenMode::MustNotExist);
        QVERIFY(city);
        QVERIFY(SiteRepository(**city, admin)
                    .createSite(QStringLiteral("220681"), QStringLiteral("临江市"), QStringLiteral("city")));
        auto township = TestFixtures::townshipDatabase(dir.filePath(QStringLiteral("t.doudi")));
        QVERIFY(township);
        const auto package = Enrolment::write(**city, admin, QStringLiteral("220681103"), QStringLiteral("六道沟镇"));
        QVERIFY(package.ok());
        const QString path = dir.filePath(QStringLiteral("enrol.doudi"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(*package);
        out.close();
        const QString cityFingerprint = SiteKeys::ensure(**city)->fingerprint();

        QString shown;
        const auto declined =
            PackageImport::run(*township, admin, path, [&](const QString& fingerprint, const QString&) {
                shown = fingerprint;
                return false;
            });
        QVERIFY(!declined.ok());
        QCOMPARE(shown, cityFingerprint);
        QSqlQuery q(township->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM peers")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);

        const auto accepted =
            PackageImport::run(*township, admin, path, [](const QString&, const QString&) { return true; });
        QVERIFY2(accepted.ok(), qPrintable(accepted.error().toString()));
        QVERIFY(accepted->contains(QStringLiteral("临江市")));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM peers")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(!PackageImport::run(*township, admin, dir.filePath(QStringLiteral("missing.doudi")),
                                    [](const QString&, const QString&) { return true; })
                     .ok());
    }
};

QTEST_MAIN(TestPackageImport)
#include "TestPackageImport.moc"
