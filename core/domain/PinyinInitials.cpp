#include "PinyinInitials.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>

namespace Doudi {

namespace {

struct Table
{
    QHash<char16_t, QString> readings; // character → its initials, the most usual first
    QHash<char16_t, QString> surnames; // the same, read as a surname
    QString version;
};

// Read once from resources/pinyin/initials.txt (lines "w:王望…", "sdc:单" and "=sdc:单").
const Table& table()
{
    static const Table loaded = [] {
        Table t;
        QFile file(QStringLiteral(":/pinyin/initials.txt"));
        if (!file.open(QIODevice::ReadOnly))
            return t;
        const QByteArray bytes = file.readAll();
        t.version = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(16));
        const QStringList lines = QString::fromUtf8(bytes).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (QString line : lines) {
            QHash<char16_t, QString>* into = &t.readings;
            if (line.startsWith(QLatin1Char('='))) {
                into = &t.surnames;
                line.remove(0, 1);
            }
            const qsizetype colon = line.indexOf(QLatin1Char(':'));
            if (colon < 1)
                continue;
            const QString letters = line.left(colon);
            for (qsizetype i = colon + 1; i < line.size(); ++i)
                into->insert(line.at(i).unicode(), letters);
        }
        return t;
    }();
    return loaded;
}

// The initials each character of the name can have, in order; spaces and the middle dot of
// transliterated names (阿依·买买提) left out.
QList<QString> choices(const QString& name)
{
    const Table& t = table();
    QList<QString> out;
    for (const QChar c : name) {
        if (c.isSpace() || c == QChar(0x00B7))
            continue;
        const bool first = out.isEmpty();
        if (first) {
            if (const auto s = t.surnames.constFind(c.unicode()); s != t.surnames.cend()) {
                out.append(s.value());
                continue;
            }
        }
        const auto it = t.readings.constFind(c.unicode());
        out.append(it != t.readings.cend() ? it.value() : QString(c.toLower()));
    }
    return out;
}

} // namespace

QString PinyinInitials::of(const QString& name)
{
    QString out;
    for (const QString& letters : choices(name))
        out.append(letters.front());
    return out;
}

QStringList PinyinInitials::variants(const QString& name, int limit)
{
    // Breadth first over the characters, keeping the first `limit`: the usual reading comes
    // first and the most usual alternatives next.
    QStringList out{QString()};
    for (const QString& letters : choices(name)) {
        QStringList next;
        for (const QString& prefix : std::as_const(out)) {
            for (const QChar letter : letters) {
                if (next.size() < limit)
                    next.append(prefix + letter);
            }
        }
        out = next;
    }
    out.removeDuplicates();
    return out;
}

QString PinyinInitials::searchText(const QString& name)
{
    return variants(name).join(QLatin1Char(' '));
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

QString PinyinInitials::tableVersion()
{
    return table().version;
}

} // namespace Doudi
