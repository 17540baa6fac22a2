#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace Doudi {

// A region code (GB/T 2260 with the statistical extensions): 6 digits for a county-level city,
// 9 for a township, 12 for a village. Whether a code is in the current list is a separate,
// softer question: people keep the code of where they were first registered.
class RegionCode final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::RegionCode)

public:
    enum class Level
    {
        County,
        Township,
        Village
    };

    RegionCode() = default;
    static Result<RegionCode> parse(const QString& text);

    bool isNull() const { return m_code.isEmpty(); }
    const QString& toString() const { return m_code; }
    Level level() const;
    // The township of a village, the county of a township; null for a county.
    RegionCode parent() const;
    bool contains(const RegionCode& other) const { return other.m_code.startsWith(m_code); }

    bool operator==(const RegionCode&) const = default;

private:
    explicit RegionCode(QString code)
        : m_code(std::move(code))
    {}

    QString m_code;
};

} // namespace Doudi
