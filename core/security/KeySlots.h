#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <memory>

namespace Doudi {

class Database;
class PasswordKey;
class SiteKey;

// The site key, wrapped once per user (table site_key_slots), like LUKS key slots: each slot is
// the site key sealed (XChaCha20-Poly1305) under a key derived from that user's password with
// Argon2id and the slot's own salt. Logging in unwraps the person's slot; an administrator adding
// a user or resetting a password gives the new password a slot from their own session; changing a
// password rewraps. A slot is audited by its digest, never by any key.
class KeySlots final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::KeySlots)

public:
    // Inside the caller's transaction: the user's slot becomes `key` wrapped under `passwordKey`
    // (an earlier slot of theirs replaced).
    static Status give(Database& database, const SiteKey& key, const QString& userId, const PasswordKey& passwordKey,
                       const QString& actor);
    // Inside the caller's transaction: a user's slot taken away (their password was set by someone
    // without the site key at hand, so the old slot would keep the old password working).
    static Status remove(Database& database, const QString& userId, const QString& actor);

    struct Opening
    {
        bool hasSlot = false;
        std::unique_ptr<SiteKey> key; // empty when the password does not open the slot
        bool weakerThanToday = false; // derived with less work than today's: to be rewrapped
    };
    static Result<Opening> open(Database& database, const QString& userId, const QString& password);

    static Result<qint64> count(Database& database);
    static Result<bool> has(Database& database, const QString& userId);
    // Each slot's digest by user id, for `audit verify`.
    static Result<QHash<QString, QString>> digests(Database& database);

    // The key to seal a new secret under: the logged-in person's on this connection; on a site
    // being set up (no user yet), a fresh key kept on the connection for the first user's slot.
    static Result<const SiteKey*> sealingKey(Database& database);
    // The key to open a stored secret with: the logged-in person's.
    static Result<const SiteKey*> openingKey(Database& database);
    // Why there is no key at hand, in one sentence for the person at the desk or the terminal.
    static QString lockedMessage();

private:
    KeySlots() = delete;
};

} // namespace Doudi
