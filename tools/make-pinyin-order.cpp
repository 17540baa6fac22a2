// Writes resources/pinyin/order.txt: every character a name is written with, in the order QCollator
// sorts Chinese (zh_CN, ICU's pinyin order) — one line per character, characters ICU ranks
// equal on one line. Doudi's sort key for a name (PinyinOrder) is the line number of each of its
// characters, so the store can sort 58,000 households by name through an index, in the same order
// on every machine, including a Windows PC whose Qt has no ICU.
//
//     cmake --build build/debug --target make-pinyin-order
//     build/debug/tools/make-pinyin-order resources/pinyin/initials.txt resources/pinyin/order.txt
//
// Run it again when the pinyin table changes; the output is committed.
#include <QCollator>
#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QSet>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: make-pinyin-order INITIALS.txt ORDER.txt\n");
        return 2;
    }
    QFile initials(args.at(1));
    if (!initials.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(args.at(1)));
        return 1;
    }
    // The Han characters of the pinyin table ("w:王望…" and "=sdc:单"), then what else a name may
    // hold: Latin letters and digits (plain and full-width) and the dots of minority names.
    QSet<QChar> seen;
    QList<QChar> characters;
    const auto add = [&](QChar c) {
        if (!seen.contains(c)) {
            seen.insert(c);
            characters.append(c);
        }
    };
    for (const QString& line : QString::fromUtf8(initials.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        for (const QChar c : line.mid(line.indexOf(QLatin1Char(':')) + 1))
            add(c);
    }
    for (char16_t c = 0x21; c < 0x7F; ++c)
        add(QChar(c));
    for (char16_t c = 0xFF01; c < 0xFF5F; ++c)
        add(QChar(c));
    for (char16_t c : {u'\u00B7', u'\u2022', u'\u30FB', u'\u2027'})
        add(QChar(c));

    // Case does not order names (ICU weighs it only when all else is equal).
    QCollator pinyin(QLocale(QLocale::Chinese, QLocale::China));
    pinyin.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(characters.begin(), characters.end(),
                     [&pinyin](QChar a, QChar b) { return pinyin.compare(QString(a), QString(b)) < 0; });

    QFile out(args.at(2));
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(args.at(2)));
        return 1;
    }
    QString text;
    int lines = 0;
    for (qsizetype i = 0; i < characters.size(); ++i) {
        if (i > 0) {
            if (pinyin.compare(QString(characters[i - 1]), QString(characters[i])) != 0) {
                text += QLatin1Char('\n');
                ++lines;
            }
        }
        text += characters[i];
    }
    text += QLatin1Char('\n');
    out.write(text.toUtf8());
    std::printf("%lld characters on %d lines\n", static_cast<long long>(characters.size()), lines + 1);
    return 0;
}
