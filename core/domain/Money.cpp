#include "Money.h"
#include "domain/SafeQuote.h"

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
            return Error::invalid(QString(), tr("“%1” is not a number").arg(SafeQuote::of(input.trimmed())));
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

QString Money::toChineseCapitals() const
{
    static const QString digits = QStringLiteral("零壹贰叁肆伍陆柒捌玖");
    static const QString places[] = {QString(), QStringLiteral("拾"), QStringLiteral("佰"), QStringLiteral("仟")};
    static const QString groups[] = {QString(), QStringLiteral("万"), QStringLiteral("亿"), QStringLiteral("万亿")};
    const qint64 absolute = m_fen < 0 ? -m_fen : m_fen;
    qint64 yuan = absolute / 100;
    const int jiao = int(absolute / 10 % 10);
    const int fen = int(absolute % 10);

    // The yuan in groups of four digits (个, 万, 亿, 万亿), highest first. A run of zeros inside
    // the number is read as one 零; zeros at the end of a group are not read.
    QList<int> fours;
    for (; yuan > 0; yuan /= 10000)
        fours.prepend(int(yuan % 10000));
    QString text;
    bool zeroPending = false;
    for (qsizetype g = 0; g < fours.size(); ++g) {
        const int value = fours.at(g);
        const qsizetype groupIndex = fours.size() - 1 - g;
        if (value == 0) {
            zeroPending = !text.isEmpty();
            continue;
        }
        if (!text.isEmpty() && (zeroPending || value < 1000))
            text += digits.at(0);
        bool zeroInGroup = false;
        for (int place = 3; place >= 0; --place) {
            int divisor = 1;
            for (int i = 0; i < place; ++i)
                divisor *= 10;
            const int d = value / divisor % 10;
            if (d == 0) {
                zeroInGroup = zeroInGroup || value / divisor > 0;
                continue;
            }
            if (zeroInGroup)
                text += digits.at(0);
            zeroInGroup = false;
            text += digits.at(d) + places[place];
        }
        text += groups[std::min<qsizetype>(groupIndex, 3)];
        zeroPending = false;
    }
    const bool hasYuan = !text.isEmpty();
    if (hasYuan || (jiao == 0 && fen == 0))
        text += (hasYuan ? QString() : QString(digits.at(0))) + QStringLiteral("元");
    if (jiao > 0)
        text += digits.at(jiao) + QStringLiteral("角");
    else if (fen > 0 && hasYuan)
        text += digits.at(0);
    if (fen > 0)
        text += digits.at(fen) + QStringLiteral("分");
    else
        text += QStringLiteral("整");
    return m_fen < 0 ? QStringLiteral("负") + text : text;
}

QString Money::format(const QLocale& locale) const
{
    return formatPlain(locale) + QStringLiteral(" 元");
}

} // namespace Doudi
