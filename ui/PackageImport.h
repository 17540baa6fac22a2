#pragma once

#include "Result.h"
#include "security/Session.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

#include <functional>

namespace Doudi {

class Database;

// Importing a package file at the desk: verify, preview, apply. An enrolment package, or a
// township's first package at the city, is taken only after the person at the desk confirms that
// the sender's fingerprint, shown to them, is the one read out to them (`confirm`). A data package
// is first imported as a preview (everything checked and applied, then rolled back) and applied
// only when the person agrees with what it will change (`approve`, given the summary).
class PackageImport final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::PackageImport)

public:
    // What happened, in a sentence for the clerk.
    static Result<QString> run(Database& database, const Session& session, const QString& path,
                               const std::function<bool(const QString& fingerprint, const QString& sender)>& confirm,
                               const std::function<bool(const QString& summary)>& approve = {},
                               bool acceptFull = false);
    // What a package will change, per kind of record, for the person to read before applying it.
    static QString summary(const QMap<QString, int>& counts, int conflicts);
    static QString kindLabel(const QString& table);

private:
    PackageImport() = delete;
};

} // namespace Doudi
