#include "Money.h"

#include <limits>

namespace Doudi {

Result<Money> Money::parse(const QString& input)
{
    QString text = input.trimmed();
    for (const QString& unit : {QStringLiteral("元"), QStringLiteral("¥"), QStringLiteral("￥")})
        text.remove(unit);
    text.remove(QLatin1Char(' '));
    text.remove(QLatin1Char(','));
    if (text.isEmpty())
        return Error::invalid(QString(), tr("no amount was entered"));

    bool negative = false;
    if (text.startsWith(QLatin1Char('-'))) {
        negative = true;
        text.remove(0, 1);
    }

    const qsizetype point = text.indexOf(QLatin1Char('.'));
    const QString whole = point < 0 ? text : text.left(point);
    const QString fraction = point < 0 ? QString() : text.mid(point + 1);
    if (fraction.size() > 2)
        return Error::invalid(QString(), tr("has more than two decimal places (the smallest unit is one fen)"));
    if (whole.isEmpty() && fraction.isEmpty())
        return Error::invalid(QString(), tr("is not a number"));
    for (const QChar c : QString(whole + fraction)) {
        if (c.unicode() < '0' || c.unicode() > '9')
            return Error::invalid(QString(), tr("“%1” is not a number").arg(input.trimmed()));
    }
    // 15 digits of yuan is far beyond any real amount and keeps fen within qint64.
    if (whole.size() > 15)
        return Error::invalid(QString(), tr("is too large"));

    qint64 fen = whole.isEmpty() ? 0 : whole.toLongLong() * 100;
    if (!fraction.isEmpty())
        fen += fraction.size() == 1 ? fraction.toLongLong() * 10 : fraction.toLongLong();
    return Money(negative ? -fen : fen);
}

QString Money::formatPlain(const QLocale& locale) const
{
    // Whole yuan go through the locale for grouping; the fen are always two digits.
    const qint64 absolute = m_fen < 0 ? -m_fen : m_fen;
    QLocale grouped = locale;
    grouped.setNumberOptions(grouped.numberOptions() & ~QLocale::OmitGroupSeparator);
    QString text = grouped.toString(absolute / 100) + grouped.decimalPoint() +
                   QStringLiteral("%1").arg(absolute % 100, 2, 10, QLatin1Char('0'));
    if (m_fen < 0)
        text.prepend(grouped.negativeSign());
    return text;
}

QString Money::format(const QLocale& locale) const
{
    return formatPlain(locale) + QStringLiteral(" 元");
}

} // namespace Doudi
