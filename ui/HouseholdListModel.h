#pragma once

#include "store/HouseholdRepository.h"

#include <QAbstractTableModel>

namespace Doudi {

// The household list over the store, fetched a page at a time as the view scrolls, so that a
// township of 50,000 households opens at once. Sorting and filtering are done by SQL.
class HouseholdListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HouseholdListModel)

public:
    enum Column
    {
        HeadName,
        HeadIdNumber,
        Village,
        Members,
        ResidenceColumn,
        Status,
        Address,
        ColumnCount
    };
    static constexpr int kIdRole = Qt::UserRole + 1;
    static constexpr int kPageSize = 200;

    HouseholdListModel(HouseholdRepository& repository, QObject* parent = nullptr);

    void setFilter(const QString& villageCode, const QString& search);
    const HouseholdFilter& filter() const { return m_filter; }
    // Re-reads from the store, keeping filter and order.
    void reload();
    // All households that match the filter, not only those fetched so far — or, for a search that
    // matches more than the repository counts (totalIsAtLeast), that many: the list fetches on
    // until the matches end, and then knows the total.
    qint64 totalCount() const { return m_total; }
    bool totalIsAtLeast() const { return m_totalIsAtLeast; }
    // The row of a household among those fetched, fetching further pages until found; -1 if absent.
    int rowOf(const QString& id);
    const QString& lastError() const { return m_lastError; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void totalCountChanged(qint64 total);

private:
    HouseholdRepository& m_repository;
    HouseholdFilter m_filter;
    QList<HouseholdSummary> m_rows;
    qint64 m_total = 0;
    bool m_totalIsAtLeast = false;
    QString m_lastError;
    bool m_fetching = false;
};

} // namespace Doudi
