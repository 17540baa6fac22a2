#include "PaymentsDialog.h"

#include "BankFileExport.h"
#include "Clock.h"
#include "FileChooser.h"
#include "ReadOnlyTable.h"
#include "domain/DisplayFormat.h"
#include "domain/Money.h"
#include "payments/BankLayouts.h"
#include "report/PaymentRoster.h"
#include "rules/DeterminationJson.h"
#include "store/Database.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

namespace Doudi {

namespace {

// A screen shows this many lines of a batch; the bank's file and the roster carry them all.
constexpr qsizetype kShownLines = 2000;

QString monthText(const QString& month)
{
    return DisplayFormat::month(QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate));
}

QString classificationText(const QString& code)
{
    return DeterminationJson::classificationLabel(
        DeterminationJson::classificationFromCode(code).value_or(Classification::NotEligible));
}

} // namespace

PaymentsDialog::PaymentsDialog(Database& database, Session session, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_session(std::move(session))
{
    setWindowTitle(tr("Monthly payments"));
    resize(1000, 680);

    // What to prepare: the month and the kind.
    m_month = new QDateEdit(Clock::currentDate(), this);
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_kind = new QComboBox(this);
    for (const QString& kind : PaymentBatches::kinds())
        m_kind->addItem(PaymentBatches::kindLabel(kind), kind);
    m_previewButton = new QPushButton(tr("Pre&view"), this);
    m_prepareButton = new QPushButton(tr("&Generate the payment list"), this);
    auto* monthLabel = new QLabel(tr("&Month:"), this);
    monthLabel->setBuddy(m_month);
    auto* top = new QHBoxLayout;
    top->addWidget(monthLabel);
    top->addWidget(m_month);
    top->addWidget(m_kind);
    top->addWidget(m_previewButton);
    top->addWidget(m_prepareButton);
    top->addStretch(1);

    m_batches = ReadOnlyTable::create(
        {tr("Batch"), tr("Month"), tr("Kind"), tr("State"), tr("Lines"), tr("Amount"), tr("Paid / returned")},
        {160, 80, 70, 80, 60, 110}, this);
    m_lines = ReadOnlyTable::create({tr("Village"), tr("Head of household"), tr("Account"), tr("For"), tr("Category"),
                                     tr("Persons"), tr("Amount"), tr("State")},
                                    {100, 90, 80, 80, 110, 50, 90}, this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; }"));

    // What to do with the batch chosen.
    m_approveButton = new QPushButton(tr("&Approve"), this);
    m_discardButton = new QPushButton(tr("&Discard"), this);
    m_layout = new QComboBox(this);
    m_layout->addItem(BankLayout::standard().name, QString());
    if (const auto layouts = BankLayouts(m_database, m_session).all()) {
        for (const BankLayout& l : *layouts)
            m_layout->addItem(l.name, l.name);
    }
    // A bank's own layout arrives as a file (doudi-bank-layout/1) and is kept for next month.
    auto* layoutButton = new QPushButton(tr("Bank &layout…"), this);
    connect(layoutButton, &QPushButton::clicked, this, [this] {
        const QString path =
            FileChooser::open(this, FileChooser::Kind::Bank, tr("A bank's file layout"), tr("Bank layout (*.json)"));
        if (!path.isEmpty())
            saveLayout(path);
    });
    m_exportButton = new QPushButton(tr("&Bank file…"), this);
    m_returnsButton = new QPushButton(tr("&Returns…"), this);
    m_returnedButton = new QPushButton(tr("Re&turned…"), this);
    m_paidButton = new QPushButton(tr("&Paid in full"), this);
    auto* actions = new QHBoxLayout;
    for (QWidget* w : QList<QWidget*>{m_approveButton, m_discardButton, m_layout, layoutButton, m_exportButton,
                                      m_returnsButton, m_returnedButton, m_paidButton})
        actions->addWidget(w);
    actions->addStretch(1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("&Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(new QLabel(tr("Payment batches (the newest first):"), this));
    layout->addWidget(m_batches, 2);
    layout->addWidget(m_summary);
    layout->addWidget(m_lines, 3);
    layout->addLayout(actions);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    const bool prepares = m_session.may(Action::PreparePayment);
    for (QWidget* w : QList<QWidget*>{m_previewButton, m_prepareButton, m_discardButton, m_layout, layoutButton,
                                      m_exportButton, m_returnsButton, m_returnedButton, m_paidButton})
        w->setVisible(prepares);
    m_approveButton->setVisible(m_session.may(Action::ApprovePayment));

    connect(m_previewButton, &QPushButton::clicked, this, &PaymentsDialog::preview);
    connect(m_prepareButton, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(this, windowTitle(),
                                  tr("Generate the %1 payment list of %2? Another person approves it before it goes "
                                     "to the bank.")
                                      .arg(m_kind->currentText(), DisplayFormat::month(m_month->date()))) ==
            QMessageBox::Yes)
            prepare();
    });
    connect(m_approveButton, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(this, windowTitle(),
                                  tr("Approve this payment list? An approved list never changes.")) == QMessageBox::Yes)
            approveSelected();
    });
    connect(m_discardButton, &QPushButton::clicked, this, &PaymentsDialog::discardSelected);
    connect(m_paidButton, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(this, windowTitle(),
                                  tr("Did the bank pay every line not returned? They are recorded as paid.")) ==
            QMessageBox::Yes)
            markPaidSelected();
    });
    connect(m_exportButton, &QPushButton::clicked, this, [this] {
        const QString number =
            m_batches->currentRow() >= 0 ? m_shownBatches.value(m_batches->currentRow()).number : QString();
        const QString path =
            FileChooser::save(this, FileChooser::Kind::Bank, tr("Bank file"), number + QStringLiteral(".xlsx"),
                              tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
        if (!path.isEmpty())
            exportSelected(path);
    });
    connect(m_returnsButton, &QPushButton::clicked, this, [this] {
        const QString path = FileChooser::open(this, FileChooser::Kind::Bank, tr("The bank's returns"),
                                               tr("Excel or CSV (*.xlsx *.csv)"));
        if (!path.isEmpty())
            importReturns(path);
    });
    connect(m_returnedButton, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString reason = QInputDialog::getText(
            this, tr("Returned by the bank"), tr("Why (账户已销户, 户名不符 …):"), QLineEdit::Normal, QString(), &ok);
        if (ok)
            markReturned(reason);
    });
    connect(m_batches, &QTableWidget::currentCellChanged, this, [this](int row) { showBatch(row); });
    refresh();
}

PaymentsDialog::~PaymentsDialog()
{
    if (m_thread)
        m_thread->wait();
}

QString PaymentsDialog::summaryText() const
{
    return m_summary->text();
}

QString PaymentsDialog::message() const
{
    return m_message->text();
}

QString PaymentsDialog::selectedBatchId() const
{
    const int row = m_batches->currentRow();
    return row >= 0 && row < m_shownBatches.size() ? m_shownBatches.at(row).id : QString();
}

void PaymentsDialog::refresh()
{
    const QString selected = selectedBatchId();
    const auto all = PaymentBatches(m_database, m_session).list();
    m_batches->setRowCount(0);
    m_shownBatches.clear();
    if (!all) {
        m_message->setText(all.error().toString());
        return;
    }
    int keep = all->isEmpty() ? -1 : 0;
    for (const PaymentBatch& b : *all) {
        if (m_selectAfter.isEmpty() ? b.id == selected : b.month + b.kind == m_selectAfter)
            keep = int(m_shownBatches.size());
        m_shownBatches.append(b);
        ReadOnlyTable::appendRow(m_batches, {b.number, monthText(b.month), PaymentBatches::kindLabel(b.kind),
                                             PaymentBatches::stateLabel(b.state), QString::number(b.lines),
                                             Money::fromFen(b.totalFen).format(),
                                             QStringLiteral("%1 / %2").arg(b.paid).arg(b.failed)});
    }
    m_selectAfter.clear();
    m_batches->setCurrentCell(keep, 0);
    showBatch(keep);
    emit refreshed();
}

void PaymentsDialog::showBatch(int row)
{
    if (row < 0 || row >= m_shownBatches.size()) {
        m_lines->setRowCount(0);
        m_shownLines.clear();
        m_summary->setText(tr("No payment list yet: choose the month and generate it."));
        updateButtons();
        return;
    }
    PaymentBatches batches(m_database, m_session);
    PaymentBatches::Plan plan;
    plan.batch = m_shownBatches.at(row);
    const auto lines = batches.lines(plan.batch.id);
    if (!lines) {
        m_message->setText(lines.error().toString());
        return;
    }
    plan.lines = *lines;
    if (const auto summary = batches.summary(plan.batch, plan.lines))
        plan.summary = *summary;
    showPlan(plan, tr("%1, %2 %3, %4")
                       .arg(plan.batch.number, monthText(plan.batch.month), PaymentBatches::kindLabel(plan.batch.kind),
                            PaymentBatches::stateLabel(plan.batch.state)));
    updateButtons();
}

void PaymentsDialog::showPlan(const PaymentBatches::Plan& plan, const QString& heading)
{
    QStringList parts{
        heading, tr("%n line(s), %1", nullptr, plan.batch.lines).arg(Money::fromFen(plan.batch.totalFen).format())};
    QStringList categories;
    for (const BatchSummary::Total& t : plan.summary.byClassification)
        categories.append(tr("%1 %2 households %3").arg(t.label).arg(t.households).arg(Money::fromFen(t.fen).format()));
    if (!categories.isEmpty())
        parts.append(categories.join(QStringLiteral("；")));
    int added = 0, ended = 0, changed = 0;
    for (const BatchSummary::Difference& d : plan.summary.differences)
        (d.kind == QLatin1String("new") ? added : d.kind == QLatin1String("ended") ? ended : changed) += 1;
    if (!plan.summary.previousMonth.isEmpty())
        parts.append(tr("Since %1: %2 new, %3 ended, %4 changed")
                         .arg(monthText(plan.summary.previousMonth))
                         .arg(added)
                         .arg(ended)
                         .arg(changed));
    if (!plan.summary.leftOut.isEmpty()) {
        QStringList left;
        for (const BatchSummary::Left& l : plan.summary.leftOut.mid(0, 5))
            left.append(tr("%1 (%2): %3").arg(l.headName, l.villageName, l.reason));
        parts.append(
            tr("Not in the list: %1").arg(left.join(QStringLiteral("；"))) +
            (plan.summary.leftOut.size() > 5 ? tr(" … and %1 more").arg(plan.summary.leftOut.size() - 5) : QString()));
    }
    m_summary->setText(parts.join(QLatin1Char('\n')));
    m_shownLines = plan.lines.mid(0, kShownLines);
    m_lines->setRowCount(0);
    m_lines->setUpdatesEnabled(false);
    for (const PaymentLine& l : m_shownLines)
        ReadOnlyTable::appendRow(m_lines,
                                 {l.villageName, l.headName, PaymentRoster::maskAccount(l.bankAccount),
                                  monthText(l.forMonth), classificationText(l.classification),
                                  QString::number(l.persons), Money::fromFen(l.amountFen).format(),
                                  l.state == QLatin1String("failed")
                                      ? PaymentBatches::stateLabel(l.state) + QStringLiteral("：") + l.failureReason
                                  : plan.batch.state.isEmpty() ? tr("preview")
                                                               : PaymentBatches::stateLabel(l.state)},
                                 l.state == QLatin1String("failed"));
    m_lines->setUpdatesEnabled(true);
}

void PaymentsDialog::updateButtons()
{
    const int row = m_batches->currentRow();
    const bool any = row >= 0 && row < m_shownBatches.size();
    const PaymentBatch b = any ? m_shownBatches.at(row) : PaymentBatch();
    const bool busy = m_thread != nullptr;
    m_approveButton->setEnabled(any && !busy && !b.isApproved());
    m_discardButton->setEnabled(any && !busy && !b.isApproved());
    for (QPushButton* button : {m_exportButton, m_returnsButton, m_returnedButton})
        button->setEnabled(any && !busy && b.isApproved());
    m_paidButton->setEnabled(any && !busy && b.isApproved() && !b.paidInFullAt.isValid());
    m_previewButton->setEnabled(!busy);
    m_prepareButton->setEnabled(!busy);
}

void PaymentsDialog::run(std::function<Status(Database&)> work, const QString& done)
{
    if (m_thread)
        return;
    m_message->setText(tr("Working…"));
    auto outcome = std::make_shared<Status>(success());
    const QString path = m_database.path();
    m_thread = QThread::create([path, work = std::move(work), outcome] {
        // Qt's rule: one connection per thread.
        auto db = Database::open(path, Database::OpenMode::Worker);
        *outcome = db ? work(**db) : Status(db.error());
    });
    connect(m_thread, &QThread::finished, this, [this, outcome, done] {
        m_thread->deleteLater();
        m_thread = nullptr;
        m_message->setStyleSheet(*outcome ? QStringLiteral("QLabel { color: #1b5e20; }")
                                          : QStringLiteral("QLabel { color: #b71c1c; }"));
        m_message->setText(*outcome ? done : outcome->error().toString());
        refresh();
    });
    updateButtons();
    m_thread->start();
}

void PaymentsDialog::preview()
{
    if (m_thread)
        return;
    const QString month = m_month->date().toString(QStringLiteral("yyyy-MM"));
    const QString kind = m_kind->currentData().toString();
    auto plan = std::make_shared<std::optional<Result<PaymentBatches::Plan>>>();
    const QString path = m_database.path();
    m_message->setText(tr("Working…"));
    m_thread = QThread::create([path, session = m_session, month, kind, plan] {
        auto db = Database::open(path, Database::OpenMode::Worker);
        if (!db) {
            plan->emplace(db.error());
            return;
        }
        plan->emplace(PaymentBatches(**db, session).plan(month, kind));
    });
    connect(m_thread, &QThread::finished, this, [this, plan, month] {
        m_thread->deleteLater();
        m_thread = nullptr;
        m_message->clear();
        if (!plan->has_value() || !plan->value()) {
            m_message->setText(plan->has_value() ? plan->value().error().toString() : QString());
        } else {
            m_batches->clearSelection();
            showPlan(*plan->value(), tr("Preview of %1 (nothing written yet)").arg(monthText(month)));
        }
        updateButtons();
        emit refreshed();
    });
    updateButtons();
    m_thread->start();
}

void PaymentsDialog::prepare()
{
    const QString month = m_month->date().toString(QStringLiteral("yyyy-MM"));
    const QString kind = m_kind->currentData().toString();
    m_selectAfter = month + kind;
    run(
        [session = m_session, month, kind](Database& db) -> Status {
            const auto plan = PaymentBatches(db, session).prepare(month, kind);
            return plan ? success() : Status(plan.error());
        },
        tr("The payment list is generated; another person approves it now."));
}

void PaymentsDialog::approveSelected()
{
    const QString id = selectedBatchId();
    if (id.isEmpty())
        return;
    run([session = m_session, id](Database& db) { return PaymentBatches(db, session).approve(id); },
        tr("Approved: the list can go to the bank."));
}

void PaymentsDialog::discardSelected()
{
    const QString id = selectedBatchId();
    if (id.isEmpty())
        return;
    run([session = m_session, id](Database& db) { return PaymentBatches(db, session).discard(id); },
        tr("Discarded; generate the list again."));
}

void PaymentsDialog::markPaidSelected()
{
    const QString id = selectedBatchId();
    if (id.isEmpty())
        return;
    run([session = m_session, id](Database& db) { return PaymentBatches(db, session).markPaidInFull(id); },
        tr("Recorded as paid."));
}

void PaymentsDialog::exportSelected(const QString& path)
{
    const int row = m_batches->currentRow();
    if (row < 0 || row >= m_shownBatches.size())
        return;
    const PaymentBatch batch = m_shownBatches.at(row);
    const QString layoutName = m_layout->currentData().toString();
    run(
        [session = m_session, batch, layoutName, path](Database& db) -> Status {
            const auto record = BankFileExport::write(db, session, batch, layoutName, path);
            return record ? success() : Status(record.error());
        },
        tr("The bank file is written: %1").arg(QFileInfo(path).fileName()));
}

void PaymentsDialog::importReturns(const QString& path)
{
    const QString id = selectedBatchId();
    if (id.isEmpty())
        return;
    run([session = m_session, id, path](Database& db) { return BankFileExport::importReturns(db, session, id, path); },
        tr("The bank's returns are recorded."));
}

bool PaymentsDialog::saveLayout(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_message->setText(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    const auto layout = BankLayout::fromJson(file.read(1 << 20));
    Status saved = layout ? BankLayouts(m_database, m_session).save(*layout) : Status(layout.error());
    if (!saved) {
        m_message->setText(saved.error().toString());
        return false;
    }
    if (m_layout->findData(layout->name) < 0)
        m_layout->addItem(layout->name, layout->name);
    m_layout->setCurrentIndex(m_layout->findData(layout->name));
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #1b5e20; }"));
    m_message->setText(tr("The layout of %1 is saved.").arg(layout->name));
    return true;
}

void PaymentsDialog::markReturned(const QString& reason)
{
    const QString id = selectedBatchId();
    const int row = m_lines->currentRow();
    if (id.isEmpty() || row < 0 || row >= m_shownLines.size())
        return;
    const QString householdId = m_shownLines.at(row).householdId;
    run([session = m_session, id, householdId,
         reason](Database& db) { return PaymentBatches(db, session).markFailed(id, householdId, reason); },
        tr("Recorded as returned; it is paid again in a supplement once the account is corrected."));
}

} // namespace Doudi
