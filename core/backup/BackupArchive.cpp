#include "BackupArchive.h"

#include "backup/BackupKey.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QtEndian>

#include <sodium.h>

namespace Doudi {

namespace {

constexpr char kMagic[] = "DOUDIBAK";
constexpr qsizetype kMagicBytes = 8;
constexpr quint32 kMaxHeaderBytes = 64 * 1024;
// A compressed chunk of data that does not compress is a little larger than the chunk itself.
constexpr qsizetype kMaxCipherChunkBytes = 2 * BackupArchive::kChunkBytes;
// zlib at a low level: a database compresses to about a third in a fraction of the time a higher
// level takes, and 23 backups of a large township fit on an ordinary USB stick.
constexpr int kCompressionLevel = 3;
constexpr QFileDevice::Permissions kPrivate = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

const QString kKeyCheck = QStringLiteral("key_check");

// A short keyed hash of a fixed text: tells a wrong passphrase from a damaged file. It gives a
// guesser nothing the first chunk would not give, and the Argon2id cost stays the same.
QString keyCheck(const QByteArray& key)
{
    static const QByteArray label = QByteArrayLiteral("doudi-backup key check");
    unsigned char out[16];
    crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char*>(label.constData()), size_t(label.size()),
                       reinterpret_cast<const unsigned char*>(key.constData()), size_t(key.size()));
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(out), sizeof out).toHex());
}

QByteArray lengthBytes(quint32 length)
{
    QByteArray bytes(4, Qt::Uninitialized);
    qToLittleEndian(length, bytes.data());
    return bytes;
}

bool readLength(QFile& file, quint32* length)
{
    const QByteArray bytes = file.read(4);
    if (bytes.size() != 4)
        return false;
    *length = qFromLittleEndian<quint32>(bytes.constData());
    return true;
}

// The header as written: the magic, its length and the JSON.
struct Header
{
    BackupInfo info;
    QByteArray json;
    QString keyCheck;
};

Result<Header> readHeader(QFile& file)
{
    const QString name = QFileInfo(file.fileName()).fileName();
    if (file.read(kMagicBytes) != QByteArray(kMagic, kMagicBytes))
        return Error::failed(BackupArchive::tr("%1 is not a Doudi backup.").arg(name));
    quint32 length = 0;
    if (!readLength(file, &length) || length == 0 || length > kMaxHeaderBytes)
        return Error::failed(BackupArchive::tr("The backup %1 is damaged: its header is unreadable.").arg(name));
    Header header;
    header.json = file.read(length);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(header.json, &parseError);
    if (header.json.size() != qsizetype(length) || !doc.isObject())
        return Error::failed(BackupArchive::tr("The backup %1 is damaged: its header is unreadable.").arg(name));
    auto info = BackupInfo::fromJson(doc.object());
    if (!info)
        return info.error();
    header.info = *info;
    header.info.fileName = file.fileName();
    header.keyCheck = doc.object().value(kKeyCheck).toString();
    return header;
}

} // namespace

Result<qint64> BackupArchive::write(const QString& archivePath, const BackupInfo& info, const BackupKey& key,
                                    const QString& databasePath)
{
    if (sodium_init() < 0)
        return Error::failed(tr("The cryptography library could not be initialised."));
    QFile plain(databasePath);
    if (!plain.open(QIODevice::ReadOnly))
        return Error::failed(tr("Cannot read the database copy %1: %2").arg(databasePath, plain.errorString()));

    BackupInfo withKey = info;
    withKey.salt = key.salt();
    withKey.opsLimit = key.opsLimit();
    withKey.memLimit = key.memLimit();
    QJsonObject headerJson = withKey.toJson();
    headerJson.insert(kKeyCheck, keyCheck(key.key()));
    const QByteArray header = QJsonDocument(headerJson).toJson(QJsonDocument::Compact);

    QSaveFile out(archivePath);
    if (!out.open(QIODevice::WriteOnly))
        return Error::failed(tr("Cannot write the backup %1: %2").arg(archivePath, out.errorString()));
    out.setPermissions(kPrivate);
    const auto fail = [&]() -> Result<qint64> {
        const QString reason = out.errorString();
        out.cancelWriting();
        return Error::failed(tr("Cannot write the backup %1: %2").arg(archivePath, reason));
    };

    crypto_secretstream_xchacha20poly1305_state state;
    unsigned char streamHeader[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
    crypto_secretstream_xchacha20poly1305_init_push(&state, streamHeader,
                                                    reinterpret_cast<const unsigned char*>(key.key().constData()));
    if (out.write(QByteArray(kMagic, kMagicBytes)) != kMagicBytes ||
        out.write(lengthBytes(quint32(header.size()))) != 4 || out.write(header) != header.size() ||
        out.write(reinterpret_cast<const char*>(streamHeader), sizeof streamHeader) != qint64(sizeof streamHeader))
        return fail();

    QByteArray cipher;
    QByteArray chunk = plain.read(kChunkBytes);
    bool first = true;
    for (;;) {
        // Read one ahead: the last chunk (possibly empty, for an empty file) carries the final tag.
        const QByteArray next = chunk.size() == kChunkBytes ? plain.read(kChunkBytes) : QByteArray();
        const bool last = next.isEmpty();
        QByteArray packed = qCompress(chunk, kCompressionLevel);
        cipher.resize(packed.size() + qsizetype(crypto_secretstream_xchacha20poly1305_ABYTES));
        unsigned long long cipherLength = 0;
        crypto_secretstream_xchacha20poly1305_push(
            &state, reinterpret_cast<unsigned char*>(cipher.data()), &cipherLength,
            reinterpret_cast<const unsigned char*>(packed.constData()), size_t(packed.size()),
            first ? reinterpret_cast<const unsigned char*>(header.constData()) : nullptr,
            first ? size_t(header.size()) : 0,
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
        if (out.write(lengthBytes(quint32(cipherLength))) != 4 ||
            out.write(cipher.constData(), qint64(cipherLength)) != qint64(cipherLength))
            return fail();
        sodium_memzero(packed.data(), size_t(packed.size()));
        first = false;
        if (last)
            break;
        chunk = next;
    }
    if (plain.error() != QFileDevice::NoError) {
        out.cancelWriting();
        return Error::failed(tr("Cannot read the database copy %1: %2").arg(databasePath, plain.errorString()));
    }
    const qint64 size = out.size();
    if (!out.commit())
        return Error::failed(tr("Cannot write the backup %1: %2").arg(archivePath, out.errorString()));
    return size;
}

Result<BackupInfo> BackupArchive::readInfo(const QString& archivePath)
{
    QFile file(archivePath);
    if (!file.open(QIODevice::ReadOnly))
        return Error::failed(tr("Cannot read the backup %1: %2").arg(archivePath, file.errorString()));
    auto header = readHeader(file);
    if (!header)
        return header.error();
    return header->info;
}

Result<BackupInfo> BackupArchive::decrypt(const QString& archivePath, const QString& passphrase,
                                          const QString& databasePath)
{
    if (sodium_init() < 0)
        return Error::failed(tr("The cryptography library could not be initialised."));
    QFile file(archivePath);
    if (!file.open(QIODevice::ReadOnly))
        return Error::failed(tr("Cannot read the backup %1: %2").arg(archivePath, file.errorString()));
    const QString name = QFileInfo(archivePath).fileName();
    auto header = readHeader(file);
    if (!header)
        return header.error();
    auto key = BackupKey::derive(passphrase, header->info.salt, header->info.opsLimit, header->info.memLimit);
    if (!key)
        return key.error();
    if (header->keyCheck != keyCheck(key->key()))
        return Error::invalid(QStringLiteral("passphrase"),
                              tr("this is not the passphrase the backup %1 was made with").arg(name));
    const auto damaged = [&]() -> Result<BackupInfo> {
        return Error::failed(
            tr("The backup %1 is damaged or incomplete and cannot be restored; try an older one.").arg(name));
    };

    const QByteArray streamHeader = file.read(crypto_secretstream_xchacha20poly1305_HEADERBYTES);
    crypto_secretstream_xchacha20poly1305_state state;
    if (streamHeader.size() != crypto_secretstream_xchacha20poly1305_HEADERBYTES ||
        crypto_secretstream_xchacha20poly1305_init_pull(
            &state, reinterpret_cast<const unsigned char*>(streamHeader.constData()),
            reinterpret_cast<const unsigned char*>(key->key().constData())) != 0)
        return damaged();

    QSaveFile out(databasePath);
    if (!out.open(QIODevice::WriteOnly))
        return Error::failed(tr("Cannot write %1: %2").arg(databasePath, out.errorString()));
    out.setPermissions(kPrivate);
    QByteArray packed(kMaxCipherChunkBytes, Qt::Uninitialized);
    bool first = true;
    bool finished = false;
    while (!finished) {
        quint32 length = 0;
        if (!readLength(file, &length) || length < crypto_secretstream_xchacha20poly1305_ABYTES ||
            length > quint32(kMaxCipherChunkBytes)) {
            out.cancelWriting();
            return damaged();
        }
        const QByteArray cipher = file.read(length);
        unsigned long long plainLength = 0;
        unsigned char tag = 0;
        if (cipher.size() != qsizetype(length) ||
            crypto_secretstream_xchacha20poly1305_pull(
                &state, reinterpret_cast<unsigned char*>(packed.data()), &plainLength, &tag,
                reinterpret_cast<const unsigned char*>(cipher.constData()), size_t(cipher.size()),
                first ? reinterpret_cast<const unsigned char*>(header->json.constData()) : nullptr,
                first ? size_t(header->json.size()) : 0) != 0) {
            out.cancelWriting();
            return damaged();
        }
        // Authentic, so written by Doudi: the size zlib gives first is checked all the same.
        const QByteArrayView packedView(packed.constData(), qsizetype(plainLength));
        if (packedView.size() < 4 || qFromBigEndian<quint32>(packedView.data()) > quint32(kChunkBytes)) {
            out.cancelWriting();
            return damaged();
        }
        QByteArray plain = qUncompress(reinterpret_cast<const uchar*>(packedView.data()), packedView.size());
        if (plain.isEmpty() && qFromBigEndian<quint32>(packedView.data()) != 0) {
            out.cancelWriting();
            return damaged();
        }
        if (out.write(plain) != plain.size()) {
            const QString reason = out.errorString();
            out.cancelWriting();
            return Error::failed(tr("Cannot write %1: %2").arg(databasePath, reason));
        }
        first = false;
        finished = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
    }
    sodium_memzero(packed.data(), size_t(packed.size()));
    // Anything after the final chunk was not written by Doudi.
    if (!file.atEnd()) {
        out.cancelWriting();
        return damaged();
    }
    if (!out.commit())
        return Error::failed(tr("Cannot write %1: %2").arg(databasePath, out.errorString()));
    return header->info;
}

} // namespace Doudi
