#pragma once

#include "report/ProgramRecipients.h"
#include "report/Roster.h"

#include <QCoreApplication>
#include <QHash>

namespace Doudi {

// The payment rosters of the township's monthly programs, in the form of the dibao's: a section
// per village signed by each recipient, ID numbers and accounts masked, page subtotals, each
// village's total and the township's. `disability`: 困难残疾人生活补贴和重度残疾人护理补贴 (两项补贴);
// `orphan`: 孤儿、事实无人抚养儿童基本生活费.
class ProgramRoster final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::ProgramRoster)

public:
    static QStringList programsOf(const QString& kind);
    static Roster build(const QString& kind, const QList<ProgramRecipient>& recipients,
                        const QHash<QString, QString>& villageNames, const QString& township, const QDate& month);

private:
    ProgramRoster() = delete;
};

} // namespace Doudi
