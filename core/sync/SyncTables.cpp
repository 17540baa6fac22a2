#include "SyncTables.h"

#include <QJsonDocument>
#include <QJsonObject>
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

QByteArray SyncTables::rowJson(const QSqlQuery& query)
{
    const QSqlRecord record = query.record();
    QJsonObject row;
    for (int i = 0; i < record.count(); ++i) {
        const QVariant v = query.value(i);
        QJsonValue value;
        switch (v.typeId()) {
        case QMetaType::LongLong:
        case QMetaType::Int:
            value = v.toLongLong();
            break;
        case QMetaType::Double:
            value = v.toDouble();
            break;
        case QMetaType::QByteArray:
            value = QString::fromLatin1(v.toByteArray().toHex());
            break;
        default:
            value = v.isNull() ? QJsonValue() : QJsonValue(v.toString());
        }
        row.insert(record.fieldName(i), value);
    }
    return QJsonDocument(row).toJson(QJsonDocument::Compact);
}

} // namespace Doudi
