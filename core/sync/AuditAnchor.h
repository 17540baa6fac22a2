#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace Doudi {

class Database;
class PackageBody;
struct Peer;

// Where a site's audit trail ends: the sequence and chain hash of its latest entry.
struct AuditHead
{
    qint64 seq = 0;
    QString hash; // empty before the first entry

    QJsonObject toJson() const;
    bool operator==(const AuditHead& other) const = default;
};

// The audit trail anchored outside the township's file (issue 16). The chain in the file proves
// edits, but whoever has the file can rehash the whole chain or cut its tail; so every package
// names the sender's audit head in its signed body, and the city keeps the head of the last
// package it accepted. A package's audit entries must continue from that head, link one to the
// next, hash as they say and end at the head the package names.
class AuditAnchor final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::AuditAnchor)

public:
    // The head of this database's trail (inside the export's transaction).
    static Result<AuditHead> headOf(Database& database);

    // At the city, first: the package names a head at or after the one held from `township`, and the
    // entries it repeats from before that head are the ones the city holds.
    static Status matchesHeld(Database& city, const Peer& township, const PackageBody& body, bool rebaseline);
    // Then, touching no database (it runs beside the storing of the records): every entry hashes as
    // it says, the new ones follow the held head one by one and end at the head the package names.
    // The head to keep, or the one sentence why the trail was rewritten or cut. A re-baseline
    // (accepted by a person) carries the whole trail and is followed from the first entry.
    static Result<AuditHead> follow(const Peer& township, const PackageBody& body, bool rebaseline);

private:
    AuditAnchor() = delete;
};

} // namespace Doudi
