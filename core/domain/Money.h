#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace Doudi {

// An amount of money in integer fen (分). Never floating point (KMyMoney's MyMoneyMoney).
class Money final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::Money)

public:
    constexpr Money() = default;
    static constexpr Money fromFen(qint64 fen) { return Money(fen); }
    static constexpr Money fromYuan(qint64 yuan) { return Money(yuan * 100); }

    // Reads what a clerk types: `1234`, `1,234.5`, `1234.50`, `-12.3`, `1,234.50 元`, `¥12`.
    // At most two decimals; anything else is an error that says what is wrong.
    static Result<Money> parse(const QString& text);

    constexpr qint64 fen() const { return m_fen; }
    constexpr bool isNegative() const { return m_fen < 0; }

    // `1,234.50 元` with the locale's group and decimal separators.
    QString format(const QLocale& locale = QLocale()) const;
    // `1,234.50`, for editing and tables where the unit is in the header.
    QString formatPlain(const QLocale& locale = QLocale()) const;
    // The amount in capital numerals for vouchers (大写金额, 会计基础工作规范 Art. 52):
    // 1,440.00 → 壹仟肆佰肆拾元整, 10,005.05 → 壹万零伍元零伍分.
    QString toChineseCapitals() const;

    constexpr Money operator+(Money other) const { return Money(m_fen + other.m_fen); }
    constexpr Money operator-(Money other) const { return Money(m_fen - other.m_fen); }
    constexpr auto operator<=>(const Money&) const = default;

private:
    constexpr explicit Money(qint64 fen)
        : m_fen(fen)
    {}

    qint64 m_fen = 0;
};

} // namespace Doudi
