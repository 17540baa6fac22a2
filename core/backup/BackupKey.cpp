#include "BackupKey.h"

#include "security/Argon2id.h"

#include <sodium.h>

namespace Doudi {

namespace {

// 3 passes over 64 MiB: slow enough that guessing a passphrase from a lost stick takes years of
// computers, quick enough (≈0.3 s) that the clerk does not wait for a backup at close.
constexpr quint64 kOpsLimit = 3;
constexpr quint64 kMemLimit = 64ull * 1024 * 1024;

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace

BackupKey::~BackupKey()
{
    if (!m_key.isEmpty())
        sodium_memzero(m_key.data(), size_t(m_key.size()));
}

Result<BackupKey> BackupKey::derive(const QString& passphrase)
{
    if (!sodiumReady())
        return Error::failed(tr("The cryptography library could not be initialised."));
    return derive(passphrase, Argon2id::freshSalt(), kOpsLimit, kMemLimit);
}

Result<BackupKey> BackupKey::derive(const QString& passphrase, const QByteArray& salt, quint64 opsLimit,
                                    quint64 memLimit)
{
    if (!sodiumReady())
        return Error::failed(tr("The cryptography library could not be initialised."));
    if (passphrase.size() < kMinimumPassphraseLength)
        return Error::invalid(
            QStringLiteral("passphrase"),
            tr("the backup passphrase must have at least %1 characters").arg(kMinimumPassphraseLength));
    BackupKey k;
    switch (Argon2id::derive(passphrase, salt, opsLimit, memLimit, crypto_secretstream_xchacha20poly1305_KEYBYTES,
                             &k.m_key)) {
    case Argon2id::Outcome::DamagedParameters:
        return Error::failed(tr("The backup's key parameters are damaged."));
    case Argon2id::Outcome::NoMemory:
        return Error::failed(tr("Not enough memory to derive the backup key."));
    case Argon2id::Outcome::Derived:
        break;
    }
    k.m_salt = salt;
    k.m_opsLimit = opsLimit;
    k.m_memLimit = memLimit;
    return k;
}

Result<BackupKey> BackupKey::fromStored(const QByteArray& key, const QByteArray& salt, quint64 opsLimit,
                                        quint64 memLimit)
{
    if (key.size() != int(crypto_secretstream_xchacha20poly1305_KEYBYTES) ||
        salt.size() != int(crypto_pwhash_SALTBYTES))
        return Error::failed(tr("The stored backup key is damaged; set the backup passphrase again."));
    BackupKey k;
    k.m_key = key;
    k.m_salt = salt;
    k.m_opsLimit = opsLimit;
    k.m_memLimit = memLimit;
    return k;
}

bool BackupKey::matches(const QString& passphrase) const
{
    const auto other = derive(passphrase, m_salt, m_opsLimit, m_memLimit);
    return other && other->m_key.size() == m_key.size() &&
           sodium_memcmp(other->m_key.constData(), m_key.constData(), size_t(m_key.size())) == 0;
}

} // namespace Doudi
