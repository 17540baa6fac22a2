#include "PinyinInitials.h"

#include <QFile>
#include <QHash>

namespace Doudi {

namespace {
// Character → initial, read once from resources/pinyin/initials.txt (lines "w:王望…").
const QHash<char16_t, char16_t>& table()
{
    static const QHash<char16_t, char16_t> initials = [] {
        QHash<char16_t, char16_t> map;
        QFile file(QStringLiteral(":/pinyin/initials.txt"));
        if (!file.open(QIODevice::ReadOnly))
            return map;
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString& line : lines) {
            if (line.size() < 3 || line.at(1) != QLatin1Char(':'))
                continue;
            for (qsizetype i = 2; i < line.size(); ++i)
                map.insert(line.at(i).unicode(), line.at(0).unicode());
        }
        return map;
    }();
    return initials;
}
} // namespace

QString PinyinInitials::of(const QString& name)
{
    const auto& map = table();
    QString out;
    out.reserve(name.size());
    for (const QChar c : name) {
        if (c.isSpace() || c == QChar(0x00B7)) // 阿依·买买提
            continue;
        const auto it = map.constFind(c.unicode());
        out.append(it != map.cend() ? QChar(it.value()) : c.toLower());
    }
    return out;
}

bool PinyinInitials::looksLikeInitials(const QString& term)
{
    if (term.isEmpty())
        return false;
    for (const QChar c : term) {
        if (!((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))))
            return false;
    }
    return true;
}

} // namespace Doudi
