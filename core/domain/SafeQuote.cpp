#include "SafeQuote.h"

#include "domain/IdNumber.h"

#include <QRegularExpression>

namespace Doudi {

QString SafeQuote::of(const QString& value)
{
    // Masked before it is cut, so an ID number that straddles the cut is masked too.
    QString text = value.left(kMaxCharacters * 2).simplified();
    static const QRegularExpression idShaped(QStringLiteral("\\d{15,17}[\\dXx]"));
    QList<QRegularExpressionMatch> matches;
    for (QRegularExpressionMatchIterator it = idShaped.globalMatch(text); it.hasNext();)
        matches.prepend(it.next());
    for (const QRegularExpressionMatch& m : matches)
        text.replace(m.capturedStart(), m.capturedLength(), IdNumber::mask(m.captured()));
    // What is left out is marked as left out.
    if (text.size() > kMaxCharacters || value.size() > kMaxCharacters * 2)
        return text.left(kMaxCharacters - 1) + QChar(0x2026);
    return text;
}

} // namespace Doudi
