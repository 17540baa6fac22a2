#include "FundDialog.h"

#include "Clock.h"
#include "FileChooser.h"
#include "FundDocuments.h"
#include "FundLedgerModel.h"
#include "FundPaymentDialog.h"
#include "FundReceiptDialog.h"
#include "PrintPreview.h"
#include "RosterPdf.h"
#include "RostersDialog.h"
#include "domain/DisplayFormat.h"
#include "domain/Money.h"
#include "fund/FundLedger.h"
#include "fund/FundTerms.h"
#include "report/FundRoster.h"
#include "store/PeopleNames.h"
#include "store/SiteRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Doudi {

namespace {
QString yuan(qint64 fen)
{
    return Money::fromFen(fen).format();
}
} // namespace

FundDialog::FundDialog(Database& database, Session session, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_session(std::move(session))
{
    setWindowTitle(tr("Reserve fund"));
    resize(1024, 700);
    m_model = new FundLedgerModel(this);

    m_year = new QComboBox(this);
    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::RichText);
    m_warning = new QLabel(this);
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(
        QStringLiteral("QLabel { background: #fdecea; color: #b71c1c; padding: 6px; border: 1px solid #f5c6cb; }"));
    m_warning->hide();

    m_month = new QComboBox(this);
    m_month->addItem(tr("Whole year"), 0);
    for (int month = 1; month <= 12; ++month)
        m_month->addItem(QLocale().monthName(month), month);
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Every entry"), QString());
    m_kind->addItem(FundTerms::kindLabel(QStringLiteral("payment")), QStringLiteral("payment"));
    m_kind->addItem(tr("Money received"), QStringLiteral("money_in"));
    m_kind->addItem(FundTerms::kindLabel(QStringLiteral("reversal")), QStringLiteral("reversal"));
    m_kind->addItem(FundTerms::kindLabel(QStringLiteral("quota")), QStringLiteral("quota"));
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Recipient, voucher or reason"));
    m_search->setClearButtonEnabled(true);

    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    // The reason takes what is left; the other columns are as wide as what they hold (fitColumns).
    m_view->horizontalHeader()->setSectionResizeMode(FundLedgerModel::ReasonColumn, QHeaderView::Stretch);
    m_totals = new QLabel(this);

    auto* filters = new QHBoxLayout;
    auto* yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);
    filters->addWidget(yearLabel);
    filters->addWidget(m_year);
    filters->addWidget(m_month);
    filters->addWidget(m_kind);
    filters->addWidget(m_search, 1);

    // The clerk's actions first, then the supervisor's; each shown only to a role that may use it.
    auto* pay = new QPushButton(tr("&Pay…"), this);
    connect(pay, &QPushButton::clicked, this, &FundDialog::newPayment);
    m_paperwork = new QPushButton(tr("Paper&work in…"), this);
    connect(m_paperwork, &QPushButton::clicked, this, &FundDialog::recordPaperwork);
    m_voucher = new QPushButton(tr("&Voucher"), this);
    auto* voucherMenu = new QMenu(m_voucher);
    voucherMenu->addAction(tr("Print preview…"), this, &FundDialog::printVoucher);
    voucherMenu->addAction(tr("Save as PDF…"), this, &FundDialog::saveVoucherPdf);
    m_voucher->setMenu(voucherMenu);
    auto* statement = new QPushButton(tr("Monthly &statement"), this);
    auto* statementMenu = new QMenu(statement);
    statementMenu->addAction(tr("Print preview…"), this, &FundDialog::showStatement);
    statementMenu->addAction(tr("Save as PDF…"), this, &FundDialog::saveStatementPdf);
    statement->setMenu(statementMenu);
    m_reverse = new QPushButton(tr("&Reverse…"), this);
    connect(m_reverse, &QPushButton::clicked, this, &FundDialog::reverseSelected);
    auto* receipt = new QPushButton(tr("Money rec&eived…"), this);
    connect(receipt, &QPushButton::clicked, this, &FundDialog::recordReceipt);
    auto* quota = new QPushButton(tr("&Quota…"), this);
    connect(quota, &QPushButton::clicked, this, &FundDialog::recordQuota);
    auto* close = new QPushButton(tr("C&lose the year…"), this);
    connect(close, &QPushButton::clicked, this, &FundDialog::closeYear);
    auto* done = new QPushButton(tr("Close"), this);
    connect(done, &QPushButton::clicked, this, &QDialog::reject);
    const bool clerk = m_session.may(Action::PreparePayment);
    const bool supervisor = m_session.may(Action::ApprovePayment);
    pay->setVisible(clerk);
    m_paperwork->setVisible(clerk || supervisor);
    m_reverse->setVisible(supervisor);
    receipt->setVisible(supervisor);
    quota->setVisible(supervisor);
    close->setVisible(supervisor);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {pay, m_paperwork, m_voucher, statement})
        buttons->addWidget(b);
    buttons->addStretch(1);
    for (QPushButton* b : {m_reverse, receipt, quota, close, done})
        buttons->addWidget(b);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_warning);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_totals);
    layout->addLayout(buttons);

    connect(m_year, &QComboBox::currentIndexChanged, this, [this] {
        applyFilter();
        updateSummary();
    });
    connect(m_month, &QComboBox::currentIndexChanged, this, &FundDialog::applyFilter);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &FundDialog::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, &FundDialog::applyFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &FundDialog::updateButtons);
    connect(m_view, &QTableView::doubleClicked, this, &FundDialog::printVoucher);
    reload();
}

void FundDialog::reload()
{
    const QString selected = selectedId();
    const auto entries = FundLedger(m_database, m_session).entries();
    if (!entries) {
        showError(entries.error().toString());
        return;
    }
    // The years the ledger has, and this one; the current choice kept.
    const int chosenYear = m_year->count() ? m_year->currentData().toInt() : Clock::currentDate().year();
    QList<int> years{Clock::currentDate().year()};
    for (const FundEntry& e : *entries) {
        if (!years.contains(e.year))
            years.append(e.year);
    }
    std::sort(years.begin(), years.end(), std::greater<int>());
    {
        const QSignalBlocker blocker(m_year);
        m_year->clear();
        for (int year : years)
            m_year->addItem(QString::number(year), year);
        m_year->setCurrentIndex(std::max(0, m_year->findData(chosenYear)));
    }
    // The ledger names who prepared and approved each entry: the person, not the login.
    QList<FundEntry> named = *entries;
    const PeopleNames people(m_database);
    for (FundEntry& e : named) {
        e.preparedBy = people.of(e.preparedBy);
        e.approvedBy = people.of(e.approvedBy);
    }
    m_model->setEntries(named, Clock::currentDate());
    applyFilter();
    // Fitted once the ledger is read, so at 1024×768 the reason keeps room and nothing is cut.
    for (int column = 0; column < FundLedgerModel::ColumnCount; ++column) {
        if (column != FundLedgerModel::ReasonColumn)
            m_view->resizeColumnToContents(column);
    }
    updateSummary();
    if (!selected.isEmpty())
        selectEntry(selected);
    else if (m_model->rowCount() > 0)
        m_view->scrollToBottom();
}

void FundDialog::applyFilter()
{
    FundLedgerModel::Filter filter;
    filter.year = m_year->currentData().toInt();
    filter.month = m_month->currentData().toInt();
    filter.kind = m_kind->currentData().toString();
    filter.text = m_search->text().trimmed();
    m_model->setFilter(filter);
    const FundLedgerModel::Totals& t = m_model->totals();
    m_totals->setText(tr("%n entries shown · in %1 · out %2", nullptr, t.rows).arg(yuan(t.inFen), yuan(t.outFen)));
    updateButtons();
}

void FundDialog::updateSummary()
{
    const int year = m_year->currentData().toInt();
    const auto b = FundLedger(m_database, m_session).balance(year);
    if (!b) {
        showError(b.error().toString());
        return;
    }
    m_summary->setText(tr("<b>%1</b>%2 · quota %3 · carried in %4 · received %5 · paid %6 · reversed %7 · "
                          "balance <b>%8</b>")
                           .arg(year)
                           .arg(b->closed ? tr(" (closed)") : QString())
                           .arg(yuan(b->quotaFen), yuan(b->carriedInFen), yuan(b->allocatedFen), yuan(b->paidFen),
                                yuan(b->reversedFen), yuan(b->balanceFen)));
    const auto outstanding = FundLedger(m_database, m_session).paperworkOutstanding();
    QStringList warnings;
    if (b->isLow())
        warnings.append(tr("The balance is below %1 % of the quota: send the monthly statement and ask the city to "
                           "replenish the fund.")
                            .arg(b->lowBalancePct));
    if (outstanding) {
        const QDate today = Clock::currentDate();
        const auto overdue = std::count_if(outstanding->cbegin(), outstanding->cend(),
                                           [&today](const FundEntry& e) { return e.paperworkOverdueOn(today); });
        if (overdue > 0)
            warnings.append(tr("%n payment(s) are past their paperwork deadline.", nullptr, int(overdue)));
    }
    m_warning->setText(warnings.join(QLatin1Char('\n')));
    m_warning->setVisible(!warnings.isEmpty());
}

void FundDialog::updateButtons()
{
    const FundEntry* e = m_model->entryAt(m_view->currentIndex().row());
    const bool payment = e && e->kind == QLatin1String("payment");
    m_voucher->setEnabled(payment);
    m_paperwork->setEnabled(payment && e->paperworkOutstanding());
    m_reverse->setEnabled(
        e && !e->isReversed() &&
        (payment || e->kind == QLatin1String("allocation") || e->kind == QLatin1String("replenishment")));
}

QString FundDialog::selectedId() const
{
    const FundEntry* e = m_model->entryAt(m_view->currentIndex().row());
    return e ? e->id : QString();
}

void FundDialog::selectEntry(const QString& entryId)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->entryAt(row)->id == entryId) {
            m_view->selectRow(row);
            m_view->scrollTo(m_model->index(row, 0));
            return;
        }
    }
}

void FundDialog::showError(const QString& message)
{
    QMessageBox::warning(this, windowTitle(), message);
}

void FundDialog::newPayment()
{
    FundPaymentDialog dialog(m_database, m_session, QString(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectEntry(dialog.paymentId());
    if (dialog.printVoucherBox()->isChecked())
        showVoucher(m_database, m_session, dialog.paymentId(), this);
}

void FundDialog::recordPaperwork()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    bool ok = false;
    const QString note = QInputDialog::getText(this, tr("Paperwork handed in"),
                                               tr("What was handed in (application, proof of identity, proof of "
                                                  "the emergency):"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    if (Status s = FundLedger(m_database, m_session).completePaperwork(id, Clock::currentDate(), note); !s) {
        showError(s.error().toString());
        return;
    }
    reload();
}

void FundDialog::reverseSelected()
{
    const FundEntry* e = m_model->entryAt(m_view->currentIndex().row());
    if (!e)
        return;
    const QString id = e->id;
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Reverse an entry"),
        tr("Reverse %1 %2 of %3 (%4)? The entry stays in the ledger; a reversal is added.\n"
           "Reason:")
            .arg(FundTerms::kindLabel(e->kind), e->document, yuan(e->amountFen), DisplayFormat::date(e->date)),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const auto reversal = FundLedger(m_database, m_session).reverse(id, reason, Clock::currentDate());
    if (!reversal) {
        showError(reversal.error().toString());
        return;
    }
    reload();
    selectEntry(*reversal);
}

void FundDialog::showVoucher(Database& database, const Session& session, const QString& paymentId, QWidget* parent)
{
    const auto html = FundDocuments::voucherFor(database, session, paymentId);
    if (!html) {
        QMessageBox::warning(parent, tr("Voucher"), html.error().toString());
        return;
    }
    PrintPreview::show(tr("Reserve fund voucher"), *html, QPageLayout::Portrait, parent);
}

void FundDialog::printVoucher()
{
    const FundEntry* e = m_model->entryAt(m_view->currentIndex().row());
    if (e && e->kind == QLatin1String("payment"))
        showVoucher(m_database, m_session, e->id, this);
}

void FundDialog::saveVoucherPdf()
{
    const FundEntry* e = m_model->entryAt(m_view->currentIndex().row());
    if (!e || e->kind != QLatin1String("payment"))
        return;
    const QString path = FileChooser::save(this, FileChooser::Kind::Outgoing, tr("Save the voucher"),
                                           tr("voucher-%1.pdf").arg(e->document), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    const auto html = FundDocuments::voucherFor(m_database, m_session, e->id);
    const Status saved =
        html ? PrintPreview::savePdf(path, tr("Reserve fund voucher"), *html, QPageLayout::Portrait) : html.error();
    if (!saved)
        showError(saved.error().toString());
}

QDate FundDialog::statementMonth() const
{
    const int month = m_month->currentData().toInt();
    const int year = m_year->currentData().toInt();
    if (month > 0)
        return QDate(year, month, 1);
    const QDate today = Clock::currentDate();
    return year == today.year() ? QDate(today.year(), today.month(), 1) : QDate(year, 12, 1);
}

Result<Roster> FundDialog::statement(const QDate& month) const
{
    const auto st = FundLedger(m_database, m_session).reconcile(month.year(), month.month());
    if (!st)
        return st.error();
    const auto site = SiteRepository(m_database, m_session).site();
    return FundRoster::build(*st, site ? site->name : QString(), month);
}

void FundDialog::showStatement()
{
    const auto roster = statement(statementMonth());
    if (!roster) {
        showError(roster.error().toString());
        return;
    }
    RostersDialog::preview(*roster, this);
}

void FundDialog::saveStatementPdf()
{
    const QDate month = statementMonth();
    const QString path = FileChooser::save(this, FileChooser::Kind::Outgoing, tr("Save the statement"),
                                           tr("fund-statement-%1.pdf").arg(month.toString(QStringLiteral("yyyy-MM"))),
                                           tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    const auto roster = statement(month);
    const Status saved = roster ? RosterPdf::write(*roster, path) : Status(roster.error());
    if (!saved)
        showError(saved.error().toString());
}

void FundDialog::recordQuota()
{
    FundReceiptDialog dialog(m_database, m_session, FundReceiptDialog::Kind::Quota, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void FundDialog::recordReceipt()
{
    FundReceiptDialog dialog(m_database, m_session, FundReceiptDialog::Kind::Allocation, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void FundDialog::closeYear()
{
    const int year = m_year->currentData().toInt();
    QMessageBox box(QMessageBox::Question, tr("Close the year"),
                    tr("Close the reserve fund's year %1? Nothing dated in it can be written afterwards.\n"
                       "Is the balance carried forward to next year, or returned to the city?")
                        .arg(year),
                    QMessageBox::Cancel, this);
    QPushButton* carry = box.addButton(tr("Carry &forward"), QMessageBox::AcceptRole);
    QPushButton* give = box.addButton(tr("&Return to the city"), QMessageBox::DestructiveRole);
    box.setDefaultButton(qobject_cast<QPushButton*>(box.button(QMessageBox::Cancel)));
    box.exec();
    if (box.clickedButton() != carry && box.clickedButton() != give)
        return;
    if (Status s = FundLedger(m_database, m_session).closeYear(year, box.clickedButton() == give); !s) {
        showError(s.error().toString());
        return;
    }
    reload();
}

} // namespace Doudi
