#pragma once

#include "report/Roster.h"

#include <QCoreApplication>
#include <QFont>
#include <QRectF>

class QPagedPaintDevice;
class QPainter;

namespace Doudi {

// Paints a roster page by page as RosterLayout lays it out, onto a PDF or a printer: the title,
// the township, the period and "第 N 页 共 M 页" on every page; ruled tables with numbers to the
// right, page subtotals and totals in bold; the footnotes and the lines to sign on the last page.
class RosterPainter final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::RosterPainter)

public:
    explicit RosterPainter(const Roster& roster);

    int pageCount() const { return int(m_pages.size()); }
    // Paints every page; the device's page layout (A4, orientation) is set by the caller.
    bool paint(QPagedPaintDevice& device) const;
    // The fonts Doudi prints Chinese with: Noto on Debian, YaHei or SimSun on Windows.
    static QFont font(qreal pointSize, bool bold = false);

private:
    void paintPage(QPainter& painter, const QRectF& area, int page) const;
    qreal paintBlock(QPainter& painter, const QRectF& area, qreal y, qreal rowHeight, const RosterBlock& block) const;

    const Roster& m_roster;
    QList<RosterPage> m_pages;
};

} // namespace Doudi
