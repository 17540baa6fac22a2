#include "RosterPainter.h"

#include "DocumentLanguage.h"
#include "report/RosterHtml.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>

namespace Doudi {

RosterPainter::RosterPainter(const Roster& roster)
    : m_roster(roster)
    , m_pages(RosterLayout::paginate(roster))
{}

QFont RosterPainter::font(qreal pointSize, bool bold)
{
    QFont f;
    f.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Microsoft YaHei"), QStringLiteral("SimSun")});
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    // Without shaping, every glyph in the PDF keeps its character: digits beside Latin letters
    // otherwise come out as alternates that pdftotext and screen readers cannot read back.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

bool RosterPainter::paint(QPagedPaintDevice& device) const
{
    const DocumentLanguage chinese;
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    // The printable area, in device units.
    const QRectF area = device.pageLayout().paintRectPixels(device.logicalDpiX());
    for (int p = 0; p < m_pages.size(); ++p) {
        if (p > 0)
            device.newPage();
        paintPage(painter, QRectF(0, 0, area.width(), area.height()), p);
    }
    return painter.end();
}

void RosterPainter::paintPage(QPainter& painter, const QRectF& area, int page) const
{
    const qreal mm = painter.device()->logicalDpiY() / 25.4;
    qreal y = area.top();
    painter.setPen(Qt::black);

    // The heading every page repeats.
    painter.setFont(font(15, true));
    const qreal titleHeight = QFontMetricsF(painter.font()).height() * 1.3;
    painter.drawText(QRectF(area.left(), y, area.width(), titleHeight), Qt::AlignCenter, m_roster.title);
    y += titleHeight;
    painter.setFont(font(9.5));
    const qreal line = QFontMetricsF(painter.font()).height() * 1.4;
    QStringList fields{m_roster.township, m_roster.period};
    for (const auto& [label, value] : m_roster.headerFields)
        fields.append(label + QStringLiteral("：") + value);
    painter.drawText(QRectF(area.left(), y, area.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                     fields.join(QStringLiteral("　　")));
    painter.drawText(QRectF(area.left(), y, area.width(), line), Qt::AlignRight | Qt::AlignVCenter,
                     RosterHtml::pageLabel(page + 1, int(m_pages.size())));
    y += line + 1.5 * mm;

    // The table lines: as many as the roster says a page holds, in the room left above the
    // footnotes and signatures (kept on every page so that rows sit at the same height throughout).
    const qreal footer = (m_roster.footnotes.size() + (m_roster.signatures.isEmpty() ? 0 : 2)) * line + 2 * mm;
    const qreal rowHeight =
        std::clamp((area.bottom() - y - footer) / std::max(m_roster.linesPerPage, 1), 5.0 * mm, 9.0 * mm);
    for (const RosterBlock& block : m_pages.at(page))
        y = paintBlock(painter, area, y, rowHeight, block) + 2 * mm;

    if (page == m_pages.size() - 1) {
        painter.setFont(font(8.5));
        for (const QString& note : m_roster.footnotes) {
            const QRectF box(area.left(), y, area.width(), line * 2);
            QRectF used;
            painter.drawText(box, Qt::AlignLeft | Qt::TextWordWrap, note, &used);
            y += used.height() + 1 * mm;
        }
        if (!m_roster.signatures.isEmpty()) {
            painter.setFont(font(10));
            y += line;
            const qreal width = area.width() / m_roster.signatures.size();
            for (int i = 0; i < m_roster.signatures.size(); ++i)
                painter.drawText(QRectF(area.left() + i * width, y, width, line), Qt::AlignLeft | Qt::AlignVCenter,
                                 m_roster.signatures.at(i));
        }
    }
}

qreal RosterPainter::paintBlock(QPainter& painter, const QRectF& area, qreal y, qreal rowHeight,
                                const RosterBlock& block) const
{
    const RosterSection& s = m_roster.sections.at(block.section);
    const qreal pad = rowHeight * 0.15;
    if (block.showTitle && !s.title.isEmpty()) {
        painter.setFont(font(10.5, true));
        painter.drawText(QRectF(area.left(), y, area.width(), rowHeight), Qt::AlignLeft | Qt::AlignVCenter, s.title);
        y += rowHeight;
    }
    int totalWidth = 0;
    for (const RosterColumn& c : s.columns)
        totalWidth += c.width;
    QList<qreal> lefts;
    qreal x = area.left();
    for (const RosterColumn& c : s.columns) {
        lefts.append(x);
        x += area.width() * c.width / std::max(totalWidth, 1);
    }
    lefts.append(area.right());

    // A row of cells; a totals row (`merged` > 0) writes its label across the columns before the
    // first summed one.
    const auto drawRow = [&](const QStringList& cells, bool bold, bool shaded, int merged = 0) {
        if (shaded)
            painter.fillRect(QRectF(area.left(), y, area.width(), rowHeight), QColor(0xee, 0xee, 0xee));
        painter.setFont(font(9.5, bold));
        const QFontMetricsF metrics(painter.font());
        for (int c = 0; c < s.columns.size(); ++c) {
            const int span = c == 0 && merged > 0 ? merged : 1;
            const QRectF cell(lefts.at(c), y, lefts.at(c + span) - lefts.at(c), rowHeight);
            painter.drawRect(cell);
            const QRectF inner = cell.adjusted(pad, 0, -pad, 0);
            const Qt::Alignment align =
                (s.columns.at(c).isNumber() && !shaded ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
            painter.drawText(inner, align, metrics.elidedText(cells.value(c), Qt::ElideRight, inner.width()));
            c += span - 1;
        }
        y += rowHeight;
    };
    int firstSummed = 0;
    while (firstSummed < s.columns.size() && !s.columns.at(firstSummed).isSummed())
        ++firstSummed;
    const auto totalsCells = [&](const QString& label, int first, int count) {
        QStringList cells;
        for (int c = 0; c < s.columns.size(); ++c) {
            const RosterColumn& column = s.columns.at(c);
            cells.append(column.isSummed() ? column.format(s.sum(c, first, count)) : c == 0 ? label : QString());
        }
        return cells;
    };

    QStringList heading;
    for (const RosterColumn& c : s.columns)
        heading.append(c.title);
    drawRow(heading, true, true);
    if (s.rows.isEmpty()) {
        const QRectF cell(area.left(), y, area.width(), rowHeight);
        painter.setFont(font(9.5));
        painter.drawRect(cell);
        painter.drawText(cell.adjusted(pad, 0, -pad, 0), Qt::AlignLeft | Qt::AlignVCenter, s.emptyText);
        y += rowHeight;
    }
    for (int r = block.first; r < block.first + block.count; ++r) {
        QStringList cells;
        for (int c = 0; c < s.columns.size(); ++c)
            cells.append(s.columns.at(c).format(s.rows.at(r).value(c)));
        drawRow(cells, false, false);
    }
    if (block.subtotal)
        drawRow(totalsCells(RosterHtml::subtotalLabel(), block.first, block.count), true, false, firstSummed);
    if (block.total)
        drawRow(totalsCells(RosterHtml::totalLabel(), 0, -1), true, false, firstSummed);
    return y;
}

} // namespace Doudi
