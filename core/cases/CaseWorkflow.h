#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

#include "cases/CaseRecord.h"

namespace Doudi {

// The kinds of case a household's file holds, and the steps each may take (最低生活保障审核确认办法
// 民发〔2021〕57号, 特困人员认定办法): one transition table in core, so that an illegal step is
// refused with its reason wherever it is asked for.
class CaseWorkflow final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::CaseWorkflow)

public:
    static QStringList types();   // dibao_application, tekun_application, temporary_assistance, …
    static QStringList states();  // accepted, investigating, noticed, …
    static QStringList actions(); // start_investigation, publish_notice, …
    static QString initialState() { return QStringLiteral("accepted"); }

    // The state after `action`, or nullopt when the type does not allow it from `state`.
    static std::optional<QString> next(const QString& type, const QString& state, const QString& action);
    // Steps that record something without moving the case (a home visit, the city's visit).
    static bool isRecordingOnly(const QString& action);
    static bool isFinal(const QString& state) { return state == QLatin1String("closed"); }

    static QString typeLabel(const QString& type);
    static QString stateLabel(const QString& state);
    static QString actionLabel(const QString& action);
    // start_investigation, notice_end, decision, overall: the time limits of a case.
    static QString deadlineLabel(const QString& step);
    // The due date as the desk shows it: "约 2027年1月5日" when counted without a holiday calendar.
    static QString dueDateText(const CaseDeadline& deadline);
    // The materials an application needs (申请材料), in the order a clerk checks them.
    static QStringList documents();
    static QString documentLabel(const QString& document);

private:
    CaseWorkflow() = delete;
};

} // namespace Doudi
