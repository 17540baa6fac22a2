#include "RosterCsv.h"

#include "DocumentLanguage.h"
#include "report/RosterHtml.h"

namespace Doudi {

namespace {

QString field(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    return QLatin1Char('"') + QString(text).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + QLatin1Char('"');
}

// Plain numbers, whatever the locale: a spreadsheet reads 1234.50, not 1,234.50.
QString plain(const RosterColumn& column, const QVariant& value)
{
    if (column.kind == RosterColumn::Kind::Money) {
        const qint64 fen = value.toLongLong();
        const qint64 absolute = fen < 0 ? -fen : fen;
        return (fen < 0 ? QStringLiteral("-") : QString()) + QString::number(absolute / 100) + QLatin1Char('.') +
               QStringLiteral("%1").arg(absolute % 100, 2, 10, QLatin1Char('0'));
    }
    return column.kind == RosterColumn::Kind::Signature ? QString() : field(column.format(value));
}

} // namespace

QByteArray RosterCsv::render(const Roster& roster)
{
    const DocumentLanguage chinese; // the totals' label, like the rest of a roster, in Chinese
    QStringList lines;
    lines.append(field(roster.title) + QLatin1Char(',') + field(roster.township) + QLatin1Char(',') +
                 field(roster.period));
    for (const RosterSection& s : roster.sections) {
        lines.append(QString());
        if (!s.title.isEmpty())
            lines.append(field(s.title));
        QStringList heading;
        for (const RosterColumn& c : s.columns)
            heading.append(field(c.title));
        lines.append(heading.join(QLatin1Char(',')));
        if (s.rows.isEmpty())
            lines.append(field(s.emptyText));
        for (const QVariantList& row : s.rows) {
            QStringList cells;
            for (int c = 0; c < s.columns.size(); ++c)
                cells.append(plain(s.columns.at(c), row.value(c)));
            lines.append(cells.join(QLatin1Char(',')));
        }
        if (s.totals && !s.rows.isEmpty()) {
            QStringList cells;
            bool labelled = false;
            for (int c = 0; c < s.columns.size(); ++c) {
                const RosterColumn& column = s.columns.at(c);
                if (column.isSummed())
                    cells.append(plain(column, s.sum(c)));
                else
                    cells.append(labelled ? QString() : field(RosterHtml::totalLabel()));
                labelled = labelled || !column.isSummed();
            }
            lines.append(cells.join(QLatin1Char(',')));
        }
    }
    for (const QString& note : roster.footnotes)
        lines.append(field(note));
    return QByteArrayLiteral("\xEF\xBB\xBF") + lines.join(QStringLiteral("\r\n")).toUtf8() + QByteArrayLiteral("\r\n");
}

} // namespace Doudi
