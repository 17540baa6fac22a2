#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Doudi {

// The words of the reserve fund: the codes that are stored and typed on the command line, and
// their labels for people.
class FundTerms final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::FundTerms)

public:
    static QStringList kinds();       // quota, allocation, replenishment, payment, reversal, …
    static QStringList reasonTypes(); // emergency, expenditure
    static QStringList methods();     // cash, bank, in_kind

    static QString kindLabel(const QString& kind);
    static QString reasonTypeLabel(const QString& reasonType);
    static QString methodLabel(const QString& method);

private:
    FundTerms() = delete;
};

} // namespace Doudi
