#include "ReferralsDialog.h"

#include "Clock.h"
#include "FormProblems.h"
#include "PrintPreview.h"
#include "ReadOnlyTable.h"
#include "WindowSizes.h"
#include "domain/DisplayFormat.h"
#include "report/ReferralLetter.h"
#include "store/HouseholdRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Doudi {

ReferralsDialog::ReferralsDialog(Database& database, Session session, From from, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_session(std::move(session))
    , m_from(std::move(from))
{
    setWindowTitle(tr("Referrals and the resource library"));
    m_tabs = new QTabWidget(this);
    const bool mayWrite = m_session.may(Action::EditHousehold);

    // The referrals.
    auto* referralsPage = new QWidget(m_tabs);
    m_referrals = ReadOnlyTable::create(
        {tr("Letter"), tr("Person"), tr("Entry"), tr("Provider"), tr("State"), tr("Sent"), tr("Answer due")},
        {80, 80, 150, 130, 80, 130}, referralsPage);
    connect(m_referrals, &QTableWidget::itemSelectionChanged, this, &ReferralsDialog::updateButtons);
    m_openOnly = new QCheckBox(tr("&Open ones only"), referralsPage);
    m_openOnly->setChecked(m_from.householdId.isEmpty());
    connect(m_openOnly, &QCheckBox::toggled, this, &ReferralsDialog::reload);
    m_accepted = new QPushButton(tr("&Accepted…"), referralsPage);
    m_helped = new QPushButton(tr("&Helped…"), referralsPage);
    m_declined = new QPushButton(tr("&Declined…"), referralsPage);
    m_print = new QPushButton(tr("&Print the letter…"), referralsPage);
    connect(m_accepted, &QPushButton::clicked, this, [this] { askToMove(QStringLiteral("accepted")); });
    connect(m_helped, &QPushButton::clicked, this, [this] { askToMove(QStringLiteral("helped")); });
    connect(m_declined, &QPushButton::clicked, this, [this] { askToMove(QStringLiteral("declined")); });
    connect(m_print, &QPushButton::clicked, this, &ReferralsDialog::printSelected);
    auto* moves = new QHBoxLayout;
    moves->addWidget(m_openOnly);
    moves->addStretch(1);
    for (QPushButton* button : {m_accepted, m_helped, m_declined}) {
        button->setVisible(mayWrite);
        moves->addWidget(button);
    }
    moves->addWidget(m_print);

    // Referring a member of the household the dialog was opened for.
    auto* referBox = new QGroupBox(tr("Refer a member of this household"), referralsPage);
    m_member = new QComboBox(referBox);
    m_resource = new QComboBox(referBox);
    m_need = new QPlainTextEdit(referBox);
    m_need->setTabChangesFocus(true);
    m_need->setPlaceholderText(tr("What help the person needs, e.g. 长子考入大学，学费无着"));
    m_need->setMaximumHeight(60);
    auto* referButton = new QPushButton(tr("&Refer and print the letter…"), referBox);
    connect(referButton, &QPushButton::clicked, this, [this] { refer(true); });
    auto* referForm = new QFormLayout(referBox);
    referForm->addRow(tr("&Member:"), m_member);
    referForm->addRow(tr("&To:"), m_resource);
    referForm->addRow(tr("&Need:"), m_need);
    referForm->addRow(QString(), referButton);
    referBox->setVisible(mayWrite && !m_from.householdId.isEmpty());

    auto* referralsLayout = new QVBoxLayout(referralsPage);
    referralsLayout->addWidget(m_referrals, 1);
    referralsLayout->addLayout(moves);
    referralsLayout->addWidget(referBox);
    m_tabs->addTab(referralsPage, tr("Re&ferrals"));

    // The library.
    auto* libraryPage = new QWidget(m_tabs);
    m_library = ReadOnlyTable::create({tr("Kind"), tr("Name"), tr("Provider"), tr("Offers"), tr("Conditions"),
                                       tr("Contact"), tr("Valid until"), tr("From")},
                                      {80, 90, 100, 180, 130, 110, 90}, libraryPage);
    auto* addBox = new QGroupBox(tr("Add an entry of the office's own"), libraryPage);
    m_kind = new QComboBox(addBox);
    for (const QString& k : HelpResources::kinds())
        m_kind->addItem(HelpResources::kindLabel(k), k);
    m_name = new QLineEdit(addBox);
    m_name->setPlaceholderText(QStringLiteral("慈善助医"));
    m_provider = new QLineEdit(addBox);
    m_provider->setPlaceholderText(QStringLiteral("县慈善总会"));
    m_offers = new QLineEdit(addBox);
    m_conditions = new QLineEdit(addBox);
    m_contact = new QLineEdit(addBox);
    m_hasEnd = new QCheckBox(tr("Ends &on"), addBox);
    m_until = new QDateEdit(Clock::currentDate().addYears(1), addBox);
    m_until->setCalendarPopup(true);
    m_until->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_until->setEnabled(false);
    connect(m_hasEnd, &QCheckBox::toggled, m_until, &QWidget::setEnabled);
    auto* addButton = new QPushButton(tr("&Add to the library"), addBox);
    connect(addButton, &QPushButton::clicked, this, &ReferralsDialog::addResource);
    auto* left = new QFormLayout;
    left->addRow(tr("&Kind:"), m_kind);
    left->addRow(tr("&Name:"), m_name);
    left->addRow(tr("&Provider:"), m_provider);
    left->addRow(tr("Offer&s:"), m_offers);
    auto* right = new QFormLayout;
    right->addRow(tr("&Conditions:"), m_conditions);
    right->addRow(tr("Con&tact:"), m_contact);
    right->addRow(m_hasEnd, m_until);
    right->addRow(QString(), addButton);
    auto* columns = new QHBoxLayout(addBox);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    addBox->setVisible(mayWrite);
    m_end = new QPushButton(tr("&End the entry…"), libraryPage);
    m_end->setVisible(mayWrite);
    connect(m_end, &QPushButton::clicked, this, [this] {
        QDialog ask(this);
        ask.setWindowTitle(tr("End the entry"));
        auto* lastDay = new QDateEdit(Clock::currentDate(), &ask);
        lastDay->setCalendarPopup(true);
        lastDay->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        auto* form = new QFormLayout(&ask);
        form->addRow(tr("&Last valid day:"), lastDay);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &ask);
        form->addRow(buttons);
        connect(buttons, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
        if (ask.exec() == QDialog::Accepted)
            endSelectedResource(lastDay->date());
    });
    connect(m_library, &QTableWidget::itemSelectionChanged, this, &ReferralsDialog::updateButtons);
    auto* endRow = new QHBoxLayout;
    endRow->addStretch(1);
    endRow->addWidget(m_end);
    auto* libraryLayout = new QVBoxLayout(libraryPage);
    libraryLayout->addWidget(m_library, 1);
    libraryLayout->addLayout(endRow);
    libraryLayout->addWidget(addBox);
    m_tabs->addTab(libraryPage, tr("Resource &library"));

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QPushButton* button : findChildren<QPushButton*>())
        button->setAutoDefault(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    WindowSizes::fitToScreen(this, QSize(980, 680));
    fillHousehold();
    reload();
    if (referBox->isVisible())
        m_need->setFocus();
}

QString ReferralsDialog::message() const
{
    return m_message->text();
}

void ReferralsDialog::fillHousehold()
{
    if (m_from.householdId.isEmpty())
        return;
    const auto household = HouseholdRepository(m_database, m_session).load(m_from.householdId);
    if (!household) {
        m_message->setText(household.error().toString());
        return;
    }
    const Member* head = household->head();
    for (const Member& m : household->members) {
        if (m.diedOn)
            continue;
        m_member->addItem(QStringLiteral("%1（%2）").arg(m.name, m.idNumber.masked()), m.uuid);
        if (&m == head)
            m_member->setCurrentIndex(m_member->count() - 1);
    }
}

void ReferralsDialog::reload()
{
    const QDate today = Clock::currentDate();
    const auto referrals = Referrals(m_database, m_session).list(m_openOnly->isChecked(), m_from.householdId);
    m_referrals->setRowCount(0);
    m_shown.clear();
    if (referrals) {
        m_shown = *referrals;
        for (const Referral& r : std::as_const(m_shown))
            ReadOnlyTable::appendRow(m_referrals,
                                     {r.letterNo, r.personName, r.resourceName, r.provider,
                                      Referrals::stateLabel(r.state), DisplayFormat::date(r.sentOn),
                                      r.due.isValid() ? DisplayFormat::date(r.due) : r.outcome},
                                     r.overdueOn(today));
    } else {
        m_message->setText(referrals.error().toString());
    }
    const auto library = HelpResources(m_database, m_session).list(today, true);
    m_library->setRowCount(0);
    m_resources.clear();
    const QString chosen = m_resource->currentData().toString();
    m_resource->clear();
    if (library) {
        m_resources = *library;
        for (const HelpResource& r : *library) {
            ReadOnlyTable::appendRow(m_library,
                                     {HelpResources::kindLabel(r.kind), r.name, r.provider, r.offers, r.conditions,
                                      r.contact, r.validUntil.isValid() ? DisplayFormat::date(r.validUntil) : QString(),
                                      r.origin == QLatin1String("city") ? tr("the city") : tr("the office")},
                                     !r.validOn(today));
            if (r.validOn(today))
                m_resource->addItem(QStringLiteral("%1 — %2").arg(r.name, r.provider), r.id);
        }
    }
    if (const int index = m_resource->findData(chosen); index >= 0)
        m_resource->setCurrentIndex(index);
    updateButtons();
}

const Referral* ReferralsDialog::selected() const
{
    const int row = m_referrals->currentRow();
    return row >= 0 && row < m_shown.size() && !m_referrals->selectedItems().isEmpty() ? &m_shown.at(row) : nullptr;
}

void ReferralsDialog::updateButtons()
{
    const Referral* r = selected();
    m_accepted->setEnabled(r && r->state == QLatin1String("sent"));
    m_helped->setEnabled(r && r->state == QLatin1String("accepted"));
    m_declined->setEnabled(r && r->isOpen());
    m_print->setEnabled(r != nullptr);
    const int row = m_library->currentRow();
    const bool ownEntry = row >= 0 && row < m_resources.size() && !m_library->selectedItems().isEmpty() &&
                          m_resources.at(row).origin == QLatin1String("township");
    m_end->setEnabled(ownEntry);
}

bool ReferralsDialog::endSelectedResource(const QDate& lastDay)
{
    const int row = m_library->currentRow();
    if (row < 0 || row >= m_resources.size())
        return false;
    const auto ended = HelpResources(m_database, m_session).end(m_resources.at(row).id, lastDay);
    if (!ended) {
        FormProblems::show(m_message, ended.error(), {});
        return false;
    }
    m_message->setText(
        tr("%1 of %2 is valid until %3.").arg(ended->name, ended->provider, DisplayFormat::date(lastDay)));
    reload();
    return true;
}

bool ReferralsDialog::refer(bool print)
{
    Referral r;
    r.householdId = m_from.householdId;
    r.memberId = m_member->currentData().toString();
    r.resourceId = m_resource->currentData().toString();
    r.source = m_from.source;
    r.sourceId = m_from.sourceId;
    r.need = m_need->toPlainText();
    const auto opened = Referrals(m_database, m_session).open(r);
    if (!opened) {
        FormProblems::show(m_message, opened.error(),
                           {{QStringLiteral("member"), m_member},
                            {QStringLiteral("resource"), m_resource},
                            {QStringLiteral("need"), m_need}});
        return false;
    }
    m_message->setText(tr("Referral %1 is sent to %2; the answer is due by %3.")
                           .arg(opened->letterNo, opened->provider, DisplayFormat::date(opened->due)));
    m_need->clear();
    emit referred(*opened);
    reload();
    for (int row = 0; row < m_shown.size(); ++row) {
        if (m_shown.at(row).id == opened->id)
            m_referrals->selectRow(row);
    }
    if (print)
        printSelected();
    return true;
}

bool ReferralsDialog::moveSelected(const QString& state, const QDate& on, const QString& outcome)
{
    const Referral* r = selected();
    if (!r)
        return false;
    const auto moved = Referrals(m_database, m_session).update(r->id, state, on, outcome, r->version);
    if (!moved) {
        FormProblems::show(m_message, moved.error(), {});
        return false;
    }
    m_message->setText(tr("Referral %1: %2 on %3.")
                           .arg(moved->letterNo, Referrals::stateLabel(moved->state), DisplayFormat::date(on)));
    reload();
    return true;
}

void ReferralsDialog::askToMove(const QString& state)
{
    const Referral* r = selected();
    if (!r)
        return;
    QDialog ask(this);
    ask.setWindowTitle(tr("Referral %1: %2").arg(r->letterNo, Referrals::stateLabel(state)));
    auto* on = new QDateEdit(Clock::currentDate(), &ask);
    on->setCalendarPopup(true);
    on->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto* outcome = new QPlainTextEdit(&ask);
    outcome->setTabChangesFocus(true);
    auto* form = new QFormLayout(&ask);
    form->addRow(tr("&Date:"), on);
    form->addRow(state == QLatin1String("accepted") ? tr("&Note:") : tr("&Outcome:"), outcome);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &ask);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    outcome->setFocus();
    if (ask.exec() == QDialog::Accepted)
        moveSelected(state, on->date(), outcome->toPlainText());
}

bool ReferralsDialog::addResource()
{
    HelpResource r;
    r.kind = m_kind->currentData().toString();
    r.name = m_name->text();
    r.provider = m_provider->text();
    r.offers = m_offers->text();
    r.conditions = m_conditions->text();
    r.contact = m_contact->text();
    r.validFrom = Clock::currentDate();
    if (m_hasEnd->isChecked())
        r.validUntil = m_until->date();
    const auto added = HelpResources(m_database, m_session).add(r);
    if (!added) {
        FormProblems::show(m_message, added.error(),
                           {{QStringLiteral("kind"), m_kind},
                            {QStringLiteral("name"), m_name},
                            {QStringLiteral("provider"), m_provider},
                            {QStringLiteral("offers"), m_offers},
                            {QStringLiteral("conditions"), m_conditions},
                            {QStringLiteral("contact"), m_contact},
                            {QStringLiteral("valid_until"), m_until}});
        return false;
    }
    m_message->setText(tr("%1 of %2 is in the library.").arg(added->name, added->provider));
    for (QLineEdit* field : {m_name, m_provider, m_offers, m_conditions, m_contact})
        field->clear();
    reload();
    m_name->setFocus();
    return true;
}

void ReferralsDialog::printSelected()
{
    const Referral* r = selected();
    if (!r)
        return;
    const auto html = ReferralLetter::print(m_database, m_session, r->id);
    if (!html) {
        m_message->setText(html.error().toString());
        return;
    }
    PrintPreview::show(ReferralLetter::tr("Referral letter %1").arg(r->letterNo), *html, QPageLayout::Portrait, this);
}

} // namespace Doudi
