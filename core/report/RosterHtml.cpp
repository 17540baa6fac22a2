#include "RosterHtml.h"

#include "DocumentLanguage.h"

namespace Doudi {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

// A totals row: the label in the first text column, the sums under the summed columns.
QString totalsRow(const RosterSection& s, const QString& label, int first, int count)
{
    QString html = QStringLiteral("<tr class=\"total\">");
    bool labelled = false;
    for (int c = 0; c < s.columns.size(); ++c) {
        const RosterColumn& column = s.columns.at(c);
        QString text;
        if (column.isSummed())
            text = column.format(s.sum(c, first, count));
        else if (!labelled)
            text = label;
        labelled = labelled || !column.isSummed();
        html += QStringLiteral("<td%1>%2</td>")
                    .arg(column.isNumber() ? QStringLiteral(" class=\"num\"") : QString(), esc(text));
    }
    return html + QStringLiteral("</tr>\n");
}

} // namespace

QString RosterHtml::pageLabel(int page, int pages)
{
    const DocumentLanguage chinese;
    return tr("Page %1 of %2").arg(page).arg(pages);
}

QString RosterHtml::render(const Roster& roster)
{
    const DocumentLanguage chinese;
    const QList<RosterPage> pages = RosterLayout::paginate(roster);
    QString html = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title><style>\n"
                                  "table { border-collapse: collapse; width: 100%; }\n"
                                  "td, th { border: 1px solid #000; padding: 2px 4px; }\n"
                                  "td.num { text-align: right; }\n"
                                  "tr.total td { font-weight: bold; }\n"
                                  ".page { page-break-after: always; }\n"
                                  "</style></head><body>\n")
                       .arg(esc(roster.title));
    for (int p = 0; p < pages.size(); ++p) {
        html += QStringLiteral("<div class=\"page\">\n<h1>%1</h1>\n<p>%2 %3 · %4</p>\n")
                    .arg(esc(roster.title), esc(roster.township), esc(roster.period),
                         esc(pageLabel(p + 1, int(pages.size()))));
        if (!roster.headerFields.isEmpty()) {
            QStringList fields;
            for (const auto& [label, value] : roster.headerFields)
                fields.append(esc(label) + QStringLiteral(": ") + esc(value));
            html += QStringLiteral("<p>%1</p>\n").arg(fields.join(QStringLiteral(" · ")));
        }
        for (const RosterBlock& b : pages.at(p)) {
            const RosterSection& s = roster.sections.at(b.section);
            if (b.showTitle && !s.title.isEmpty())
                html += QStringLiteral("<h2>%1</h2>\n").arg(esc(s.title));
            html += QStringLiteral("<table>\n<tr>");
            for (const RosterColumn& c : s.columns)
                html += QStringLiteral("<th>%1</th>").arg(esc(c.title));
            html += QStringLiteral("</tr>\n");
            if (s.rows.isEmpty())
                html +=
                    QStringLiteral("<tr><td colspan=\"%1\">%2</td></tr>\n").arg(s.columns.size()).arg(esc(s.emptyText));
            for (int r = b.first; r < b.first + b.count; ++r) {
                html += QStringLiteral("<tr>");
                for (int c = 0; c < s.columns.size(); ++c) {
                    const RosterColumn& column = s.columns.at(c);
                    html += QStringLiteral("<td%1>%2</td>")
                                .arg(column.isNumber() ? QStringLiteral(" class=\"num\"") : QString(),
                                     esc(column.format(s.rows.at(r).value(c))));
                }
                html += QStringLiteral("</tr>\n");
            }
            if (b.subtotal)
                html += totalsRow(s, subtotalLabel(), b.first, b.count);
            if (b.total)
                html += totalsRow(s, totalLabel(), 0, -1);
            html += QStringLiteral("</table>\n");
        }
        if (p == pages.size() - 1) {
            for (const QString& note : roster.footnotes)
                html += QStringLiteral("<p class=\"note\">%1</p>\n").arg(esc(note));
            if (!roster.signatures.isEmpty()) {
                QStringList lines;
                for (const QString& s : roster.signatures)
                    lines.append(esc(s) + QStringLiteral(" ________"));
                html += QStringLiteral("<p>%1</p>\n").arg(lines.join(QStringLiteral(" ")));
            }
        }
        html += QStringLiteral("</div>\n");
    }
    return html + QStringLiteral("</body></html>\n");
}

} // namespace Doudi
