#include "Argon2id.h"

#include <sodium.h>

namespace Doudi::Argon2id {

QByteArray freshSalt()
{
    QByteArray salt(crypto_pwhash_SALTBYTES, Qt::Uninitialized);
    randombytes_buf(salt.data(), size_t(salt.size()));
    return salt;
}

Outcome derive(const QString& password, const QByteArray& salt, quint64 opsLimit, quint64 memLimit, int keySize,
               QByteArray* key)
{
    if (salt.size() != int(crypto_pwhash_SALTBYTES) || opsLimit < crypto_pwhash_OPSLIMIT_MIN || opsLimit > 20 ||
        memLimit < crypto_pwhash_MEMLIMIT_MIN || memLimit > 1024ull * 1024 * 1024)
        return Outcome::DamagedParameters;
    QByteArray utf8 = password.toUtf8();
    *key = QByteArray(keySize, Qt::Uninitialized);
    const int rc = crypto_pwhash(reinterpret_cast<unsigned char*>(key->data()), size_t(keySize), utf8.constData(),
                                 size_t(utf8.size()), reinterpret_cast<const unsigned char*>(salt.constData()),
                                 opsLimit, size_t(memLimit), crypto_pwhash_ALG_ARGON2ID13);
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    return rc == 0 ? Outcome::Derived : Outcome::NoMemory;
}

} // namespace Doudi::Argon2id
