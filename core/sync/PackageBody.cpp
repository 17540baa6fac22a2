#include "PackageBody.h"

#include <QJsonDocument>

#include <sodium.h>

namespace Doudi {

QByteArray PackageBody::serialize() const
{
    QByteArray out;
    out.reserve(64 + records.size() * 256);
    out += kFormat + '\n' + QJsonDocument(meta).toJson(QJsonDocument::Compact) + '\n';
    for (const PackageRecord& r : records) {
        out += r.table.toUtf8();
        out += '\t';
        out += r.key.toUtf8();
        out += '\t';
        out += r.json;
        out += '\n';
    }
    return out;
}

Result<PackageBody> PackageBody::parse(const QByteArray& bytes)
{
    const auto damaged = [](qsizetype line) {
        return Error::failed(tr("The package's contents are damaged (line %1).").arg(line));
    };
    PackageBody body;
    qsizetype at = 0;
    qsizetype lineNumber = 0;
    const auto nextLine = [&]() -> std::optional<QByteArrayView> {
        if (at >= bytes.size())
            return std::nullopt;
        const qsizetype end = bytes.indexOf('\n', at);
        if (end < 0)
            return std::nullopt; // every line ends with a newline: a missing one means cut short
        const QByteArrayView line(bytes.constData() + at, end - at);
        at = end + 1;
        ++lineNumber;
        return line;
    };
    const auto format = nextLine();
    if (!format || *format != kFormat)
        return Error::failed(tr("The package's contents are not in a format this Doudi reads."));
    const auto meta = nextLine();
    if (!meta)
        return damaged(2);
    QJsonParseError error{};
    const QJsonDocument metaDoc = QJsonDocument::fromJson(meta->toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !metaDoc.isObject())
        return damaged(2);
    body.meta = metaDoc.object();
    while (at < bytes.size()) {
        const auto line = nextLine();
        if (!line)
            return damaged(lineNumber + 1);
        const qsizetype tab1 = line->indexOf('\t');
        const qsizetype tab2 = tab1 < 0 ? -1 : line->indexOf('\t', tab1 + 1);
        if (tab1 <= 0 || tab2 <= tab1 + 1)
            return damaged(lineNumber);
        body.records.append({QString::fromUtf8(line->first(tab1)),
                             QString::fromUtf8(line->sliced(tab1 + 1, tab2 - tab1 - 1)),
                             line->sliced(tab2 + 1).toByteArray()});
    }
    return body;
}

QString PackageBody::digestOf(const QByteArray& bytes)
{
    QByteArray digest(32, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(digest.data()), size_t(digest.size()),
                       reinterpret_cast<const unsigned char*>(bytes.constData()), size_t(bytes.size()), nullptr, 0);
    return QString::fromLatin1(digest.toHex());
}

QMap<QString, int> PackageBody::counts() const
{
    QMap<QString, int> out;
    for (const PackageRecord& r : records)
        ++out[r.isTombstone() ? r.table + QStringLiteral(" (deleted)") : r.table];
    return out;
}

QJsonObject PackageBody::countsJson(const QMap<QString, int>& counts)
{
    QJsonObject out;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

} // namespace Doudi
