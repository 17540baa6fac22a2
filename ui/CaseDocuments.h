#pragma once

#include "Result.h"
#include "cases/CaseRecord.h"
#include "domain/Household.h"
#include "security/Session.h"

#include <QCoreApplication>
#include <QString>

namespace Doudi {

class Database;

// The papers of a case as HTML for the print preview: the home-visit form (入户调查表), blank for
// the visit or filled from the recorded visit for the file; the data-matching authorisation
// (家庭经济状况核对授权书) the family signs at acceptance; and the written refusal notice
// (不予批准通知书) with its reason and the family's rights. ID numbers print masked.
class CaseDocuments final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::CaseDocuments)

public:
    // `visit` null: the blank form, for paper.
    static QString visitForm(const QString& township, const QString& villageName, const Household& household,
                             const CaseStep* visit);
    static QString authorisation(const QString& township, const Household& household);
    // 一次性告知书: every material still missing, told at once.
    static QString missingMaterials(const QString& township, const Household& household, const CaseRecord& record);
    static QString refusalNotice(const QString& township, const Household& household, const CaseRecord& refused);

    // Which paper: materials, visit-blank, visit, authorisation, refusal. Loads what it needs for the case and
    // records the print in the audit trail.
    static Result<QString> forCase(Database& database, const Session& session, const CaseRecord& record,
                                   const QString& paper);

private:
    CaseDocuments() = delete;
};

} // namespace Doudi
