#include "RosterMapping.h"
#include "domain/SafeQuote.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Doudi {

namespace {
const QString kFormat = QStringLiteral("doudi-sheet-mapping/1");
}

std::optional<RosterField> RosterMapping::fieldFor(const QString& header) const
{
    const QString key = RosterColumns::normaliseHeader(header);
    if (key.isEmpty())
        return std::nullopt;
    if (const auto it = columns.constFind(key); it != columns.constEnd())
        return *it;
    return RosterColumns::recognise(key);
}

Result<RosterMapping> RosterMapping::fromJson(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (!document.isObject())
        return Error::invalid(QString(), tr("the mapping file is not JSON: %1").arg(error.errorString()));
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != kFormat)
        return Error::invalid(QStringLiteral("format"), tr("must be %1").arg(kFormat));
    RosterMapping mapping;
    mapping.sheet = root.value(QStringLiteral("sheet")).toString();
    mapping.defaultCategory = root.value(QStringLiteral("default_category")).toString();
    const QJsonObject columns = root.value(QStringLiteral("columns")).toObject();
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        const auto field = RosterColumns::fromCode(it.value().toString());
        if (!field)
            return Error::invalid(QStringLiteral("columns.") + it.key().left(40),
                                  tr("“%1” is not a field; use one of name, id_number, relation, village, category, "
                                     "monthly_benefit, bank_account, phone, … or ignore")
                                      .arg(SafeQuote::of(it.value().toString())));
        mapping.columns.insert(RosterColumns::normaliseHeader(it.key()), *field);
    }
    return mapping;
}

QByteArray RosterMapping::toJson() const
{
    QJsonObject columnsObject;
    for (auto it = columns.begin(); it != columns.end(); ++it)
        columnsObject.insert(it.key(), RosterColumns::code(it.value()));
    QJsonObject root{{QStringLiteral("format"), kFormat}, {QStringLiteral("columns"), columnsObject}};
    if (!sheet.isEmpty())
        root.insert(QStringLiteral("sheet"), sheet);
    if (!defaultCategory.isEmpty())
        root.insert(QStringLiteral("default_category"), defaultCategory);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace Doudi
