#include "CareRegisterDialog.h"

#include "Clock.h"
#include "FormProblems.h"
#include "ReadOnlyTable.h"
#include "RostersDialog.h"
#include "WindowSizes.h"
#include "domain/DisplayFormat.h"
#include "store/SiteRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Doudi {

CareRegisterDialog::CareRegisterDialog(Database& database, Session session, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_session(std::move(session))
{
    setWindowTitle(tr("Care register (三留守)"));
    m_filter = new QComboBox(this);
    m_village = new QComboBox(this);
    if (m_session.maySeeVillage(QStringLiteral("-")))
        m_filter->addItem(tr("All villages"), QString());
    if (const auto villages = SiteRepository(m_database, m_session).activeVillages()) {
        for (const Village& v : *villages) {
            if (!m_session.maySeeVillage(v.code))
                continue;
            m_filter->addItem(v.name, v.code);
            m_village->addItem(v.name, v.code);
        }
    }
    auto* filterRow = new QHBoxLayout;
    auto* filterLabel = new QLabel(tr("&Village:"), this);
    filterLabel->setBuddy(m_filter);
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter);
    filterRow->addStretch(1);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &CareRegisterDialog::reload);

    m_table = ReadOnlyTable::create({tr("Village"), tr("Name"), tr("ID number"), tr("Left behind"), tr("Risk"),
                                     tr("Carer"), tr("Last visit"), tr("Visit due")},
                                    {90, 70, 140, 90, 50, 120, 110}, this);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &CareRegisterDialog::updateButtons);

    // The form a new person is registered from, in two columns to fit a small screen.
    auto* formBox = new QGroupBox(tr("Register a person"), this);
    m_name = new QLineEdit(formBox);
    m_idNumber = new QLineEdit(formBox);
    m_idNumber->setMaxLength(18);
    m_group = new QComboBox(formBox);
    for (const QString& g : CareRegister::groups())
        m_group->addItem(CareRegister::groupLabel(g), g);
    m_reason = new QComboBox(formBox);
    m_reason->setEditable(true);
    m_reason->addItems({QStringLiteral("家庭成员外出务工"), QStringLiteral("父母外出务工"),
                        QStringLiteral("子女外出务工"), QStringLiteral("配偶外出务工")});
    m_carer = new QLineEdit(formBox);
    m_carer->setPlaceholderText(tr("e.g. grandmother 李桂芬"));
    m_carerPhone = new QLineEdit(formBox);
    m_livingAlone = new QCheckBox(tr("Lives &alone"), formBox);
    m_risk = new QComboBox(formBox);
    for (const QString& r : CareRegister::risks())
        m_risk->addItem(CareRegister::riskLabel(r), r);
    auto* left = new QFormLayout;
    left->addRow(tr("Villag&e:"), m_village);
    left->addRow(tr("&Name:"), m_name);
    left->addRow(tr("&ID number:"), m_idNumber);
    left->addRow(tr("&Group:"), m_group);
    left->addRow(tr("Rea&son:"), m_reason);
    auto* right = new QFormLayout;
    right->addRow(tr("&Carer:"), m_carer);
    right->addRow(tr("Carer's p&hone:"), m_carerPhone);
    right->addRow(tr("Ris&k:"), m_risk);
    right->addRow(QString(), m_livingAlone);
    auto* registerButton = new QPushButton(tr("&Register"), formBox);
    right->addRow(QString(), registerButton);
    auto* columns = new QHBoxLayout(formBox);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    connect(registerButton, &QPushButton::clicked, this, &CareRegisterDialog::registerPerson);
    formBox->setVisible(m_session.may(Action::EditHousehold) || m_session.may(Action::RecordVisit));

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_visit = new QPushButton(tr("Record a visi&t…"), this);
    m_leave = new QPushButton(tr("&Leave the register…"), this);
    auto* print = new QPushButton(tr("&Print the register…"), this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_visit, QDialogButtonBox::ActionRole);
    buttons->addButton(m_leave, QDialogButtonBox::ActionRole);
    buttons->addButton(print, QDialogButtonBox::ActionRole);
    m_visit->setVisible(m_session.may(Action::RecordVisit));
    print->setVisible(m_session.may(Action::PrintRoster));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_visit, &QPushButton::clicked, this, &CareRegisterDialog::askForVisit);
    connect(m_leave, &QPushButton::clicked, this, &CareRegisterDialog::askToLeave);
    connect(print, &QPushButton::clicked, this, &CareRegisterDialog::printRegister);
    for (QPushButton* button : findChildren<QPushButton*>())
        button->setAutoDefault(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(formBox);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    WindowSizes::fitToScreen(this, QSize(980, 680));
    reload();
}

QString CareRegisterDialog::message() const
{
    return m_message->text();
}

void CareRegisterDialog::reload()
{
    const QDate today = Clock::currentDate();
    const auto people = CareRegister(m_database, m_session).list(today, m_filter->currentData().toString());
    m_table->setRowCount(0);
    m_people.clear();
    if (!people) {
        m_message->setText(people.error().toString());
        updateButtons();
        return;
    }
    m_people = *people;
    const QHash<QString, QString> villages = SiteRepository(m_database, m_session).villageNames();
    m_table->setUpdatesEnabled(false);
    for (const CarePerson& p : std::as_const(m_people))
        ReadOnlyTable::appendRow(m_table,
                                 {villages.value(p.villageCode, p.villageCode), p.name, p.idNumber.masked(),
                                  CareRegister::groupLabel(p.group), CareRegister::riskLabel(p.risk), p.carer,
                                  p.lastVisit.isValid() ? DisplayFormat::date(p.lastVisit) : tr("never"),
                                  DisplayFormat::date(p.nextDue)},
                                 p.overdueOn(today));
    m_table->setUpdatesEnabled(true);
    updateButtons();
}

const CarePerson* CareRegisterDialog::selected() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_people.size() && !m_table->selectedItems().isEmpty() ? &m_people.at(row) : nullptr;
}

void CareRegisterDialog::updateButtons()
{
    m_visit->setEnabled(selected() != nullptr);
    m_leave->setEnabled(selected() != nullptr);
}

bool CareRegisterDialog::registerPerson()
{
    const auto id = IdNumber::parse(m_idNumber->text());
    if (!id) {
        showProblems(Error::invalid(QStringLiteral("id_number"), id.error().toString()));
        return false;
    }
    CarePerson p;
    p.villageCode = m_village->currentData().toString();
    p.name = m_name->text();
    p.idNumber = *id;
    p.group = m_group->currentData().toString();
    p.reason = m_reason->currentText();
    p.carer = m_carer->text();
    p.carerPhone = m_carerPhone->text();
    p.livingAlone = m_livingAlone->isChecked();
    p.risk = m_risk->currentData().toString();
    const auto added = CareRegister(m_database, m_session).add(p);
    if (!added) {
        showProblems(added.error());
        return false;
    }
    m_message->setText(tr("%1 is on the register; the first visit is due on %2.")
                           .arg(added->name, DisplayFormat::date(added->nextDue)));
    for (QLineEdit* field : {m_name, m_idNumber, m_carer, m_carerPhone})
        field->clear();
    m_livingAlone->setChecked(false);
    reload();
    m_name->setFocus();
    return true;
}

void CareRegisterDialog::showProblems(const Error& error)
{
    FormProblems::show(m_message, error,
                       {{QStringLiteral("village"), m_village},
                        {QStringLiteral("name"), m_name},
                        {QStringLiteral("id_number"), m_idNumber},
                        {QStringLiteral("group"), m_group},
                        {QStringLiteral("reason"), m_reason},
                        {QStringLiteral("carer"), m_carer},
                        {QStringLiteral("risk"), m_risk}});
}

bool CareRegisterDialog::recordVisit(const QDate& on, const QString& findings, bool needsHelp)
{
    const CarePerson* p = selected();
    if (!p)
        return false;
    const QString name = p->name;
    const auto visit = CareRegister(m_database, m_session).visit(p->id, on, findings, needsHelp);
    if (!visit) {
        showProblems(visit.error());
        return false;
    }
    m_message->setText(tr("The visit to %1 on %2 is recorded.").arg(name, DisplayFormat::date(on)));
    reload();
    return true;
}

bool CareRegisterDialog::leaveSelected(const QString& reason)
{
    const CarePerson* p = selected();
    if (!p)
        return false;
    const QString name = p->name;
    if (Status s = CareRegister(m_database, m_session).leave(p->id, Clock::currentDate(), reason); !s) {
        showProblems(s.error());
        return false;
    }
    m_message->setText(tr("%1 has left the register: %2").arg(name, reason.trimmed()));
    reload();
    return true;
}

void CareRegisterDialog::askForVisit()
{
    const CarePerson* p = selected();
    if (!p)
        return;
    QDialog ask(this);
    ask.setWindowTitle(tr("Visit to %1").arg(p->name));
    auto* on = new QDateEdit(Clock::currentDate(), &ask);
    on->setCalendarPopup(true);
    on->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto* findings = new QPlainTextEdit(&ask);
    findings->setTabChangesFocus(true);
    auto* needsHelp = new QCheckBox(tr("Needs the township's &help"), &ask);
    auto* form = new QFormLayout(&ask);
    form->addRow(tr("&Date:"), on);
    form->addRow(tr("&Findings:"), findings);
    form->addRow(QString(), needsHelp);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &ask);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    if (ask.exec() == QDialog::Accepted)
        recordVisit(on->date(), findings->toPlainText(), needsHelp->isChecked());
}

void CareRegisterDialog::askToLeave()
{
    const CarePerson* p = selected();
    if (!p)
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Leave the register"),
                                                 tr("Why %1 leaves the register (e.g. 父母返乡):").arg(p->name),
                                                 QLineEdit::Normal, QString(), &ok);
    if (ok)
        leaveSelected(reason);
}

void CareRegisterDialog::printRegister()
{
    auto* rosters = new RostersDialog(m_database, m_session, this);
    rosters->setAttribute(Qt::WA_DeleteOnClose);
    rosters->kindBox()->setCurrentIndex(rosters->kindBox()->findData(QStringLiteral("care")));
    rosters->monthEdit()->setDate(Clock::currentDate());
    rosters->open();
}

} // namespace Doudi
