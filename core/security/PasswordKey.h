#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Doudi {

// The key a user's slot of the site key is wrapped under: derived from their password with
// Argon2id (libsodium's crypto_pwhash), with the slot's own salt and work limits.
class PasswordKey final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::PasswordKey)

public:
    // With a fresh random salt and today's limits (PasswordHasher's).
    static Result<PasswordKey> derive(const QString& password);
    // With the salt and limits a slot names.
    static Result<PasswordKey> derive(const QString& password, const QByteArray& salt, quint64 opsLimit,
                                      quint64 memLimit);

    PasswordKey(const PasswordKey& other) = default;
    PasswordKey& operator=(const PasswordKey& other) = default;
    ~PasswordKey();

    const QByteArray& key() const { return m_key; }
    const QByteArray& salt() const { return m_salt; }
    quint64 opsLimit() const { return m_opsLimit; }
    quint64 memLimit() const { return m_memLimit; }
    // Whether it was derived with less work than today's (to be raised at the next login).
    bool weakerThanToday() const;

private:
    PasswordKey() = default;

    QByteArray m_key;
    QByteArray m_salt;
    quint64 m_opsLimit = 0;
    quint64 m_memLimit = 0;
};

} // namespace Doudi
