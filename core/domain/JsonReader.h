#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace Doudi {

// Reads typed values out of JSON objects and collects one Problem per wrong field, with its path,
// so that a parser can report everything that is wrong in one pass.
class JsonReader final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::JsonReader)

public:
    // The document, or an input error saying where the JSON breaks.
    static Result<QJsonDocument> parseDocument(const QByteArray& json);

    void addProblem(const QString& path, const QString& message) { m_problems.append({path, message}); }
    const QList<Problem>& problems() const { return m_problems; }
    bool hasProblems() const { return !m_problems.isEmpty(); }
    Error error() const { return Error(Error::Kind::InvalidInput, m_problems); }

    static QString join(const QString& base, const QString& key)
    {
        return base.isEmpty() ? key : base + QLatin1Char('.') + key;
    }
    static QString index(const QString& base, qsizetype i)
    {
        return base + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
    }

    // Each returns nullopt (with a problem recorded when `required` or present with a wrong type).
    std::optional<QString> string(const QJsonObject& o, const QString& base, const QString& key, bool required);
    std::optional<qint64> integer(const QJsonObject& o, const QString& base, const QString& key, bool required);
    // A whole number that must not be negative (amounts in fen, counts).
    std::optional<qint64> nonNegative(const QJsonObject& o, const QString& base, const QString& key, bool required);
    std::optional<bool> boolean(const QJsonObject& o, const QString& base, const QString& key, bool required);
    std::optional<QJsonObject> object(const QJsonObject& o, const QString& base, const QString& key, bool required);
    std::optional<QJsonArray> array(const QJsonObject& o, const QString& base, const QString& key, bool required);
    // A list whose every member is text.
    std::optional<QStringList> stringList(const QJsonObject& o, const QString& base, const QString& key, bool required);

    // A member of an array that must be an object.
    std::optional<QJsonObject> objectAt(const QJsonArray& a, const QString& path, qsizetype i);

private:
    // The value at key, or nullopt after recording "missing" when required; null counts as absent.
    std::optional<QJsonValue> present(const QJsonObject& o, const QString& path, const QString& key, bool required);

    QList<Problem> m_problems;
};

} // namespace Doudi
