#include "FundLedgerModel.h"

#include "ReadOnlyTable.h"
#include "domain/DisplayFormat.h"
#include "domain/Money.h"
#include "fund/FundTerms.h"

namespace Doudi {

FundLedgerModel::FundLedgerModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void FundLedgerModel::setEntries(QList<FundEntry> entries, const QDate& today)
{
    m_entries = std::move(entries);
    m_today = today;
    setFilter(m_filter);
}

bool FundLedgerModel::matches(const FundEntry& e) const
{
    if (m_filter.year && e.year != m_filter.year)
        return false;
    if (m_filter.month && e.date.month() != m_filter.month)
        return false;
    if (m_filter.kind == QLatin1String("money_in")) {
        if (e.kind != QLatin1String("allocation") && e.kind != QLatin1String("replenishment"))
            return false;
    } else if (!m_filter.kind.isEmpty() && e.kind != m_filter.kind) {
        return false;
    }
    return m_filter.text.isEmpty() || e.recipient.contains(m_filter.text, Qt::CaseInsensitive) ||
           e.document.contains(m_filter.text, Qt::CaseInsensitive) ||
           e.reason.contains(m_filter.text, Qt::CaseInsensitive);
}

void FundLedgerModel::setFilter(const Filter& filter)
{
    beginResetModel();
    m_filter = filter;
    m_shown.clear();
    m_totals = {};
    for (int i = 0; i < m_entries.size(); ++i) {
        const FundEntry& e = m_entries.at(i);
        if (!matches(e))
            continue;
        m_shown.append(i);
        ++m_totals.rows;
        (e.sign > 0 ? m_totals.inFen : m_totals.outFen) += e.sign != 0 ? e.amountFen : 0;
    }
    endResetModel();
}

const FundEntry* FundLedgerModel::entryAt(int row) const
{
    return row >= 0 && row < m_shown.size() ? &m_entries.at(m_shown.at(row)) : nullptr;
}

int FundLedgerModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int FundLedgerModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FundLedgerModel::paperworkText(const FundEntry& e) const
{
    if (e.kind != QLatin1String("payment"))
        return QString();
    if (e.isReversed())
        return tr("reversed");
    if (e.paperworkDone.isValid())
        return tr("in %1").arg(DisplayFormat::date(e.paperworkDone));
    if (e.paperworkDue.isValid())
        return tr("due %1").arg(DisplayFormat::date(e.paperworkDue));
    return QString();
}

QVariant FundLedgerModel::data(const QModelIndex& index, int role) const
{
    const FundEntry* e = entryAt(index.row());
    if (!e)
        return {};
    if (role == Qt::TextAlignmentRole) {
        const bool money = index.column() == InColumn || index.column() == OutColumn || index.column() == BalanceColumn;
        return QVariant::fromValue(Qt::Alignment((money ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    }
    if (role == Qt::ForegroundRole) {
        if (e->paperworkOverdueOn(m_today) && index.column() == PaperworkColumn)
            return ReadOnlyTable::kOverdue;
        if (e->isReversed() || e->kind == QLatin1String("reversal"))
            return QColor(0x75, 0x75, 0x75);
        return {};
    }
    if (role == Qt::ToolTipRole) {
        QStringList lines;
        if (!e->reason.isEmpty() && e->kind != QLatin1String("reversal"))
            lines.append(e->reason);
        if (!e->meetingRef.isEmpty())
            lines.append(tr("Collective decision: %1").arg(e->meetingRef));
        if (!e->overrideReason.isEmpty())
            lines.append(tr("Second payment this year: %1").arg(e->overrideReason));
        if (e->kind == QLatin1String("reversal"))
            lines.append(tr("Reversal: %1").arg(e->reason));
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    if (role != Qt::DisplayRole)
        return {};
    const auto money = [](qint64 fen) {
        return Money::fromFen(fen).formatPlain();
    };
    switch (index.column()) {
    case DateColumn:
        return DisplayFormat::date(e->date);
    case VoucherColumn:
        return e->document;
    case KindColumn:
        return FundTerms::kindLabel(e->kind);
    case RecipientColumn:
        return e->recipient;
    case ReasonColumn:
        if (e->kind == QLatin1String("quota"))
            return tr("%1 quota: %2").arg(e->year).arg(money(e->amountFen));
        if (e->kind == QLatin1String("carry_forward"))
            return tr("%1 closed, carried forward").arg(e->year);
        return e->reasonType.isEmpty() ? e->reason
                                       : FundTerms::reasonTypeLabel(e->reasonType) + QStringLiteral(" · ") + e->reason;
    case MethodColumn:
        return e->method.isEmpty() ? QString() : FundTerms::methodLabel(e->method);
    case InColumn:
        return e->sign > 0 ? money(e->amountFen) : QString();
    case OutColumn:
        return e->sign < 0 ? money(e->amountFen) : QString();
    case BalanceColumn:
        return money(e->balanceAfterFen);
    case PeopleColumn:
        return e->approvedBy.isEmpty() || e->approvedBy == e->preparedBy
                   ? e->preparedBy
                   : e->preparedBy + QStringLiteral(" / ") + e->approvedBy;
    case PaperworkColumn:
        return paperworkText(*e);
    default:
        return {};
    }
}

QVariant FundLedgerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case VoucherColumn:
        return tr("Voucher");
    case KindColumn:
        return tr("Entry");
    case RecipientColumn:
        return tr("Recipient");
    case ReasonColumn:
        return tr("Reason");
    case MethodColumn:
        return tr("Method");
    case InColumn:
        return tr("In (元)");
    case OutColumn:
        return tr("Out (元)");
    case BalanceColumn:
        return tr("Balance (元)");
    case PeopleColumn:
        return tr("Prepared / approved");
    case PaperworkColumn:
        return tr("Paperwork");
    default:
        return {};
    }
}

} // namespace Doudi
