#include "SiteKey.h"

#include "security/Aead.h"

#include <sodium.h>

#include <cstring>

namespace Doudi {

namespace {
bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}
} // namespace

SiteKey::SiteKey()
{
    if (!sodiumReady())
        qFatal("libsodium could not start");
    m_key = static_cast<unsigned char*>(sodium_malloc(kSize));
    if (!m_key)
        qFatal("no memory for the site key");
}

SiteKey::~SiteKey()
{
    sodium_free(m_key); // zeroes the key before it frees it
}

std::unique_ptr<SiteKey> SiteKey::generate()
{
    std::unique_ptr<SiteKey> key(new SiteKey);
    crypto_aead_xchacha20poly1305_ietf_keygen(key->m_key);
    return key;
}

std::unique_ptr<SiteKey> SiteKey::fromBytes(const unsigned char* bytes)
{
    std::unique_ptr<SiteKey> key(new SiteKey);
    std::memcpy(key->m_key, bytes, kSize);
    return key;
}

std::unique_ptr<SiteKey> SiteKey::copy() const
{
    return fromBytes(m_key);
}

QByteArray SiteKey::seal(const QByteArray& secret, const QByteArray& context) const
{
    return Aead::seal(m_key, secret, context);
}

Result<QByteArray> SiteKey::open(const QByteArray& sealed, const QByteArray& context) const
{
    auto secret = Aead::open(m_key, sealed, context);
    if (!secret)
        return Error::failed(tr("A stored secret of this site (%1) does not open with the site key: the file was "
                                "changed outside Doudi.")
                                 .arg(QString::fromLatin1(context)));
    return std::move(*secret);
}

} // namespace Doudi
