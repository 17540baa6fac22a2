#include "PinyinOrder.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>

namespace Doudi {

namespace {

constexpr int kUnknown = 0xFFFF; // after every character the table has

struct Table
{
    QHash<char16_t, int> rank; // a character's line in the table, from 1
    QString version;
};

// Read once from resources/pinyin/order.txt: one line per rank, characters ranked equal together.
const Table& table()
{
    static const Table loaded = [] {
        Table t;
        QFile file(QStringLiteral(":/pinyin/order.txt"));
        if (!file.open(QIODevice::ReadOnly))
            return t;
        const QByteArray bytes = file.readAll();
        t.version = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(16));
        const QStringList lines = QString::fromUtf8(bytes).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        t.rank.reserve(lines.size() + 100);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            for (const QChar c : lines.at(i))
                t.rank.insert(c.unicode(), int(i) + 1);
        }
        return t;
    }();
    return loaded;
}

} // namespace

QString PinyinOrder::sortKey(const QString& name)
{
    const Table& t = table();
    const QString trimmed = name.trimmed();
    QString key;
    key.reserve(trimmed.size() * 4);
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        if (c.isHighSurrogate() && i + 1 < trimmed.size() && trimmed.at(i + 1).isLowSurrogate())
            ++i; // a character beyond the table's plane: one unknown character
        key += QStringLiteral("%1").arg(t.rank.value(c.unicode(), kUnknown), 4, 16, QLatin1Char('0'));
    }
    return key;
}

QString PinyinOrder::tableVersion()
{
    return table().version;
}

} // namespace Doudi
