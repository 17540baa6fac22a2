#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

#include <cstddef>

namespace Doudi {

// Argon2id password hashes (libsodium crypto_pwhash_str): about 0.2 s and 128 MiB per hash on
// the build machine, so a login stays under a second on an old office PC.
class PasswordHasher final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::PasswordHasher)

public:
    static constexpr int kMinimumLength = 8;
    // Today's Argon2id work: 3 passes over 128 MiB (the key slots use the same).
    static constexpr unsigned long long kOpsLimit = 3;
    static constexpr size_t kMemLimit = 128u * 1024u * 1024u;

    // A hash to store, or an input error when the password is too short.
    static Result<QString> hash(const QString& password);
    static bool verify(const QString& storedHash, const QString& password);
    // Whether a stored hash was made with weaker parameters than today's (to rehash at login).
    static bool needsRehash(const QString& storedHash);

private:
    PasswordHasher() = delete;
};

} // namespace Doudi
