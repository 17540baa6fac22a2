#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>

#include <memory>

namespace Doudi {

// The site key, unwrapped: 32 random bytes under which the site's secrets are stored (its signing
// and box keys, the ID-hash key, the backup key). It exists in the clear only in memory, while a
// person is logged in: in libsodium's guarded memory (sodium_malloc: locked against swapping,
// guard pages around it, wiped when freed). In the file it is only ever wrapped, once per user,
// under a key derived from that user's password (see KeySlots).
class SiteKey final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::SiteKey)
    Q_DISABLE_COPY_MOVE(SiteKey)

public:
    static constexpr int kSize = 32;

    // A fresh random key (a new site, or the move of an older database to wrapped keys).
    static std::unique_ptr<SiteKey> generate();
    // The key from `kSize` bytes just unwrapped; the caller wipes its own copy.
    static std::unique_ptr<SiteKey> fromBytes(const unsigned char* bytes);
    ~SiteKey();

    // For a worker's own connection to the same file.
    std::unique_ptr<SiteKey> copy() const;

    // nonce ‖ XChaCha20-Poly1305(secret), with `context` (what the secret is, such as
    // "site_keys.secrets") as additional data, so that a sealed value moved to another column or
    // another site's file does not open.
    QByteArray seal(const QByteArray& secret, const QByteArray& context) const;
    Result<QByteArray> open(const QByteArray& sealed, const QByteArray& context) const;

    // For wrapping into a key slot.
    const unsigned char* bytes() const { return m_key; }

private:
    SiteKey();

    unsigned char* m_key = nullptr;
};

} // namespace Doudi
