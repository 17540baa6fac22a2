#include "CaseWorkflow.h"

#include "domain/DisplayFormat.h"

#include <QHash>

namespace Doudi {

namespace {

struct Transition
{
    const char* from;
    const char* action;
    const char* to;
};

// Applications for 低保 and 特困: investigation, public notice (objections lead to a new
// investigation or a democratic review), decision, payment, reviews, gradual exit.
const Transition kApplication[] = {
    {"accepted", "start_investigation", "investigating"},
    {"investigating", "publish_notice", "noticed"},
    {"noticed", "raise_objection", "objection"},
    {"objection", "reinvestigate", "investigating"},
    {"objection", "democratic_review", "noticed"},
    {"noticed", "submit", "submitted"},
    {"submitted", "approve", "approved"},
    {"submitted", "refuse", "refused"},
    {"approved", "start_payment", "active"},
    {"active", "start_review", "under_review"},
    {"under_review", "continue", "active"},
    {"under_review", "begin_gradual_exit", "gradual_exit"},
    {"under_review", "terminate", "closed"},
    {"gradual_exit", "close", "closed"},
    {"refused", "close", "closed"},
};

// Temporary assistance: paid at once when urgent (先行救助), documented after; no public notice.
const Transition kTemporary[] = {
    {"accepted", "start_investigation", "investigating"},
    {"accepted", "submit", "submitted"},
    {"investigating", "submit", "submitted"},
    {"submitted", "approve", "approved"},
    {"submitted", "refuse", "refused"},
    {"approved", "close", "closed"},
    {"refused", "close", "closed"},
};

// A periodic review, a change (birth, death, move, income) and a termination: investigate, then
// decide; a termination is noticed first.
const Transition kReview[] = {
    {"accepted", "start_investigation", "investigating"},
    {"investigating", "submit", "submitted"},
    {"submitted", "approve", "closed"},
    {"submitted", "begin_gradual_exit", "gradual_exit"},
    {"submitted", "terminate", "closed"},
    {"gradual_exit", "close", "closed"},
};
const Transition kChange[] = {
    {"accepted", "start_investigation", "investigating"},
    {"investigating", "submit", "submitted"},
    {"submitted", "approve", "closed"},
    {"submitted", "refuse", "closed"},
};
const Transition kTermination[] = {
    {"accepted", "start_investigation", "investigating"},
    {"investigating", "publish_notice", "noticed"},
    {"noticed", "raise_objection", "objection"},
    {"objection", "reinvestigate", "investigating"},
    {"objection", "democratic_review", "noticed"},
    {"noticed", "submit", "submitted"},
    {"submitted", "approve", "closed"},
    {"submitted", "refuse", "closed"},
};

template <std::size_t N>
std::optional<QString> find(const Transition (&table)[N], const QString& state, const QString& action)
{
    for (const Transition& t : table) {
        if (state == QLatin1String(t.from) && action == QLatin1String(t.action))
            return QString::fromLatin1(t.to);
    }
    return std::nullopt;
}

} // namespace

QStringList CaseWorkflow::types()
{
    return {QStringLiteral("dibao_application"),
            QStringLiteral("tekun_application"),
            QStringLiteral("temporary_assistance"),
            QStringLiteral("periodic_review"),
            QStringLiteral("change"),
            QStringLiteral("termination")};
}

QStringList CaseWorkflow::states()
{
    return {QStringLiteral("accepted"),     QStringLiteral("investigating"), QStringLiteral("noticed"),
            QStringLiteral("objection"),    QStringLiteral("submitted"),     QStringLiteral("approved"),
            QStringLiteral("refused"),      QStringLiteral("active"),        QStringLiteral("under_review"),
            QStringLiteral("gradual_exit"), QStringLiteral("closed")};
}

QStringList CaseWorkflow::actions()
{
    return {QStringLiteral("start_investigation"),
            QStringLiteral("record_visit"),
            QStringLiteral("record_city_visit"),
            QStringLiteral("publish_notice"),
            QStringLiteral("raise_objection"),
            QStringLiteral("reinvestigate"),
            QStringLiteral("democratic_review"),
            QStringLiteral("submit"),
            QStringLiteral("approve"),
            QStringLiteral("refuse"),
            QStringLiteral("start_payment"),
            QStringLiteral("start_review"),
            QStringLiteral("continue"),
            QStringLiteral("begin_gradual_exit"),
            QStringLiteral("terminate"),
            QStringLiteral("close"),
            QStringLiteral("withdraw")};
}

bool CaseWorkflow::isRecordingOnly(const QString& action)
{
    return action == QLatin1String("record_visit") || action == QLatin1String("record_city_visit");
}

std::optional<QString> CaseWorkflow::next(const QString& type, const QString& state, const QString& action)
{
    if (!types().contains(type) || !states().contains(state) || isFinal(state))
        return std::nullopt;
    // Visits are recorded while a case is being looked into; an applicant may withdraw before the
    // decision.
    if (isRecordingOnly(action))
        return (state == QLatin1String("investigating") || state == QLatin1String("noticed") ||
                state == QLatin1String("objection") || state == QLatin1String("submitted"))
                   ? std::optional<QString>(state)
                   : std::nullopt;
    if (action == QLatin1String("withdraw"))
        return (state == QLatin1String("accepted") || state == QLatin1String("investigating") ||
                state == QLatin1String("noticed") || state == QLatin1String("objection"))
                   ? std::optional<QString>(QStringLiteral("closed"))
                   : std::nullopt;
    if (type == QLatin1String("dibao_application") || type == QLatin1String("tekun_application"))
        return find(kApplication, state, action);
    if (type == QLatin1String("temporary_assistance"))
        return find(kTemporary, state, action);
    if (type == QLatin1String("periodic_review"))
        return find(kReview, state, action);
    if (type == QLatin1String("change"))
        return find(kChange, state, action);
    return find(kTermination, state, action);
}

QString CaseWorkflow::typeLabel(const QString& type)
{
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("dibao_application"), QT_TR_NOOP("Dibao application")},
        {QStringLiteral("tekun_application"), QT_TR_NOOP("Extreme poverty application")},
        {QStringLiteral("temporary_assistance"), QT_TR_NOOP("Temporary assistance")},
        {QStringLiteral("periodic_review"), QT_TR_NOOP("Periodic review")},
        {QStringLiteral("change"), QT_TR_NOOP("Change of circumstances")},
        {QStringLiteral("termination"), QT_TR_NOOP("Termination")},
    };
    const auto it = labels.constFind(type);
    return it == labels.cend() ? type : tr(it.value());
}

QString CaseWorkflow::stateLabel(const QString& state)
{
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("accepted"), QT_TR_NOOP("Accepted")},
        {QStringLiteral("investigating"), QT_TR_NOOP("Under investigation")},
        {QStringLiteral("noticed"), QT_TR_NOOP("Public notice")},
        {QStringLiteral("objection"), QT_TR_NOOP("Objection raised")},
        {QStringLiteral("submitted"), QT_TR_NOOP("Awaiting decision")},
        {QStringLiteral("approved"), QT_TR_NOOP("Approved")},
        {QStringLiteral("refused"), QT_TR_NOOP("Refused")},
        {QStringLiteral("active"), QT_TR_NOOP("Receiving")},
        {QStringLiteral("under_review"), QT_TR_NOOP("Under review")},
        {QStringLiteral("gradual_exit"), QT_TR_NOOP("Gradual exit")},
        {QStringLiteral("closed"), QT_TR_NOOP("Closed")},
    };
    const auto it = labels.constFind(state);
    return it == labels.cend() ? state : tr(it.value());
}

QString CaseWorkflow::dueDateText(const CaseDeadline& deadline)
{
    const QString date = DisplayFormat::date(deadline.due);
    //: A deadline counted on plain weekdays: the year has no holiday calendar yet.
    return deadline.estimated ? tr("about %1").arg(date) : date;
}

QString CaseWorkflow::deadlineLabel(const QString& step)
{
    if (step == QLatin1String("start_investigation"))
        return tr("start of investigation");
    if (step == QLatin1String("notice_end"))
        return tr("end of notice");
    if (step == QLatin1String("decision"))
        return tr("decision");
    return tr("whole case");
}

QStringList CaseWorkflow::documents()
{
    return {QStringLiteral("application_form"),   QStringLiteral("id_cards"),
            QStringLiteral("household_register"), QStringLiteral("authorisation"),
            QStringLiteral("income_proof"),       QStringLiteral("property_statement"),
            QStringLiteral("medical_records"),    QStringLiteral("disability_certificate")};
}

QString CaseWorkflow::documentLabel(const QString& document)
{
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("application_form"), QT_TR_NOOP("Written application")},
        {QStringLiteral("id_cards"), QT_TR_NOOP("Identity cards of every member")},
        {QStringLiteral("household_register"), QT_TR_NOOP("Household register (户口簿)")},
        {QStringLiteral("authorisation"), QT_TR_NOOP("Signed authorisation to check the family's finances")},
        {QStringLiteral("income_proof"), QT_TR_NOOP("Proof of income of the working members")},
        {QStringLiteral("property_statement"), QT_TR_NOOP("Statement of property (housing, vehicles, deposits)")},
        {QStringLiteral("medical_records"), QT_TR_NOOP("Medical records or diagnosis, where illness is claimed")},
        {QStringLiteral("disability_certificate"), QT_TR_NOOP("Disability certificate, where disability is claimed")},
    };
    const auto it = labels.constFind(document);
    return it == labels.cend() ? document : tr(it.value());
}

QString CaseWorkflow::actionLabel(const QString& action)
{
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("start_investigation"), QT_TR_NOOP("start the investigation")},
        {QStringLiteral("record_visit"), QT_TR_NOOP("record a home visit")},
        {QStringLiteral("record_city_visit"), QT_TR_NOOP("record the city's home visit")},
        {QStringLiteral("publish_notice"), QT_TR_NOOP("publish the notice")},
        {QStringLiteral("raise_objection"), QT_TR_NOOP("record an objection")},
        {QStringLiteral("reinvestigate"), QT_TR_NOOP("investigate again")},
        {QStringLiteral("democratic_review"), QT_TR_NOOP("hold a democratic review")},
        {QStringLiteral("submit"), QT_TR_NOOP("submit for decision")},
        {QStringLiteral("approve"), QT_TR_NOOP("approve")},
        {QStringLiteral("refuse"), QT_TR_NOOP("refuse")},
        {QStringLiteral("start_payment"), QT_TR_NOOP("start payment")},
        {QStringLiteral("start_review"), QT_TR_NOOP("start a review")},
        {QStringLiteral("continue"), QT_TR_NOOP("continue")},
        {QStringLiteral("begin_gradual_exit"), QT_TR_NOOP("begin the gradual exit")},
        {QStringLiteral("terminate"), QT_TR_NOOP("terminate")},
        {QStringLiteral("close"), QT_TR_NOOP("close")},
        {QStringLiteral("withdraw"), QT_TR_NOOP("withdraw")},
    };
    const auto it = labels.constFind(action);
    return it == labels.cend() ? action : tr(it.value());
}

} // namespace Doudi
