#pragma once

#include "Result.h"
#include "security/Session.h"
#include "sheet/RosterMapping.h"
#include "sheet/RosterPlan.h"
#include "sheet/SheetTable.h"

#include <QCoreApplication>

namespace Doudi {

class Database;

// Brings an office's Excel/WPS roster into the database (`household import-sheet`, 家庭户 → 从
// Excel 导入): reads the file, plans against the township's villages and registered people, and
// writes the plan in one transaction — every household or none, or with skipInvalid every valid
// one — each with its source row (the file, its digest, the day, what it said was received).
class RosterImporter final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::RosterImporter)
    Q_DISABLE_COPY_MOVE(RosterImporter)

public:
    RosterImporter(Database& database, Session session);

    // The sheets of an .xlsx file (one, unnamed, for CSV).
    static Result<QStringList> sheetNames(const QByteArray& bytes, const QString& fileName);
    // The sheet's cells: .xlsx (any file that is a ZIP archive) or CSV in UTF-8 or GB18030.
    static Result<SheetTable> readSheet(const QByteArray& bytes, const QString& fileName, const QString& sheet);

    // What the roster would bring in, and every problem. Writes nothing.
    Result<RosterPlan> plan(const SheetTable& table, const RosterMapping& mapping);
    // Writes the plan's households: all of them, or refused when any has a problem, unless
    // `skipInvalid`. Returns how many were imported; the plan's households get their ids.
    Result<qsizetype> commit(RosterPlan& plan, const QString& fileName, const QByteArray& fileBytes, bool skipInvalid);

private:
    Database& m_database;
    Session m_session;
};

} // namespace Doudi
