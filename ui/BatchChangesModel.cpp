#include "BatchChangesModel.h"

#include "domain/Money.h"
#include "rules/DeterminationJson.h"

namespace Doudi {

namespace {
QString programsTotal(const QMap<QString, qint64>& byProgram)
{
    qint64 total = 0;
    for (const qint64 fen : byProgram)
        total += fen;
    return Money::fromFen(total).format();
}
} // namespace

BatchChangesModel::BatchChangesModel(std::shared_ptr<const BatchEvaluation> batch, QHash<QString, QString> villageNames,
                                     QObject* parent)
    : QAbstractTableModel(parent)
    , m_batch(std::move(batch))
    , m_villageNames(std::move(villageNames))
{}

int BatchChangesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_batch ? 0 : int(m_batch->preview().changedItems.size());
}

int BatchChangesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BatchChangesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BatchItem& item = m_batch->items().at(m_batch->preview().changedItems.at(index.row()));
    if (role == Qt::TextAlignmentRole && index.column() >= AmountBefore)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case HeadName: {
        const Member* head = item.household.head();
        return head ? head->name : QString();
    }
    case Village:
        return m_villageNames.value(item.household.villageCode, item.household.villageCode);
    case Before:
        return item.previous ? DeterminationJson::classificationLabel(item.previous->classification) : tr("(none)");
    case After:
        return DeterminationJson::classificationLabel(item.result.classification);
    case AmountBefore:
        return item.previous ? Money::fromFen(item.previous->totalFen).format() : QString();
    case AmountAfter:
        return Money::fromFen(item.result.totalFen).format();
    case ProgramsBefore:
        return item.previous ? programsTotal(item.previous->programsFen) : QString();
    case ProgramsAfter:
        return programsTotal(item.programsFen);
    default:
        return {};
    }
}

QVariant BatchChangesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case HeadName:
        return tr("Head of household");
    case Village:
        return tr("Village");
    case Before:
        return tr("Before");
    case After:
        return tr("After");
    case AmountBefore:
        return tr("Monthly before");
    case AmountAfter:
        return tr("Monthly after");
    case ProgramsBefore:
        return tr("Other programs before");
    case ProgramsAfter:
        return tr("Other programs after");
    default:
        return {};
    }
}

} // namespace Doudi
