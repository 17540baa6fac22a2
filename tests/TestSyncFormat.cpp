#include "TestFixtures.h"
#include "sync/Enrolment.h"
#include "sync/Peers.h"
#include "sync/SiteKeys.h"
#include "sync/SyncExporter.h"
#include "sync/SyncImporter.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <sodium.h>

using namespace Doudi;

// docs/sync-format.md is enough to write and read a package (issue 16): this test does both with
// the document's steps alone — libsodium, zlib (qCompress's framing) and JSON — never Doudi's
// SyncPackage or PackageBody, and Doudi imports what it wrote and wrote what it reads.
class TestSyncFormat final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_city;
    std::unique_ptr<Database> m_township;
    const Session m_setup = Session::bootstrap(QStringLiteral("setup"));

    static const unsigned char* u(const QByteArray& a) { return reinterpret_cast<const unsigned char*>(a.constData()); }
    static unsigned char* u(QByteArray& a) { return reinterpret_cast<unsigned char*>(a.data()); }
    static QByteArray bigEndian16(quint16 v)
    {
        QByteArray b(2, '\0');
        qToBigEndian(v, b.data());
        return b;
    }
    static QByteArray bigEndian32(quint32 v)
    {
        QByteArray b(4, '\0');
        qToBigEndian(v, b.data());
        return b;
    }
    static QByteArray bigEndian64(quint64 v)
    {
        QByteArray b(8, '\0');
        qToBigEndian(v, b.data());
        return b;
    }
    static QString blake2bHex(const QByteArray& bytes, int size)
    {
        QByteArray out(size, '\0');
        crypto_generichash(u(out), size_t(size), u(bytes), size_t(bytes.size()), nullptr, 0);
        return QString::fromLatin1(out.toHex());
    }
    // The fingerprint: BLAKE2b-160 of the Ed25519 then the X25519 public key, five groups of eight.
    static QString fingerprint(const QByteArray& signPublic, const QByteArray& boxPublic)
    {
        const QString hex = blake2bHex(signPublic + boxPublic, 20);
        QStringList groups;
        for (int i = 0; i < hex.size(); i += 8)
            groups.append(hex.mid(i, 8));
        return groups.join(QLatin1Char('-'));
    }

    // A sealed data package from the document's table, with `headerJson` as written.
    static QByteArray writePackage(const QByteArray& headerJson, const QByteArray& body, const QByteArray& signSecret,
                                   const QByteArray& recipientBoxPublic)
    {
        const QByteArray plainPart =
            QByteArray("DOUDIPKG") + bigEndian16(1) + bigEndian32(quint32(headerJson.size())) + headerJson;
        QByteArray key(crypto_aead_xchacha20poly1305_ietf_KEYBYTES, '\0');
        randombytes_buf(key.data(), size_t(key.size()));
        QByteArray sealedKey(crypto_box_SEALBYTES + key.size(), '\0');
        crypto_box_seal(u(sealedKey), u(key), size_t(key.size()), u(recipientBoxPublic));
        QByteArray nonce(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, '\0');
        randombytes_buf(nonce.data(), size_t(nonce.size()));
        // zlib with the uncompressed size first, 4 bytes big-endian (what qCompress writes).
        const QByteArray compressed = qCompress(body);
        QByteArray cipher(compressed.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES, '\0');
        unsigned long long cipherSize = 0;
        crypto_aead_xchacha20poly1305_ietf_encrypt(u(cipher), &cipherSize, u(compressed), size_t(compressed.size()),
                                                   u(plainPart), size_t(plainPart.size()), nullptr, u(nonce), u(key));
        const QByteArray signedPart = plainPart + sealedKey + nonce + bigEndian64(cipherSize) + cipher;
        QByteArray signature(crypto_sign_BYTES, '\0');
        crypto_sign_detached(u(signature), nullptr, u(signedPart), size_t(signedPart.size()), u(signSecret));
        return signedPart + signature;
    }

    QByteArray header(const QString& sequenceJson, const SiteKeys& township)
    {
        return QStringLiteral("{\"format\":\"doudi-package/1\",\"sender\":\"220681103\",\"recipient\":\"220681\","
                              "\"sequence\":%1,\"created\":\"2026-12-04T09:00:00Z\",\"sender_key\":\"%2\","
                              "\"acknowledged\":0,\"kind\":\"data\",\"sealed\":true,"
                              "\"sender_keys\":{\"sign\":\"%3\",\"box\":\"%4\"}}")
            .arg(sequenceJson, fingerprint(township.signPublic, township.boxPublic),
                 QString::fromLatin1(township.signPublic.toHex()), QString::fromLatin1(township.boxPublic.toHex()))
            .toUtf8();
    }
    static QByteArray body()
    {
        // The first package: everything (full), nothing before it (previous empty), no audit entry
        // yet (head 0), one village of the township.
        return QByteArray("doudi-sync/1\n"
                          "{\"database_uuid\":\"6f1c0e6a-1f7e-4d51-9a8b-2c1d5e7f9a10\",\"previous\":\"\",\"since\":0,"
                          "\"full\":true,\"rebaseline\":false,\"audit_head\":{\"seq\":0,\"hash\":\"\"}}\n"
                          "villages\t220681103299\t{\"code\":\"220681103299\",\"name\":\"手写村\",\"urban\":0,"
                          "\"origin_site\":\"220681103\",\"version\":1,\"deleted\":0}\n");
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_city =
            std::move(Database::open(m_dir->filePath(QStringLiteral("city.doudi")), Database::OpenMode::MustNotExist))
                .value();
        QVERIFY(SiteRepository(*m_city, m_setup)
                    .createSite(QStringLiteral("220681"), QStringLiteral("临江市"), QStringLiteral("city")));
        m_township = TestFixtures::townshipDatabase(m_dir->filePath(QStringLiteral("township.doudi")));
        QVERIFY(m_township);
        const auto enrolment =
            Enrolment::write(*m_city, m_setup, QStringLiteral("220681103"), QStringLiteral("六道沟镇"));
        QVERIFY(enrolment.ok());
        QVERIFY(Enrolment::import(*m_township, m_setup, *enrolment, SiteKeys::ensure(*m_city)->fingerprint()).ok());
    }

    void aPackageWrittenFromTheDocumentIsImported()
    {
        const SiteKeys township = SiteKeys::ensure(*m_township).value();
        const QByteArray cityBox = SiteKeys::ensure(*m_city)->boxPublic;
        ImportOptions trust;
        trust.trust = fingerprint(township.signPublic, township.boxPublic);
        // Package numbers that are not whole numbers from 1 to 2^31−1 are refused, nothing written.
        const QByteArray before = TestFixtures::dumpHash(*m_city);
        for (const char* bad : {"-1", "2.5", "9007199254740993", "\"1\"", "2147483648"}) {
            const auto refused = SyncImporter::import(
                *m_city, m_setup,
                writePackage(header(QLatin1String(bad), township), body(), township.signSecret, cityBox), trust);
            QVERIFY2(!refused.ok(), bad);
            QVERIFY2(refused.error().toString().contains(QStringLiteral("header")),
                     qPrintable(refused.error().toString()));
            QCOMPARE(TestFixtures::dumpHash(*m_city), before);
        }
        const QByteArray file =
            writePackage(header(QStringLiteral("1"), township), body(), township.signSecret, cityBox);
        const auto imported = SyncImporter::import(*m_city, m_setup, file, trust);
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().toString()));
        QCOMPARE(imported->status, QStringLiteral("applied"));
        QSqlQuery q(m_city->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT json_extract(data, '$.name') FROM city_records WHERE tbl = 'villages'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("手写村"));
        // The digest the city recorded is BLAKE2b-256 of the body, hex.
        QCOMPARE(Peers::packageDigest(*m_city, QStringLiteral("220681103"), QStringLiteral("received"), 1).value(),
                 blake2bHex(body(), 32));
        if (qEnvironmentVariableIsSet("DOUDI_PRINT_EXAMPLE"))
            qInfo("%s", file.toHex().constData());
    }

    void aDoudiPackageIsReadFromTheDocument()
    {
        const QString path = m_dir->filePath(QStringLiteral("p1.doudi"));
        QVERIFY(SyncExporter::write(*m_township, m_setup, QString(), false, path).ok());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray file = f.readAll();
        const SiteKeys township = SiteKeys::ensure(*m_township).value();
        const SiteKeys city = SiteKeys::ensure(*m_city).value();

        // The table: magic, version, header length, header, sealed key, nonce, cipher length,
        // cipher, signature; the lengths add up to the file exactly.
        QVERIFY(file.startsWith("DOUDIPKG"));
        QCOMPARE(qFromBigEndian<quint16>(file.constData() + 8), quint16(1));
        const quint32 headerSize = qFromBigEndian<quint32>(file.constData() + 10);
        const QByteArray headerJson = file.mid(14, headerSize);
        const qsizetype sealedKeyAt = 14 + headerSize;
        const qsizetype nonceAt = sealedKeyAt + 80;
        const qsizetype lengthAt = nonceAt + 24;
        const quint64 cipherSize = qFromBigEndian<quint64>(file.constData() + lengthAt);
        const qsizetype cipherAt = lengthAt + 8;
        QCOMPARE(cipherAt + qsizetype(cipherSize) + 64, file.size());
        // The signature over every byte before it, with the sender's Ed25519 key.
        const qsizetype signatureAt = file.size() - 64;
        QCOMPARE(
            crypto_sign_verify_detached(u(file) + signatureAt, u(file), size_t(signatureAt), u(township.signPublic)),
            0);
        const QJsonObject header = QJsonDocument::fromJson(headerJson).object();
        QCOMPARE(header.value(QStringLiteral("format")).toString(), QStringLiteral("doudi-package/1"));
        QCOMPARE(header.value(QStringLiteral("recipient")).toString(), QStringLiteral("220681"));
        QCOMPARE(header.value(QStringLiteral("sequence")).toInteger(), 1);
        QCOMPARE(header.value(QStringLiteral("kind")).toString(), QStringLiteral("data"));
        QCOMPARE(header.value(QStringLiteral("sealed")).toBool(), true);
        QCOMPARE(header.value(QStringLiteral("sender_key")).toString(),
                 fingerprint(township.signPublic, township.boxPublic));
        QCOMPARE(header.value(QStringLiteral("sender_keys")).toObject().value(QStringLiteral("sign")).toString(),
                 QString::fromLatin1(township.signPublic.toHex()));
        // The fresh key, sealed to the recipient's X25519 key; the cipher with the plain part
        // (magic to the end of the header) as additional data.
        QByteArray key(crypto_aead_xchacha20poly1305_ietf_KEYBYTES, '\0');
        QCOMPARE(crypto_box_seal_open(u(key), u(file) + sealedKeyAt, 80, u(city.boxPublic), u(city.boxSecret)), 0);
        QByteArray compressed(qsizetype(cipherSize), '\0');
        unsigned long long plainSize = 0;
        QCOMPARE(crypto_aead_xchacha20poly1305_ietf_decrypt(u(compressed), &plainSize, nullptr, u(file) + cipherAt,
                                                            cipherSize, u(file), size_t(sealedKeyAt), u(file) + nonceAt,
                                                            u(key)),
                 0);
        compressed.resize(qsizetype(plainSize));
        QCOMPARE(qFromBigEndian<quint32>(compressed.constData()), quint32(qUncompress(compressed).size()));
        const QByteArray body = qUncompress(compressed);
        // The body: the format line, the meta line, one line per record, each ending with a newline.
        QVERIFY(body.startsWith("doudi-sync/1\n"));
        QVERIFY(body.endsWith('\n'));
        const QList<QByteArray> lines = body.chopped(1).split('\n');
        const QJsonObject meta = QJsonDocument::fromJson(lines.at(1)).object();
        QCOMPARE(meta.value(QStringLiteral("since")).toInteger(), 0);
        QCOMPARE(meta.value(QStringLiteral("full")).toBool(), true);
        QCOMPARE(meta.value(QStringLiteral("previous")).toString(), QString());
        QSqlQuery q(m_township->connection());
        // The head is the last entry before the export's own (which travels in the next package).
        QVERIFY(q.exec(QStringLiteral("SELECT seq, hash FROM audit_log WHERE seq < (SELECT max(seq) FROM audit_log "
                                      "WHERE action = 'export') ORDER BY seq DESC LIMIT 1")) &&
                q.next());
        QCOMPARE(meta.value(QStringLiteral("audit_head")).toObject().value(QStringLiteral("seq")).toInteger(),
                 q.value(0).toLongLong());
        QCOMPARE(meta.value(QStringLiteral("audit_head")).toObject().value(QStringLiteral("hash")).toString(),
                 q.value(1).toString());
        int villages = 0;
        for (const QByteArray& line : lines.mid(2)) {
            const QList<QByteArray> parts = line.split('\t');
            QCOMPARE(parts.size(), 3);
            if (parts.at(0) == "villages") {
                ++villages;
                QCOMPARE(QJsonDocument::fromJson(parts.at(2)).object().value(QStringLiteral("code")).toString(),
                         QString::fromUtf8(parts.at(1)));
            }
        }
        QCOMPARE(villages, 2);
        QCOMPARE(Peers::packageDigest(*m_township, QStringLiteral("220681"), QStringLiteral("sent"), 1).value(),
                 blake2bHex(body, 32));
    }
};

QTEST_GUILESS_MAIN(TestSyncFormat)
#include "TestSyncFormat.moc"
