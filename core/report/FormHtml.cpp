#include "FormHtml.h"

namespace Doudi {

QString FormHtml::heading(const QString& title, const QString& subtitle)
{
    static const QString style = QStringLiteral("<style>"
                                                "h1 { font-size: 15pt; text-align: center; margin: 0; }"
                                                "p.sub { text-align: center; margin: 2px 0 8px 0; }"
                                                "table.form { border-collapse: collapse; }"
                                                "table.form td { border: 1px solid #000; padding: 5px 6px; }"
                                                "td.label { background: #f0f0f0; }"
                                                "table.sign td { padding-top: 28px; }"
                                                "p.note { font-size: 9pt; color: #444; }"
                                                "</style>");
    return style +
           QStringLiteral("<h1>%1</h1><p class=\"sub\">%2</p>").arg(title.toHtmlEscaped(), subtitle.toHtmlEscaped());
}

QString FormHtml::signatureRow(const QStringList& labels)
{
    QString cells;
    for (const QString& label : labels)
        cells += QStringLiteral("<td>%1</td>").arg(label.toHtmlEscaped());
    return QStringLiteral("<table class=\"sign\" width=\"100%\"><tr>%1</tr></table>").arg(cells);
}

} // namespace Doudi
