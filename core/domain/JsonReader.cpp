#include "JsonReader.h"

#include <QJsonParseError>

#include <limits>

namespace Doudi {

Result<QJsonDocument> JsonReader::parseDocument(const QByteArray& json)
{
    // Notepad and WPS save UTF-8 with a byte order mark; it is not part of the document.
    static const QByteArray bom = QByteArrayLiteral("\xEF\xBB\xBF");
    QJsonParseError parseError;
    QJsonDocument doc = QJsonDocument::fromJson(json.startsWith(bom) ? json.sliced(bom.size()) : json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error::invalid(QString(),
                              tr("not valid JSON at byte %1: %2").arg(parseError.offset).arg(parseError.errorString()));
    return doc;
}

std::optional<QJsonValue> JsonReader::present(const QJsonObject& o, const QString& path, const QString& key,
                                              bool required)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            addProblem(path, tr("is missing"));
        return std::nullopt;
    }
    return v;
}

std::optional<QString> JsonReader::string(const QJsonObject& o, const QString& base, const QString& key, bool required)
{
    const QString path = join(base, key);
    const auto v = present(o, path, key, required);
    if (!v)
        return std::nullopt;
    if (!v->isString()) {
        addProblem(path, tr("must be text"));
        return std::nullopt;
    }
    return v->toString();
}

std::optional<qint64> JsonReader::integer(const QJsonObject& o, const QString& base, const QString& key, bool required)
{
    const QString path = join(base, key);
    const auto v = present(o, path, key, required);
    if (!v)
        return std::nullopt;
    constexpr qint64 sentinel = std::numeric_limits<qint64>::min();
    const qint64 n = v->isDouble() ? v->toInteger(sentinel) : sentinel;
    if (n == sentinel) {
        addProblem(path, tr("must be a whole number"));
        return std::nullopt;
    }
    return n;
}

std::optional<qint64> JsonReader::nonNegative(const QJsonObject& o, const QString& base, const QString& key,
                                              bool required)
{
    const auto n = integer(o, base, key, required);
    if (n && *n < 0) {
        addProblem(join(base, key), tr("must not be negative"));
        return std::nullopt;
    }
    return n;
}

std::optional<bool> JsonReader::boolean(const QJsonObject& o, const QString& base, const QString& key, bool required)
{
    const QString path = join(base, key);
    const auto v = present(o, path, key, required);
    if (!v)
        return std::nullopt;
    if (!v->isBool()) {
        addProblem(path, tr("must be true or false"));
        return std::nullopt;
    }
    return v->toBool();
}

std::optional<QJsonObject> JsonReader::object(const QJsonObject& o, const QString& base, const QString& key,
                                              bool required)
{
    const QString path = join(base, key);
    const auto v = present(o, path, key, required);
    if (!v)
        return std::nullopt;
    if (!v->isObject()) {
        addProblem(path, tr("must be an object"));
        return std::nullopt;
    }
    return v->toObject();
}

std::optional<QJsonArray> JsonReader::array(const QJsonObject& o, const QString& base, const QString& key,
                                            bool required)
{
    const QString path = join(base, key);
    const auto v = present(o, path, key, required);
    if (!v)
        return std::nullopt;
    if (!v->isArray()) {
        addProblem(path, tr("must be a list"));
        return std::nullopt;
    }
    return v->toArray();
}

std::optional<QStringList> JsonReader::stringList(const QJsonObject& o, const QString& base, const QString& key,
                                                  bool required)
{
    const auto list = array(o, base, key, required);
    if (!list)
        return std::nullopt;
    QStringList out;
    const QString path = join(base, key);
    for (qsizetype i = 0; i < list->size(); ++i) {
        if (!list->at(i).isString()) {
            addProblem(index(path, i), tr("must be text"));
            return std::nullopt;
        }
        out.append(list->at(i).toString());
    }
    return out;
}

std::optional<QJsonObject> JsonReader::objectAt(const QJsonArray& a, const QString& path, qsizetype i)
{
    const QJsonValue v = a.at(i);
    if (!v.isObject()) {
        addProblem(index(path, i), tr("must be an object"));
        return std::nullopt;
    }
    return v.toObject();
}

} // namespace Doudi
