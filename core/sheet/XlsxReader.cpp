#include "XlsxReader.h"
#include "domain/SafeQuote.h"

#include <QDate>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <zip.h>

#include <memory>

namespace Doudi {

namespace {

// A part larger than this is refused: a roster of 50,000 rows is some 20 MB of XML, a "zip bomb"
// that inflates to gigabytes is not a roster.
constexpr zip_uint64_t kMaxPartSize = 256 * 1024 * 1024;

struct ZipCloser
{
    void operator()(zip_t* archive) const { zip_discard(archive); }
};

// "C12" → (11, 2): 0-based row and column of a cell reference; {-1, -1} when it is not one.
std::pair<int, int> cellPosition(QStringView ref)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < ref.size() && ref[i].isLetter(); ++i)
        column = column * 26 + (ref[i].toUpper().unicode() - u'A' + 1);
    bool ok = false;
    const int row = ref.sliced(i).toInt(&ok);
    if (i == 0 || !ok || row < 1 || column < 1)
        return {-1, -1};
    return {row - 1, column - 1};
}

// Excel's built-in number formats that show a date (ECMA-376 §18.8.30, with the CJK ones).
bool isBuiltInDateFormat(int id)
{
    return (id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58);
}

// A custom format code shows a date when, outside quoted text and [colour] sections, it has a
// year or day: `yyyy"年"m"月"d"日"`, `yyyy-mm-dd`, `[$-804]yyyy/m/d`. Time-only formats are not.
bool isDateFormatCode(QString code)
{
    static const QRegularExpression quotedOrBracketed(QStringLiteral("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\."));
    code.remove(quotedOrBracketed);
    return code.contains(QLatin1Char('y'), Qt::CaseInsensitive) || code.contains(QLatin1Char('d'), Qt::CaseInsensitive);
}

// The text of a number as a clerk would type it: whole numbers below 10^15 (which a double holds
// exactly) without exponent or ".0"; anything else as stored.
QString numberText(const QString& stored)
{
    bool ok = false;
    const double value = stored.toDouble(&ok);
    if (ok && value == double(qint64(value)) && qAbs(value) < 1e15)
        return QString::number(qint64(value));
    return stored;
}

} // namespace

Result<XlsxReader> XlsxReader::open(const QByteArray& bytes)
{
    XlsxReader reader;
    reader.m_bytes = bytes;
    if (Status s = reader.readWorkbook(); !s)
        return s.error();
    if (Status s = reader.readSharedStrings(); !s)
        return s.error();
    if (Status s = reader.readStyles(); !s)
        return s.error();
    return reader;
}

Result<QByteArray> XlsxReader::part(const QString& name, bool required) const
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(m_bytes.constData(), zip_uint64_t(m_bytes.size()), 0, &error);
    if (!source) {
        zip_error_fini(&error);
        return Error::failed(tr("Cannot read the workbook."));
    }
    std::unique_ptr<zip_t, ZipCloser> archive(zip_open_from_source(source, ZIP_RDONLY, &error));
    if (!archive) {
        zip_source_free(source);
        zip_error_fini(&error);
        return Error::invalid(QString(), tr("the file is not an Excel workbook (.xlsx); in Excel or WPS choose "
                                            "“Save as” and the type “Excel 工作簿 (*.xlsx)”"));
    }
    zip_error_fini(&error);
    const QByteArray entry = name.toUtf8();
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat(archive.get(), entry.constData(), 0, &stat) != 0) {
        if (!required)
            return QByteArray();
        return Error::invalid(QString(), tr("the workbook has no %1; it is damaged or not an .xlsx file").arg(name));
    }
    if (!(stat.valid & ZIP_STAT_SIZE) || stat.size > kMaxPartSize)
        return Error::invalid(QString(), tr("the workbook's %1 is too large to be a roster").arg(name));
    zip_file_t* file = zip_fopen_index(archive.get(), stat.index, 0);
    if (!file)
        return Error::invalid(QString(), tr("the workbook's %1 cannot be read; it is damaged").arg(name));
    QByteArray content(qsizetype(stat.size), Qt::Uninitialized);
    const zip_int64_t read = zip_fread(file, content.data(), stat.size);
    zip_fclose(file);
    if (read < 0 || zip_uint64_t(read) != stat.size)
        return Error::invalid(QString(), tr("the workbook's %1 cannot be read; it is damaged").arg(name));
    return content;
}

Status XlsxReader::readWorkbook()
{
    auto workbook = part(QStringLiteral("xl/workbook.xml"));
    if (!workbook)
        return workbook.error();
    auto relations = part(QStringLiteral("xl/_rels/workbook.xml.rels"));
    if (!relations)
        return relations.error();

    QHash<QString, QString> targets; // relationship id → part
    QXmlStreamReader rels(*relations);
    while (!rels.atEnd()) {
        rels.readNext();
        if (!rels.isStartElement() || rels.name() != QLatin1String("Relationship"))
            continue;
        QString target = rels.attributes().value(QLatin1String("Target")).toString();
        // Relative to xl/, or absolute from the package root (WPS writes "/xl/worksheets/…").
        target = target.startsWith(QLatin1Char('/')) ? target.mid(1) : QStringLiteral("xl/") + target;
        targets.insert(rels.attributes().value(QLatin1String("Id")).toString(), target);
    }
    QXmlStreamReader xml(*workbook);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("workbookPr")) {
            const auto v = xml.attributes().value(QLatin1String("date1904"));
            m_date1904 = v == QLatin1String("1") || v == QLatin1String("true");
        } else if (xml.name() == QLatin1String("sheet")) {
            const QString name = xml.attributes().value(QLatin1String("name")).toString();
            QString id;
            for (const QXmlStreamAttribute& a : xml.attributes()) {
                if (a.name() == QLatin1String("id"))
                    id = a.value().toString();
            }
            if (!targets.contains(id))
                continue;
            m_sheetNames.append(name);
            m_sheetParts.insert(name, targets.value(id));
        }
    }
    if (xml.hasError() || rels.hasError())
        return Error::invalid(QString(), tr("the workbook's list of sheets is damaged (%1)").arg(xml.errorString()));
    if (m_sheetNames.isEmpty())
        return Error::invalid(QString(), tr("the workbook has no sheets"));
    return success();
}

Status XlsxReader::readSharedStrings()
{
    auto content = part(QStringLiteral("xl/sharedStrings.xml"), false);
    if (!content)
        return content.error();
    if (content->isEmpty()) // every string inline
        return success();
    QXmlStreamReader xml(*content);
    QString current;
    int phonetic = 0; // inside <rPh>: the pinyin/furigana guide, not part of the text
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("si"))
                current.clear();
            else if (xml.name() == QLatin1String("rPh"))
                ++phonetic;
            else if (xml.name() == QLatin1String("t") && phonetic == 0)
                current += xml.readElementText();
        } else if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("si"))
                m_sharedStrings.append(current);
            else if (xml.name() == QLatin1String("rPh"))
                --phonetic;
        }
    }
    if (xml.hasError())
        return Error::invalid(QString(), tr("the workbook's text table is damaged (%1)").arg(xml.errorString()));
    return success();
}

Status XlsxReader::readStyles()
{
    auto content = part(QStringLiteral("xl/styles.xml"), false);
    if (!content)
        return content.error();
    if (content->isEmpty())
        return success();
    QHash<int, bool> customDate;
    QXmlStreamReader xml(*content);
    bool inCellFormats = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("numFmt")) {
                const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt();
                customDate.insert(id, isDateFormatCode(xml.attributes().value(QLatin1String("formatCode")).toString()));
            } else if (xml.name() == QLatin1String("cellXfs")) {
                inCellFormats = true;
            } else if (inCellFormats && xml.name() == QLatin1String("xf")) {
                const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt();
                m_dateStyles.append(customDate.contains(id) ? customDate.value(id) : isBuiltInDateFormat(id));
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs")) {
            inCellFormats = false;
        }
    }
    if (xml.hasError())
        return Error::invalid(QString(), tr("the workbook's formats are damaged"));
    return success();
}

Result<SheetTable> XlsxReader::sheet(const QString& name) const
{
    const QString chosen = name.isEmpty() ? m_sheetNames.first() : name;
    if (!m_sheetParts.contains(chosen))
        return Error::invalid(QStringLiteral("sheet"),
                              tr("the workbook has no sheet “%1”; it has %2")
                                  .arg(SafeQuote::of(chosen), m_sheetNames.join(QStringLiteral("、")).left(200)));
    auto xml = part(m_sheetParts.value(chosen));
    if (!xml)
        return xml.error();
    return readSheet(chosen, *xml);
}

QString XlsxReader::cellText(const QString& type, const QString& style, const QString& value) const
{
    if (type == QLatin1String("s")) {
        const int index = value.toInt();
        return index >= 0 && index < m_sharedStrings.size() ? m_sharedStrings[index] : QString();
    }
    if (type == QLatin1String("b"))
        return value == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    if (type == QLatin1String("str") || type == QLatin1String("e") || type == QLatin1String("inlineStr"))
        return value;
    // A number; a date when its format says so (serial days since 1899-12-30, or 1904-01-01).
    if (isDateStyle(style)) {
        bool ok = false;
        const double serial = value.toDouble(&ok);
        if (ok && serial >= 1 && serial < 2958466) {
            const QDate base = m_date1904 ? QDate(1904, 1, 1) : QDate(1899, 12, 30);
            return base.addDays(qint64(serial)).toString(Qt::ISODate);
        }
    }
    return numberText(value);
}

bool XlsxReader::isDateStyle(const QString& style) const
{
    bool ok = false;
    const int index = style.toInt(&ok);
    return ok && index >= 0 && index < m_dateStyles.size() && m_dateStyles[index];
}

Error XlsxReader::tooLarge(const QString& sheet, qsizetype row, qsizetype column)
{
    return Error::invalid(QString(), tr("the sheet “%1” reaches cell %2%3, too far for a roster (at most %4 cells): "
                                        "delete what stands far below or to the right of the roster, or copy the "
                                        "roster to a new sheet")
                                         .arg(sheet.left(40), SheetTable::columnName(column))
                                         .arg(row + 1)
                                         .arg(SheetTable::kMaxCells));
}

Result<SheetTable> XlsxReader::readSheet(const QString& name, const QByteArray& content) const
{
    SheetTable table;
    table.name = name;
    QList<std::pair<std::pair<int, int>, std::pair<int, int>>> merges;
    QXmlStreamReader xml(content);
    int rowIndex = -1;
    int columnIndex = -1;
    qsizetype width = 0;
    constexpr int kMaxRows = 1'048'576;
    constexpr int kMaxColumns = 16'384;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto element = xml.name();
        if (element == QLatin1String("row")) {
            const int r = xml.attributes().value(QLatin1String("r")).toInt();
            rowIndex = r > 0 ? r - 1 : rowIndex + 1;
            columnIndex = -1;
        } else if (element == QLatin1String("c")) {
            const auto attributes = xml.attributes();
            const auto [r, c] = cellPosition(attributes.value(QLatin1String("r")));
            if (r >= 0) {
                rowIndex = r;
                columnIndex = c;
            } else {
                ++columnIndex;
            }
            const QString type = attributes.value(QLatin1String("t")).toString();
            const QString style = attributes.value(QLatin1String("s")).toString();
            QString value;
            // <v> holds the value (or a formula's cached result); <is><t> an inline string.
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("v")) {
                    value = xml.readElementText();
                } else if (xml.name() == QLatin1String("is")) {
                    while (xml.readNextStartElement()) {
                        if (xml.name() == QLatin1String("t")) {
                            value += xml.readElementText();
                        } else if (xml.name() == QLatin1String("r")) {
                            while (xml.readNextStartElement()) {
                                if (xml.name() == QLatin1String("t"))
                                    value += xml.readElementText();
                                else
                                    xml.skipCurrentElement();
                            }
                        } else {
                            xml.skipCurrentElement();
                        }
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
            if (rowIndex >= kMaxRows || columnIndex >= kMaxColumns || rowIndex < 0)
                return Error::invalid(QString(),
                                      tr("the sheet “%1” has a cell outside Excel's grid").arg(name.left(40)));
            if (value.isEmpty())
                continue;
            if (!SheetTable::fits(std::max(table.rows.size(), qsizetype(rowIndex) + 1),
                                  std::max(width, qsizetype(columnIndex) + 1)))
                return tooLarge(name, rowIndex, columnIndex);
            while (table.rows.size() <= rowIndex)
                table.rows.append(QList<SheetCell>());
            QList<SheetCell>& row = table.rows[rowIndex];
            while (row.size() <= columnIndex)
                row.append(SheetCell());
            const bool isNumber = (type.isEmpty() || type == QLatin1String("n")) && !isDateStyle(style);
            row[columnIndex] = SheetCell{cellText(type, style, value), isNumber};
            width = std::max(width, row.size());
        } else if (element == QLatin1String("mergeCell")) {
            const QString ref = xml.attributes().value(QLatin1String("ref")).toString();
            const QStringList corners = ref.split(QLatin1Char(':'));
            if (corners.size() == 2) {
                const auto from = cellPosition(corners[0]);
                const auto to = cellPosition(corners[1]);
                if (from.first >= 0 && to.first >= from.first && to.second >= from.second && to.first < kMaxRows &&
                    to.second < kMaxColumns)
                    merges.append({from, to});
            }
        }
    }
    if (xml.hasError())
        return Error::invalid(QString(), tr("the sheet “%1” is damaged (%2)").arg(name.left(40), xml.errorString()));

    // A merged area shows its top-left value everywhere it covers.
    for (const auto& [from, to] : merges) {
        const SheetCell value = table.cell(from.first, from.second);
        if (value.isBlank())
            continue;
        if (!SheetTable::fits(std::max(table.rows.size(), qsizetype(to.first) + 1),
                              std::max(width, qsizetype(to.second) + 1)))
            return tooLarge(name, to.first, to.second);
        while (table.rows.size() <= to.first)
            table.rows.append(QList<SheetCell>());
        for (int r = from.first; r <= to.first; ++r) {
            QList<SheetCell>& row = table.rows[r];
            while (row.size() <= to.second)
                row.append(SheetCell());
            for (int c = from.second; c <= to.second; ++c)
                row[c] = value;
            width = std::max(width, row.size());
        }
    }
    for (QList<SheetCell>& row : table.rows) {
        while (row.size() < width)
            row.append(SheetCell());
    }
    return table;
}

} // namespace Doudi
