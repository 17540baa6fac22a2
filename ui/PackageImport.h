#pragma once

#include "Result.h"
#include "security/Session.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace Doudi {

class Database;

// Importing a package file at the desk. An enrolment package is taken only after the person at the
// desk confirms that the city's fingerprint, shown to them, is the one the city read out
// (`confirm`); data packages come with a later version.
class PackageImport final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::PackageImport)

public:
    // What happened, in a sentence for the clerk.
    static Result<QString> run(Database& database, const Session& session, const QString& path,
                               const std::function<bool(const QString& fingerprint, const QString& sender)>& confirm);

private:
    PackageImport() = delete;
};

} // namespace Doudi
