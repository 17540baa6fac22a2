#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace Doudi {

class Database;

// A new database appears whole or not at all. It is built at a working path beside the target
// (`<target>.creating`), filled (schema, site, keys, administrator, demo households — whatever the
// caller puts in), checked, closed with its write-ahead log folded in, and only then renamed into
// place: a power cut leaves either no database or a whole one, and the working file is cleared by
// the next attempt. What an older version left at the target when it was cut off while creating
// (an empty file, a file with no tables, a schema with no site and no households) is replaced, so
// it is never a dead end; any other file is refused, never overwritten.
class NewDatabase final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::NewDatabase)

public:
    using Fill = std::function<Status(Database&)>;

    static Status create(const QString& path, const Fill& fill);
    // Whether the file at `path` is what an interrupted creation left: nothing in it to keep.
    static Result<bool> isUnfinished(const QString& path);
    static QString workingPath(const QString& path) { return path + QStringLiteral(".creating"); }

private:
    static void removeWithJournals(const QString& path);
    NewDatabase() = delete;
};

} // namespace Doudi
