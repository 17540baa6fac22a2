#include "TestFixtures.h"
#include "store/AuditLog.h"
#include "sync/SiteKeys.h"
#include "sync/SyncPackage.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Doudi;

// A site's keys and the package file: what is sealed opens only at its recipient with the sender's
// key, and every change on the way — a flipped byte anywhere, a cut, a swapped key — is refused.
class TestSyncPackage final : public QObject
{
    Q_OBJECT

private:
    const SiteKeys m_township = SiteKeys::generate();
    const SiteKeys m_city = SiteKeys::generate();
    const QByteArray m_body = QByteArrayLiteral("{\"households\": [\"六道沟村\"]}") + QByteArray(5000, 'x');

    PackageHeader header() const
    {
        PackageHeader h;
        h.sender = QStringLiteral("220681103");
        h.recipient = QStringLiteral("220681");
        h.sequence = 7;
        h.created = QDateTime(QDate(2025, 3, 20), QTime(9, 0), Qt::UTC);
        h.senderFingerprint = m_township.fingerprint();
        h.acknowledged = 3;
        return h;
    }
    QByteArray package() const { return SyncPackage::seal(header(), m_body, m_township, m_city.boxPublic); }
    Result<QByteArray> openAtCity(const QByteArray& file) const
    {
        return SyncPackage::open(file, m_township.signPublic, QStringLiteral("220681"), m_city);
    }

private slots:
    void keysAreMadeOnceAndKeptSecret()
    {
        QTemporaryDir dir;
        auto db = TestFixtures::townshipDatabase(dir.filePath(QStringLiteral("k.doudi")));
        QVERIFY(db);
        const auto first = SiteKeys::ensure(*db);
        QVERIFY(first.ok());
        const auto again = SiteKeys::ensure(*db);
        QCOMPARE(again->fingerprint(), first->fingerprint());
        QVERIFY(QRegularExpression(QStringLiteral("^([0-9a-f]{8}-){4}[0-9a-f]{8}$"))
                    .match(first->fingerprint())
                    .hasMatch());
        QVERIFY(first->fingerprint() != SiteKeys::generate().fingerprint());
        // The trail has the public halves and the fingerprint, never a secret.
        const auto entries = AuditLog(*db).entries().value();
        QCOMPARE(entries.last().table, QStringLiteral("site_keys"));
        QVERIFY(entries.last().newValues.contains(first->fingerprint()));
        QVERIFY(!entries.last().newValues.contains(QString::fromLatin1(first->signSecret.toHex())));
        QVERIFY(!entries.last().newValues.contains(QString::fromLatin1(first->boxSecret.toHex().left(32))));
    }

    void roundTrip()
    {
        const QByteArray file = package();
        QVERIFY(file.startsWith(SyncPackage::kMagic));
        QVERIFY(!file.contains("六道沟村"));         // the body is not readable on the stick
        QVERIFY(file.size() < m_body.size());        // and compressed
        const auto peeked = SyncPackage::peek(file); // the header is
        QVERIFY(peeked.ok());
        QCOMPARE(peeked->sequence, qint64(7));
        QCOMPARE(peeked->acknowledged, qint64(3));
        PackageHeader read;
        const auto body = SyncPackage::open(file, m_township.signPublic, QStringLiteral("220681"), m_city, &read);
        QVERIFY2(body.ok(), qPrintable(body.error().toString()));
        QCOMPARE(*body, m_body);
        QCOMPARE(read.sender, QStringLiteral("220681103"));
        QCOMPARE(read.senderFingerprint, m_township.fingerprint());
        QCOMPARE(read.created, header().created);
        // Two packages of the same content differ: a fresh key and nonce each time.
        QVERIFY(package() != file);
    }

    void everyFlippedByteIsRefused()
    {
        const QByteArray file = package();
        // A byte in the magic, the header, the sealed key, the nonce, the cipher and the signature.
        const QList<qsizetype> places = {0, 20, 40, file.size() / 2, file.size() - 70, file.size() - 1};
        for (qsizetype at : places) {
            QByteArray changed = file;
            changed[at] = char(changed[at] ^ 0x01);
            QVERIFY2(!openAtCity(changed).ok(), qPrintable(QStringLiteral("byte %1").arg(at)));
        }
        QVERIFY(!openAtCity(file.left(file.size() - 1)).ok());
        QVERIFY(!openAtCity(file.left(file.size() / 2)).ok());
        QVERIFY(!openAtCity(file + QByteArray(1, '\0')).ok());
        const auto notOurs = openAtCity(QByteArrayLiteral("PK\x03\x04 a spreadsheet"));
        QVERIFY(notOurs.error().toString().contains(QStringLiteral("not a Doudi package")));
    }

    void wrongSenderRecipientOrKey()
    {
        const QByteArray file = package();
        const SiteKeys stranger = SiteKeys::generate();
        const auto forged = SyncPackage::open(file, stranger.signPublic, QStringLiteral("220681"), m_city);
        QVERIFY(forged.error().toString().contains(QStringLiteral("signature")));
        const auto otherSite = SyncPackage::open(file, m_township.signPublic, QStringLiteral("220682"), m_city);
        QVERIFY(otherSite.error().toString().contains(QStringLiteral("220682")));
        // Signed by the township, sealed to another key: the city cannot open it.
        const QByteArray elsewhere = SyncPackage::seal(header(), m_body, m_township, stranger.boxPublic);
        const auto sealedElsewhere = openAtCity(elsewhere);
        QVERIFY(!sealedElsewhere.ok());
        QVERIFY(sealedElsewhere.error().toString().contains(QStringLiteral("sealed")));
        // Signed by a stranger claiming to be the township.
        QVERIFY(!openAtCity(SyncPackage::seal(header(), m_body, stranger, m_city.boxPublic)).ok());
    }

    // What the fuzzers found (tests/data/fuzz/sync_package): each is refused with a plain error —
    // one claimed 2.6 GB of contents in 683 bytes, and reading it once tried to allocate that.
    void fuzzFindingsAreRefusedPlainly()
    {
        const QDir findings(QStringLiteral(DOUDI_TEST_DATA_DIR "/fuzz/sync_package"));
        const QStringList files = findings.entryList(QDir::Files);
        QVERIFY(!files.isEmpty());
        for (const QString& name : files) {
            QFile file(findings.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            (void)SyncPackage::peek(bytes);
            QVERIFY2(!SyncPackage::readUnsealed(bytes).ok(), qPrintable(name));
        }
    }
};

QTEST_GUILESS_MAIN(TestSyncPackage)
#include "TestSyncPackage.moc"
