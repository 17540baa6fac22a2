#include "PasswordKey.h"

#include "security/PasswordHasher.h"

#include <sodium.h>

namespace Doudi {

namespace {
bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}
} // namespace

PasswordKey::~PasswordKey()
{
    // A copy shares the bytes (implicit sharing): the last one to go wipes them.
    if (!m_key.isEmpty() && m_key.isDetached())
        sodium_memzero(m_key.data(), size_t(m_key.size()));
}

Result<PasswordKey> PasswordKey::derive(const QString& password)
{
    if (!sodiumReady())
        return Error::failed(tr("The cryptography library could not start."));
    QByteArray salt(crypto_pwhash_SALTBYTES, Qt::Uninitialized);
    randombytes_buf(salt.data(), size_t(salt.size()));
    return derive(password, salt, PasswordHasher::kOpsLimit, PasswordHasher::kMemLimit);
}

Result<PasswordKey> PasswordKey::derive(const QString& password, const QByteArray& salt, quint64 opsLimit,
                                        quint64 memLimit)
{
    if (!sodiumReady())
        return Error::failed(tr("The cryptography library could not start."));
    // The limits come from the file: keep them within what libsodium accepts and an office PC has.
    if (salt.size() != int(crypto_pwhash_SALTBYTES) || opsLimit < crypto_pwhash_OPSLIMIT_MIN || opsLimit > 20 ||
        memLimit < crypto_pwhash_MEMLIMIT_MIN || memLimit > 1024ull * 1024 * 1024)
        return Error::failed(tr("A key slot of this site is damaged."));
    QByteArray utf8 = password.toUtf8();
    PasswordKey k;
    k.m_key = QByteArray(crypto_aead_xchacha20poly1305_ietf_KEYBYTES, Qt::Uninitialized);
    k.m_salt = salt;
    k.m_opsLimit = opsLimit;
    k.m_memLimit = memLimit;
    const int rc =
        crypto_pwhash(reinterpret_cast<unsigned char*>(k.m_key.data()), size_t(k.m_key.size()), utf8.constData(),
                      size_t(utf8.size()), reinterpret_cast<const unsigned char*>(salt.constData()), opsLimit,
                      size_t(memLimit), crypto_pwhash_ALG_ARGON2ID13);
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    if (rc != 0)
        return Error::failed(tr("Not enough memory to protect the password."));
    return k;
}

bool PasswordKey::weakerThanToday() const
{
    return m_opsLimit < PasswordHasher::kOpsLimit || m_memLimit < PasswordHasher::kMemLimit;
}

} // namespace Doudi
