#include "FuneralWaiverDialog.h"

#include "PrintPreview.h"
#include "ReadOnlyTable.h"
#include "WindowSizes.h"
#include "domain/DisplayFormat.h"
#include "domain/Money.h"
#include "payments/PriceSubsidyRun.h"
#include "report/FuneralWaiverCertificate.h"
#include "store/SiteRepository.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Doudi {

FuneralWaiverDialog::FuneralWaiverDialog(Database& database, Session session, const QString& householdId,
                                         QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_session(std::move(session))
    , m_householdId(householdId)
{
    setWindowTitle(householdId.isEmpty() ? tr("Funeral waivers issued") : tr("Funeral waiver"));
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setText(householdId.isEmpty()
                        ? tr("Every basic funeral services waiver the township has issued. Select one to print its "
                             "certificate again.")
                        : tr("When a member covered by the dibao, 特困 or the orphans' allowance dies, the basic "
                             "funeral services are waived up to the policy's amount. The certificate is issued once "
                             "a person; the family takes it to the funeral home."));
    m_table = ReadOnlyTable::create({tr("Certificate"), tr("Name"), tr("Village"), tr("ID number"), tr("Died on"),
                                     tr("Covered as"), tr("Amount (yuan)"), tr("Issued")},
                                    {80, 70, 90, 140, 110, 110, 100}, this);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_issue = new QPushButton(tr("&Issue the certificate"), this);
    m_print = new QPushButton(tr("&Print the certificate…"), this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_issue, QDialogButtonBox::ActionRole);
    buttons->addButton(m_print, QDialogButtonBox::ActionRole);
    m_issue->setVisible(!householdId.isEmpty() &&
                        FuneralWaivers::mayIssue(m_session)); // after the box, which shows its buttons
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_issue, &QPushButton::clicked, this, [this] { issueSelected(); });
    connect(m_print, &QPushButton::clicked, this, &FuneralWaiverDialog::printSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &FuneralWaiverDialog::updateButtons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    WindowSizes::fitToScreen(this, QSize(960, 420));
    reload();
}

QString FuneralWaiverDialog::message() const
{
    return m_message->text();
}

bool FuneralWaiverDialog::hasWaiverToIssue(Database& database, const Session& session, const QString& householdId)
{
    if (!FuneralWaivers::mayIssue(session))
        return false;
    const auto waivers = FuneralWaivers(database, session).forHousehold(householdId);
    return waivers &&
           std::any_of(waivers->cbegin(), waivers->cend(), [](const FuneralWaiver& w) { return !w.issued(); });
}

void FuneralWaiverDialog::reload()
{
    FuneralWaivers waivers(m_database, m_session);
    const auto loaded = m_householdId.isEmpty() ? waivers.issued() : waivers.forHousehold(m_householdId);
    m_table->setRowCount(0);
    m_waivers.clear();
    if (!loaded) {
        m_message->setText(loaded.error().toString());
        updateButtons();
        return;
    }
    m_waivers = *loaded;
    const QHash<QString, QString> villages = SiteRepository(m_database, m_session).villageNames();
    for (const FuneralWaiver& w : std::as_const(m_waivers)) {
        const int row = ReadOnlyTable::appendRow(
            m_table, {w.issued() ? w.certificateNo : tr("not issued"), w.name,
                      villages.value(w.villageCode, w.villageCode), w.idNumber.masked(), DisplayFormat::date(w.diedOn),
                      PriceSubsidyRun::categoryLabel(w.category), Money::fromFen(w.amountFen).formatPlain(),
                      w.issued() ? DisplayFormat::date(w.issuedAt.toLocalTime().date()) : QString()});
        m_table->item(row, 6)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (m_waivers.isEmpty())
        m_message->setText(m_householdId.isEmpty()
                               ? tr("No funeral waiver has been issued.")
                               : tr("No death recorded in this household is covered by the funeral waiver."));
    // The first waiver still to issue is the one the clerk came for.
    for (int row = 0; row < m_waivers.size(); ++row) {
        if (!m_waivers.at(row).issued()) {
            m_table->selectRow(row);
            break;
        }
    }
    if (m_table->selectedItems().isEmpty() && !m_waivers.isEmpty())
        m_table->selectRow(0);
    updateButtons();
}

const FuneralWaiver* FuneralWaiverDialog::selected() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_waivers.size() && !m_table->selectedItems().isEmpty() ? &m_waivers.at(row) : nullptr;
}

void FuneralWaiverDialog::updateButtons()
{
    const FuneralWaiver* w = selected();
    m_issue->setEnabled(w && !w->issued());
    m_print->setEnabled(w && w->issued());
    (w && !w->issued() ? m_issue : m_print)->setDefault(true);
}

void FuneralWaiverDialog::issueSelected(bool preview)
{
    const FuneralWaiver* w = selected();
    if (!w || w->issued())
        return;
    const auto issued = FuneralWaivers(m_database, m_session).issue(w->householdId, w->memberId);
    if (!issued) {
        m_message->setText(issued.error().toString());
        return;
    }
    const QString certificateNo = issued->certificateNo;
    reload();
    m_message->setText(tr("Certificate %1 issued: %2 waived for %3.")
                           .arg(certificateNo, Money::fromFen(issued->amountFen).format(), issued->name));
    for (int row = 0; row < m_waivers.size(); ++row) {
        if (m_waivers.at(row).certificateNo == certificateNo)
            m_table->selectRow(row);
    }
    if (preview)
        printSelected();
}

void FuneralWaiverDialog::printSelected()
{
    const FuneralWaiver* w = selected();
    if (!w || !w->issued())
        return;
    const auto html = FuneralWaiverCertificate::print(m_database, m_session, w->certificateNo);
    if (!html) {
        QMessageBox::warning(this, windowTitle(), html.error().toString());
        return;
    }
    PrintPreview::show(tr("Funeral waiver %1").arg(w->certificateNo), *html, QPageLayout::Portrait, this);
}

} // namespace Doudi
