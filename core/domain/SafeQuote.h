#pragma once

#include <QString>

namespace Doudi {

// What an error may quote of a value it refuses: at most 40 characters of it (a 50 MB field gives
// a one-line message), on one line, with anything shaped like an ID number masked as the desk
// masks it (220681********0018). The rest of the value stays where it was, never in a message.
class SafeQuote final
{
public:
    static constexpr int kMaxCharacters = 40;
    static QString of(const QString& value);

private:
    SafeQuote() = delete;
};

} // namespace Doudi
