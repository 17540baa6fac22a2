#include "BankLayout.h"

#include "domain/JsonReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Doudi {

QStringList BankLayout::fields()
{
    return {QStringLiteral("reference"),   QStringLiteral("account_holder"), QStringLiteral("bank_account"),
            QStringLiteral("amount_yuan"), QStringLiteral("amount_fen"),     QStringLiteral("line"),
            QStringLiteral("village"),     QStringLiteral("for_month"),      QStringLiteral("classification"),
            QStringLiteral("persons"),     QStringLiteral("purpose")};
}

BankLayout BankLayout::standard()
{
    BankLayout layout;
    layout.name = tr("standard");
    layout.columns = {{QStringLiteral("reference"), tr("Reference")},
                      {QStringLiteral("account_holder"), tr("Account holder")},
                      {QStringLiteral("bank_account"), tr("Account number")},
                      {QStringLiteral("amount_yuan"), tr("Amount (yuan)")},
                      {QStringLiteral("purpose"), tr("Purpose")}};
    return layout;
}

Result<BankLayout> BankLayout::fromJson(const QByteArray& json)
{
    const auto document = JsonReader::parseDocument(json);
    if (!document)
        return document.error();
    if (!document->isObject())
        return Error::invalid(QString(), tr("a bank layout is one JSON object"));
    const QJsonObject o = document->object();
    JsonReader r;
    BankLayout layout;
    if (const auto format = r.string(o, QString(), QStringLiteral("format"), true);
        format && *format != QLatin1String("doudi-bank-layout/1"))
        r.addProblem(QStringLiteral("format"), tr("must be “doudi-bank-layout/1”"));
    if (const auto name = r.string(o, QString(), QStringLiteral("name"), true)) {
        layout.name = name->trimmed().left(40);
        if (layout.name.isEmpty())
            r.addProblem(QStringLiteral("name"), tr("name the bank"));
    }
    if (const auto file = r.string(o, QString(), QStringLiteral("file"), false)) {
        if (*file != QLatin1String("csv") && *file != QLatin1String("xlsx"))
            r.addProblem(QStringLiteral("file"), tr("must be csv or xlsx"));
        layout.file = *file;
    }
    if (const auto encoding = r.string(o, QString(), QStringLiteral("encoding"), false)) {
        if (*encoding != QLatin1String("gbk") && *encoding != QLatin1String("utf-8"))
            r.addProblem(QStringLiteral("encoding"), tr("must be gbk or utf-8"));
        layout.encoding = *encoding;
    }
    if (const auto header = r.boolean(o, QString(), QStringLiteral("header"), false))
        layout.header = *header;
    if (const auto columns = r.array(o, QString(), QStringLiteral("columns"), true)) {
        if (columns->isEmpty())
            r.addProblem(QStringLiteral("columns"), tr("a bank file needs at least one column"));
        for (qsizetype i = 0; i < columns->size(); ++i) {
            const QString path = JsonReader::index(QStringLiteral("columns"), i);
            const auto column = r.objectAt(*columns, path, i);
            if (!column)
                continue;
            const auto field = r.string(*column, path, QStringLiteral("field"), true);
            const auto title = r.string(*column, path, QStringLiteral("title"), false);
            if (field && !fields().contains(*field)) {
                r.addProblem(JsonReader::join(path, QStringLiteral("field")),
                             tr("must be one of %1").arg(fields().join(QStringLiteral(", "))));
                continue;
            }
            if (field)
                layout.columns.append({*field, title.value_or(*field).left(40)});
        }
    }
    if (r.hasProblems())
        return r.error();
    return layout;
}

QByteArray BankLayout::toJson() const
{
    QJsonArray cols;
    for (const Column& c : columns)
        cols.append(QJsonObject{{QStringLiteral("field"), c.field}, {QStringLiteral("title"), c.title}});
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("doudi-bank-layout/1")},
                                     {QStringLiteral("name"), name},
                                     {QStringLiteral("file"), file},
                                     {QStringLiteral("encoding"), encoding},
                                     {QStringLiteral("header"), header},
                                     {QStringLiteral("columns"), cols}})
        .toJson(QJsonDocument::Indented);
}

} // namespace Doudi
