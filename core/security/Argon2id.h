#pragma once

#include <QByteArray>
#include <QString>

namespace Doudi::Argon2id {

// A key derived from a password or passphrase with Argon2id (libsodium's crypto_pwhash), as the
// backup key and the key slots both are. The salt and limits come from a file that may be damaged
// or hostile: only what libsodium accepts and an office PC can give (1 GiB at most) is tried.
enum class Outcome
{
    Derived,
    DamagedParameters,
    NoMemory
};

// A random salt of the size crypto_pwhash takes.
QByteArray freshSalt();
// `key` gets `keySize` bytes; the password's UTF-8 copy is wiped afterwards.
Outcome derive(const QString& password, const QByteArray& salt, quint64 opsLimit, quint64 memLimit, int keySize,
               QByteArray* key);

} // namespace Doudi::Argon2id
