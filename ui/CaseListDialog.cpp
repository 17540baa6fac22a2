#include "CaseListDialog.h"

#include "Clock.h"
#include "ReadOnlyTable.h"
#include "cases/CaseRepository.h"
#include "cases/CaseWorkflow.h"
#include "domain/DisplayFormat.h"
#include "store/HouseholdRepository.h"
#include "store/SiteRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <limits>

namespace Doudi {

namespace {
constexpr int kShown = 2000;
}

CaseListDialog::CaseListDialog(Database& database, Session session, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_session(std::move(session))
{
    setWindowTitle(tr("Cases"));
    resize(1000, 640);
    m_type = new QComboBox(this);
    m_type->addItem(tr("All kinds"), QString());
    for (const QString& t : CaseWorkflow::types())
        m_type->addItem(CaseWorkflow::typeLabel(t), t);
    m_state = new QComboBox(this);
    m_state->addItem(tr("All states"), QString());
    for (const QString& s : CaseWorkflow::states())
        m_state->addItem(CaseWorkflow::stateLabel(s), s);
    m_village = new QComboBox(this);
    m_village->addItem(tr("All villages"), QString());
    if (const auto villages = SiteRepository(m_database, m_session).villages()) {
        for (const Village& v : *villages) {
            if (m_session.maySeeVillage(v.code))
                m_village->addItem(v.name, v.code);
        }
    }
    m_overdue = new QCheckBox(tr("&Overdue only"), this);
    m_table = ReadOnlyTable::create(
        {tr("Household"), tr("Case"), tr("State"), tr("Accepted on"), tr("Next time limit"), tr("Overdue")},
        {130, 130, 130, 130, 240}, this);
    m_count = new QLabel(this);
    for (QComboBox* box : {m_type, m_state, m_village})
        connect(box, &QComboBox::currentIndexChanged, this, &CaseListDialog::applyFilters);
    connect(m_overdue, &QCheckBox::toggled, this, &CaseListDialog::applyFilters);

    auto* filters = new QHBoxLayout;
    for (QWidget* w : std::initializer_list<QWidget*>{m_type, m_state, m_village, m_overdue})
        filters->addWidget(w);
    filters->addStretch(1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);
    layout->addWidget(buttons);
    reload();
}

void CaseListDialog::reload()
{
    const auto all = CaseRepository(m_database, m_session).list(QString(), false, Clock::currentDate());
    m_all = all ? *all : QList<CaseRecord>{};
    m_households.clear();
    if (const auto list = HouseholdRepository(m_database, m_session).list({}, 0, std::numeric_limits<qint64>::max())) {
        for (const HouseholdSummary& h : *list)
            m_households.insert(h.id, {h.headName, h.villageCode});
    }
    applyFilters();
}

void CaseListDialog::applyFilters()
{
    const QDate today = Clock::currentDate();
    const QString type = m_type->currentData().toString();
    const QString state = m_state->currentData().toString();
    const QString village = m_village->currentData().toString();
    const bool overdueOnly = m_overdue->isChecked();
    m_table->setRowCount(0);
    m_table->setUpdatesEnabled(false);
    int matching = 0;
    for (const CaseRecord& c : m_all) {
        const auto household = m_households.value(c.householdId);
        if ((!type.isEmpty() && c.type != type) || (!state.isEmpty() && c.state != state) ||
            (!village.isEmpty() && household.second != village) || (overdueOnly && !c.overdueOn(today)))
            continue;
        if (++matching > kShown)
            continue;
        const CaseDeadline* due = c.nextDeadline();
        const QString next =
            due ? tr("%1 by %2").arg(CaseWorkflow::deadlineLabel(due->step), CaseWorkflow::dueDateText(*due))
                : QString();
        const bool overdue = c.overdueOn(today);
        ReadOnlyTable::appendRow(m_table,
                                 {household.first, CaseWorkflow::typeLabel(c.type), CaseWorkflow::stateLabel(c.state),
                                  DisplayFormat::date(c.openedOn), next, overdue ? tr("overdue") : QString()},
                                 overdue);
    }
    m_table->setUpdatesEnabled(true);
    m_count->setText(matching > kShown ? tr("%1 cases; the first %2 are shown").arg(matching).arg(kShown)
                                       : tr("%n case(s)", nullptr, matching));
}

} // namespace Doudi
