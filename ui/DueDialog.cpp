#include "DueDialog.h"

#include "Clock.h"
#include "ReadOnlyTable.h"
#include "ReferralsDialog.h"
#include "care/CareRegister.h"
#include "cases/CaseRepository.h"
#include "cases/CaseWorkflow.h"
#include "cases/SignalRepository.h"
#include "domain/DisplayFormat.h"
#include "domain/Money.h"
#include "fund/FundLedger.h"
#include "referrals/Referrals.h"
#include "report/Recipients.h"
#include "rules/DeterminationJson.h"
#include "store/Database.h"
#include "store/HouseholdRepository.h"
#include "store/SiteRepository.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>
#include <memory>

namespace Doudi {

DueDialog::DueDialog(Database& database, Session session, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_session(std::move(session))
{
    setWindowTitle(tr("Due and overdue"));
    const QList<int> widths(4, 140);
    resize(980, 700);
    m_cases =
        ReadOnlyTable::create({tr("Household"), tr("Case"), tr("State"), tr("Time limit"), tr("Due")}, widths, this);
    m_signals =
        ReadOnlyTable::create({tr("Household"), tr("Signal"), tr("From"), tr("Date"), tr("Task")}, widths, this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Time limits overdue or due in the next seven days (overdue in red):"), this));
    layout->addWidget(m_cases, 3);
    m_casesMore = new QLabel(this);
    layout->addWidget(m_casesMore);
    m_reviews = ReadOnlyTable::create({tr("Household"), tr("Due"), tr("Since"), tr("Review")}, widths.first(3), this);
    layout->addWidget(
        new QLabel(tr("Reviews of households receiving help due in the next 30 days (overdue in red):"), this));
    layout->addWidget(m_reviews, 2);
    m_reviewsMore = new QLabel(this);
    layout->addWidget(m_reviewsMore);
    m_paperwork = ReadOnlyTable::create(
        {tr("Recipient"), tr("Voucher"), tr("Paid on"), tr("Amount"), tr("Paperwork due")}, widths, this);
    auto* paperworkLabel =
        new QLabel(tr("Reserve fund payments whose paperwork has not come in (overdue in red):"), this);
    layout->addWidget(paperworkLabel);
    layout->addWidget(m_paperwork, 1);
    paperworkLabel->setVisible(m_session.may(Action::ViewFund));
    m_paperwork->setVisible(m_session.may(Action::ViewFund));
    m_care = ReadOnlyTable::create(
        {tr("Village"), tr("Name"), tr("Left behind"), tr("Risk"), tr("Last visit"), tr("Visit due")}, widths, this);
    // Care visits and referrals side by side: both short lists, and the screen is small.
    m_referrals = ReadOnlyTable::create({tr("Person"), tr("Referred to"), tr("State"), tr("Answer due")}, widths, this);
    auto* careColumn = new QVBoxLayout;
    careColumn->addWidget(
        new QLabel(tr("Care visits (三留守) overdue or due in the next seven days (overdue in red):"), this));
    careColumn->addWidget(m_care, 1);
    auto* referralColumn = new QVBoxLayout;
    referralColumn->addWidget(new QLabel(tr("Referrals awaiting an answer (overdue in red):"), this));
    referralColumn->addWidget(m_referrals, 1);
    auto* sideBySide = new QHBoxLayout;
    sideBySide->addLayout(careColumn, 3);
    sideBySide->addLayout(referralColumn, 2);
    layout->addLayout(sideBySide, 1);
    layout->addWidget(new QLabel(tr("Monitoring signals waiting for a visit or a close:"), this));
    layout->addWidget(m_signals, 2);
    // A signal's task moves on from here: a visit, then its close with the reason.
    auto* signalButtons = new QHBoxLayout;
    const QList<QPair<QString, QString>> moves = {{QStringLiteral("visited"), tr("Visited…")},
                                                  {QStringLiteral("included"), tr("Included…")},
                                                  {QStringLiteral("not_eligible"), tr("Not eligible…")},
                                                  {QStringLiteral("referred"), tr("Referred…")}};
    for (const auto& [status, label] : moves) {
        auto* button = new QPushButton(label, this);
        button->setVisible(
            m_session.may(status == QLatin1String("visited") ? Action::RecordVisit : Action::PrepareDecision));
        connect(button, &QPushButton::clicked, this, [this, status = status, label = label] {
            if (status == QLatin1String("referred") && referSelectedSignal())
                return;
            bool ok = false;
            const QString note = QInputDialog::getText(this, label, tr("Note (the reason, or the department):"),
                                                       QLineEdit::Normal, QString(), &ok);
            if (ok)
                moveSelectedSignal(status, note);
        });
        signalButtons->addWidget(button);
    }
    signalButtons->addStretch(1);
    layout->addLayout(signalButtons);
    m_message = new QLabel(this);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; }"));
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    // Enter or a double click on a case or a review opens its household on its cases; Enter is the
    // table's, so no button here answers it as the dialog's default.
    connect(m_cases, &QTableWidget::cellActivated, this, [this](int row) {
        if (row >= 0 && row < m_caseHouseholds.size() && !m_caseHouseholds.at(row).isEmpty())
            emit householdRequested(m_caseHouseholds.at(row));
    });
    connect(m_referrals, &QTableWidget::cellActivated, this, [this](int row) {
        if (row >= 0 && row < m_referralHouseholds.size())
            emit householdRequested(m_referralHouseholds.at(row));
    });
    connect(m_reviews, &QTableWidget::cellActivated, this, [this](int row) {
        if (row >= 0 && row < m_reviewHouseholds.size() && !m_reviewHouseholds.at(row).isEmpty())
            emit householdRequested(m_reviewHouseholds.at(row));
    });
    for (QPushButton* button : findChildren<QPushButton*>())
        button->setAutoDefault(false);
    reload();
}

// What the dialog shows, read on a thread of its own with its own connection (a large township's
// cases and reviews take longer than a dialog may keep a clerk waiting).
struct DueData
{
    QList<CaseRecord> cases;
    QList<ReviewDue> reviews;
    QList<MonitoringSignal> openSignals;
    QList<FundEntry> paperwork;
    QList<CarePerson> careVisits; // on the care register, visit overdue or due within the week
    QList<Referral> referrals;    // open, the answer overdue or due within the week
    QList<Recipient> differing;   // paid an approved amount the rules would now change
    QHash<QString, QString> names;
    QString error;
};

namespace {

// The time limits overdue or due within a week, the longest overdue first; only the first `shown`
// are sorted (a township can have tens of thousands overdue). `total` is how many there are.
struct DueRow
{
    const CaseRecord* record;
    const CaseDeadline* deadline;
};

QList<DueRow> dueRows(const QList<CaseRecord>& cases, const QDate& today, qsizetype shown, qsizetype* total)
{
    QList<DueRow> rows;
    for (const CaseRecord& c : cases) {
        for (const CaseDeadline& d : c.deadlines) {
            if (!d.met && d.due <= today.addDays(7))
                rows.append({&c, &d});
        }
    }
    *total = rows.size();
    const qsizetype kept = std::min<qsizetype>(rows.size(), shown);
    std::partial_sort(rows.begin(), rows.begin() + kept, rows.end(),
                      [](const DueRow& a, const DueRow& b) { return a.deadline->due < b.deadline->due; });
    rows.resize(kept);
    return rows;
}

DueData readDue(const QString& path, const Session& session, const QDate& today, int shown)
{
    DueData data;
    auto db = Database::open(path, Database::OpenMode::Worker);
    if (!db) {
        data.error = db.error().toString();
        return data;
    }
    Database& database = **db;
    CaseRepository cases(database, session);
    if (auto all = cases.list(QString(), false, today))
        data.cases = std::move(all).value();
    if (auto due = cases.reviewsDue(data.cases, today.addDays(30)))
        data.reviews = std::move(due).value();
    if (auto open = SignalRepository(database, session).list(true))
        data.openSignals = std::move(open).value();
    if (auto paid = Recipients::forMonth(database, session, today.year(), today.month()))
        data.differing = Recipients::differingFromTheRules(*paid);
    if (session.may(Action::ViewFund)) {
        if (auto outstanding = FundLedger(database, session).paperworkOutstanding())
            data.paperwork = std::move(outstanding).value();
    }
    if (auto care = CareRegister(database, session).list(today)) {
        for (const CarePerson& p : std::as_const(*care)) {
            if (p.nextDue.isValid() && p.nextDue <= today.addDays(7))
                data.careVisits.append(p);
        }
        std::stable_sort(data.careVisits.begin(), data.careVisits.end(),
                         [](const CarePerson& a, const CarePerson& b) { return a.nextDue < b.nextDue; });
    }
    if (auto open = Referrals(database, session).list(true)) {
        for (const Referral& r : std::as_const(*open)) {
            if (r.due.isValid() && r.due <= today.addDays(7))
                data.referrals.append(r);
        }
        std::stable_sort(data.referrals.begin(), data.referrals.end(),
                         [](const Referral& a, const Referral& b) { return a.due < b.due; });
    }
    // The heads' names of the rows a screen shows.
    QStringList ids;
    qsizetype total = 0;
    for (const DueRow& row : dueRows(data.cases, today, shown, &total))
        ids.append(row.record->householdId);
    for (qsizetype i = 0; i < std::min<qsizetype>(data.openSignals.size(), shown); ++i)
        ids.append(data.openSignals.at(i).householdId);
    for (qsizetype i = 0; i < std::min<qsizetype>(data.reviews.size(), shown); ++i)
        ids.append(data.reviews.at(i).householdId);
    if (auto found = HouseholdRepository(database, session).headNames(ids))
        data.names = std::move(found).value();
    return data;
}

} // namespace

DueDialog::~DueDialog()
{
    if (m_thread)
        m_thread->wait();
}

void DueDialog::reload()
{
    if (m_thread) {
        m_reloadAgain = true; // what changed meanwhile is read when this reading ends
        return;
    }
    m_message->setText(tr("Reading…"));
    auto data = std::make_shared<DueData>();
    m_thread = QThread::create([path = m_database.path(), session = m_session, today = Clock::currentDate(), data] {
        *data = readDue(path, session, today, int(kShown));
    });
    connect(m_thread, &QThread::finished, this, [this, data, today = Clock::currentDate()] {
        m_thread->deleteLater();
        m_thread = nullptr;
        m_message->setText(data->error);
        showData(*data, today);
        if (m_reloadAgain) {
            m_reloadAgain = false;
            reload();
            return;
        }
        emit reloaded();
    });
    m_thread->start();
}

void DueDialog::showData(const DueData& data, const QDate& today)
{
    const auto nameOf = [&data](const QString& id) {
        return id.isEmpty() ? tr("(not matched)") : data.names.value(id, id);
    };
    qsizetype total = 0;
    const QList<DueRow> rows = dueRows(data.cases, today, kShown, &total);
    m_cases->setRowCount(0);
    m_caseHouseholds.clear();
    m_cases->setUpdatesEnabled(false);
    for (const DueRow& row : rows) {
        const CaseRecord& c = *row.record;
        const CaseDeadline& d = *row.deadline;
        m_caseHouseholds.append(c.householdId);
        ReadOnlyTable::appendRow(m_cases,
                                 {nameOf(c.householdId), CaseWorkflow::typeLabel(c.type),
                                  CaseWorkflow::stateLabel(c.state), CaseWorkflow::deadlineLabel(d.step),
                                  CaseWorkflow::dueDateText(d)},
                                 d.overdueOn(today));
    }
    m_cases->setUpdatesEnabled(true);
    m_casesMore->setText(total > kShown ? tr("… and %1 more").arg(total - kShown) : QString());

    const QList<ReviewDue>& reviews = data.reviews;
    m_reviews->setRowCount(0);
    m_reviewHouseholds.clear();
    m_reviews->setUpdatesEnabled(false);
    for (qsizetype i = 0; i < std::min<qsizetype>(reviews.size(), kShown); ++i) {
        const ReviewDue& r = reviews[i];
        m_reviewHouseholds.append(r.householdId);
        ReadOnlyTable::appendRow(
            m_reviews,
            {nameOf(r.householdId), DisplayFormat::date(r.due.date), DisplayFormat::date(r.since), r.due.reason},
            r.due.date < today);
    }
    // Households paid an approved amount the rules would now change: a review decides, nobody else.
    for (qsizetype i = 0; i < std::min<qsizetype>(data.differing.size(), kShown); ++i) {
        const Recipient& r = data.differing[i];
        const Member* head = r.household.head();
        m_reviewHouseholds.append(r.household.uuid);
        ReadOnlyTable::appendRow(
            m_reviews,
            {head ? head->name : QString(), tr("now"),
             DisplayFormat::month(QDate::fromString(r.approvedSince + QStringLiteral("-01"), Qt::ISODate)),
             tr("approved %1 a month; the rules now give %2 (%3)")
                 .arg(Money::fromFen(r.approvedFen).format(), Money::fromFen(r.proposed->totalFen).format(),
                      DeterminationJson::classificationLabel(r.proposed->classification))},
            false);
    }
    m_reviews->setUpdatesEnabled(true);
    const qsizetype allReviews = reviews.size() + data.differing.size();
    const qsizetype shownReviews =
        std::min<qsizetype>(reviews.size(), kShown) + std::min<qsizetype>(data.differing.size(), kShown);
    m_reviewsMore->setText(allReviews > shownReviews ? tr("… and %1 more").arg(allReviews - shownReviews) : QString());

    m_paperwork->setRowCount(0);
    for (const FundEntry& e : data.paperwork)
        ReadOnlyTable::appendRow(m_paperwork,
                                 {e.recipient, e.document, DisplayFormat::date(e.date),
                                  Money::fromFen(e.amountFen).format(), DisplayFormat::date(e.paperworkDue)},
                                 e.paperworkOverdueOn(today));

    m_care->setRowCount(0);
    const QHash<QString, QString> villages = SiteRepository(m_database, m_session).villageNames();
    for (const CarePerson& p : data.careVisits)
        ReadOnlyTable::appendRow(m_care,
                                 {villages.value(p.villageCode, p.villageCode), p.name,
                                  CareRegister::groupLabel(p.group), CareRegister::riskLabel(p.risk),
                                  p.lastVisit.isValid() ? DisplayFormat::date(p.lastVisit) : tr("never"),
                                  DisplayFormat::date(p.nextDue)},
                                 p.overdueOn(today));

    m_referrals->setRowCount(0);
    m_referralHouseholds.clear();
    for (const Referral& r : data.referrals) {
        m_referralHouseholds.append(r.householdId);
        ReadOnlyTable::appendRow(m_referrals,
                                 {r.personName, QStringLiteral("%1 (%2)").arg(r.resourceName, r.provider),
                                  Referrals::stateLabel(r.state), DisplayFormat::date(r.due)},
                                 r.overdueOn(today));
    }

    m_signals->setRowCount(0);
    m_signalIds.clear();
    m_signalHouseholds.clear();
    for (qsizetype i = 0; i < std::min<qsizetype>(data.openSignals.size(), kShown); ++i) {
        const MonitoringSignal& signal = data.openSignals.at(i);
        m_signalIds.append(signal.id);
        m_signalHouseholds.append(signal.householdId);
        ReadOnlyTable::appendRow(m_signals, {nameOf(signal.householdId), signal.kind, signal.source,
                                             DisplayFormat::date(signal.date), signal.status});
    }
}

bool DueDialog::moveSelectedSignal(const QString& status, const QString& note)
{
    const int row = m_signals->currentRow();
    if (row < 0 || row >= m_signalIds.size())
        return false;
    if (const Status s = SignalRepository(m_database, m_session).move(m_signalIds.at(row), status, note); !s) {
        m_message->setText(s.error().toString());
        return false;
    }
    m_message->clear();
    reload();
    return true;
}

ReferralsDialog* DueDialog::referSelectedSignal()
{
    const int row = m_signals->currentRow();
    if (row < 0 || row >= m_signalIds.size() || m_signalHouseholds.at(row).isEmpty())
        return nullptr;
    const QString signalId = m_signalIds.at(row);
    auto* dialog = new ReferralsDialog(m_database, m_session,
                                       {m_signalHouseholds.at(row), QStringLiteral("signal"), signalId}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReferralsDialog::referred, this, [this, signalId](const Referral& referral) {
        const QString note =
            tr("referral %1 to %2 (%3)").arg(referral.letterNo, referral.resourceName, referral.provider);
        if (const Status s = SignalRepository(m_database, m_session).move(signalId, QStringLiteral("referred"), note);
            !s)
            m_message->setText(s.error().toString());
        else
            m_message->clear();
        reload();
    });
    dialog->open();
    return dialog;
}

} // namespace Doudi
