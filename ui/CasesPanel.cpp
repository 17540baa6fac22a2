#include "CasesPanel.h"

#include "HomeVisitDialog.h"

#include "CaseDocuments.h"
#include "Clock.h"
#include "DraftKeeper.h"
#include "FormGuard.h"
#include "FormSnapshot.h"
#include "PrintPreview.h"
#include "ReadOnlyTable.h"
#include "cases/CaseRepository.h"
#include "cases/CaseWorkflow.h"
#include "domain/DisplayFormat.h"
#include "domain/Money.h"
#include "fund/FundLedger.h"
#include "payments/ApprovedAmounts.h"
#include "payments/PaymentBatches.h"
#include "rules/DeterminationJson.h"
#include "store/DeterminationRepository.h"
#include "store/PeopleNames.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Doudi {

CasesPanel::CasesPanel(Database& database, Session session, std::function<QString()> householdId, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_session(std::move(session))
    , m_householdId(std::move(householdId))
{
    m_cases = ReadOnlyTable::create({tr("Case"), tr("State"), tr("Accepted on"), tr("Next time limit"), tr("Overdue")},
                                    {150, 110, 120, 240}, this);
    m_cases->setSelectionMode(QAbstractItemView::SingleSelection);
    m_history = new QListWidget(this);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; }"));
    m_message->hide();
    m_open = new QPushButton(tr("&Open a case…"), this);
    m_advance = new QPushButton(tr("&Next step…"), this);
    m_open->setVisible(m_session.may(Action::EditHousehold));
    // What a cadre (or the clerk) saw at the household, on the form of the paper record.
    m_visit = new QPushButton(tr("Record a home &visit…"), this);
    m_visit->setVisible(m_session.may(Action::RecordVisit));
    connect(m_visit, &QPushButton::clicked, this, &CasesPanel::recordVisit);
    connect(m_open, &QPushButton::clicked, this, [this] { openCase(); });
    connect(m_advance, &QPushButton::clicked, this, [this] { advance(); });
    connect(m_cases, &QTableWidget::itemSelectionChanged, this, &CasesPanel::showHistory);
    // The papers of the selected case, each through the print preview.
    m_papers = new QPushButton(tr("&Papers"), this);
    auto* papers = new QMenu(m_papers);
    const QList<QPair<QString, QString>> kinds = {
        {QStringLiteral("materials"), tr("Materials still needed (一次性告知)…")},
        {QStringLiteral("visit-blank"), tr("Home visit form, blank…")},
        {QStringLiteral("visit"), tr("Home visit form, as recorded…")},
        {QStringLiteral("authorisation"), tr("Authorisation to check…")},
        {QStringLiteral("refusal"), tr("Notice of refusal…")}};
    for (const auto& [paper, label] : kinds)
        papers->addAction(label, this, [this, paper = paper] { printPaper(paper); });
    m_papers->setMenu(papers);
    m_papers->setEnabled(false);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_advance);
    buttons->addWidget(m_visit);
    buttons->addWidget(m_papers);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_cases, 2);
    layout->addWidget(new QLabel(tr("Steps of the selected case:"), this));
    layout->addWidget(m_history, 1);
    m_timeline = new QListWidget(this);
    layout->addWidget(
        new QLabel(tr("The household's file, oldest first (cases, visits, determinations, payments):"), this));
    layout->addWidget(m_timeline, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
}

void CasesPanel::reload()
{
    // The case chosen stays chosen; with none, the first is, so that its next step is a key away.
    const QString chosen = selectedRow() >= 0 ? m_records.at(selectedRow()).id : QString();
    m_cases->setRowCount(0);
    m_history->clear();
    m_timeline->clear();
    m_records.clear();
    const QString household = m_householdId();
    m_open->setEnabled(!household.isEmpty());
    m_advance->setEnabled(false);
    m_visit->setEnabled(false);
    m_papers->setEnabled(false);
    if (household.isEmpty()) {
        m_message->setText(tr("Save the household first; then its cases can be opened."));
        m_message->show();
        return;
    }
    const auto all = CaseRepository(m_database, m_session).forHousehold(household);
    if (!all) {
        m_message->setText(all.error().toString());
        m_message->show();
        return;
    }
    m_message->hide();
    const QDate today = Clock::currentDate();
    // One timeline of the file: each case's acceptance and steps, and each saved determination.
    QList<QPair<QDate, QString>> events;
    const PeopleNames people(m_database); // the person, not the login
    for (const CaseRecord& c : *all) {
        m_records.append(c);
        events.append(
            {c.openedOn, tr("%1: %2 accepted").arg(DisplayFormat::date(c.openedOn), CaseWorkflow::typeLabel(c.type))});
        for (const CaseStep& s : c.steps)
            events.append({s.onDate, tr("%1: %2 — %3 (%4)")
                                         .arg(DisplayFormat::date(s.onDate), CaseWorkflow::typeLabel(c.type),
                                              CaseWorkflow::actionLabel(s.action), people.of(s.userName))});
        const CaseDeadline* due = c.nextDeadline();
        QString next = due ? tr("%1 by %2").arg(CaseWorkflow::deadlineLabel(due->step), CaseWorkflow::dueDateText(*due))
                           : QString();
        if (const auto plan = CaseRepository(m_database, m_session).gradualExit(c); plan && plan->has_value())
            next = tr("gradual exit, %n month(s) to %1", nullptr, (*plan)->months)
                       .arg(DisplayFormat::month(QDate::fromString((*plan)->end + QStringLiteral("-01"), Qt::ISODate)));
        const int row = ReadOnlyTable::appendRow(
            m_cases, {CaseWorkflow::typeLabel(c.type), CaseWorkflow::stateLabel(c.state),
                      DisplayFormat::date(c.openedOn), next, c.overdueOn(today) ? tr("overdue") : QString()});
        if (c.overdueOn(today))
            m_cases->item(row, 4)->setForeground(ReadOnlyTable::kOverdue);
    }
    if (const auto saved = DeterminationRepository(m_database, m_session).history(household)) {
        for (const auto& [when, d] : *saved) {
            const QDate day = when.toLocalTime().date();
            events.append({day, tr("%1: determination for %2 — %3, %4 a month")
                                    .arg(DisplayFormat::date(day), d.month,
                                         DeterminationJson::classificationLabel(d.classification),
                                         Money::fromFen(d.totalFen).format())});
        }
    }
    // Payments from the reserve fund, for those who may see the fund.
    if (m_session.may(Action::ViewFund)) {
        if (const auto payments = FundLedger(m_database, m_session).forHousehold(household)) {
            for (const FundEntry& e : *payments) {
                const QString what = e.kind == QLatin1String("reversal")
                                         ? tr("%1: reserve fund payment %2 reversed (%3)")
                                               .arg(DisplayFormat::date(e.date), e.document, e.reason)
                                         : tr("%1: reserve fund payment %2, %3 — %4")
                                               .arg(DisplayFormat::date(e.date), e.document,
                                                    Money::fromFen(e.amountFen).format(), e.reason);
                events.append({e.date, what});
            }
        }
    }
    // What was decided it receives each month, and each month's payment with what became of it.
    if (const auto decided = ApprovedAmounts(m_database, m_session).history(household)) {
        for (const ApprovedAmount& a : *decided) {
            const QDate from = QDate::fromString(a.fromMonth + QStringLiteral("-01"), Qt::ISODate);
            events.append({a.fromMonth == a.effectiveFrom ? a.decidedOn : from,
                           a.pays() ? tr("%1: from %2, %3 a month approved (%4)")
                                          .arg(DisplayFormat::date(a.decidedOn), DisplayFormat::month(from),
                                               Money::fromFen(a.totalFen).format(),
                                               DeterminationJson::classificationLabel(
                                                   DeterminationJson::classificationFromCode(a.classification)
                                                       .value_or(Classification::Dibao)))
                                    : tr("%1: no monthly payment from %2")
                                          .arg(DisplayFormat::date(a.decidedOn), DisplayFormat::month(from))});
        }
    }
    if (m_session.may(Action::ViewFund)) {
        if (const auto paid = PaymentBatches(m_database, m_session).history(household)) {
            for (const PaymentBatches::HouseholdPayment& p : *paid) {
                const QDate month = QDate::fromString(p.line.forMonth + QStringLiteral("-01"), Qt::ISODate);
                const QString state =
                    p.line.state == QLatin1String("failed")
                        ? PaymentBatches::stateLabel(p.line.state) + QStringLiteral("：") + p.line.failureReason
                        : PaymentBatches::stateLabel(p.line.state);
                events.append({month, tr("%1: payment %2, %3 — %4")
                                          .arg(DisplayFormat::month(month), p.batchNumber,
                                               Money::fromFen(p.line.amountFen).format(), state)});
            }
        }
    }
    std::stable_sort(events.begin(), events.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    m_timeline->clear();
    for (const auto& e : events)
        m_timeline->addItem(e.second);
    selectCase(chosen);
}

void CasesPanel::selectCase(const QString& caseId)
{
    int row = m_records.isEmpty() ? -1 : 0;
    for (int r = 0; r < m_records.size(); ++r) {
        if (m_records[r].id == caseId)
            row = r;
    }
    if (row >= 0)
        m_cases->selectRow(row);
}

QString CasesPanel::readableNote(const QString& note)
{
    // A home visit keeps its record as JSON; people read it in words.
    if (!note.startsWith(QLatin1Char('{')))
        return note;
    const QJsonObject visit = QJsonDocument::fromJson(note.toUtf8()).object();
    QStringList investigators;
    for (const QJsonValue& v : visit.value(QStringLiteral("investigators")).toArray())
        investigators.append(v.toString());
    return tr("investigators %1; found: %2; present: %3; signed by the family")
        .arg(investigators.join(tr(", ")), visit.value(QStringLiteral("findings")).toString(),
             visit.value(QStringLiteral("present")).toString());
}

bool CasesPanel::printPaper(const QString& paper)
{
    const int row = selectedRow();
    if (row < 0)
        return false;
    const auto html = CaseDocuments::forCase(m_database, m_session, m_records.at(row), paper);
    if (!html) {
        m_message->setText(html.error().toString());
        m_message->show();
        return false;
    }
    m_message->hide();
    PrintPreview::show(tr("Case papers"), *html, QPageLayout::Portrait, this);
    return true;
}

int CasesPanel::selectedRow() const
{
    const int row = m_cases->currentRow();
    return row >= 0 && row < m_records.size() ? row : -1;
}

void CasesPanel::showHistory()
{
    m_history->clear();
    const int row = selectedRow();
    m_advance->setEnabled(row >= 0 && !CaseWorkflow::isFinal(m_records[row].state));
    m_visit->setEnabled(row >= 0 &&
                        CaseWorkflow::next(m_records[row].type, m_records[row].state, QStringLiteral("record_visit")));
    m_papers->setEnabled(row >= 0);
    if (row < 0)
        return;
    const CaseRecord& c = m_records[row];
    const PeopleNames people(m_database);
    m_history->addItem(tr("%1 accepted").arg(DisplayFormat::date(c.openedOn)));
    for (const CaseStep& s : c.steps)
        m_history->addItem(tr("%1 %2 (%3)%4")
                               .arg(DisplayFormat::date(s.onDate), CaseWorkflow::actionLabel(s.action),
                                    people.of(s.userName),
                                    s.note.isEmpty() ? QString() : QStringLiteral(": ") + readableNote(s.note)));
}

bool CasesPanel::openCase(const QString& type, const QDate& date)
{
    QString chosenType = type;
    QDate chosenDate = date.isValid() ? date : Clock::currentDate();
    bool delegated = false;
    bool nearRelative = false;
    QStringList documents;
    if (chosenType.isEmpty()) {
        QDialog form(this);
        form.setWindowTitle(tr("Open a case"));
        auto* types = new QComboBox(&form);
        for (const QString& t : CaseWorkflow::types())
            types->addItem(CaseWorkflow::typeLabel(t), t);
        auto* day = new QDateEdit(chosenDate, &form);
        day->setCalendarPopup(true);
        auto* delegatedBox = new QCheckBox(tr("Decided by the township (delegated: 20 working days)"), &form);
        auto* relativeBox =
            new QCheckBox(tr("A member is a near relative of a case worker or village official (近亲属备案)"), &form);
        auto* layout = new QFormLayout(&form);
        layout->addRow(tr("&Kind of case:"), types);
        layout->addRow(tr("&Accepted on:"), day);
        layout->addRow(QString(), delegatedBox);
        layout->addRow(QString(), relativeBox);
        // The materials handed in: what is not ticked goes on the 一次性告知.
        QList<QCheckBox*> materialBoxes;
        for (const QString& document : CaseWorkflow::documents()) {
            auto* box = new QCheckBox(CaseWorkflow::documentLabel(document), &form);
            box->setProperty("code", document);
            materialBoxes.append(box);
            layout->addRow(materialBoxes.size() == 1 ? tr("Materials handed in:") : QString(), box);
        }
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &form);
        connect(buttons, &QDialogButtonBox::accepted, &form, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &form, &QDialog::reject);
        layout->addRow(buttons);
        if (form.exec() != QDialog::Accepted)
            return false;
        chosenType = types->currentData().toString();
        chosenDate = day->date();
        delegated = delegatedBox->isChecked();
        nearRelative = relativeBox->isChecked();
        for (const QCheckBox* box : materialBoxes) {
            if (box->isChecked())
                documents.append(box->property("code").toString());
        }
    }
    const auto id = CaseRepository(m_database, m_session)
                        .open({m_householdId(), chosenType, chosenDate, delegated, nearRelative, documents});
    if (!id) {
        m_message->setText(id.error().toString());
        m_message->show();
        return false;
    }
    reload();
    selectCase(*id); // the case just opened is the one its next step is for
    return true;
}

HomeVisitDialog* CasesPanel::recordVisit()
{
    const int row = selectedRow();
    if (row < 0)
        return nullptr;
    const QString caseId = m_records[row].id;
    auto* dialog = new HomeVisitDialog(m_database, m_session, caseId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, caseId] {
        reload();
        selectCase(caseId);
    });
    dialog->open();
    return dialog;
}

bool CasesPanel::advance(const QString& action, const QDate& date, const QString& note)
{
    const int row = selectedRow();
    if (row < 0)
        return false;
    const CaseRecord c = m_records[row];
    if (!action.isEmpty()) {
        const QDate chosenDate = date.isValid() ? date : Clock::currentDate();
        if (const Status s = CaseRepository(m_database, m_session).advance(c.id, action, chosenDate, note); !s) {
            m_message->setText(s.error().toString());
            m_message->show();
            return false;
        }
        reload();
        selectCase(c.id);
        return true;
    }
    QDialog form(this);
    form.setObjectName(QStringLiteral("caseStepForm"));
    form.setWindowTitle(tr("Next step: %1").arg(CaseWorkflow::typeLabel(c.type)));
    auto* actions = new QComboBox(&form);
    // Only the steps the case may take from where it is.
    for (const QString& a : CaseWorkflow::actions()) {
        if (CaseWorkflow::next(c.type, c.state, a))
            actions->addItem(CaseWorkflow::actionLabel(a), a);
    }
    auto* day = new QDateEdit(date.isValid() ? date : Clock::currentDate(), &form);
    day->setCalendarPopup(true);
    auto* text = new QLineEdit(note, &form);
    auto* problem = new QLabel(&form);
    problem->setWordWrap(true);
    problem->setStyleSheet(QStringLiteral("color: #b00020"));
    problem->hide();
    auto* layout = new QFormLayout(&form);
    layout->addRow(tr("&Step:"), actions);
    layout->addRow(tr("&Date:"), day);
    layout->addRow(tr("&Note:"), text);
    layout->addRow(problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &form);
    // The step is saved from the form: when it cannot be (a full disk), the form stays open with
    // what was typed and says why.
    const auto take = [&] {
        const Status s = CaseRepository(m_database, m_session)
                             .advance(c.id, actions->currentData().toString(), day->date(), text->text());
        if (!s) {
            problem->setText(s.error().toString());
            problem->show();
            return false;
        }
        form.accept();
        return true;
    };
    connect(buttons, &QDialogButtonBox::accepted, &form, take);
    // A note typed is not lost to Esc or 取消 (放弃修改？), nor to a crash (a draft).
    const auto state = [actions, day, text] {
        return QStringList{QString::number(actions->currentIndex()), day->date().toString(Qt::ISODate), text->text()}
            .join(QChar(0x1F));
    };
    auto* guard = new FormGuard(&form, state, take);
    connect(buttons, &QDialogButtonBox::rejected, guard, &FormGuard::cancel);
    auto* keeper = new DraftKeeper(
        &form, m_database, m_session, DraftRepository::kCaseStep, c.id,
        [&form, c] {
            return QJsonObject{{QStringLiteral("household"), c.householdId},
                               {QStringLiteral("fields"), FormSnapshot::capture(&form)}};
        },
        [c] { return tr("Next step: %1").arg(CaseWorkflow::typeLabel(c.type)); });
    if (m_resume && m_resume->target == c.id) {
        FormSnapshot::apply(&form, m_resume->content.value(QStringLiteral("fields")).toArray());
        keeper->resume(*m_resume);
        problem->hide();
    }
    layout->addRow(buttons);
    const bool taken = form.exec() == QDialog::Accepted;
    if (taken) {
        reload();
        selectCase(c.id);
    }
    return taken;
}

bool CasesPanel::resumeStep(const Draft& draft)
{
    selectCase(draft.target);
    const int row = selectedRow();
    if (row < 0 || m_records[row].id != draft.target)
        return false;
    m_resume = &draft;
    const bool taken = advance();
    m_resume = nullptr;
    return taken;
}

} // namespace Doudi
