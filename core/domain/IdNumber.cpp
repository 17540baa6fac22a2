#include "IdNumber.h"

#include "Clock.h"
#include "domain/DateText.h"

namespace Doudi {

namespace {
constexpr int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr char kCheckCharacters[] = "10X98765432";

bool allDigits(QStringView text, qsizetype* firstBad)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!text[i].isDigit() || text[i].unicode() > '9') {
            *firstBad = i;
            return false;
        }
    }
    return true;
}
} // namespace

QChar IdNumber::checkCharacter(QStringView first17)
{
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17[i].unicode() - '0') * kWeights[i];
    return QLatin1Char(kCheckCharacters[sum % 11]);
}

Result<IdNumber> IdNumber::parse(const QString& input)
{
    QString text = input.trimmed();
    if (text.isEmpty())
        return Error::invalid(QString(), tr("is empty"));

    qsizetype bad = -1;
    if (text.size() == 15) {
        if (!allDigits(text, &bad))
            return Error::invalid(QString(), tr("character %1 is not a digit").arg(bad + 1));
        // Old numbers: insert the century after the region code, then compute the check character.
        text = text.left(6) + QStringLiteral("19") + text.mid(6);
        text.append(checkCharacter(text));
    } else if (text.size() != 18) {
        return Error::invalid(QString(), tr("must have 18 characters, not %1").arg(text.size()));
    }

    if (!allDigits(QStringView(text).left(17), &bad))
        return Error::invalid(QString(), tr("character %1 is not a digit").arg(bad + 1));
    QChar last = text.at(17);
    if (last == QLatin1Char('x'))
        last = QLatin1Char('X');
    if (!(last.isDigit() && last.unicode() <= '9') && last != QLatin1Char('X'))
        return Error::invalid(QString(), tr("the last character must be a digit or X"));
    text[17] = last;

    const QDate birth = DateText::fromDigits(QStringView(text).mid(6, 8));
    if (!birth.isValid())
        return Error::invalid(QString(), tr("characters 7–14 are not a real birth date"));
    if (birth.year() < 1880)
        return Error::invalid(QString(), tr("the birth year %1 is impossible").arg(birth.year()));

    if (birth > Clock::currentDate())
        return Error::invalid(QString(), tr("the birth date is in the future"));

    const QChar expected = checkCharacter(text);
    if (expected != last)
        return Error::invalid(QString(), tr("check character should be %1").arg(expected));

    return IdNumber(text);
}

QDate IdNumber::birthDate() const
{
    return m_text.isEmpty() ? QDate() : DateText::fromDigits(QStringView(m_text).mid(6, 8));
}

Sex IdNumber::sex() const
{
    return (m_text.at(16).unicode() - '0') % 2 == 1 ? Sex::Male : Sex::Female;
}

QString IdNumber::mask(const QString& text)
{
    if (text.size() <= 10)
        return QString(text.size(), QLatin1Char('*'));
    return text.left(6) + QString(text.size() - 10, QLatin1Char('*')) + text.right(4);
}

int ageOn(const QDate& birthDate, const QDate& day)
{
    if (!birthDate.isValid() || !day.isValid() || day < birthDate)
        return 0;
    int age = day.year() - birthDate.year();
    if (day.month() < birthDate.month() || (day.month() == birthDate.month() && day.day() < birthDate.day()))
        --age;
    return age;
}

} // namespace Doudi
