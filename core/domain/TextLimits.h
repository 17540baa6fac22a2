#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Doudi {

// How long a text Doudi stores may be. Generous for what offices write (阿依古丽·买买提·… fits a
// name, a home visit's findings fill pages), and a wall against a file whose 50 MB "name" would be
// stored, printed and sent to the city. Checked where the rest of a record is checked, with the
// field's path.
class TextLimits final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::TextLimits)

public:
    static constexpr int kName = 50;       // a person's name, a login's display name, a recipient
    static constexpr int kShortText = 100; // a word of the vocabulary, a document number, a source
    static constexpr int kAddress = 200;   // an address, an asset's note, who was present
    static constexpr int kLongText = 4000; // a reason, a note, a visit's findings

    // The problem of `text` at `field` when it is longer than `max` characters.
    static std::optional<Problem> check(const QString& field, const QString& text, int max);

private:
    TextLimits() = delete;
};

} // namespace Doudi
