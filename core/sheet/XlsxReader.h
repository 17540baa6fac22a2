#pragma once

#include "Result.h"
#include "sheet/SheetTable.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace Doudi {

// An Office Open XML workbook (.xlsx, as Excel and WPS save it), read with libzip and
// QXmlStreamReader: shared and inline strings, rich text, numbers, dates (by the cell's number
// format, 1900 or 1904 date system), booleans and merged areas. Formulas give their cached value.
class XlsxReader final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::XlsxReader)

public:
    // Opens the workbook in `bytes` (the whole file: no path reaches libzip, so any name works on
    // Windows) and reads its sheet list, strings and styles.
    static Result<XlsxReader> open(const QByteArray& bytes);

    QStringList sheetNames() const { return m_sheetNames; }
    // The sheet of that name; the first sheet when `name` is empty.
    Result<SheetTable> sheet(const QString& name = QString()) const;

private:
    XlsxReader() = default;
    Result<QByteArray> part(const QString& name, bool required = true) const;
    Status readWorkbook();
    Status readSharedStrings();
    Status readStyles();
    Result<SheetTable> readSheet(const QString& name, const QByteArray& xml) const;
    // The refusal of a sheet whose cells reach too far (SheetTable::kMaxCells).
    static Error tooLarge(const QString& sheet, qsizetype row, qsizetype column);
    bool isDateStyle(const QString& style) const;
    QString cellText(const QString& type, const QString& style, const QString& value) const;

    QByteArray m_bytes;
    QStringList m_sheetNames;
    QHash<QString, QString> m_sheetParts; // sheet name → part name in the archive
    QStringList m_sharedStrings;
    QList<bool> m_dateStyles; // by cellXfs index: is this a date format
    bool m_date1904 = false;
};

} // namespace Doudi
