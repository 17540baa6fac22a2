#include "PasswordKey.h"

#include "security/Argon2id.h"
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
    return derive(password, Argon2id::freshSalt(), PasswordHasher::kOpsLimit, PasswordHasher::kMemLimit);
}

Result<PasswordKey> PasswordKey::derive(const QString& password, const QByteArray& salt, quint64 opsLimit,
                                        quint64 memLimit)
{
    if (!sodiumReady())
        return Error::failed(tr("The cryptography library could not start."));
    PasswordKey k;
    switch (
        Argon2id::derive(password, salt, opsLimit, memLimit, crypto_aead_xchacha20poly1305_ietf_KEYBYTES, &k.m_key)) {
    case Argon2id::Outcome::DamagedParameters:
        return Error::failed(tr("A key slot of this site is damaged."));
    case Argon2id::Outcome::NoMemory:
        return Error::failed(tr("Not enough memory to protect the password."));
    case Argon2id::Outcome::Derived:
        break;
    }
    k.m_salt = salt;
    k.m_opsLimit = opsLimit;
    k.m_memLimit = memLimit;
    return k;
}

bool PasswordKey::weakerThanToday() const
{
    return m_opsLimit < PasswordHasher::kOpsLimit || m_memLimit < PasswordHasher::kMemLimit;
}

} // namespace Doudi
