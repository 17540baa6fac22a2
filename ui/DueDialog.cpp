#include "DueDialog.h"

#include "Clock.h"
#include "ReadOnlyTable.h"
#include "cases/CaseRepository.h"
#include "cases/CaseWorkflow.h"
#include "cases/SignalRepository.h"
#include "domain/DisplayFormat.h"
#include "domain/Money.h"
#include "fund/FundLedger.h"
#include "store/HouseholdRepository.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace Doudi {

DueDialog::DueDialog(Database& database, Session session, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_session(std::move(session))
{
    setWindowTitle(tr("Due and overdue"));
    const QList<int> widths(4, 140);
    resize(980, 720);
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
    reload();
}

void DueDialog::reload()
{
    const QDate today = Clock::currentDate();
    QHash<QString, QString> names;
    const auto nameOf = [&names](const QString& id) {
        return id.isEmpty() ? tr("(not matched)") : names.value(id, id);
    };

    // Only the shown rows are put into words: a township can have tens of thousands overdue.
    struct Row
    {
        const CaseRecord* record;
        const CaseDeadline* deadline;
    };
    const auto cases = CaseRepository(m_database, m_session).list(QString(), false, today);
    QList<Row> rows;
    if (cases) {
        for (const CaseRecord& c : *cases) {
            for (const CaseDeadline& d : c.deadlines) {
                if (!d.met && d.due <= today.addDays(7))
                    rows.append({&c, &d});
            }
        }
    }
    // The longest overdue first; a screen shows what a clerk can work through, and says how many more.
    const qsizetype shown = std::min<qsizetype>(rows.size(), kShown);
    std::partial_sort(rows.begin(), rows.begin() + shown, rows.end(),
                      [](const Row& a, const Row& b) { return a.deadline->due < b.deadline->due; });
    // The heads' names of the shown rows only.
    QStringList ids;
    for (qsizetype i = 0; i < shown; ++i)
        ids.append(rows[i].record->householdId);
    const auto open = SignalRepository(m_database, m_session).list(true);
    if (open) {
        for (qsizetype i = 0; i < std::min<qsizetype>(open->size(), kShown); ++i)
            ids.append(open->at(i).householdId);
    }
    QList<ReviewDue> reviews;
    if (cases) {
        if (auto due = CaseRepository(m_database, m_session).reviewsDue(*cases, today.addDays(30)))
            reviews = std::move(due).value();
    }
    for (qsizetype i = 0; i < std::min<qsizetype>(reviews.size(), kShown); ++i)
        ids.append(reviews[i].householdId);
    if (auto found = HouseholdRepository(m_database, m_session).headNames(ids))
        names = std::move(found).value();
    m_cases->setRowCount(0);
    m_cases->setUpdatesEnabled(false);
    for (qsizetype i = 0; i < shown; ++i) {
        const CaseRecord& c = *rows[i].record;
        const CaseDeadline& d = *rows[i].deadline;
        ReadOnlyTable::appendRow(m_cases,
                                 {nameOf(c.householdId), CaseWorkflow::typeLabel(c.type),
                                  CaseWorkflow::stateLabel(c.state), CaseWorkflow::deadlineLabel(d.step),
                                  DisplayFormat::date(d.due)},
                                 d.overdueOn(today));
    }
    m_cases->setUpdatesEnabled(true);
    m_casesMore->setText(rows.size() > kShown ? tr("… and %1 more").arg(rows.size() - kShown) : QString());

    m_reviews->setRowCount(0);
    m_reviews->setUpdatesEnabled(false);
    for (qsizetype i = 0; i < std::min<qsizetype>(reviews.size(), kShown); ++i) {
        const ReviewDue& r = reviews[i];
        ReadOnlyTable::appendRow(
            m_reviews,
            {nameOf(r.householdId), DisplayFormat::date(r.due.date), DisplayFormat::date(r.since), r.due.reason},
            r.due.date < today);
    }
    m_reviews->setUpdatesEnabled(true);
    m_reviewsMore->setText(reviews.size() > kShown ? tr("… and %1 more").arg(reviews.size() - kShown) : QString());

    m_paperwork->setRowCount(0);
    if (m_session.may(Action::ViewFund)) {
        if (const auto outstanding = FundLedger(m_database, m_session).paperworkOutstanding()) {
            for (const FundEntry& e : *outstanding)
                ReadOnlyTable::appendRow(m_paperwork,
                                         {e.recipient, e.document, DisplayFormat::date(e.date),
                                          Money::fromFen(e.amountFen).format(), DisplayFormat::date(e.paperworkDue)},
                                         e.paperworkOverdueOn(today));
        }
    }

    m_signals->setRowCount(0);
    m_signalIds.clear();
    if (open) {
        for (qsizetype i = 0; i < std::min<qsizetype>(open->size(), kShown); ++i) {
            const MonitoringSignal& s = open->at(i);
            m_signalIds.append(s.id);
            ReadOnlyTable::appendRow(m_signals,
                                     {nameOf(s.householdId), s.kind, s.source, DisplayFormat::date(s.date), s.status});
        }
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

} // namespace Doudi
