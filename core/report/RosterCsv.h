#pragma once

#include "report/Roster.h"

#include <QByteArray>

namespace Doudi {

// A roster as CSV for Excel and WPS: UTF-8 with a byte-order mark (so Chinese opens right), one
// block per section with its heading row and total, money as plain numbers in 元 (1234.50).
class RosterCsv final
{
public:
    static QByteArray render(const Roster& roster);

private:
    RosterCsv() = delete;
};

} // namespace Doudi
