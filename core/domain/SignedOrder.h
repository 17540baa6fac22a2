#pragma once

#include "domain/PinyinOrder.h"

#include <QList>
#include <QString>

#include <algorithm>
#include <utility>
#include <vector>

namespace Doudi::SignedOrder {

// The order a roster is signed in: by village, then the head of household's name in pinyin order,
// a household's lines together and in the order they came (its members' order).
inline QString key(const QString& villageCode, const QString& headName, const QString& householdId)
{
    return villageCode + QLatin1Char('|') + PinyinOrder::sortKey(headName) + QLatin1Char('|') + householdId;
}

// Sorts `items` by `keyOf(item)`, each key made once rather than at each comparison (thousands of
// lines), equal keys keeping their order.
template <typename T, typename KeyOf>
void sort(QList<T>& items, KeyOf keyOf)
{
    std::vector<std::pair<QString, qsizetype>> order;
    order.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i)
        order.emplace_back(keyOf(items.at(i)), i);
    std::stable_sort(order.begin(), order.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    QList<T> sorted;
    sorted.reserve(items.size());
    for (const auto& [key, i] : order)
        sorted.append(std::move(items[i]));
    items = std::move(sorted);
}

} // namespace Doudi::SignedOrder
