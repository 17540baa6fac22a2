#include "BackupKey.h"

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
    QByteArray salt(crypto_pwhash_SALTBYTES, Qt::Uninitialized);
    randombytes_buf(salt.data(), size_t(salt.size()));
    return derive(passphrase, salt, kOpsLimit, kMemLimit);
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
    // Limits come from a file that may be damaged or hostile: keep them within what libsodium
    // accepts and what an office PC can give (1 GiB at most).
    if (salt.size() != int(crypto_pwhash_SALTBYTES) || opsLimit < crypto_pwhash_OPSLIMIT_MIN || opsLimit > 20 ||
        memLimit < crypto_pwhash_MEMLIMIT_MIN || memLimit > 1024ull * 1024 * 1024)
        return Error::failed(tr("The backup's key parameters are damaged."));
    QByteArray utf8 = passphrase.toUtf8();
    BackupKey k;
    k.m_key = QByteArray(crypto_secretstream_xchacha20poly1305_KEYBYTES, Qt::Uninitialized);
    k.m_salt = salt;
    k.m_opsLimit = opsLimit;
    k.m_memLimit = memLimit;
    const int rc =
        crypto_pwhash(reinterpret_cast<unsigned char*>(k.m_key.data()), size_t(k.m_key.size()), utf8.constData(),
                      size_t(utf8.size()), reinterpret_cast<const unsigned char*>(salt.constData()), opsLimit,
                      size_t(memLimit), crypto_pwhash_ALG_ARGON2ID13);
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    if (rc != 0)
        return Error::failed(tr("Not enough memory to derive the backup key."));
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
