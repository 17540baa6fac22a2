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

    // At the city: the head the package may be accepted with, or the one sentence why its trail was
    // rewritten or cut. A re-baseline (accepted by a person) carries the whole trail from the first
    // entry; any other package continues from `township`'s head held here.
    static Result<AuditHead> follow(Database& city, const Peer& township, const PackageBody& body, bool rebaseline);

private:
    AuditAnchor() = delete;
};

} // namespace Doudi
