#pragma once

#include "Result.h"
#include "report/Roster.h"

#include <QCoreApplication>

namespace Doudi {

// A roster as a PDF: A4, landscape where the roster is wide, the CJK font embedded; written
// whole or not at all (QSaveFile).
class RosterPdf final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::RosterPdf)

public:
    static Result<QByteArray> render(const Roster& roster);
    static Status write(const Roster& roster, const QString& path);

private:
    RosterPdf() = delete;
};

} // namespace Doudi
