#pragma once

#include "services/BatchEvaluation.h"

#include <QAbstractTableModel>
#include <QHash>

#include <memory>

namespace Doudi {

// The households a batch re-evaluation changes: name, village, classification and amount before
// and after. A model, not a table widget: a new standard can change tens of thousands of rows.
class BatchChangesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchChangesModel)

public:
    enum Column
    {
        HeadName,
        Village,
        Before,
        After,
        AmountBefore,
        AmountAfter,
        ProgramsBefore, // the other programs' monthly amounts
        ProgramsAfter,
        ColumnCount
    };

    BatchChangesModel(std::shared_ptr<const BatchEvaluation> batch, QHash<QString, QString> villageNames,
                      QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const BatchEvaluation> m_batch;
    QHash<QString, QString> m_villageNames;
};

} // namespace Doudi
