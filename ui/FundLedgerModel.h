#pragma once

#include "fund/FundEntry.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace Doudi {

// The reserve fund's ledger as a table: every entry in ledger order with its running balance,
// narrowed to a year, a month, a kind and a search text. Money in and out in separate columns, so
// that the totals of what is shown can be read off the foot of the list.
class FundLedgerModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FundLedgerModel)

public:
    enum Column
    {
        DateColumn,
        VoucherColumn,
        KindColumn,
        RecipientColumn,
        ReasonColumn,
        MethodColumn,
        InColumn,
        OutColumn,
        BalanceColumn,
        PeopleColumn,
        PaperworkColumn,
        ColumnCount
    };

    struct Filter
    {
        int year = 0;  // 0: every year
        int month = 0; // 0: the whole year
        QString kind;  // empty: every kind; "money_in" for allocations and replenishments
        QString text;  // part of the recipient, the voucher number or the reason
    };

    struct Totals
    {
        int rows = 0;
        qint64 inFen = 0;
        qint64 outFen = 0;
    };

    explicit FundLedgerModel(QObject* parent = nullptr);

    void setEntries(QList<FundEntry> entries, const QDate& today);
    void setFilter(const Filter& filter);
    const Totals& totals() const { return m_totals; }
    // The entry of a row of what is shown.
    const FundEntry* entryAt(int row) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    bool matches(const FundEntry& e) const;
    QString paperworkText(const FundEntry& e) const;

    QList<FundEntry> m_entries;
    QList<int> m_shown; // indexes into m_entries
    Filter m_filter;
    Totals m_totals;
    QDate m_today;
};

} // namespace Doudi
