#include "PriceSubsidyDialog.h"
#include "ReadOnlyTable.h"
#include "RostersDialog.h"

#include "Clock.h"
#include "domain/DisplayFormat.h"
#include "domain/Money.h"
#include "payments/PriceIndices.h"
#include "store/Database.h"
#include "store/SiteRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

#include <memory>

namespace Doudi {

namespace {
QString yuan(qint64 fen)
{
    return Money::fromFen(fen).format();
}
} // namespace

PriceSubsidyDialog::PriceSubsidyDialog(Database& database, Session session, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_session(std::move(session))
{
    setWindowTitle(tr("Price linkage: temporary price subsidy"));
    resize(960, 660);
    m_month = new QDateEdit(Clock::currentDate(), this);
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_month->setCalendarPopup(true);

    // The bureau's published figures for the month.
    auto* index = new QGroupBox(tr("Published price index of the month"), this);
    m_cpi = new QLineEdit(index);
    m_foodCpi = new QLineEdit(index);
    for (QLineEdit* rate : {m_cpi, m_foodCpi}) {
        rate->setPlaceholderText(tr("e.g. 4.1"));
        rate->setMaximumWidth(80);
    }
    m_source = new QLineEdit(index);
    m_source->setPlaceholderText(tr("where it was published, e.g. 吉林省统计局 2025年3月居民消费价格"));
    m_record = new QPushButton(tr("Re&cord the index"), index);
    m_recorded = new QLabel(index);
    m_recorded->setWordWrap(true);
    auto* rates = new QHBoxLayout;
    auto* cpiLabel = new QLabel(tr("Consumer pr&ices against a year before (%):"), index);
    cpiLabel->setBuddy(m_cpi);
    auto* foodLabel = new QLabel(tr("&Food prices (%):"), index);
    foodLabel->setBuddy(m_foodCpi);
    rates->addWidget(cpiLabel);
    rates->addWidget(m_cpi);
    rates->addSpacing(12);
    rates->addWidget(foodLabel);
    rates->addWidget(m_foodCpi);
    rates->addStretch(1);
    auto* sourceRow = new QHBoxLayout;
    auto* sourceLabel = new QLabel(tr("&Source:"), index);
    sourceLabel->setBuddy(m_source);
    sourceRow->addWidget(sourceLabel);
    sourceRow->addWidget(m_source, 1);
    sourceRow->addWidget(m_record);
    auto* indexLayout = new QVBoxLayout(index);
    indexLayout->addLayout(rates);
    indexLayout->addLayout(sourceRow);
    indexLayout->addWidget(m_recorded);
    const bool mayRecord = m_session.may(Action::ImportPolicy);
    for (QWidget* w : std::initializer_list<QWidget*>{m_cpi, m_foodCpi, m_source, m_record})
        w->setEnabled(mayRecord);
    if (!mayRecord)
        index->setToolTip(tr("The administrator or the supervisor records the published figures."));

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_lines = ReadOnlyTable::create({tr("Village"), tr("Head of household"), tr("Name"), tr("ID number"),
                                     tr("Covered as"), tr("Amount"), tr("State")},
                                    {110, 110, 90, 160, 150, 90}, this);
    m_pay = new QPushButton(tr("&Pay…"), this);
    m_roster = new QPushButton(tr("Print the &roster…"), this);
    auto* close = new QPushButton(tr("Close"), this);
    m_pay->setVisible(m_session.may(Action::ApprovePayment));
    m_roster->setVisible(m_session.may(Action::PrintRoster));

    auto* top = new QHBoxLayout;
    auto* monthLabel = new QLabel(tr("&Month:"), this);
    monthLabel->setBuddy(m_month);
    top->addWidget(monthLabel);
    top->addWidget(m_month);
    top->addStretch(1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_pay);
    buttons->addWidget(m_roster);
    buttons->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(index);
    layout->addWidget(m_summary);
    layout->addWidget(m_lines, 1);
    layout->addLayout(buttons);

    connect(m_month, &QDateEdit::dateChanged, this, &PriceSubsidyDialog::refresh);
    connect(m_record, &QPushButton::clicked, this, &PriceSubsidyDialog::recordIndex);
    connect(m_pay, &QPushButton::clicked, this, [this] { pay(); });
    connect(m_roster, &QPushButton::clicked, this, &PriceSubsidyDialog::openRoster);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    refresh();
}

PriceSubsidyDialog::~PriceSubsidyDialog()
{
    if (m_thread)
        m_thread->wait();
}

QString PriceSubsidyDialog::summaryText() const
{
    return m_summary->text();
}

QString PriceSubsidyDialog::message() const
{
    return m_message->text();
}

void PriceSubsidyDialog::refresh()
{
    // A month changed while the last one is worked out: once it ends, again for the new month.
    if (m_thread) {
        m_refreshAgain = true;
        return;
    }
    const QString month = m_month->date().toString(QStringLiteral("yyyy-MM"));
    m_run.reset();
    m_lines->setRowCount(0);
    const auto recorded = PriceIndices(m_database, m_session).find(month);
    if (recorded && recorded->has_value()) {
        const RecordedPriceIndex& r = **recorded;
        m_cpi->setText(DisplayFormat::permilleAsPercent(r.index.cpiYoyPermille).chopped(1));
        m_foodCpi->setText(DisplayFormat::permilleAsPercent(r.index.foodCpiYoyPermille).chopped(1));
        m_source->setText(r.source);
        m_recorded->setText(
            tr("Recorded by %1 on %2.").arg(r.recordedBy, DisplayFormat::date(r.recordedAt.toLocalTime().date())));
    } else {
        for (QLineEdit* e : {m_cpi, m_foodCpi, m_source})
            e->clear();
        m_recorded->setText(recorded ? tr("No figures are recorded for this month yet.") : recorded.error().toString());
    }
    m_summary->setText(tr("Working out who is covered…"));
    auto outcome = std::make_shared<std::optional<Result<PriceSubsidyRun>>>();
    m_thread = QThread::create([path = m_database.path(), session = m_session, month, outcome] {
        auto db = Database::open(path, Database::OpenMode::Worker);
        if (!db) {
            outcome->emplace(db.error());
            return;
        }
        outcome->emplace(PriceSubsidyRun::prepare(**db, session, month));
    });
    connect(m_thread, &QThread::finished, this, [this, outcome] {
        m_thread->deleteLater();
        m_thread = nullptr;
        if (m_refreshAgain) {
            m_refreshAgain = false;
            refresh();
            return;
        }
        if (outcome->has_value() && outcome->value())
            m_run = std::move(outcome->value()).value();
        else
            m_summary->setText(outcome->has_value() ? outcome->value().error().toString() : QString());
        showRun();
        emit refreshed();
    });
    updateButtons();
    m_thread->start();
}

void PriceSubsidyDialog::showRun()
{
    m_lines->setRowCount(0);
    if (!m_run) {
        updateButtons();
        return;
    }
    const QString trigger = tr("The policy %1 pays it when consumer prices rise %2 or more, or food prices %3 or more, "
                               "against a year before.")
                                .arg(m_run->policyId(), DisplayFormat::permilleAsPercent(m_run->cpiTriggerPermille()),
                                     DisplayFormat::permilleAsPercent(m_run->foodCpiTriggerPermille()));
    if (!m_run->triggered()) {
        m_summary->setText(trigger + QLatin1Char(' ') +
                           tr("This month's figures stay below it: nobody is paid a price subsidy."));
        updateButtons();
        return;
    }
    QStringList categories;
    const auto byCategory = m_run->toPayByCategory();
    for (auto it = byCategory.cbegin(); it != byCategory.cend(); ++it)
        categories.append(tr("%1 %n person(s), %2", nullptr, it->persons)
                              .arg(PriceSubsidyRun::categoryLabel(it.key()), yuan(it->fen)));
    const auto toPay = m_run->toPay();
    QString text = trigger + QLatin1Char(' ');
    text += toPay.persons > 0 ? tr("To pay: %n person(s), %1 in all (%2).", nullptr, toPay.persons)
                                    .arg(yuan(toPay.fen), categories.join(QStringLiteral("; ")))
                              : tr("Nobody is left to pay.");
    if (m_run->alreadyPaid() > 0)
        text += QLatin1Char(' ') + tr("%n person(s) already paid for this month.", nullptr, m_run->alreadyPaid());
    m_summary->setText(text);

    const QHash<QString, QString> villages = SiteRepository(m_database, m_session).villageNames();
    m_lines->setUpdatesEnabled(false);
    for (const PriceSubsidyLine& line : m_run->lines()) {
        const int row = ReadOnlyTable::appendRow(
            m_lines, {villages.value(line.villageCode, line.villageCode), line.headName, line.name,
                      line.idNumber.masked(), PriceSubsidyRun::categoryLabel(line.category), yuan(line.amountFen),
                      line.alreadyPaid ? tr("paid") : tr("to pay")});
        m_lines->item(row, 5)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    m_lines->setUpdatesEnabled(true);
    updateButtons();
}

void PriceSubsidyDialog::updateButtons()
{
    const bool idle = m_thread == nullptr;
    m_pay->setEnabled(idle && m_run && m_run->triggered() && m_run->toPay().persons > 0);
    m_roster->setEnabled(idle && m_run && m_run->alreadyPaid() > 0);
    m_record->setEnabled(idle && m_session.may(Action::ImportPolicy));
}

void PriceSubsidyDialog::recordIndex()
{
    const QString month = m_month->date().toString(QStringLiteral("yyyy-MM"));
    const auto cpi = PriceIndices::permilleFromPercent(m_cpi->text());
    const auto food = PriceIndices::permilleFromPercent(m_foodCpi->text());
    QLineEdit* wrong = !cpi ? m_cpi : !food ? m_foodCpi : nullptr;
    if (wrong) {
        m_message->setText(tr("%1 must be a percentage with at most one decimal, such as 4.1 or -0.3.")
                               .arg(wrong == m_cpi ? tr("Consumer prices") : tr("Food prices")));
        wrong->setFocus();
        wrong->selectAll();
        return;
    }
    if (Status s = PriceIndices(m_database, m_session).record({month, *cpi, *food}, m_source->text()); !s) {
        m_message->setText(s.error().toString());
        return;
    }
    m_message->setText(tr("The index of %1 is recorded.").arg(DisplayFormat::month(m_month->date())));
    refresh();
}

void PriceSubsidyDialog::pay(bool confirmed)
{
    if (!m_run || m_thread)
        return;
    const auto toPay = m_run->toPay();
    const QString month = DisplayFormat::month(m_month->date());
    if (!confirmed &&
        QMessageBox::question(this, tr("Pay the price subsidy"),
                              tr("Record the price subsidy of %1 as paid: %n person(s), %2 in all? A payment "
                                 "recorded is never changed.",
                                 nullptr, toPay.persons)
                                  .arg(month, yuan(toPay.fen))) != QMessageBox::Yes)
        return;
    const auto outcome = m_run->commit(m_database, m_session);
    if (!outcome) {
        m_message->setText(outcome.error().toString());
        refresh();
        return;
    }
    m_message->setText(tr("The price subsidy of %1 is recorded: %n person(s), %2. Print its roster for signing.",
                          nullptr, outcome->persons)
                           .arg(month, yuan(outcome->fen)));
    refresh();
}

void PriceSubsidyDialog::openRoster()
{
    auto* rosters = new RostersDialog(m_database, m_session, this);
    rosters->setAttribute(Qt::WA_DeleteOnClose);
    rosters->kindBox()->setCurrentIndex(rosters->kindBox()->findData(QStringLiteral("price")));
    rosters->monthEdit()->setDate(m_month->date());
    rosters->open();
}

} // namespace Doudi
