#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

class QSqlQuery;

namespace Doudi {

struct Household;

// The full-text index household_search (SQLite FTS5, schema 24): one document for each live
// household, so that search as you type over half a million people is an index lookup, not a
// scan of every member. Doudi writes the tokens itself, with SQLite's plain ASCII tokenizer:
// - a name, one token a character ("u738b" for 王): a typed part of a name is a phrase of them;
// - the pinyin initials, one token a letter, and again one token a pair of neighbouring letters
//   (a typed run of two or more is a phrase of pairs), each reading of a polyphonic name apart;
// - an ID number, one token for each run of three characters ("d195"), so that a fragment of
//   three or more is a phrase of its runs;
// - the village ("v220681100201"), for a cadre's search within it.
// People (and readings) are kept apart by a token no typed term makes, so a phrase never runs
// from one person into the next: a match is exactly a member whose name, initials or ID number
// holds the typed text, as the members table itself would say.
class HouseholdSearchIndex final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::HouseholdSearchIndex)

public:
    enum class Column
    {
        Names,
        Initials,
        IdNumbers
    };
    struct Person
    {
        QString name;
        QString idNumber;
    };
    struct Document
    {
        QString names;
        QString initials;
        QString initialPairs;
        QString idNumbers;
        QString village;
    };

    static Document document(const QString& villageCode, const QList<Person>& people);
    static Document document(const Household& household);
    // The MATCH expression for a typed term in one column, within a village when one is given.
    // Empty when the index cannot answer: an ID fragment of fewer than three characters.
    static QString query(Column column, const QString& term, const QString& villageCode);
    // The statement writing one document, and its values bound to it: the document's rowid (the
    // household's search_id in household_order), then its columns. One row of VALUES: an INSERT …
    // SELECT would open a statement savepoint, and FTS5 flushes its pending terms at each.
    static QString insertStatement();
    static void bind(QSqlQuery& insert, qint64 searchId, const Document& d);

    // The version of the way documents are written (and of the pinyin table the initials come
    // from): a database whose index was written another way is rebuilt at opening.
    static QString version();
    // Writes the document of every live household again, inside the caller's transaction.
    static Status rebuild(const QSqlDatabase& db);

private:
    HouseholdSearchIndex() = delete;
};

} // namespace Doudi
