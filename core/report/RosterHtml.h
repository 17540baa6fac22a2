#pragma once

#include "report/Roster.h"

#include <QCoreApplication>
#include <QString>

namespace Doudi {

// A roster as HTML, page by page as RosterLayout lays it out: what the golden tests compare and a
// browser or the print preview can show. Pure text: no Gui.
class RosterHtml final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::RosterHtml)

public:
    static QString render(const Roster& roster);
    // "第 1 页 共 3 页"
    static QString pageLabel(int page, int pages);
    static QString subtotalLabel() { return tr("Page subtotal"); }
    static QString totalLabel() { return tr("Total"); }

private:
    RosterHtml() = delete;
};

} // namespace Doudi
