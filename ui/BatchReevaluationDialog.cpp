#include "BatchReevaluationDialog.h"

#include "BatchChangesModel.h"
#include "Clock.h"
#include "domain/DisplayFormat.h"
#include "domain/Money.h"
#include "rules/DeterminationJson.h"
#include "rules/Evaluator.h"
#include "rules/ProgramRules.h"
#include "store/Database.h"
#include "store/PolicyRepository.h"
#include "store/SiteRepository.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

namespace Doudi {

BatchReevaluationDialog::BatchReevaluationDialog(Database& database, Session session, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_session(std::move(session))
{
    setWindowTitle(tr("Re-evaluate every household"));
    resize(900, 640);
    m_pages = new QStackedWidget(this);

    // Page 1: which month.
    auto* choose = new QWidget(m_pages);
    auto* form = new QFormLayout(choose);
    auto* intro = new QLabel(tr("When a new standard takes effect, every household is evaluated again under the "
                                "policy in force. Nothing is saved until you have seen what changes."),
                             choose);
    intro->setWordWrap(true);
    m_month = new QDateEdit(Clock::currentDate(), choose);
    m_month->setObjectName(QStringLiteral("month"));
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_policy = new QLabel(choose);
    m_policy->setWordWrap(true);
    form->addRow(intro);
    form->addRow(tr("&Month:"), m_month);
    form->addRow(tr("Policy:"), m_policy);
    const auto showPolicy = [this] {
        const auto p =
            PolicyRepository(m_database, m_session).inForce(m_month->date().addDays(1 - m_month->date().day()));
        m_policy->setText(p ? tr("%1 %2, in force from %3%4")
                                  .arg(p->policy.title, p->policy.document,
                                       DisplayFormat::date(p->policy.effectiveFrom),
                                       p->isExample ? tr(" (an example policy)") : QString())
                            : p.error().toString());
        m_startButton->setEnabled(p.ok());
    };
    m_pages->addWidget(choose);

    // Page 2: what would change.
    auto* preview = new QWidget(m_pages);
    auto* previewLayout = new QVBoxLayout(preview);
    m_summary = new QLabel(preview);
    m_summary->setWordWrap(true);
    m_transitions = new QTableWidget(0, 3, preview);
    m_transitions->setHorizontalHeaderLabels({tr("From"), tr("To"), tr("Households")});
    m_transitions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_transitions->verticalHeader()->hide();
    m_transitions->horizontalHeader()->setStretchLastSection(true);
    m_transitions->setColumnWidth(0, 200);
    m_transitions->setColumnWidth(1, 200);
    m_changes = new QTableView(preview);
    m_changes->setObjectName(QStringLiteral("changes"));
    m_changes->verticalHeader()->hide();
    m_changes->horizontalHeader()->setStretchLastSection(true);
    m_changes->setAlternatingRowColors(true);
    previewLayout->addWidget(m_summary);
    previewLayout->addWidget(new QLabel(tr("Changes of classification:"), preview));
    previewLayout->addWidget(m_transitions, 1);
    previewLayout->addWidget(new QLabel(tr("Households whose classification or amount changes:"), preview));
    previewLayout->addWidget(m_changes, 3);
    // The supervisor's decision: the rules propose, a person decides from which month they are paid.
    auto* decideRow = new QHBoxLayout;
    m_decideFrom = new QDateEdit(Clock::currentDate().addMonths(1), preview);
    m_decideFrom->setObjectName(QStringLiteral("decideFrom"));
    m_decideFrom->setDisplayFormat(QStringLiteral("yyyy-MM"));
    auto* decideLabel = new QLabel(tr("New amounts paid &from:"), preview);
    decideLabel->setBuddy(m_decideFrom);
    decideRow->addWidget(decideLabel);
    decideRow->addWidget(m_decideFrom);
    decideRow->addWidget(
        new QLabel(tr("(households paid now whose amount changes; ending help needs its own case)"), preview), 1);
    previewLayout->addLayout(decideRow);
    const bool mayDecide = m_session.may(Action::ApproveDecision);
    decideLabel->setVisible(mayDecide);
    m_decideFrom->setVisible(mayDecide);
    m_pages->addWidget(preview);

    auto* buttons = new QDialogButtonBox(this);
    m_startButton = buttons->addButton(tr("&Evaluate"), QDialogButtonBox::AcceptRole);
    m_commitButton = buttons->addButton(tr("&Save all results"), QDialogButtonBox::AcceptRole);
    m_decideButton = buttons->addButton(tr("Save and &approve the new amounts"), QDialogButtonBox::AcceptRole);
    auto* discard = buttons->addButton(tr("&Discard"), QDialogButtonBox::RejectRole);
    m_commitButton->hide();
    m_decideButton->hide();
    connect(m_decideButton, &QPushButton::clicked, this, &BatchReevaluationDialog::decide);
    connect(m_startButton, &QPushButton::clicked, this, &BatchReevaluationDialog::start);
    connect(m_commitButton, &QPushButton::clicked, this, &BatchReevaluationDialog::commit);
    connect(discard, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_month, &QDateEdit::dateChanged, this, showPolicy);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(buttons);
    showPolicy();
}

BatchReevaluationDialog::~BatchReevaluationDialog()
{
    // A batch still running is told to stop, and waited for: it uses this dialog's state.
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

void BatchReevaluationDialog::runInBackground(std::function<void(Database&)> work, std::function<void()> done)
{
    const QString path = m_database.path();
    auto failure = std::make_shared<QString>();
    m_thread = QThread::create([path, work = std::move(work), failure] {
        // Qt's rule: one connection per thread.
        auto db = Database::open(path, Database::OpenMode::Worker);
        if (!db) {
            *failure = db.error().toString();
            return;
        }
        work(**db);
    });
    connect(m_thread, &QThread::finished, this, [this, done = std::move(done), failure] {
        m_thread->deleteLater();
        m_thread = nullptr;
        if (m_progress) {
            m_progress->deleteLater();
            m_progress = nullptr;
        }
        if (!failure->isEmpty())
            showFailure(*failure);
        else
            done();
    });
    m_thread->start();
}

void BatchReevaluationDialog::start()
{
    if (m_thread)
        return;
    const QString month = m_month->date().toString(QStringLiteral("yyyy-MM"));
    m_cancel = false;
    m_progress = new QProgressDialog(tr("Evaluating every household…"), tr("Cancel"), 0, 100, this);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, [this] { m_cancel = true; });

    auto outcome = std::make_shared<std::optional<Result<BatchEvaluation>>>();
    QProgressDialog* progressDialog = m_progress;
    runInBackground(
        [this, month, outcome, progressDialog, session = m_session](Database& db) {
            BatchEvaluation::Progress progress;
            progress.cancelled = [this] {
                return m_cancel.load();
            };
            progress.report = [progressDialog](int done, int total) {
                QMetaObject::invokeMethod(
                    progressDialog,
                    [progressDialog, done, total] {
                        progressDialog->setMaximum(total);
                        progressDialog->setValue(done);
                    },
                    Qt::QueuedConnection);
            };
            outcome->emplace(BatchEvaluation::run(db, session, month, progress));
        },
        [this, outcome] {
            if (!outcome->has_value() || !outcome->value()) {
                showFailure(outcome->has_value() ? outcome->value().error().toString() : tr("The batch did not run."));
                return;
            }
            m_batch = std::make_shared<const BatchEvaluation>(std::move(outcome->value()).value());
            showPreview();
        });
}

QString BatchReevaluationDialog::programsText(const BatchPreview& p)
{
    QString text;
    for (const QString& program : ProgramRules::programs()) {
        const auto totals = p.programs.constFind(program);
        if (totals == p.programs.cend())
            continue;
        text += QLatin1Char('\n') +
                tr("%1: %2 a month for %3 households before, %4 for %5 after.")
                    .arg(ProgramRules::programLabel(program), Money::fromFen(totals->beforeFen).format())
                    .arg(totals->recipientsBefore)
                    .arg(Money::fromFen(totals->afterFen).format())
                    .arg(totals->recipientsAfter);
    }
    if (p.changedPrograms > 0)
        text +=
            QLatin1Char('\n') + tr("%n households' amounts of the other programs change.", nullptr, p.changedPrograms);
    return text;
}

void BatchReevaluationDialog::showPreview()
{
    const BatchPreview& p = m_batch->preview();
    const QDate firstDay = Evaluator::firstDayOfMonth(m_batch->month());
    const qint64 difference = p.totalAfterFen - p.totalBeforeFen;
    m_summary->setText(
        tr("%1, under %2 %3: %4 households evaluated.")
            .arg(DisplayFormat::month(firstDay), m_batch->policy().policy.title, m_batch->policy().policy.document)
            .arg(p.households) +
        QLatin1Char('\n') +
        (p.withoutDetermination > 0
             ? tr("%1 have no saved determination yet and get their first.").arg(p.withoutDetermination) +
                   QLatin1Char('\n')
             : QString()) +
        tr("%1 change classification and %2 only their amount.").arg(p.changedClassification).arg(p.changedAmount) +
        QLatin1Char('\n') +
        tr("Monthly amount of all households: %1 before, %2 after (%3%4).")
            .arg(Money::fromFen(p.totalBeforeFen).format(), Money::fromFen(p.totalAfterFen).format(),
                 difference >= 0 ? QStringLiteral("+") : QString(), Money::fromFen(difference).format()) +
        programsText(p));

    m_transitions->setRowCount(0);
    for (auto it = p.transitions.cbegin(); it != p.transitions.cend(); ++it) {
        const int row = m_transitions->rowCount();
        m_transitions->insertRow(row);
        const auto from = DeterminationJson::classificationFromCode(it.key().first);
        const auto to = DeterminationJson::classificationFromCode(it.key().second);
        m_transitions->setItem(
            row, 0,
            new QTableWidgetItem(from ? DeterminationJson::classificationLabel(*from) : tr("(not evaluated before)")));
        m_transitions->setItem(row, 1,
                               new QTableWidgetItem(to ? DeterminationJson::classificationLabel(*to) : QString()));
        auto* count = new QTableWidgetItem(QLocale().toString(it.value()));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_transitions->setItem(row, 2, count);
    }

    auto* model = new BatchChangesModel(m_batch, SiteRepository(m_database, m_session).villageNames(), m_changes);
    m_changes->setModel(model);
    m_changes->setColumnWidth(BatchChangesModel::HeadName, 110);
    m_changes->setColumnWidth(BatchChangesModel::Village, 120);
    m_changes->setColumnWidth(BatchChangesModel::Before, 150);
    m_changes->setColumnWidth(BatchChangesModel::After, 150);
    m_changes->setColumnWidth(BatchChangesModel::AmountBefore, 120);

    m_pages->setCurrentIndex(1);
    m_startButton->hide();
    m_commitButton->show();
    m_commitButton->setDefault(true);
    m_decideButton->setVisible(m_session.may(Action::ApproveDecision));
    m_decideFrom->setDate(Evaluator::firstDayOfMonth(m_batch->month()).addMonths(1));
    emit previewReady();
}

void BatchReevaluationDialog::commit()
{
    if (!m_batch || m_thread)
        return;
    m_commitButton->setEnabled(false);
    m_progress = new QProgressDialog(tr("Saving the determinations…"), QString(), 0, 0, this);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(0);
    auto batchId = std::make_shared<std::optional<Result<QString>>>();
    runInBackground(
        [batch = m_batch, session = m_session, batchId](Database& db) { batchId->emplace(batch->commit(db, session)); },
        [this, batchId] {
            if (!batchId->has_value() || !batchId->value()) {
                m_commitButton->setEnabled(true);
                showFailure(batchId->has_value() ? batchId->value().error().toString() : tr("Nothing was saved."));
                return;
            }
            emit committed(*batchId->value());
            accept();
        });
}

void BatchReevaluationDialog::decide()
{
    if (!m_batch || m_thread)
        return;
    if (QMessageBox::question(this, windowTitle(),
                              tr("Approve the new amounts, paid from %1? Each household paid now whose amount changes "
                                 "gets this decision on its record; the next payment batch pays it.")
                                  .arg(DisplayFormat::month(m_decideFrom->date()))) != QMessageBox::Yes)
        return;
    decideFrom(m_decideFrom->date().toString(QStringLiteral("yyyy-MM")));
}

void BatchReevaluationDialog::decideFrom(const QString& from)
{
    if (!m_batch || m_thread)
        return;
    m_commitButton->setEnabled(false);
    m_decideButton->setEnabled(false);
    m_progress = new QProgressDialog(tr("Saving the determinations and the decisions…"), QString(), 0, 0, this);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(0);
    auto batchId = std::make_shared<std::optional<Result<QString>>>();
    auto decided = std::make_shared<int>(0);
    runInBackground(
        [batch = m_batch, session = m_session, batchId, decided, from](Database& db) {
            batchId->emplace(batch->commitAndDecide(db, session, from, decided.get()));
        },
        [this, batchId, decided] {
            if (!batchId->has_value() || !batchId->value()) {
                m_commitButton->setEnabled(true);
                m_decideButton->setEnabled(true);
                showFailure(batchId->has_value() ? batchId->value().error().toString() : tr("Nothing was saved."));
                return;
            }
            m_decided = *decided;
            emit committed(*batchId->value());
            accept();
        });
}

void BatchReevaluationDialog::showFailure(const QString& message)
{
    QMessageBox::warning(this, windowTitle(), message);
}

} // namespace Doudi
