#include "CityAllocationDialog.h"

#include "Clock.h"
#include "domain/Money.h"
#include "sync/CityAllocations.h"
#include "sync/Peers.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace Doudi {

CityAllocationDialog::CityAllocationDialog(Database& database, Session session, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_session(std::move(session))
{
    setWindowTitle(tr("Reserve fund for a township"));
    m_township = new QComboBox(this);
    if (const auto peers = Peers::all(m_database)) {
        for (const Peer& p : *peers) {
            if (p.kind == QLatin1String("township"))
                m_township->addItem(QStringLiteral("%1 %2").arg(p.name, p.code), p.code);
        }
    }
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Yearly quota (额度)"), QStringLiteral("quota"));
    m_kind->addItem(tr("Advance against the quota (预拨)"), QStringLiteral("allocation"));
    m_kind->addItem(tr("Replenishment (补充)"), QStringLiteral("replenishment"));
    m_year = new QSpinBox(this);
    m_year->setRange(2000, 2100);
    m_year->setValue(Clock::currentDate().year());
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setPlaceholderText(tr("yuan, e.g. 50000.00"));
    m_document = new QLineEdit(this);
    m_document->setObjectName(QStringLiteral("document"));
    m_document->setPlaceholderText(tr("the approval document or the voucher number"));
    m_date = new QDateEdit(Clock::currentDate(), this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_problem = new QLabel(this);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; }"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto* form = new QFormLayout;
    form->addRow(tr("&Township:"), m_township);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Year:"), m_year);
    form->addRow(tr("&Amount (元):"), m_amount);
    form->addRow(tr("&Document:"), m_document);
    form->addRow(tr("D&ate:"), m_date);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CityAllocationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

void CityAllocationDialog::accept()
{
    const auto amount = Money::parse(m_amount->text());
    if (!amount) {
        m_problem->setText(tr("Amount: %1").arg(amount.error().toString()));
        m_problem->show();
        m_amount->setFocus();
        return;
    }
    const auto recorded =
        CityAllocations::record(m_database, m_session,
                                {m_township->currentData().toString(), m_kind->currentData().toString(),
                                 m_year->value(), amount->fen(), m_document->text(), m_date->date()});
    if (!recorded) {
        m_problem->setText(recorded.error().toString());
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace Doudi
