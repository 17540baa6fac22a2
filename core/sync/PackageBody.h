#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace Doudi {

// One record a package carries: its table, its key and the row as compact JSON, as the owner wrote
// it. An empty row is a tombstone: the record is gone at its owner.
struct PackageRecord
{
    QString table;
    QString key;
    QByteArray json;

    bool isTombstone() const { return json.isEmpty(); }
};

// What a sealed package carries (docs/sync-format.md, "The body"): a first line naming the
// format, a line of JSON about the package, then one line per record, `table TAB key TAB json`.
// Line-based so that the city can store half a million rows without parsing each one.
class PackageBody final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::PackageBody)

public:
    static inline const QByteArray kFormat = QByteArrayLiteral("doudi-sync/1");

    // since: the sequence of ours the recipient had acknowledged when this was written (everything
    // after it is in here); full: everything is in here; rebaseline: replace all the recipient holds
    // from us; previous: the digest of the package before this one to the same recipient.
    QJsonObject meta;
    QList<PackageRecord> records;

    QByteArray serialize() const;
    static Result<PackageBody> parse(const QByteArray& bytes);
    // BLAKE2b-256 of the serialized body, hex: what tells a repeated package from a different one.
    static QString digestOf(const QByteArray& bytes);

    // Records per table, tombstones as "TABLE (deleted)".
    QMap<QString, int> counts() const;
    static QJsonObject countsJson(const QMap<QString, int>& counts);
};

} // namespace Doudi
