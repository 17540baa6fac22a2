#pragma once

#include <QDate>
#include <QString>

namespace Doudi {

// One step of a decision on what a household receives each month (approved_amounts): from
// `fromMonth` on, until a later step of the same decision or a later decision. A gradual exit's
// decision has one step per rate of its schedule and an ending step of nothing.
struct ApprovedAmount
{
    QString id;
    QString householdId;
    qint64 seq = 0; // the decision's number: later decisions win
    QString decisionId;
    QString source; // case, reevaluation, record
    QString caseId;
    QString determinationId;
    QString effectiveFrom;  // YYYY-MM: the decision's first month
    QString fromMonth;      // YYYY-MM: this step's first month
    QString classification; // tekun, dibao, dibao_gradual_exit, dibao_single_person, none
    int persons = 0;
    qint64 baseFen = 0;
    qint64 careFen = 0;
    qint64 incrementsFen = 0;
    qint64 totalFen = 0;
    QDate decidedOn;
    QString decidedBy;
    QString note;

    bool pays() const { return totalFen > 0 && classification != QLatin1String("none"); }
};

} // namespace Doudi
