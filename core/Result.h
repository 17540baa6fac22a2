#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace Doudi {

// What went wrong, for the person at the desk: a translated message and, for input errors, the
// path of the field it concerns (`members[1].id_number`). Never carries a full ID number.
struct Problem
{
    QString field;
    QString message;

    QString toString() const { return field.isEmpty() ? message : field + QStringLiteral(": ") + message; }
};

// The one error contract of core: no exception crosses its boundary (qBittorrent utils/io.h).
class Error
{
public:
    // InvalidInput maps to CLI exit status 3, Failed (I/O, database, refusal) to status 1.
    enum class Kind
    {
        InvalidInput,
        Failed
    };

    Error() = default;
    Error(Kind kind, QString message)
        : m_kind(kind)
        , m_problems{Problem{QString(), std::move(message)}}
    {}
    Error(Kind kind, QList<Problem> problems)
        : m_kind(kind)
        , m_problems(std::move(problems))
    {}

    static Error failed(QString message) { return Error(Kind::Failed, std::move(message)); }
    static Error invalid(QString field, QString message)
    {
        return Error(Kind::InvalidInput, QList<Problem>{{std::move(field), std::move(message)}});
    }

    Kind kind() const { return m_kind; }
    const QList<Problem>& problems() const { return m_problems; }

    // One line per problem, each naming its field.
    QString toString() const
    {
        QStringList lines;
        for (const auto& p : m_problems)
            lines.append(p.toString());
        return lines.join(QLatin1Char('\n'));
    }

    // Prefixes every field path, so nested parsers report full paths (`members[1]` + `.id_number`).
    Error withFieldPrefix(const QString& prefix) const
    {
        Error copy = *this;
        for (auto& p : copy.m_problems) {
            if (p.field.isEmpty())
                p.field = prefix;
            else if (p.field.startsWith(QLatin1Char('[')))
                p.field = prefix + p.field;
            else
                p.field = prefix + QLatin1Char('.') + p.field;
        }
        return copy;
    }

private:
    Kind m_kind = Kind::Failed;
    QList<Problem> m_problems;
};

struct Unit
{};

// A value or an Error. [[nodiscard]]: a result that is dropped is a bug.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    Result(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    // Reading the value of an error is a bug, never undefined behaviour: it stops the program with
    // a message, in release builds too.
    const T& value() const& { return checked(); }
    T& value() & { return checked(); }
    // By value: `for (x : f().value())` keeps what it walks over alive.
    T value() && { return std::move(checked()); }
    const T& operator*() const& { return checked(); }
    T& operator*() & { return checked(); }
    const T* operator->() const { return &checked(); }
    T* operator->() { return &checked(); }

    const Error& error() const { return m_error; }

private:
    const T& checked() const
    {
        if (!m_value) [[unlikely]]
            qFatal("Doudi: the value of a failed Result was read (a bug; the error was not checked)");
        return *m_value;
    }
    T& checked() { return const_cast<T&>(std::as_const(*this).checked()); }

    std::optional<T> m_value;
    Error m_error;
};

using Status = Result<Unit>;

inline Status success()
{
    return Unit{};
}

} // namespace Doudi
