#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace Doudi {

// A CSV file as offices save them: UTF-8 with or without a byte-order mark, or GB18030/GBK, which
// is what Excel and WPS write on a Chinese Windows ("CSV (逗号分隔)"); quoted fields with commas,
// doubled quotes and line breaks (RFC 4180); CRLF or LF.
class CsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::CsvReader)

public:
    // The text of the file: UTF-8 when it is valid UTF-8 (or has the BOM), else GB18030.
    static Result<QString> decode(const QByteArray& bytes);
    // Rows of fields; a row number in an error is 1-based, as a spreadsheet shows it.
    static Result<QList<QStringList>> parse(const QString& text);
    static Result<QList<QStringList>> read(const QByteArray& bytes);
};

} // namespace Doudi
