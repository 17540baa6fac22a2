#include "CsvReader.h"

#include <QStringDecoder>

namespace Doudi {

Result<QString> CsvReader::decode(const QByteArray& bytes)
{
    QByteArrayView view(bytes);
    if (view.startsWith("\xEF\xBB\xBF"))
        view = view.sliced(3);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8(view);
    if (!utf8.hasError())
        return text;
    // Not UTF-8: a Chinese Windows' "ANSI" code page. GB18030 is a superset of GBK and GB2312.
    QStringDecoder gb18030("GB18030", QStringDecoder::Flag::Stateless);
    if (!gb18030.isValid())
        return Error::failed(tr("This system cannot read GB18030 text; save the file as “CSV UTF-8”."));
    text = gb18030(view);
    if (gb18030.hasError())
        return Error::invalid(QString(), tr("the file is neither UTF-8 nor GBK text; save it again as “CSV UTF-8”"));
    return text;
}

Result<QList<QStringList>> CsvReader::parse(const QString& text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    int quoteLine = 0;
    const auto endField = [&] {
        row.append(field);
        field.clear();
        fieldStarted = false;
    };
    const auto endRow = [&] {
        endField();
        rows.append(row);
        row.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted && field.isEmpty()) {
            quoted = true;
            fieldStarted = true;
            quoteLine = line;
        } else if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\r')) {
            // CRLF: the LF ends the row; a lone CR (old Mac files) does too.
            if (i + 1 >= text.size() || text[i + 1] != QLatin1Char('\n')) {
                endRow();
                ++line;
            }
        } else if (c == QLatin1Char('\n')) {
            endRow();
            ++line;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        return Error::invalid(QStringLiteral("row %1").arg(quoteLine),
                              tr("a quoted field is never closed (a missing \")"));
    if (fieldStarted || !field.isEmpty() || !row.isEmpty())
        endRow();
    return rows;
}

Result<QList<QStringList>> CsvReader::read(const QByteArray& bytes)
{
    const auto text = decode(bytes);
    if (!text)
        return text.error();
    return parse(*text);
}

} // namespace Doudi
