#include "TextLimits.h"

namespace Doudi {

std::optional<Problem> TextLimits::check(const QString& field, const QString& text, int max)
{
    if (text.size() <= max)
        return std::nullopt;
    return Problem{field, tr("is %1 characters long; it may have at most %2").arg(text.size()).arg(max)};
}

} // namespace Doudi
