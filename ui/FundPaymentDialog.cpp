#include "FundPaymentDialog.h"

#include "DraftKeeper.h"
#include "FormGuard.h"
#include "FormSnapshot.h"

#include "Clock.h"
#include "cases/CaseRepository.h"
#include "cases/CaseWorkflow.h"
#include "domain/DisplayFormat.h"
#include "domain/IdNumber.h"
#include "domain/Money.h"
#include "fund/FundTerms.h"
#include "security/Authenticator.h"
#include "store/HouseholdRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QUuid>
#include <QVBoxLayout>

namespace Doudi {

namespace {
QString yuan(qint64 fen)
{
    return Money::fromFen(fen).format();
}
} // namespace

FundPaymentDialog::FundPaymentDialog(Database& database, Session session, const QString& householdId, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_session(std::move(session))
{
    setWindowTitle(tr("Pay from the reserve fund"));
    resize(620, 640);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Name, or part of an ID number"));
    m_matches = new QListWidget(this);
    m_matches->setMaximumHeight(110);
    m_household = new QLabel(this);
    m_household->setWordWrap(true);
    m_recipient = new QLineEdit(this);
    m_reasonType = new QComboBox(this);
    for (const QString& type : FundTerms::reasonTypes())
        m_reasonType->addItem(FundTerms::reasonTypeLabel(type), type);
    m_reason = new QLineEdit(this);
    m_reason->setPlaceholderText(tr("What happened, what the help is for"));
    m_amount = new QLineEdit(this);
    m_amount->setPlaceholderText(tr("e.g. 800 or 1,250.50"));
    m_method = new QComboBox(this);
    for (const QString& method : FundTerms::methods())
        m_method->addItem(FundTerms::methodLabel(method), method);
    m_date = new QDateEdit(Clock::currentDate(), this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_case = new QComboBox(this);
    m_meetingRef = new QLineEdit(this);
    m_meetingRef->setPlaceholderText(tr("Only above the cap: the meeting minutes' number"));
    m_override = new QLineEdit(this);
    m_override->setPlaceholderText(tr("Only for a second payment for the same reason this year"));
    m_approver = new QLineEdit(this);
    m_approver->setPlaceholderText(tr("The supervisor's user name"));
    m_approverPassword = new QLineEdit(this);
    m_approverPassword->setEchoMode(QLineEdit::Password);
    m_approverPassword->setPlaceholderText(tr("The supervisor types it here"));
    m_limits = new QLabel(this);
    m_limits->setWordWrap(true);
    m_limits->setTextFormat(Qt::RichText);
    m_limits->setStyleSheet(QStringLiteral("QLabel { background: #f5f5f5; padding: 8px; }"));
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; }"));
    m_printVoucher = new QCheckBox(tr("Show the voucher for printing afterwards"), this);
    m_printVoucher->setChecked(true);

    auto* form = m_form = new QFormLayout;
    form->addRow(tr("&Find household:"), m_search);
    form->addRow(QString(), m_matches);
    form->addRow(tr("Household:"), m_household);
    form->addRow(tr("Rec&ipient:"), m_recipient);
    form->addRow(tr("Reason &type:"), m_reasonType);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("&Amount (元):"), m_amount);
    form->addRow(tr("&Method:"), m_method);
    form->addRow(tr("&Date paid:"), m_date);
    form->addRow(tr("&Case:"), m_case);
    form->addRow(tr("Collective decisi&on:"), m_meetingRef);
    form->addRow(tr("Second payment &because:"), m_override);
    form->addRow(tr("Appro&ver:"), m_approver);
    form->addRow(tr("Approver's pass&word:"), m_approverPassword);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Pay"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FundPaymentDialog::pay);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_limits);
    layout->addWidget(m_message);
    layout->addWidget(m_printVoucher);
    layout->addWidget(buttons);

    connect(m_search, &QLineEdit::textChanged, this, &FundPaymentDialog::search);
    connect(m_matches, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            chooseHousehold(m_matches->item(row)->data(Qt::UserRole).toString());
    });
    connect(m_amount, &QLineEdit::textChanged, this, &FundPaymentDialog::updateLimits);
    connect(m_reasonType, &QComboBox::currentIndexChanged, this, &FundPaymentDialog::updateLimits);
    connect(m_date, &QDateEdit::dateChanged, this, &FundPaymentDialog::updateLimits);

    if (!householdId.isEmpty()) {
        m_search->hide();
        m_matches->hide();
        form->labelForField(m_search)->hide();
        chooseHousehold(householdId);
        m_reason->setFocus();
    } else {
        m_search->setFocus();
    }
    updateLimits();
    // What the clerk typed for a payment is not lost to Esc or 取消 (the household chosen counts).
    auto* guard = new FormGuard(
        this,
        [this] {
            return QStringList{m_household->text(),
                               m_recipient->text(),
                               m_reason->text(),
                               m_amount->text(),
                               m_meetingRef->text(),
                               m_override->text(),
                               m_approver->text(),
                               QString::number(m_reasonType->currentIndex()),
                               QString::number(m_method->currentIndex()),
                               QString::number(m_case->currentIndex()),
                               m_date->date().toString(Qt::ISODate)}
                .join(QChar(0x1F));
        },
        [this] { return pay(); });
    connect(buttons, &QDialogButtonBox::rejected, guard, &FormGuard::cancel);
    // What is typed survives a crash (the approver's password never is kept).
    m_draft = new DraftKeeper(
        this, m_database, m_session, DraftRepository::kFundPayment, QUuid::createUuid().toString(QUuid::WithoutBraces),
        [this] {
            return QJsonObject{{QStringLiteral("household"), m_householdId},
                               {QStringLiteral("fields"), FormSnapshot::capture(this)}};
        },
        [this] {
            return m_householdId.isEmpty() ? tr("Reserve fund payment")
                                           : tr("Reserve fund payment: %1").arg(m_household->text());
        });
}

void FundPaymentDialog::resumeDraft(const Draft& draft)
{
    const QString householdId = draft.content.value(QStringLiteral("household")).toString();
    if (!householdId.isEmpty())
        chooseHousehold(householdId);
    FormSnapshot::apply(this, draft.content.value(QStringLiteral("fields")).toArray());
    updateLimits();
    m_draft->resume(draft);
}

void FundPaymentDialog::search()
{
    m_matches->clear();
    const QString text = m_search->text().trimmed();
    if (text.isEmpty())
        return;
    HouseholdFilter filter;
    filter.search = text;
    const auto found = HouseholdRepository(m_database, m_session).list(filter, 0, 8);
    if (!found)
        return;
    for (const HouseholdSummary& h : *found) {
        auto* item = new QListWidgetItem(tr("%1 — %2, %3, %n person(s)", nullptr, h.memberCount)
                                             .arg(h.headName, h.villageName, IdNumber::mask(h.headIdNumber)),
                                         m_matches);
        item->setData(Qt::UserRole, h.id);
    }
}

void FundPaymentDialog::chooseHousehold(const QString& id)
{
    m_householdId = id;
    m_case->clear();
    m_case->addItem(tr("(none)"), QString());
    const auto household = HouseholdRepository(m_database, m_session).load(id);
    if (!household) {
        m_household->setText(household.error().toString());
        m_householdId.clear();
        updateLimits();
        return;
    }
    const Member* head = household->head();
    m_household->setText(tr("%1, %2, %n person(s)", nullptr, int(household->members.size()))
                             .arg(head ? head->name : QString(), head ? head->idNumber.masked() : QString()));
    m_recipient->setPlaceholderText(head ? head->name : QString());
    if (const auto cases = CaseRepository(m_database, m_session).forHousehold(id)) {
        for (const CaseRecord& c : *cases) {
            if (c.type == QLatin1String("temporary_assistance") && !CaseWorkflow::isFinal(c.state))
                m_case->addItem(tr("%1, opened %2 (%3)")
                                    .arg(CaseWorkflow::typeLabel(c.type), DisplayFormat::date(c.openedOn),
                                         CaseWorkflow::stateLabel(c.state)),
                                c.id);
        }
    }
    // The newest open temporary-assistance case is most likely the one being paid.
    m_case->setCurrentIndex(m_case->count() - 1);
    updateLimits();
}

void FundPaymentDialog::updateLimits()
{
    const QDate date = m_date->date();
    const auto balance = FundLedger(m_database, m_session).balance(date.year());
    QStringList lines;
    if (balance) {
        lines.append(tr("Balance now: <b>%1</b> (quota %2)").arg(yuan(balance->balanceFen), yuan(balance->quotaFen)));
    }
    if (m_householdId.isEmpty()) {
        m_limits->setText(lines.join(QStringLiteral("<br>")) + QStringLiteral("<br>") +
                          tr("Choose the household to see its limits."));
        return;
    }
    const QString reasonType = m_reasonType->currentData().toString();
    const auto limits = FundLedger(m_database, m_session).limitsFor(m_householdId, reasonType, date);
    if (!limits) {
        m_limits->setText(limits.error().toString().toHtmlEscaped());
        return;
    }
    const auto amount = Money::parse(m_amount->text());
    const qint64 fen = amount ? amount->fen() : 0;
    lines.append(tr("Monthly standard %1 · township limit %2 · you may pay alone up to %3 · cap %4 (above it, a "
                    "collective decision)")
                     .arg(yuan(limits->standardFen), yuan(limits->townshipLimitFen), yuan(limits->ownLimitFen),
                          yuan(limits->capFen)));
    lines.append(tr("Available on %1: %2").arg(DisplayFormat::date(date), yuan(limits->availableFen)));
    if (limits->earlierThisYear)
        lines.append(
            QStringLiteral("<span style=\"color:#b71c1c\">%1</span>")
                .arg(tr("Already paid this year for the same kind of reason: %1 on %2 (voucher %3). A "
                        "second payment needs the supervisor and a reason.")
                         .arg(yuan(limits->earlierThisYear->amountFen),
                              DisplayFormat::date(limits->earlierThisYear->date), limits->earlierThisYear->document)
                         .toHtmlEscaped()));
    if (fen > 0) {
        QString verdict;
        if (fen > limits->availableFen)
            verdict = tr("More than the fund has.");
        else if (fen > limits->capFen)
            verdict = tr("Above the cap: needs the supervisor and the collective decision.");
        else if (fen > limits->ownLimitFen)
            verdict = tr("Above your limit: needs the supervisor's approval.");
        else
            verdict = tr("Within your limit.");
        lines.append(tr("After this payment: %1. %2").arg(yuan(limits->availableFen - fen), verdict));
    }
    const bool needsApprover = fen > limits->ownLimitFen || limits->earlierThisYear.has_value();
    m_approver->setEnabled(needsApprover);
    m_approverPassword->setEnabled(needsApprover);
    m_meetingRef->setEnabled(fen > limits->capFen);
    m_override->setEnabled(limits->earlierThisYear.has_value());
    m_limits->setText(lines.join(QStringLiteral("<br>")));
}

bool FundPaymentDialog::pay()
{
    m_message->clear();
    if (m_householdId.isEmpty()) {
        m_message->setText(tr("Choose the household first."));
        m_search->setFocus();
        return false;
    }
    const auto amount = Money::parse(m_amount->text());
    if (!amount) {
        showProblems(Error::invalid(QStringLiteral("amount_fen"), amount.error().problems().first().message));
        return false;
    }
    std::optional<Session> approver;
    if (m_approver->isEnabled() && !m_approver->text().trimmed().isEmpty()) {
        auto login = Authenticator::login(m_database, m_approver->text().trimmed(), m_approverPassword->text());
        m_approverPassword->clear();
        if (!login) {
            m_message->setText(tr("Approver: %1").arg(login.error().toString()));
            m_approverPassword->setFocus();
            return false;
        }
        approver = *login;
    }
    FundLedger::Payment p;
    p.householdId = m_householdId;
    p.caseId = m_case->currentData().toString();
    p.recipient = m_recipient->text();
    p.reasonType = m_reasonType->currentData().toString();
    p.reason = m_reason->text();
    p.method = m_method->currentData().toString();
    p.amountFen = amount->fen();
    p.date = m_date->date();
    p.meetingRef = m_meetingRef->isEnabled() ? m_meetingRef->text() : QString();
    p.overrideReason = m_override->isEnabled() ? m_override->text() : QString();
    const auto id = FundLedger(m_database, m_session).pay(p, approver ? &*approver : nullptr);
    if (!id) {
        updateLimits();
        showProblems(id.error());
        return false;
    }
    m_paymentId = *id;
    accept();
    return true;
}

QWidget* FundPaymentDialog::fieldFor(const QString& path) const
{
    const QHash<QString, QWidget*> fields{
        {QStringLiteral("recipient"), m_recipient},
        {QStringLiteral("reason_type"), m_reasonType},
        {QStringLiteral("reason"), m_reason},
        {QStringLiteral("amount_fen"), m_amount},
        {QStringLiteral("method"), m_method},
        {QStringLiteral("date"), m_date},
        {QStringLiteral("case"), m_case},
        {QStringLiteral("meeting_ref"), m_meetingRef},
        {QStringLiteral("override_reason"), m_override},
        {QStringLiteral("approver"), m_approver},
    };
    return fields.value(path);
}

void FundPaymentDialog::showProblems(const Error& error)
{
    QStringList lines;
    QWidget* first = nullptr;
    for (const Problem& p : error.problems()) {
        QWidget* field = fieldFor(p.field);
        auto* label = field ? qobject_cast<QLabel*>(m_form->labelForField(field)) : nullptr;
        if (!label) {
            lines.append(p.toString());
            continue;
        }
        // "&Amount (元):" is said as 金额（元）, without its letter or colon.
        QString name = label->text().remove(QLatin1Char('&')).trimmed();
        while (name.endsWith(QLatin1Char(':')) || name.endsWith(QChar(0xFF1A)))
            name.chop(1);
        lines.append(tr("%1: %2").arg(name, p.message));
        if (!first)
            first = field;
    }
    m_message->setText(lines.join(QLatin1Char('\n')));
    if (first)
        first->setFocus();
}

} // namespace Doudi
