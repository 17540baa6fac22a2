#include "Roster.h"

#include "domain/Money.h"

#include <algorithm>

namespace Doudi {

QString RosterColumn::format(const QVariant& value) const
{
    switch (kind) {
    case Kind::Money:
        return Money::fromFen(value.toLongLong()).formatPlain();
    case Kind::Count:
        return QString::number(value.toLongLong());
    case Kind::Signature:
        return QString();
    case Kind::Text:
        break;
    }
    return value.toString();
}

RosterSection RosterSection::signedByVillage(const QString& title, const QList<RosterColumn>& columns)
{
    RosterSection s;
    s.title = title;
    s.columns = columns;
    s.totals = true;
    s.subtotalsPerPage = true;
    s.newPage = true;
    return s;
}

qint64 RosterSection::sum(int column, int first, int count) const
{
    const int last = count < 0 ? int(rows.size()) : std::min(int(rows.size()), first + count);
    qint64 total = 0;
    for (int i = first; i < last; ++i)
        total += rows.at(i).value(column).toLongLong();
    return total;
}

bool Roster::hasRows() const
{
    return std::any_of(sections.cbegin(), sections.cend(), [](const RosterSection& s) { return !s.rows.isEmpty(); });
}

int RosterLayout::lines(const Roster& roster, const RosterBlock& block)
{
    const RosterSection& s = roster.sections.at(block.section);
    return (block.showTitle && !s.title.isEmpty() ? 1 : 0) + 1 + std::max(block.count, s.rows.isEmpty() ? 1 : 0) +
           (block.subtotal ? 1 : 0) + (block.total ? 1 : 0);
}

QList<RosterPage> RosterLayout::paginate(const Roster& roster)
{
    const int perPage = std::max(roster.linesPerPage, 4);
    QList<RosterPage> pages;
    RosterPage page;
    int used = 0;
    const auto newPage = [&] {
        pages.append(page);
        page.clear();
        used = 0;
    };
    for (int si = 0; si < roster.sections.size(); ++si) {
        const RosterSection& s = roster.sections.at(si);
        if (s.newPage && !page.isEmpty())
            newPage();
        const int rows = int(s.rows.size());
        int first = 0;
        bool spans = false; // the section has already filled a page
        while (true) {
            RosterBlock block{si, first, 0, false, false, true};
            const int overhead = (s.title.isEmpty() ? 0 : 1) + 1;
            const int left = rows - first;
            // Room for rows once the heading, the page subtotal (when the section spans pages) and
            // the total are placed.
            const int roomWithTotal =
                perPage - used - overhead - (s.totals ? 1 : 0) - (spans && s.subtotalsPerPage ? 1 : 0);
            const bool fits = rows == 0 ? roomWithTotal >= 1 : left <= roomWithTotal;
            if (fits) {
                block.count = left;
                block.total = s.totals;
                block.subtotal = spans && s.subtotalsPerPage;
                page.append(block);
                used += lines(roster, block);
                break;
            }
            // A page ends with rows still to come, never with only the total left for the next one.
            const int room = std::min(perPage - used - overhead - (s.subtotalsPerPage ? 1 : 0), left - 1);
            if (room < 1 || rows == 0) {
                if (page.isEmpty())
                    return pages; // a page cannot hold even one line: nothing sensible to do
                newPage();
                continue;
            }
            block.count = std::min(room, left);
            block.subtotal = s.subtotalsPerPage;
            page.append(block);
            first += block.count;
            spans = true;
            newPage();
        }
    }
    if (!page.isEmpty() || pages.isEmpty())
        pages.append(page);
    return pages;
}

} // namespace Doudi
