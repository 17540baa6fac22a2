#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Doudi {

class Database;
class SiteKey;

// A site's key pairs (libsodium): Ed25519 to sign its packages, X25519 to receive packages sealed
// to it. Made once per database; the secret halves never leave it (never exported, printed or
// logged) and are stored sealed under the site key (KeySlots), so only a logged-in user of the site
// can sign or open a package. The fingerprint is what two people compare before they trust each
// other.
class SiteKeys final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::SiteKeys)

public:
    QByteArray signPublic;
    QByteArray signSecret;
    QByteArray boxPublic;
    QByteArray boxSecret;

    static SiteKeys generate();
    // The site's keys, made and stored first when the database has none yet; the secret halves
    // need the site key of a logged-in user (or of a site being set up).
    static Result<SiteKeys> ensure(Database& database);
    // The fingerprint of the site's keys, read without opening anything; when there are none yet,
    // of the keys made now (which needs what ensure() needs).
    static Result<QString> siteFingerprint(Database& database);
    // Inside the caller's transaction: secret halves an older database kept in the clear, sealed.
    static Status sealStored(Database& database, const SiteKey& siteKey);

    QString fingerprint() const { return fingerprintOf(signPublic, boxPublic); }
    // BLAKE2b-160 of both public keys, as five groups of eight hex digits: 1a2b3c4d-….
    static QString fingerprintOf(const QByteArray& signPublic, const QByteArray& boxPublic);
};

} // namespace Doudi
