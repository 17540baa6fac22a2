#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Doudi {

// The key a backup is encrypted under, derived from the office's backup passphrase with Argon2id
// (libsodium's crypto_pwhash). The salt and limits travel in every backup's header, so a backup can
// be opened with the passphrase alone on another PC, years later, whatever the defaults are then.
class BackupKey final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::BackupKey)

public:
    static constexpr int kMinimumPassphraseLength = 8;

    // With a fresh random salt and this build's limits (a few hundred ms on an old office PC).
    static Result<BackupKey> derive(const QString& passphrase);
    // With the salt and limits a backup (or the office's settings) names.
    static Result<BackupKey> derive(const QString& passphrase, const QByteArray& salt, quint64 opsLimit,
                                    quint64 memLimit);
    // A key kept earlier (the office's settings), checked for its size.
    static Result<BackupKey> fromStored(const QByteArray& key, const QByteArray& salt, quint64 opsLimit,
                                        quint64 memLimit);

    BackupKey(const BackupKey& other) = default;
    BackupKey& operator=(const BackupKey& other) = default;
    ~BackupKey();

    const QByteArray& key() const { return m_key; }
    const QByteArray& salt() const { return m_salt; }
    quint64 opsLimit() const { return m_opsLimit; }
    quint64 memLimit() const { return m_memLimit; }

    // Whether `passphrase` gives this key (with this key's salt and limits).
    bool matches(const QString& passphrase) const;

private:
    BackupKey() = default;

    QByteArray m_key;
    QByteArray m_salt;
    quint64 m_opsLimit = 0;
    quint64 m_memLimit = 0;
};

} // namespace Doudi
