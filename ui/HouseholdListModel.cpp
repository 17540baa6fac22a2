#include "HouseholdListModel.h"

#include "domain/IdNumber.h"
#include "domain/Vocabulary.h"

#include <QScopedValueRollback>

#include <utility>

namespace Doudi {

HouseholdListModel::HouseholdListModel(HouseholdRepository& repository, QObject* parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
{
    reload();
}

void HouseholdListModel::setFilter(const QString& villageCode, const QString& search)
{
    if (m_filter.villageCode == villageCode && m_filter.search == search)
        return;
    m_filter.villageCode = villageCode;
    m_filter.search = search;
    reload();
}

void HouseholdListModel::reload()
{
    // The first page comes with the reset; nobody fetches more while the reset is being announced.
    const QScopedValueRollback<bool> fetching(m_fetching, true);
    beginResetModel();
    m_rows.clear();
    m_lastError.clear();
    const auto total = m_repository.count(m_filter);
    m_total = total ? *total : 0;
    m_totalIsAtLeast = !m_filter.search.trimmed().isEmpty() && m_total > m_repository.searchTuning().countsUpTo;
    if (!total)
        m_lastError = total.error().toString();
    if (m_total > 0) {
        auto page = m_repository.list(m_filter, 0, kPageSize);
        if (page)
            m_rows = std::move(page).value();
        else
            m_lastError = page.error().toString();
    }
    endResetModel();
    emit totalCountChanged(m_total);
}

int HouseholdListModel::rowOf(const QString& id)
{
    for (;;) {
        for (qsizetype i = 0; i < m_rows.size(); ++i) {
            if (m_rows[i].id == id)
                return int(i);
        }
        if (!canFetchMore({}))
            return -1;
        fetchMore({});
    }
}

int HouseholdListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HouseholdListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HouseholdListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HouseholdSummary& row = m_rows.at(index.row());
    if (role == kIdRole)
        return row.id;
    if (role == Qt::TextAlignmentRole && index.column() == Members)
        return int(Qt::AlignCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case HeadName:
        // A search that found another member says whom: 李强 — 王秀英（成员）.
        return row.matchedMember.isEmpty() ? row.headName : tr("%1 — %2 (member)").arg(row.headName, row.matchedMember);
    case HeadIdNumber:
        // Masked on screen by default (个人信息保护法); revealing comes with roles and audit.
        return IdNumber::mask(row.headIdNumber);
    case Village:
        return row.villageName;
    case Members:
        return row.memberCount;
    case ResidenceColumn:
        return Vocabulary::residenceLabel(row.residence);
    case Status:
        return Vocabulary::statusLabel(row.status);
    case Address:
        return row.address;
    default:
        return {};
    }
}

QVariant HouseholdListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case HeadName:
        return tr("Head of household");
    case HeadIdNumber:
        return tr("ID number");
    case Village:
        return tr("Village");
    case Members:
        return tr("Members");
    case ResidenceColumn:
        return tr("Residence");
    case Status:
        return tr("Assistance");
    case Address:
        return tr("Address");
    default:
        return {};
    }
}

void HouseholdListModel::sort(int column, Qt::SortOrder order)
{
    static const HouseholdFilter::SortKey keys[ColumnCount] = {
        HouseholdFilter::SortKey::HeadName,  HouseholdFilter::SortKey::HeadIdNumber,
        HouseholdFilter::SortKey::Village,   HouseholdFilter::SortKey::MemberCount,
        HouseholdFilter::SortKey::Residence, HouseholdFilter::SortKey::Status,
        HouseholdFilter::SortKey::Address};
    if (column < 0 || column >= ColumnCount)
        return;
    m_filter.sortKey = keys[column];
    m_filter.descending = order == Qt::DescendingOrder;
    reload();
}

bool HouseholdListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_fetching && (m_rows.size() < m_total || m_totalIsAtLeast);
}

void HouseholdListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    // A view may ask for more while it hears of the rows being inserted: one page at a time.
    const QScopedValueRollback<bool> fetching(m_fetching, true);
    auto page = m_repository.list(m_filter, m_rows.size(), kPageSize);
    if (!page) {
        m_lastError = page.error().toString();
        m_total = m_rows.size(); // stop asking
        m_totalIsAtLeast = false;
        return;
    }
    if (!page->isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
        m_rows.append(*page);
        endInsertRows();
    }
    if (page->size() < kPageSize) {
        // The matches ended: now the total is known.
        const bool wasAtLeast = std::exchange(m_totalIsAtLeast, false);
        m_total = m_rows.size();
        if (wasAtLeast)
            emit totalCountChanged(m_total);
    }
}

} // namespace Doudi
