#include "SyncPackage.h"
#include "domain/SafeQuote.h"

#include <QDataStream>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

#include <sodium.h>

namespace Doudi {

namespace {

constexpr int kSealedKeyBytes = crypto_box_SEALBYTES + crypto_aead_xchacha20poly1305_ietf_KEYBYTES;
constexpr int kNonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr int kSignatureBytes = crypto_sign_BYTES;

// qUncompress believes the size the data claims for itself and allocates it before inflating. A
// hostile package claims gigabytes in a few bytes; zlib never inflates more than 1032 times, and no
// township's package comes near 1 GiB, so a larger claim is damage, refused before any allocation.
QByteArray inflate(const QByteArray& compressed)
{
    constexpr quint64 kMaxRatio = 1032;
    constexpr quint64 kMaxBody = quint64(1) << 30;
    if (compressed.size() < 4)
        return {};
    const quint64 claimed = (quint64(uchar(compressed[0])) << 24) | (quint64(uchar(compressed[1])) << 16) |
                            (quint64(uchar(compressed[2])) << 8) | quint64(uchar(compressed[3]));
    if (claimed > kMaxBody || claimed > quint64(compressed.size()) * kMaxRatio)
        return {};
    return qUncompress(compressed);
}

const unsigned char* bytes(const QByteArray& a)
{
    return reinterpret_cast<const unsigned char*>(a.constData());
}

unsigned char* bytes(QByteArray& a)
{
    return reinterpret_cast<unsigned char*>(a.data());
}

QByteArray headerJson(const PackageHeader& h)
{
    QJsonObject o{{QStringLiteral("format"), QStringLiteral("doudi-package/1")},
                  {QStringLiteral("sender"), h.sender},
                  {QStringLiteral("recipient"), h.recipient},
                  {QStringLiteral("sequence"), h.sequence},
                  {QStringLiteral("created"), h.created.toUTC().toString(Qt::ISODate)},
                  {QStringLiteral("sender_key"), h.senderFingerprint},
                  {QStringLiteral("acknowledged"), h.acknowledged},
                  {QStringLiteral("kind"), h.kind},
                  {QStringLiteral("sealed"), h.sealed}};
    if (!h.senderSignPublic.isEmpty())
        o.insert(QStringLiteral("sender_keys"),
                 QJsonObject{{QStringLiteral("sign"), QString::fromLatin1(h.senderSignPublic.toHex())},
                             {QStringLiteral("box"), QString::fromLatin1(h.senderBoxPublic.toHex())}});
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// Where the parts of a file are; empty when it is not a Doudi package at all.
struct Layout
{
    qsizetype headerStart = 0;
    qsizetype headerSize = 0;
    qsizetype sealedKey = 0;
    qsizetype nonce = 0;
    qsizetype cipher = 0;
    qsizetype cipherSize = 0;
    qsizetype signature = 0;
};

Result<Layout> layoutOf(const QByteArray& file)
{
    const auto damaged = [] {
        return Error::failed(SyncPackage::tr("The file is damaged or cut short: it cannot be a whole Doudi package."));
    };
    if (!file.startsWith(SyncPackage::kMagic))
        return Error::failed(SyncPackage::tr("The file is not a Doudi package."));
    QDataStream in(file);
    in.setByteOrder(QDataStream::BigEndian);
    in.skipRawData(int(SyncPackage::kMagic.size()));
    quint16 version = 0;
    quint32 headerSize = 0;
    in >> version >> headerSize;
    if (in.status() != QDataStream::Ok)
        return damaged();
    if (version != SyncPackage::kVersion)
        return Error::failed(SyncPackage::tr("The package is of format version %1; this Doudi reads version %2.")
                                 .arg(version)
                                 .arg(SyncPackage::kVersion));
    Layout l;
    l.headerStart = SyncPackage::kMagic.size() + 6;
    l.headerSize = headerSize;
    l.sealedKey = l.headerStart + l.headerSize;
    l.nonce = l.sealedKey + kSealedKeyBytes;
    const qsizetype lengthAt = l.nonce + kNonceBytes;
    if (lengthAt + 8 > file.size())
        return damaged();
    QDataStream length(file.mid(lengthAt, 8));
    length.setByteOrder(QDataStream::BigEndian);
    quint64 cipherSize = 0;
    length >> cipherSize;
    l.cipher = lengthAt + 8;
    // The claimed size is checked against what is left before any sum with it: a claim near 2^63
    // would overflow (a fuzzer's finding).
    if (cipherSize > quint64(file.size() - l.cipher))
        return damaged();
    l.cipherSize = qsizetype(cipherSize);
    l.signature = l.cipher + l.cipherSize;
    if (l.signature + kSignatureBytes != file.size())
        return damaged();
    return l;
}

} // namespace

QByteArray SyncPackage::seal(const PackageHeader& header, const QByteArray& body, const SiteKeys& sender,
                             const QByteArray& recipientBoxPublic)
{
    static const bool ready = sodium_init() >= 0;
    Q_UNUSED(ready);
    const QByteArray json = headerJson(header);
    QByteArray out = kMagic;
    {
        QDataStream s(&out, QIODevice::Append);
        s.setByteOrder(QDataStream::BigEndian);
        s << kVersion << quint32(json.size());
    }
    out += json;
    const QByteArray plainPart = out; // the cipher's additional data: the header cannot be swapped

    // A fresh key for this package alone, sealed so that only the recipient can open it.
    QByteArray key(crypto_aead_xchacha20poly1305_ietf_KEYBYTES, Qt::Uninitialized);
    crypto_aead_xchacha20poly1305_ietf_keygen(bytes(key));
    QByteArray sealedKey(kSealedKeyBytes, Qt::Uninitialized);
    crypto_box_seal(bytes(sealedKey), bytes(key), size_t(key.size()), bytes(recipientBoxPublic));
    QByteArray nonce(kNonceBytes, Qt::Uninitialized);
    randombytes_buf(nonce.data(), size_t(nonce.size()));
    const QByteArray compressed = qCompress(body, 6);
    QByteArray cipher(compressed.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES, Qt::Uninitialized);
    unsigned long long cipherSize = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(bytes(cipher), &cipherSize, bytes(compressed), size_t(compressed.size()),
                                               bytes(plainPart), size_t(plainPart.size()), nullptr, bytes(nonce),
                                               bytes(key));
    sodium_memzero(key.data(), size_t(key.size()));
    out += sealedKey + nonce;
    {
        QDataStream s(&out, QIODevice::Append);
        s.setByteOrder(QDataStream::BigEndian);
        s << quint64(cipherSize);
    }
    out += cipher.left(qsizetype(cipherSize));
    QByteArray signature(kSignatureBytes, Qt::Uninitialized);
    crypto_sign_detached(bytes(signature), nullptr, bytes(out), size_t(out.size()), bytes(sender.signSecret));
    return out + signature;
}

QByteArray SyncPackage::sign(PackageHeader header, const QByteArray& body, const SiteKeys& sender)
{
    static const bool ready = sodium_init() >= 0;
    Q_UNUSED(ready);
    header.sealed = false;
    const QByteArray json = headerJson(header);
    QByteArray out = kMagic;
    {
        QDataStream s(&out, QIODevice::Append);
        s.setByteOrder(QDataStream::BigEndian);
        s << kVersion << quint32(json.size());
    }
    out += json;
    // The same layout as a sealed package, with the key and nonce empty and the body in clear.
    out += QByteArray(kSealedKeyBytes + kNonceBytes, '\0');
    const QByteArray compressed = qCompress(body, 6);
    {
        QDataStream s(&out, QIODevice::Append);
        s.setByteOrder(QDataStream::BigEndian);
        s << quint64(compressed.size());
    }
    out += compressed;
    QByteArray signature(kSignatureBytes, Qt::Uninitialized);
    crypto_sign_detached(bytes(signature), nullptr, bytes(out), size_t(out.size()), bytes(sender.signSecret));
    return out + signature;
}

Result<QByteArray> SyncPackage::readUnsealed(const QByteArray& file)
{
    const auto layout = layoutOf(file);
    if (!layout)
        return layout.error();
    const auto h = peek(file);
    if (!h)
        return h.error();
    if (h->sealed)
        return Error::failed(tr("The package is sealed: it is not an enrolment package."));
    const QByteArray body = inflate(file.mid(layout->cipher, layout->cipherSize));
    if (body.isEmpty())
        return Error::failed(tr("The package is damaged: its contents cannot be decompressed."));
    return body;
}

bool SyncPackage::verify(const QByteArray& file, const QByteArray& senderSignPublic)
{
    static const bool ready = sodium_init() >= 0;
    Q_UNUSED(ready);
    const auto layout = layoutOf(file);
    return layout && senderSignPublic.size() == crypto_sign_PUBLICKEYBYTES &&
           crypto_sign_verify_detached(bytes(file) + layout->signature, bytes(file), size_t(layout->signature),
                                       bytes(senderSignPublic)) == 0;
}

Result<PackageHeader> SyncPackage::peek(const QByteArray& file)
{
    const auto layout = layoutOf(file);
    if (!layout)
        return layout.error();
    const QJsonObject o = QJsonDocument::fromJson(file.mid(layout->headerStart, layout->headerSize)).object();
    if (o.value(QStringLiteral("format")).toString() != QLatin1String("doudi-package/1"))
        return Error::failed(tr("The file is damaged or cut short: it cannot be a whole Doudi package."));
    PackageHeader h;
    h.sender = o.value(QStringLiteral("sender")).toString();
    h.recipient = o.value(QStringLiteral("recipient")).toString();
    // Nothing here is trusted before the signature is checked; but only well-formed values are
    // taken at all, so that no message ever quotes whatever a file says.
    static const QRegularExpression siteCode(QStringLiteral("^(\\d{6}|\\d{9})$"));
    const auto count = [](const QJsonValue& v) -> qint64 {
        const double d = v.toDouble(-1);
        return v.isDouble() && d >= 0 && d <= kMaxSequence && std::floor(d) == d ? qint64(d) : -1;
    };
    h.sequence = count(o.value(QStringLiteral("sequence")));
    h.acknowledged = count(o.value(QStringLiteral("acknowledged")));
    if (!siteCode.match(h.sender).hasMatch() || !siteCode.match(h.recipient).hasMatch() || h.sequence < 0 ||
        h.acknowledged < 0)
        return Error::failed(tr("The package is damaged or was changed on the way: its header is not one Doudi "
                                "writes (site codes, and package numbers from 1 to %1).")
                                 .arg(kMaxSequence));
    h.created = QDateTime::fromString(o.value(QStringLiteral("created")).toString(), Qt::ISODate);
    h.senderFingerprint = o.value(QStringLiteral("sender_key")).toString();
    h.kind = o.value(QStringLiteral("kind")).toString(QStringLiteral("data"));
    h.sealed = o.value(QStringLiteral("sealed")).toBool(true);
    const QJsonObject keys = o.value(QStringLiteral("sender_keys")).toObject();
    h.senderSignPublic = QByteArray::fromHex(keys.value(QStringLiteral("sign")).toString().toLatin1());
    h.senderBoxPublic = QByteArray::fromHex(keys.value(QStringLiteral("box")).toString().toLatin1());
    return h;
}

Result<QByteArray> SyncPackage::open(const QByteArray& file, const QByteArray& senderSignPublic, const QString& ourCode,
                                     const SiteKeys& ours, PackageHeader* header)
{
    static const bool ready = sodium_init() >= 0;
    Q_UNUSED(ready);
    const auto layout = layoutOf(file);
    if (!layout)
        return layout.error();
    // The signature first: nothing of a package that was changed on the way is read.
    if (senderSignPublic.size() != crypto_sign_PUBLICKEYBYTES ||
        crypto_sign_verify_detached(bytes(file) + layout->signature, bytes(file), size_t(layout->signature),
                                    bytes(senderSignPublic)) != 0)
        return Error::failed(tr("The package is damaged or was changed on the way: its signature does not match "
                                "the sender's key."));
    const auto h = peek(file);
    if (!h)
        return h.error();
    if (!h->sealed)
        return Error::failed(tr("This is an enrolment package: it is imported with the city's fingerprint (--trust)."));
    if (h->recipient != ourCode)
        return Error::failed(
            tr("The package is for %1, not for this site (%2).").arg(SafeQuote::of(h->recipient), ourCode));
    QByteArray key(crypto_aead_xchacha20poly1305_ietf_KEYBYTES, Qt::Uninitialized);
    if (crypto_box_seal_open(bytes(key), bytes(file) + layout->sealedKey, kSealedKeyBytes, bytes(ours.boxPublic),
                             bytes(ours.boxSecret)) != 0)
        return Error::failed(tr("The package was not sealed for this site's key: it cannot be opened here."));
    QByteArray compressed(layout->cipherSize, Qt::Uninitialized);
    unsigned long long plainSize = 0;
    const int opened = crypto_aead_xchacha20poly1305_ietf_decrypt(
        bytes(compressed), &plainSize, nullptr, bytes(file) + layout->cipher, size_t(layout->cipherSize), bytes(file),
        size_t(layout->sealedKey), bytes(file) + layout->nonce, bytes(key));
    sodium_memzero(key.data(), size_t(key.size()));
    if (opened != 0)
        return Error::failed(tr("The package is damaged: its contents cannot be decrypted."));
    compressed.resize(qsizetype(plainSize));
    const QByteArray body = inflate(compressed);
    if (body.isEmpty() && !compressed.isEmpty())
        return Error::failed(tr("The package is damaged: its contents cannot be decompressed."));
    if (header)
        *header = *h;
    return body;
}

} // namespace Doudi
