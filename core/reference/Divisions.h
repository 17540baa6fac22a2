#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace Doudi {

// The National Bureau of Statistics' 2023 division codes, built into the program
// (resources/divisions): every county and township of China and every village and residents'
// committee of 吉林省. A starting point an administrator confirms, never a constraint on old
// records: people keep the code of where they were first registered, and villages merge.
class Divisions final
{
    Q_DISABLE_COPY_MOVE(Divisions)

public:
    struct County
    {
        QString code; // 6 digits
        QString name;
        QString city;
        QString province;
    };
    struct Township
    {
        QString code; // 9 digits
        QString name;
        QString countyCode;
    };
    struct Village
    {
        QString code; // 12 digits
        QString name;
        bool urban = false; // a residents' committee (社区, 居委会) rather than a villagers' committee
    };

    // The built-in list, read from the resources on first use (safe from any thread).
    static const Divisions& builtIn();

    std::optional<County> county(const QString& code) const;
    std::optional<Township> township(const QString& code) const;
    // The villages of a township in code order; empty outside 吉林省 or for an unknown code.
    QList<Village> villagesOf(const QString& townshipCode) const;
    // Whether the list has villages for this township's province at all.
    bool hasVillagesFor(const QString& townshipCode) const;

    // Townships whose name or county's name contains `text`, or whose code starts with it
    // (六道沟 → 220681101), best matches first: exact name, name prefix, then the rest.
    QList<Township> searchTownships(const QString& text, int limit = 50) const;
    // "吉林省白山市临江市六道沟镇": where a township lies, as a clerk reads it.
    QString fullName(const Township& township) const;
    // "临江市" for 220681; the city's district list has the city before it ("白山市浑江区").
    QString regionName(const QString& countyCode) const;

    // A residents' committee is urban (…社区, …居委会); a villagers' committee (…村) is rural.
    static bool isUrbanName(const QString& name);

private:
    Divisions();

    QHash<QString, County> m_counties;
    QHash<QString, Township> m_townships;
    QList<QString> m_townshipOrder; // codes in file order, for a stable search
    QHash<QString, QList<Village>> m_villages;
    QString m_villageProvinces; // 2-digit codes with villages, e.g. "22"
};

} // namespace Doudi
