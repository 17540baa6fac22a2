#include "VillageCsv.h"

#include "reference/Divisions.h"
#include "sheet/CsvReader.h"

namespace Doudi {

// `code,name[,urban]`, a header line allowed; urban is 1/0, 是/否, 城镇/农村, or taken from the name.
Result<QList<Village>> VillageCsv::read(const QByteArray& bytes)
{
    const auto rows = CsvReader::read(bytes);
    if (!rows)
        return rows.error();
    QList<Village> out;
    QList<Problem> problems;
    for (qsizetype i = 0; i < rows->size(); ++i) {
        const QStringList& row = rows->at(i);
        const QString code = row.value(0).trimmed();
        const QString where = tr("row %1").arg(i + 1);
        if (row.join(QString()).trimmed().isEmpty())
            continue;
        if (i == 0 && !code.isEmpty() && !code.front().isDigit())
            continue; // the header
        Village v{code, row.value(1).trimmed(), Divisions::isUrbanName(row.value(1).trimmed()), {}, {}};
        const QString urban = row.value(2).trimmed().toLower();
        if (!urban.isEmpty()) {
            static const QStringList yes{QStringLiteral("1"),  QStringLiteral("true"), QStringLiteral("yes"),
                                         QStringLiteral("是"), QStringLiteral("城镇"), QStringLiteral("urban")};
            static const QStringList no{QStringLiteral("0"),  QStringLiteral("false"), QStringLiteral("no"),
                                        QStringLiteral("否"), QStringLiteral("农村"),  QStringLiteral("rural")};
            if (yes.contains(urban))
                v.urban = true;
            else if (no.contains(urban))
                v.urban = false;
            else
                problems.append({where + QStringLiteral(".urban"), tr("write 1 (urban) or 0 (rural)")});
        }
        out.append(v);
    }
    if (!problems.isEmpty())
        return Error(Error::Kind::InvalidInput, problems);
    return out;
}

} // namespace Doudi
