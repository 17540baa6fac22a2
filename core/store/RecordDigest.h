#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace Doudi {

class Database;
class SqlStatements;

// The digest the audit trail keeps of records it has no richer form of: a case together with its
// steps (home visits are steps), and a monitoring signal. BLAKE2b of the rows exactly as stored
// (every column, as the sync package writes them), so that any column changed with plain SQL, an
// approved amount or a step's date alike, is a finding of `audit verify`.
class RecordDigest final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::RecordDigest)

public:
    // Inside the caller's transaction, after its change: what its audit entry records.
    static Result<QString> ofCase(Database& database, const QString& caseId);
    // A bulk import passes its statement cache, so that the query is prepared once, not per signal.
    static Result<QString> ofSignal(Database& database, const QString& signalId, SqlStatements* statements = nullptr);

    // For `audit verify`: every case's and every signal's digest, by id, in two passes each.
    static Result<QHash<QString, QString>> allCases(Database& database);
    static Result<QHash<QString, QString>> allSignals(Database& database);

private:
    RecordDigest() = delete;
};

} // namespace Doudi
