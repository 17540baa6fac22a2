#include "PasswordHasher.h"

#include <sodium.h>

namespace Doudi {

namespace {
bool ready()
{
    static const bool initialised = sodium_init() >= 0;
    return initialised;
}
} // namespace

Result<QString> PasswordHasher::hash(const QString& password)
{
    if (password.size() < kMinimumLength)
        return Error::invalid(QStringLiteral("password"), tr("must have at least %1 characters").arg(kMinimumLength));
    if (!ready())
        return Error::failed(tr("The cryptography library could not start."));
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()), kOpsLimit, kMemLimit,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        return Error::failed(tr("Not enough memory to protect the password."));
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString& storedHash, const QString& password)
{
    if (!ready() || storedHash.isEmpty())
        return false;
    const QByteArray stored = storedHash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size())) == 0;
}

bool PasswordHasher::needsRehash(const QString& storedHash)
{
    if (!ready())
        return false;
    return crypto_pwhash_str_needs_rehash(storedHash.toLatin1().constData(), kOpsLimit, kMemLimit) != 0;
}

} // namespace Doudi
