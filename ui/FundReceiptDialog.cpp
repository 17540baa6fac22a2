#include "FundReceiptDialog.h"

#include "Clock.h"
#include "domain/Money.h"
#include "fund/FundLedger.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Doudi {

FundReceiptDialog::FundReceiptDialog(Database& database, Session session, Kind kind, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_session(std::move(session))
    , m_kind(kind)
{
    const bool quota = kind == Kind::Quota;
    setWindowTitle(quota ? tr("The year's quota") : tr("Money received from the city"));
    auto* form = new QFormLayout;
    if (quota) {
        m_year = new QSpinBox(this);
        m_year->setRange(2000, 2100);
        m_year->setValue(Clock::currentDate().year());
        form->addRow(tr("&Year:"), m_year);
    } else {
        m_date = new QDateEdit(Clock::currentDate(), this);
        m_date->setCalendarPopup(true);
        m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        form->addRow(tr("&Date received:"), m_date);
    }
    m_amount = new QLineEdit(this);
    form->addRow(tr("&Amount (元):"), m_amount);
    m_document = new QLineEdit(this);
    form->addRow(quota ? tr("Approval &document:") : tr("City's &voucher no.:"), m_document);
    if (!quota) {
        m_replenishment =
            new QCheckBox(tr("A replenishment of what was paid (补充), not an advance against the quota"), this);
        form->addRow(QString(), m_replenishment);
    }
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; }"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FundReceiptDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    m_amount->setFocus();
}

bool FundReceiptDialog::save()
{
    const auto amount = Money::parse(m_amount->text());
    if (!amount) {
        m_message->setText(tr("Amount: %1").arg(amount.error().problems().first().message));
        m_amount->setFocus();
        return false;
    }
    FundLedger ledger(m_database, m_session);
    Status saved = success();
    if (m_kind == Kind::Quota) {
        saved = ledger.setQuota(m_year->value(), amount->fen(), m_document->text(), Clock::currentDate());
    } else if (const auto id =
                   ledger.allocate(amount->fen(), m_document->text(), m_date->date(), m_replenishment->isChecked());
               !id) {
        saved = id.error();
    }
    if (!saved) {
        m_message->setText(saved.error().toString());
        return false;
    }
    accept();
    return true;
}

} // namespace Doudi
