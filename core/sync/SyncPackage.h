#pragma once

#include "Result.h"
#include "sync/SiteKeys.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Doudi {

// The plain header of a package: who sent it to whom, its place in the sequence, and the highest
// sequence the sender has received from the recipient (its acknowledgement).
struct PackageHeader
{
    QString sender;    // site code
    QString recipient; // site code
    qint64 sequence = 0;
    QDateTime created;
    QString senderFingerprint;
    qint64 acknowledged = 0;
    QString kind = QStringLiteral("data"); // data, or enrolment (public content only)
    bool sealed = true;                    // an enrolment package is signed, not sealed
    // The sender's public keys, so that the recipient can learn them from a first package (after a
    // person confirmed their fingerprint) and notice a sender whose keys changed.
    QByteArray senderSignPublic;
    QByteArray senderBoxPublic;
};

// A sync package file (docs/sync-format.md): magic and version, the plain header, the body
// compressed and encrypted with XChaCha20-Poly1305 under a fresh key sealed to the recipient's
// X25519 key (the header is the cipher's additional data), and an Ed25519 signature over all of it.
// Opening checks the format, the signature, the recipient and the cipher before anything is read.
class SyncPackage final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::SyncPackage)

public:
    static inline const QByteArray kMagic = QByteArrayLiteral("DOUDIPKG");
    static constexpr quint16 kVersion = 1;
    // Package numbers run from 1 to 2^31−1 (0: an enrolment; as `acknowledged`, none yet).
    static constexpr qint64 kMaxSequence = 2147483647;

    static QByteArray seal(const PackageHeader& header, const QByteArray& body, const SiteKeys& sender,
                           const QByteArray& recipientBoxPublic);
    // A package whose content is public (an enrolment: the city's public keys and policies): signed,
    // compressed, not sealed, since the recipient's keys are not known yet.
    static QByteArray sign(PackageHeader header, const QByteArray& body, const SiteKeys& sender);
    // The body of a signed, unsealed package, read before its signature is checked (it carries the
    // key to check it with); `verify` then checks the signature with that key.
    static Result<QByteArray> readUnsealed(const QByteArray& file);
    static bool verify(const QByteArray& file, const QByteArray& senderSignPublic);
    // The header as written, unverified: enough to know whose key to check the signature with.
    static Result<PackageHeader> peek(const QByteArray& file);
    // The body, once the signature (with the sender's known key), the recipient and the cipher check out.
    static Result<QByteArray> open(const QByteArray& file, const QByteArray& senderSignPublic, const QString& ourCode,
                                   const SiteKeys& ours, PackageHeader* header = nullptr);

private:
    SyncPackage() = delete;
};

} // namespace Doudi
