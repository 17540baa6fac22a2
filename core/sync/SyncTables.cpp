#include "SyncTables.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace Doudi {

const QList<SyncedTable>& SyncTables::townshipOwned()
{
    static const QList<SyncedTable> tables{
        {QStringLiteral("villages"), QStringLiteral("code")},
        {QStringLiteral("households"), QStringLiteral("id")},
        {QStringLiteral("members"), QStringLiteral("id")},
        {QStringLiteral("income_items"), QStringLiteral("id")},
        {QStringLiteral("expenditure_items"), QStringLiteral("id")},
        {QStringLiteral("vehicles"), QStringLiteral("id")},
        {QStringLiteral("residences"), QStringLiteral("id")},
        {QStringLiteral("determinations"), QStringLiteral("id")},
        {QStringLiteral("cases"), QStringLiteral("id")},
        {QStringLiteral("case_steps"), QStringLiteral("id")},
        {QStringLiteral("fund_entries"), QStringLiteral("id")},
        {QStringLiteral("fund_paperwork"), QStringLiteral("payment_id")},
        {QStringLiteral("approved_amounts"), QStringLiteral("id")},
        {QStringLiteral("payment_batches"), QStringLiteral("id")},
        {QStringLiteral("payments"), QStringLiteral("id")},
        {QStringLiteral("price_subsidy_payments"), QStringLiteral("id")},
        {QStringLiteral("funeral_waivers"), QStringLiteral("id")},
        {QStringLiteral("care_people"), QStringLiteral("id")},
        {QStringLiteral("care_visits"), QStringLiteral("id")},
        {QStringLiteral("referrals"), QStringLiteral("id")},
        {QStringLiteral("audit_log"), QStringLiteral("seq")},
    };
    return tables;
}

bool SyncTables::isTownshipOwned(const QString& table)
{
    for (const SyncedTable& t : townshipOwned()) {
        if (t.name == table)
            return true;
    }
    return false;
}

QList<QByteArray> SyncTables::columnNames(const QSqlQuery& query)
{
    const QSqlRecord record = query.record();
    QList<QByteArray> names;
    for (int i = 0; i < record.count(); ++i)
        names.append(record.fieldName(i).toUtf8());
    return names;
}

namespace {

// A JSON string (RFC 8259): quotes, backslashes and control characters escaped; UTF-8 passes through.
void appendJsonString(QByteArray& out, const QByteArray& utf8)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20) {
            out += "\\u00";
            out += hex[u >> 4];
            out += hex[u & 0xf];
        } else {
            out += c;
        }
    }
    out += '"';
}

} // namespace

// Written by hand rather than through QJsonObject: an export writes hundreds of thousands of rows,
// and this is several times faster. Columns keep the table's order.
QByteArray SyncTables::rowJson(const QSqlQuery& query, const QList<QByteArray>& columns)
{
    QByteArray out;
    out.reserve(64 * columns.size());
    out += '{';
    for (int i = 0; i < columns.size(); ++i) {
        if (i > 0)
            out += ',';
        appendJsonString(out, columns.at(i));
        out += ':';
        const QVariant v = query.value(i);
        if (v.isNull()) {
            out += "null";
            continue;
        }
        switch (v.typeId()) {
        case QMetaType::LongLong:
        case QMetaType::Int:
            out += QByteArray::number(v.toLongLong());
            break;
        case QMetaType::Double:
            out += QByteArray::number(v.toDouble(), 'g', 17);
            break;
        case QMetaType::QByteArray:
            appendJsonString(out, v.toByteArray().toHex());
            break;
        default:
            appendJsonString(out, v.toString().toUtf8());
        }
    }
    out += '}';
    return out;
}

} // namespace Doudi
