#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace Doudi {

enum class Sex
{
    Male,
    Female
};

// A 公民身份号码 (GB 11643-1999): 18 characters, region, birth date, sequence and check character.
// Always held normalised: 18 characters, an upper-case X.
class IdNumber final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::IdNumber)

public:
    IdNumber() = default;

    // Accepts 18 characters (a lower-case x is normalised) or an old 15-digit number, which is
    // upgraded to 18. Surrounding spaces are ignored. Errors say exactly what is wrong and never
    // repeat the number itself.
    static Result<IdNumber> parse(const QString& text);

    // The check character for the first 17 digits.
    static QChar checkCharacter(QStringView first17);

    bool isNull() const { return m_text.isEmpty(); }
    const QString& toString() const { return m_text; }
    QString regionCode() const { return m_text.left(6); }
    QDate birthDate() const;
    Sex sex() const;

    // First 6 and last 4 characters shown, the rest as `*` (`220681********123X`).
    QString masked() const { return mask(m_text); }
    static QString mask(const QString& text);

    bool operator==(const IdNumber& other) const = default;

private:
    explicit IdNumber(QString text)
        : m_text(std::move(text))
    {}

    QString m_text;
};

// Completed years between a birth date and a day.
int ageOn(const QDate& birthDate, const QDate& day);

} // namespace Doudi
