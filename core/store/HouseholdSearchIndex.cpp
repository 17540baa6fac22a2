#include "store/HouseholdSearchIndex.h"

#include "domain/Household.h"
#include "domain/PinyinInitials.h"
#include "store/StorageError.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Doudi {

namespace {

// Bump when the way documents are written changes: every database rebuilds its index once.
constexpr int kFormat = 1;

// Keeps people, and the readings of one name, apart: no typed term is made into this token.
const QLatin1String kApart(" 0 ");

// Adds a token, a space before it unless one ends the text already (kApart does).
void appendToken(QString* out, const QString& token)
{
    if (!out->isEmpty() && !out->endsWith(QLatin1Char(' ')))
        out->append(QLatin1Char(' '));
    out->append(token);
}

// One token a character: "u" and the code point in hex.
void appendCharacters(QString* out, const QString& text)
{
    for (const char32_t c : text.toUcs4())
        appendToken(out, QLatin1Char('u') + QString::number(quint32(c), 16));
}

// One token for each pair of neighbouring characters: "p", the two code points in hex, an x between.
// Initials are a few letters: a letter's own token is in most households' documents, a pair's in
// few, so that a phrase of pairs is quick to follow where one of letters is not.
void appendPairs(QString* out, const QString& text)
{
    const QList<uint> codes = text.toUcs4();
    for (qsizetype i = 0; i + 1 < codes.size(); ++i)
        appendToken(out, QLatin1Char('p') + QString::number(codes.at(i), 16) + QLatin1Char('x') +
                             QString::number(codes.at(i + 1), 16));
}

// One token for each run of three characters: "d" and the run (an upper-case X as x).
void appendRuns(QString* out, const QString& text)
{
    const QString lower = text.toLower();
    for (qsizetype i = 0; i + 3 <= lower.size(); ++i)
        appendToken(out, QLatin1Char('d') + lower.mid(i, 3));
}

bool isPlainAscii(const QString& text)
{
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
               (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
    });
}

// A village code is digits; anything else (a mistyped filter) still makes one harmless token.
QString villageToken(const QString& code)
{
    if (isPlainAscii(code))
        return QLatin1Char('v') + code.toLower();
    QString characters;
    appendCharacters(&characters, code);
    return QLatin1Char('v') + characters.remove(QLatin1Char(' '));
}

} // namespace

HouseholdSearchIndex::Document HouseholdSearchIndex::document(const QString& villageCode, const QList<Person>& people)
{
    Document d;
    for (const Person& person : people) {
        if (!d.names.isEmpty()) {
            d.names += kApart;
            d.initials += kApart;
            d.initialPairs += kApart;
            d.idNumbers += kApart;
        }
        appendCharacters(&d.names, person.name);
        const QStringList readings = PinyinInitials::variants(person.name);
        for (qsizetype i = 0; i < readings.size(); ++i) {
            if (i > 0) {
                d.initials += kApart;
                d.initialPairs += kApart;
            }
            appendCharacters(&d.initials, readings.at(i));
            appendPairs(&d.initialPairs, readings.at(i));
        }
        appendRuns(&d.idNumbers, person.idNumber);
    }
    d.village = villageToken(villageCode);
    return d;
}

HouseholdSearchIndex::Document HouseholdSearchIndex::document(const Household& household)
{
    QList<Person> people;
    people.reserve(household.members.size());
    for (const Member& m : household.members)
        people.append({m.name, m.idNumber.toString()});
    return document(household.villageCode, people);
}

QString HouseholdSearchIndex::query(Column column, const QString& term, const QString& villageCode)
{
    QString phrase;
    QString columnName;
    switch (column) {
    case Column::Names:
        columnName = QStringLiteral("names");
        appendCharacters(&phrase, term);
        break;
    case Column::Initials:
        if (term.size() == 1) {
            columnName = QStringLiteral("initials");
            appendCharacters(&phrase, term.toLower());
        } else {
            columnName = QStringLiteral("initial_pairs");
            appendPairs(&phrase, term.toLower());
        }
        break;
    case Column::IdNumbers:
        columnName = QStringLiteral("id_numbers");
        appendRuns(&phrase, term);
        break;
    }
    if (phrase.isEmpty())
        return QString();
    QString match = columnName + QStringLiteral(" : \"") + phrase + QLatin1Char('"');
    if (!villageCode.isEmpty())
        match += QStringLiteral(" AND village : ") + villageToken(villageCode);
    return match;
}

QString HouseholdSearchIndex::insertStatement()
{
    return QStringLiteral("INSERT INTO household_search (rowid, names, initials, initial_pairs, id_numbers, village) "
                          "VALUES (?, ?, ?, ?, ?, ?)");
}

void HouseholdSearchIndex::bind(QSqlQuery& insert, qint64 searchId, const Document& d)
{
    insert.addBindValue(searchId);
    for (const QString& v : {d.names, d.initials, d.initialPairs, d.idNumbers, d.village})
        insert.addBindValue(v);
}

QString HouseholdSearchIndex::version()
{
    return QString::number(kFormat) + QLatin1Char('/') + PinyinInitials::tableVersion();
}

Status HouseholdSearchIndex::rebuild(const QSqlDatabase& db)
{
    const auto failed = [](const QSqlQuery& q) {
        return Error::failed(tr("Cannot rebuild the name search: %1").arg(StorageError::describe(q.lastError())));
    };
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("DELETE FROM household_search")))
        return failed(q);
    QSqlQuery insert(db);
    insert.prepare(insertStatement());
    const auto write = [&insert](qint64 searchId, const QString& village, const QList<Person>& people) {
        bind(insert, searchId, document(village, people));
        return insert.exec();
    };
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT o.search_id, h.village_code, m.name, m.id_number FROM households h "
                               "JOIN household_order o ON o.household_id = h.id "
                               "JOIN members m ON m.household_id = h.id AND m.deleted = 0 "
                               "WHERE h.deleted = 0 ORDER BY o.search_id, m.position")))
        return failed(q);
    qint64 searchId = -1;
    QString village;
    QList<Person> people;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (id != searchId && !people.isEmpty()) {
            if (!write(searchId, village, people))
                return failed(insert);
            people.clear();
        }
        searchId = id;
        village = q.value(1).toString();
        people.append({q.value(2).toString(), q.value(3).toString()});
    }
    if (!people.isEmpty() && !write(searchId, village, people))
        return failed(insert);
    return success();
}

} // namespace Doudi
