#pragma once

#include <QString>

namespace Doudi {

// Names in the order a clerk looks them up: by pinyin, as QCollator sorts Chinese (黎明 before 李强
// before 刘丽), not by code point. The order of each character comes from a committed table
// (tools/make-pinyin-order, from ICU through QCollator), so the key is the same on every machine
// and the store sorts by it through an index.
class PinyinOrder final
{
public:
    // A text whose byte order is the name's pinyin order: four hex digits per character, its place
    // in the table. A character the table lacks sorts after all it has.
    static QString sortKey(const QString& name);
    // Changes when the table does: stored keys made with another table are rebuilt.
    static QString tableVersion();

private:
    PinyinOrder() = delete;
};

} // namespace Doudi
