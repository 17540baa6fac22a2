#include "AssessmentPanel.h"

#include "Clock.h"
#include "ReadOnlyTable.h"
#include "domain/DisplayFormat.h"
#include "domain/Money.h"
#include "rules/DeterminationJson.h"
#include "rules/Evaluator.h"
#include "rules/ProgramRules.h"
#include "store/Database.h"
#include "store/DeterminationRepository.h"
#include "store/PeopleNames.h"

#include <QDateEdit>
#include <QFont>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Doudi {

namespace {
// The breakdown and score tables are only read: nothing to select.
QTableWidget* readOnlyTable(const QStringList& headers, QWidget* parent)
{
    auto* table = ReadOnlyTable::create(headers, {}, parent);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->verticalHeader()->setDefaultSectionSize(24);
    return table;
}

void addRow(QTableWidget* table, const QStringList& cells, bool bold = false)
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int c = 0; c < cells.size(); ++c) {
        auto* item = new QTableWidgetItem(cells.at(c));
        if (c == cells.size() - 1)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (bold) {
            QFont f = item->font();
            f.setBold(true);
            item->setFont(f);
        }
        table->setItem(row, c, item);
    }
}

QString money(qint64 fen)
{
    return Money::fromFen(fen).format();
}
} // namespace

AssessmentPanel::AssessmentPanel(Database& database, Session session, FormReader read, FormSaver save, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_session(std::move(session))
    , m_read(std::move(read))
    , m_save(std::move(save))
{
    m_month = new QDateEdit(Clock::currentDate(), this);
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_month->setCalendarPopup(false);
    m_policyLabel = new QLabel(this);
    m_policyLabel->setWordWrap(true);
    auto* evaluateButton = new QPushButton(tr("&Evaluate"), this);
    m_saveButton = new QPushButton(tr("Save the &determination"), this);
    m_saveButton->setEnabled(false);
    // Saving keeps the household and the determination: both need the role's leave.
    m_saveButton->setVisible(m_session.may(Action::SaveDetermination) && m_session.may(Action::EditHousehold));
    connect(evaluateButton, &QPushButton::clicked, this, &AssessmentPanel::evaluate);
    connect(m_saveButton, &QPushButton::clicked, this, &AssessmentPanel::saveDetermination);
    connect(m_month, &QDateEdit::dateChanged, this, &AssessmentPanel::evaluate);

    auto* top = new QHBoxLayout;
    auto* monthLabel = new QLabel(tr("Mont&h:"), this);
    monthLabel->setBuddy(m_month);
    top->addWidget(monthLabel);
    top->addWidget(m_month);
    top->addSpacing(12);
    top->addWidget(m_policyLabel, 1);
    top->addWidget(evaluateButton);
    top->addWidget(m_saveButton);

    m_classification = new QLabel(this);
    QFont big = m_classification->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_classification->setFont(big);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; }"));
    m_message->hide();

    m_amounts = readOnlyTable({tr("Item"), tr("How"), tr("Amount a month")}, this);
    // The amounts column always shows whole (at 1024×768 too); the "how" text wraps in what is left.
    m_amounts->setColumnWidth(0, 130);
    m_amounts->horizontalHeader()->setStretchLastSection(false);
    m_amounts->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_amounts->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    connect(m_amounts->horizontalHeader(), &QHeaderView::sectionResized, m_amounts,
            &QTableWidget::resizeRowsToContents);
    m_exitLabel = new QLabel(this);
    m_exitProgress = new QProgressBar(this);
    m_exitProgress->setTextVisible(true);
    m_comparison = new QLabel(this);
    m_comparison->setWordWrap(true);

    // The other programs beside the dibao (spec/programs.md), under a policy that has them.
    m_programsBox = new QGroupBox(tr("Other programs this month"), this);
    m_programs = readOnlyTable({tr("Member"), tr("Program"), tr("Amount")}, m_programsBox);
    m_programs->horizontalHeader()->setStretchLastSection(false);
    m_programs->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_programs->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_programs->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_exclusions = new QLabel(m_programsBox);
    m_exclusions->setWordWrap(true);
    m_exclusions->setStyleSheet(QStringLiteral("QLabel { color: #8a5a00; }"));
    auto* programsLayout = new QVBoxLayout(m_programsBox);
    programsLayout->addWidget(m_programs, 1);
    programsLayout->addWidget(m_exclusions);
    m_programsBox->hide();

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_classification);
    leftLayout->addWidget(m_message);
    leftLayout->addWidget(m_amounts, 1);
    leftLayout->addWidget(m_exitLabel);
    leftLayout->addWidget(m_exitProgress);
    leftLayout->addWidget(m_programsBox, 1);
    auto* changes = new QGroupBox(tr("Since the last saved determination"), left);
    auto* changesLayout = new QVBoxLayout(changes);
    changesLayout->addWidget(m_comparison);
    leftLayout->addWidget(changes);

    m_score = readOnlyTable({tr("Indicator"), tr("Value"), tr("Points")}, this);
    m_score->horizontalHeader()->setStretchLastSection(false);
    m_score->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_score->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_score->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_trace = new QListWidget(this);
    m_trace->setWordWrap(true);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(new QLabel(tr("Quantified assessment:"), right));
    rightLayout->addWidget(m_score, 3);
    rightLayout->addWidget(new QLabel(tr("Why (to read to the family):"), right));
    rightLayout->addWidget(m_trace, 3);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    m_exitLabel->hide();
    m_exitProgress->hide();
}

QString AssessmentPanel::month() const
{
    return m_month->date().toString(QStringLiteral("yyyy-MM"));
}

QString AssessmentPanel::comparisonText() const
{
    return m_comparison->text();
}

QString AssessmentPanel::classificationText() const
{
    return m_classification->text();
}

void AssessmentPanel::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

QStringList AssessmentPanel::programLines() const
{
    QStringList lines;
    for (int row = 0; row < m_programs->rowCount(); ++row) {
        QStringList cells;
        for (int c = 0; c < m_programs->columnCount(); ++c)
            cells.append(m_programs->item(row, c) ? m_programs->item(row, c)->text() : QString());
        lines.append(cells.join(QLatin1Char('|')));
    }
    return lines;
}

QString AssessmentPanel::exclusionsText() const
{
    return m_exclusions->text();
}

void AssessmentPanel::evaluate()
{
    m_result.reset();
    m_entitlements.reset();
    m_saveButton->setEnabled(false);
    showMessage(QString());
    PolicyRepository policies(m_database, m_session);
    const auto policy = policies.inForce(Evaluator::firstDayOfMonth(month()));
    if (!policy) {
        m_policyLabel->clear();
        m_classification->setText(tr("No policy"));
        showMessage(policy.error().toString());
        return;
    }
    m_policy = *policy;
    m_policyLabel->setText(
        tr("Policy: %1 %2, in force from %3")
            .arg(policy->policy.title, policy->policy.document, DisplayFormat::date(policy->policy.effectiveFrom)) +
        (policy->isExample ? tr(" — an EXAMPLE policy, until the bureau's policy arrives") : QString()));
    m_policyLabel->setStyleSheet(policy->isExample ? QStringLiteral("QLabel { color: #8a5a00; }") : QString());

    const auto household = m_read();
    if (!household) {
        m_classification->setText(tr("Cannot evaluate yet"));
        QStringList lines;
        for (const Problem& p : household.error().problems())
            lines.append(p.message);
        showMessage(tr("Correct the form first:") + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
        return;
    }
    const auto result = Evaluator::evaluate(policy->policy, *household, month());
    if (!result) {
        m_classification->setText(tr("Cannot evaluate yet"));
        showMessage(result.error().toString());
        return;
    }
    if (!policy->policy.programs.isEmpty()) {
        const auto entitlements = ProgramRules::entitlements(policy->policy, *household, *result, month());
        if (!entitlements) {
            m_classification->setText(tr("Cannot evaluate yet"));
            showMessage(entitlements.error().toString());
            return;
        }
        m_entitlements = *entitlements;
    }
    m_input = *household;
    m_result = *result;
    showResult(*household);
    showEntitlements(*household);
    showComparison(household->uuid);
    m_saveButton->setEnabled(true);
}

void AssessmentPanel::showResult(const Household& h)
{
    const Determination& d = *m_result;
    m_classification->setText(DeterminationJson::classificationLabel(d.classification) + QStringLiteral("  ") +
                              (d.totalFen > 0 ? money(d.totalFen) + tr(" a month") : QString()));

    m_amounts->setRowCount(0);
    const qint64 S = d.standardFen;
    switch (d.classification) {
    case Classification::Tekun:
        addRow(m_amounts, {tr("Basic living"),
                           tr("%1 % of the standard %2").arg(m_policy->policy.tekun.basicMultiplierPct).arg(money(S)),
                           money(d.baseFen)});
        addRow(m_amounts,
               {tr("Care allowance"), tr("%n daily activities not managed", nullptr, h.members.value(0).adlFailed),
                money(d.careFen)});
        break;
    case Classification::Dibao:
        addRow(m_amounts,
               {tr("Gap to the line"),
                tr("(line − income) ÷ 12, at least %1 a person").arg(money(m_policy->policy.minGapPerPersonFen)),
                money(d.baseFen)});
        for (const MemberBenefit& m : d.members) {
            if (m.incrementPct == 0)
                continue;
            QStringList why;
            for (const QString& c : m.categories)
                why.append(DeterminationJson::categoryLabel(c));
            addRow(m_amounts, {tr("Increment: %1").arg(h.members.value(m.index).name),
                               tr("%1, %2 % of the standard").arg(why.join(tr(", "))).arg(m.incrementPct),
                               money(m.incrementPct * S / 100)});
        }
        if (d.incrementsFen > 0)
            addRow(m_amounts, {tr("Increments in all"), tr("rounded up to whole yuan"), money(d.incrementsFen)});
        break;
    case Classification::DibaoGradualExit:
        addRow(m_amounts,
               {tr("Gradual exit"),
                tr("%1 % of the last monthly amount %2").arg(d.gradualExit->pct).arg(money(h.monthlyBenefitFen)),
                money(d.baseFen)});
        break;
    case Classification::DibaoSinglePerson:
        for (const MemberBenefit& m : d.members) {
            if (m.singlePersonFen > 0)
                addRow(m_amounts, {tr("Enrolled alone: %1").arg(h.members.value(m.index).name),
                                   tr("gap and increment of one person"), money(m.singlePersonFen)});
        }
        break;
    case Classification::LowIncome:
    case Classification::ExpenditureType:
    case Classification::NotEligible:
        addRow(m_amounts, {tr("No monthly benefit"), QString(), money(0)});
        break;
    }
    addRow(m_amounts, {tr("Total"), QString(), money(d.totalFen)}, true);
    m_amounts->resizeRowsToContents();

    const bool exiting = d.gradualExit.has_value();
    m_exitLabel->setVisible(exiting);
    m_exitProgress->setVisible(exiting);
    if (exiting) {
        m_exitLabel->setText(tr("Gradual exit since %1: month %2 of %3, %4 % of the last amount")
                                 .arg(d.gradualExit->start)
                                 .arg(d.gradualExit->monthIndex)
                                 .arg(d.gradualExit->monthsTotal)
                                 .arg(d.gradualExit->pct));
        m_exitProgress->setRange(0, d.gradualExit->monthsTotal);
        m_exitProgress->setValue(d.gradualExit->monthIndex);
        m_exitProgress->setFormat(tr("%v of %m months"));
    }

    m_score->setRowCount(0);
    for (const ScoreItem& item : d.score.items)
        addRow(m_score,
               {DeterminationJson::indicatorLabel(item.id), QString::number(item.value), QString::number(item.points)});
    addRow(m_score, {tr("Total (tier %1)").arg(d.score.tier), QString(), QString::number(d.score.total)}, true);
    if (d.score.inconsistent)
        addRow(m_score, {tr("Dibao with tier C: a home visit should look again"), QString(), QString()});
    m_score->resizeRowsToContents();

    m_trace->clear();
    for (const TraceLine& line : d.trace)
        m_trace->addItem(line.text);
}

void AssessmentPanel::showEntitlements(const Household& h)
{
    m_programsBox->setVisible(m_entitlements.has_value());
    m_programs->setRowCount(0);
    m_exclusions->clear();
    if (!m_entitlements)
        return;
    const Entitlements& e = *m_entitlements;
    for (const Entitlement& item : e.items) {
        addRow(m_programs,
               {h.members.value(item.member).name, ProgramRules::programLabel(item.program),
                item.oneOff ? tr("%1 once").arg(money(item.amountFen)) : money(item.amountFen) + tr(" a month")});
    }
    if (e.items.isEmpty())
        addRow(m_programs, {QString(), tr("None of the other programs pays this household this month."), QString()});
    else
        addRow(m_programs, {tr("Total"), QString(), money(e.monthlyTotalFen) + tr(" a month")}, true);
    m_programs->resizeRowsToContents();
    // What a program does not pay or pays less, and why, member by member: the trace's lines under
    // a reason code.
    QStringList refused;
    for (const TraceLine& line : e.trace) {
        if (e.reasons.contains(line.rule))
            refused.append(line.text);
    }
    m_exclusions->setText(refused.join(QLatin1Char('\n')));
    m_exclusions->setVisible(!refused.isEmpty());
    if (!e.trace.isEmpty()) {
        auto* heading = new QListWidgetItem(tr("Other programs:"), m_trace);
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
        for (const TraceLine& line : e.trace)
            m_trace->addItem(line.text);
    }
}

void AssessmentPanel::showComparison(const QString& householdId)
{
    if (householdId.isEmpty()) {
        m_comparison->setText(tr("A new household: nothing saved yet."));
        return;
    }
    DeterminationRepository determinations(m_database, m_session);
    const auto latest = determinations.latest(householdId);
    if (!latest) {
        m_comparison->setText(latest.error().toString());
        return;
    }
    if (!latest->has_value()) {
        m_comparison->setText(tr("No determination of this household is saved yet."));
        return;
    }
    const StoredDetermination& before = **latest;
    const Determination& now = *m_result;
    QStringList lines;
    // The policy by its title and document number, as the bureau published it, not by its id.
    const auto policy = PolicyRepository(m_database, m_session).find(before.result.policyId);
    const QString policyName =
        policy ? tr("%1 (%2)").arg(policy->policy.title, policy->policy.document) : before.result.policyId;
    lines.append(tr("Saved %1 by %2 for %3 under %4.")
                     .arg(QLocale().toString(before.createdAt.toLocalTime(), QLocale::ShortFormat),
                          PeopleNames(m_database).of(before.createdBy), before.result.month, policyName));
    if (before.result.classification != now.classification)
        lines.append(tr("Classification: %1 → %2")
                         .arg(DeterminationJson::classificationLabel(before.result.classification),
                              DeterminationJson::classificationLabel(now.classification)));
    if (before.result.totalFen != now.totalFen)
        lines.append(tr("Monthly amount: %1 → %2").arg(money(before.result.totalFen), money(now.totalFen)));
    if (before.result.assessedIncomeAnnualFen != now.assessedIncomeAnnualFen)
        lines.append(tr("Assessed income: %1 → %2 a year")
                         .arg(money(before.result.assessedIncomeAnnualFen), money(now.assessedIncomeAnnualFen)));
    const qint64 programsBefore = before.entitlements ? before.entitlements->monthlyTotalFen : 0;
    const qint64 programsNow = m_entitlements ? m_entitlements->monthlyTotalFen : 0;
    if (programsBefore != programsNow)
        lines.append(tr("Other programs: %1 → %2 a month").arg(money(programsBefore), money(programsNow)));
    if (before.result.householdSize != now.householdSize)
        lines.append(tr("Household size: %1 → %2").arg(before.result.householdSize).arg(now.householdSize));
    if (before.result.score.total != now.score.total)
        lines.append(tr("Score: %1 → %2").arg(before.result.score.total).arg(now.score.total));
    if (lines.size() == 1)
        lines.append(tr("Nothing changed."));
    m_comparison->setText(lines.join(QLatin1Char('\n')));
}

bool AssessmentPanel::saveDetermination()
{
    // What is saved is what the form holds now, evaluated now.
    evaluate();
    if (!m_result)
        return false;
    const auto id = m_save();
    if (!id) {
        showMessage(id.error().toString());
        return false;
    }
    m_input.uuid = *id;
    DeterminationRepository determinations(m_database, m_session);
    if (Status s = determinations.save({*id, m_input, *m_result, m_entitlements}); !s) {
        showMessage(s.error().toString());
        return false;
    }
    showComparison(*id);
    emit determinationSaved();
    return true;
}

} // namespace Doudi
