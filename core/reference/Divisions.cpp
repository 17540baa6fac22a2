#include "Divisions.h"

#include <QFile>

#include <algorithm>

namespace Doudi {

namespace {

// The resource CSVs are plain: a header line, comma-separated fields, no quoting (no name holds a
// comma). Each line calls `row` with its fields.
template <typename Row>
void readCsv(const QString& path, Row row)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QString text = QString::fromUtf8(file.readAll());
    bool header = true;
    for (const QStringView line : QStringView(text).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (header) {
            header = false;
            continue;
        }
        const QList<QStringView> fields = line.trimmed().split(QLatin1Char(','));
        row(fields);
    }
}

} // namespace

const Divisions& Divisions::builtIn()
{
    static const Divisions divisions;
    return divisions;
}

Divisions::Divisions()
{
    readCsv(QStringLiteral(":/divisions/counties-china-2023.csv"), [this](const QList<QStringView>& f) {
        if (f.size() >= 4)
            m_counties.insert(f[0].toString(), {f[0].toString(), f[1].toString(), f[2].toString(), f[3].toString()});
    });
    readCsv(QStringLiteral(":/divisions/townships-china-2023.csv"), [this](const QList<QStringView>& f) {
        if (f.size() < 3)
            return;
        m_townships.insert(f[0].toString(), {f[0].toString(), f[1].toString(), f[2].toString()});
        m_townshipOrder.append(f[0].toString());
    });
    readCsv(QStringLiteral(":/divisions/divisions-jilin-2023.csv"), [this](const QList<QStringView>& f) {
        if (f.size() < 4 || f[0] != QLatin1String("village"))
            return;
        const QString name = f[2].toString();
        m_villages[f[3].toString()].append({f[1].toString(), name, isUrbanName(name)});
        const QString province = f[1].left(2).toString();
        if (!m_villageProvinces.contains(province))
            m_villageProvinces += province + QLatin1Char(' ');
    });
    for (QList<Village>& list : m_villages)
        std::sort(list.begin(), list.end(), [](const Village& a, const Village& b) { return a.code < b.code; });
}

std::optional<Divisions::County> Divisions::county(const QString& code) const
{
    if (const auto it = m_counties.constFind(code); it != m_counties.cend())
        return *it;
    return std::nullopt;
}

std::optional<Divisions::Township> Divisions::township(const QString& code) const
{
    if (const auto it = m_townships.constFind(code); it != m_townships.cend())
        return *it;
    return std::nullopt;
}

QList<Divisions::Village> Divisions::villagesOf(const QString& townshipCode) const
{
    return m_villages.value(townshipCode);
}

bool Divisions::hasVillagesFor(const QString& townshipCode) const
{
    return townshipCode.size() >= 2 && m_villageProvinces.contains(townshipCode.left(2) + QLatin1Char(' '));
}

QList<Divisions::Township> Divisions::searchTownships(const QString& text, int limit) const
{
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return {};
    const bool digits = std::all_of(needle.cbegin(), needle.cend(), [](QChar c) { return c.isDigit(); });
    // Three ranks: the exact name (or code), a name that starts with the text, then any other match.
    QList<Township> ranked[3];
    for (const QString& code : m_townshipOrder) {
        const Township& t = m_townships[code];
        int rank = -1;
        if (digits) {
            if (code == needle)
                rank = 0;
            else if (code.startsWith(needle))
                rank = 1;
        } else if (t.name == needle) {
            rank = 0;
        } else if (t.name.startsWith(needle)) {
            rank = 1;
        } else if (t.name.contains(needle) || fullName(t).contains(needle)) {
            rank = 2;
        }
        if (rank >= 0 && ranked[rank].size() < limit)
            ranked[rank].append(t);
    }
    QList<Township> out = ranked[0] + ranked[1] + ranked[2];
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

QString Divisions::fullName(const Township& township) const
{
    const auto c = county(township.countyCode);
    if (!c)
        return township.name;
    // Beijing's districts belong to "市辖区", which is no name to read out.
    const QString city = c->city == QLatin1String("市辖区") ? QString() : c->city;
    return c->province + city + c->name + township.name;
}

QString Divisions::regionName(const QString& countyCode) const
{
    const auto c = county(countyCode);
    if (!c)
        return QString();
    // A district is read with its city (白山市浑江区); a county-level city or county alone (临江市).
    if (c->name.endsWith(QStringLiteral("区")) && !c->city.isEmpty() && c->city != QLatin1String("市辖区"))
        return c->city + c->name;
    return c->name;
}

bool Divisions::isUrbanName(const QString& name)
{
    return name.endsWith(QStringLiteral("社区")) || name.endsWith(QStringLiteral("居委会"));
}

} // namespace Doudi
