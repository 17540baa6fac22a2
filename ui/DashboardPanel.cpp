#include "DashboardPanel.h"

#include "Clock.h"
#include "FreedMemory.h"
#include "ReadOnlyTable.h"
#include "domain/DisplayFormat.h"
#include "domain/Money.h"
#include "store/Database.h"
#include "store/SiteRepository.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

#include <QValueAxis>
#include <memory>

namespace Doudi {

namespace {

QString yuan(qint64 fen)
{
    return Money::fromFen(fen).format();
}

// Rows of a count table, with their total.
void fill(QTableWidget* table, const QList<DashboardFigures::Count>& counts, const QString& totalLabel)
{
    table->setRowCount(0);
    DashboardFigures::Count total{totalLabel, 0, 0, 0};
    for (const DashboardFigures::Count& c : counts) {
        ReadOnlyTable::appendRow(table, {c.label, QString::number(c.households), QString::number(c.persons),
                                         Money::fromFen(c.fen).formatPlain()});
        total.households += c.households;
        total.persons += c.persons;
        total.fen += c.fen;
    }
    // Without a total's label, no total: the programs overlap, one person receiving several.
    const int row = totalLabel.isEmpty()
                        ? table->rowCount()
                        : ReadOnlyTable::appendRow(table, {total.label, QString::number(total.households),
                                                           QString::number(total.persons),
                                                           Money::fromFen(total.fen).formatPlain()});
    for (int column = 0; column < table->columnCount() && row < table->rowCount(); ++column) {
        QFont bold = table->font();
        bold.setBold(true);
        table->item(row, column)->setFont(bold);
        if (column > 0)
            table->item(row, column)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    for (int r = 0; r < row; ++r) {
        for (int column = 1; column < table->columnCount(); ++column)
            table->item(r, column)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
}

// Rows a line of text high, and never taller than its rows: a 12-village township's table shows
// every row without a scroll bar on a 1366×768 screen.
void compactRows(QTableWidget* table)
{
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 3);
}

void fitHeightToRows(QTableWidget* table)
{
    int height = table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth();
    for (int row = 0; row < table->rowCount(); ++row)
        height += table->rowHeight(row);
    table->setMaximumHeight(height);
}

QGroupBox* box(const QString& title, QWidget* content, QWidget* parent, QWidget* below = nullptr)
{
    auto* group = new QGroupBox(title, parent);
    auto* layout = new QVBoxLayout(group);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(content);
    if (below)
        layout->addWidget(below);
    return group;
}

} // namespace

DashboardPanel::DashboardPanel(Database& database, Session session, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_session(std::move(session))
{
    m_title = new QLabel(this);
    m_title->setStyleSheet(QStringLiteral("QLabel { font-size: 15pt; font-weight: bold; }"));
    const QStringList headings{tr("Category"), tr("Households"), tr("Persons"), tr("Monthly amount (元)")};
    m_categories = ReadOnlyTable::create(headings, {150, 80, 80}, this);
    QStringList villageHeadings = headings;
    villageHeadings[0] = tr("Village");
    m_villages = ReadOnlyTable::create(villageHeadings, {150, 80, 80}, this);
    QStringList programHeadings = headings;
    programHeadings[0] = tr("Program");
    m_programs = ReadOnlyTable::create(programHeadings, {200, 80, 80}, this);
    for (QTableWidget* table : {m_categories, m_villages, m_programs})
        compactRows(table);
    m_enrolled = new QLabel(this);
    m_enrolled->setTextFormat(Qt::RichText);
    m_enrolled->setWordWrap(true);
    m_due = new QLabel(this);
    m_due->setTextFormat(Qt::RichText);
    m_due->setWordWrap(true);
    auto* dueButton = new QPushButton(tr("Due and &overdue…"), this);
    connect(dueButton, &QPushButton::clicked, this, &DashboardPanel::dueRequested);
    auto* dueBox = new QWidget(this);
    auto* dueLayout = new QVBoxLayout(dueBox);
    dueLayout->setContentsMargins(0, 0, 0, 0);
    dueLayout->addWidget(m_due);
    dueLayout->addStretch(1);
    dueLayout->addWidget(dueButton, 0, Qt::AlignLeft);
    m_fund = new QLabel(this);
    m_fund->setTextFormat(Qt::RichText);
    m_fund->setWordWrap(true);
    m_fundBar = new QProgressBar(this);
    m_fundBar->setTextVisible(true);
    auto* fundBox = new QWidget(this);
    auto* fundLayout = new QVBoxLayout(fundBox);
    fundLayout->setContentsMargins(0, 0, 0, 0);
    fundLayout->addWidget(m_fundBar);
    fundLayout->addWidget(m_fund);
    fundLayout->addStretch(1);
    m_compliance = new QLabel(this);
    m_compliance->setTextFormat(Qt::RichText);
    m_compliance->setWordWrap(true);
    m_compliance->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_chart = new QChartView(this);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(160);
    auto* refresh = new QPushButton(tr("&Refresh"), this);
    connect(refresh, &QPushButton::clicked, this, &DashboardPanel::reload);

    // The tables on the left, as tall as their rows; what is due, the fund, the trend and the
    // compliance figures on the right.
    // The villages and the twelve months share the tall space as two tabs: on an old screen the
    // chart would otherwise be too flat to read.
    m_villagesOrTrend = new QTabWidget(this);
    m_villagesOrTrend->addTab(m_villages, tr("By village"));
    m_villagesOrTrend->addTab(m_chart, tr("The last twelve months"));
    m_villagesOrTrend->addTab(m_programs, tr("Other programs"));
    auto* left = new QVBoxLayout;
    left->addWidget(box(tr("Receiving help this month"), m_categories, this, m_enrolled));
    left->addWidget(m_villagesOrTrend, 1);
    auto* right = new QVBoxLayout;
    right->addWidget(box(tr("Due and overdue"), dueBox, this));
    auto* fundGroup = box(tr("Reserve fund"), fundBox, this);
    fundGroup->setVisible(m_session.may(Action::ViewFund));
    right->addWidget(fundGroup);
    right->addWidget(box(tr("Compliance"), m_compliance, this));
    right->addStretch(1);
    auto* grid = new QHBoxLayout;
    grid->addLayout(left, 1);
    grid->addLayout(right, 1);
    auto* heading = new QHBoxLayout;
    heading->addWidget(m_title, 1);
    heading->addWidget(refresh);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(heading);
    layout->addLayout(grid, 1);
    reload();
}

DashboardPanel::~DashboardPanel()
{
    if (m_thread)
        m_thread->wait();
}

void DashboardPanel::reload()
{
    if (m_thread)
        return; // already counting
    const QDate today = Clock::currentDate();
    const auto site = SiteRepository(m_database, m_session).site();
    m_title->setText(tr("%1 · %2").arg(site ? site->name : QString(), DisplayFormat::month(today)));
    m_due->setText(tr("Counting…"));
    auto result = std::make_shared<std::optional<Result<DashboardFigures>>>();
    m_thread = QThread::create([path = m_database.path(), session = m_session, today, result] {
        // Qt's rule: one connection per thread.
        auto db = Database::open(path, Database::OpenMode::Worker);
        if (!db)
            *result = Result<DashboardFigures>(db.error());
        else
            *result = DashboardFigures::compute(**db, session, today);
    });
    connect(m_thread, &QThread::finished, this, [this, result] {
        m_thread->wait(); // (it says finished a moment before its last memory is freed)
        m_thread->deleteLater();
        m_thread = nullptr;
        FreedMemory::giveBack();
        if (*result)
            showFigures(**result);
        emit reloaded();
    });
    m_thread->start();
}

void DashboardPanel::showFigures(const Result<DashboardFigures>& figures)
{
    if (!figures) {
        m_figures.reset();
        m_due->setText(figures.error().toString().toHtmlEscaped());
        return;
    }
    m_figures = *figures;
    const DashboardFigures& f = *figures;
    fill(m_categories, f.byCategory, tr("Total"));
    fill(m_villages, f.byVillage, tr("Total"));
    fill(m_programs, f.byProgram, QString());
    for (QTableWidget* table : {m_categories, m_villages})
        fitHeightToRows(table);
    QStringList enrolled;
    for (const DashboardFigures::Count& c : f.enrolled)
        enrolled.append(
            tr("%1 <b>%2</b> households, %3 persons").arg(c.label.toHtmlEscaped()).arg(c.households).arg(c.persons));
    QString enrolment = tr("Enrolled as the household list marks them: %1.").arg(enrolled.join(tr(", ")));
    if (f.enrolledNotPaid > 0)
        enrolment +=
            QLatin1Char(' ') + tr("%1 enrolled household(s) have no payment this month.").arg(f.enrolledNotPaid);
    if (f.paidNotEnrolled > 0)
        enrolment +=
            QLatin1Char(' ') + tr("%1 household(s) paid this month are no longer enrolled.").arg(f.paidNotEnrolled);
    m_enrolled->setText(enrolment);

    const auto line = [](const QString& text, int count, bool urgent) {
        const QString number = urgent && count > 0 ? QStringLiteral("<b style=\"color:#b71c1c\">%1</b>").arg(count)
                                                   : QStringLiteral("<b>%1</b>").arg(count);
        return text.toHtmlEscaped().arg(number);
    };
    QStringList due{line(tr("%1 time limits of cases overdue"), f.overdueLimits, true),
                    line(tr("%1 falling due in the next seven days"), f.limitsThisWeek, false),
                    line(tr("%1 reviews due within 30 days"), f.reviewsDue, false),
                    line(tr("%1 households paid an amount the rules now put otherwise"), f.amountsToReview, false),
                    line(tr("%1 monitoring signals waiting"), f.openSignals, false)};
    if (f.fundVisible)
        due.append(line(tr("%1 reserve fund payments past their paperwork deadline"), f.paperworkOverdue, true));
    m_due->setText(due.join(QStringLiteral("<br>")));

    if (f.fundVisible) {
        const FundBalance& b = f.fund;
        const qint64 quota = std::max<qint64>(b.quotaFen, 1);
        m_fundBar->setRange(0, 1000);
        m_fundBar->setValue(int(std::clamp<qint64>(b.balanceFen * 1000 / quota, 0, 1000)));
        m_fundBar->setFormat(
            tr("Balance: %1 of the year's quota")
                .arg(b.quotaFen > 0 ? QStringLiteral("%1 %").arg(b.balanceFen * 100 / quota) : tr("no quota yet")));
        m_fundBar->setStyleSheet(b.isLow() ? QStringLiteral("QProgressBar::chunk { background: #c62828; }")
                                           : QString());
        // Paid is gross, as the ledger shows it; what was reversed is its own figure.
        QString text = tr("Balance <b>%1</b> of a quota of %2; paid this year %3, of which reversed %4; %5 "
                          "payment(s) with paperwork outstanding.")
                           .arg(yuan(b.balanceFen), yuan(b.quotaFen), yuan(b.paidFen), yuan(b.reversedFen))
                           .arg(f.paperworkOutstanding);
        if (b.isLow())
            text += QStringLiteral("<br><b style=\"color:#b71c1c\">%1</b>")
                        .arg(tr("Below %1 % of the quota: ask the city to replenish it.")
                                 .arg(b.lowBalancePct)
                                 .toHtmlEscaped());
        m_fund->setText(text);
    }

    QStringList compliance;
    if (f.averageIncrementPct < 0) {
        compliance.append(tr("增发: nobody receives one this month."));
    } else {
        const bool met = f.averageIncrementPct >= 50;
        compliance.append(tr("增发 per person receiving one: <b style=\"color:%1\">%2 %</b> of the standard (at least "
                             "50 %).")
                              .arg(met ? QStringLiteral("#2e7d32") : QStringLiteral("#b71c1c"))
                              .arg(f.averageIncrementPct));
    }
    if (f.purchasedServicesFen > 0 && f.assistanceFundsFen > 0) {
        // Hundredths of a percent, in integers.
        const qint64 basisPoints = f.purchasedServicesFen * 10000 / f.assistanceFundsFen;
        const bool met = basisPoints <= 200;
        compliance.append(tr("Government-purchased services: <b style=\"color:%1\">%2.%3 %</b> of the central and "
                             "provincial assistance funds (at most 2 %).")
                              .arg(met ? QStringLiteral("#2e7d32") : QStringLiteral("#b71c1c"))
                              .arg(basisPoints / 100)
                              .arg(basisPoints % 100, 2, 10, QLatin1Char('0')));
    } else {
        compliance.append(tr("Government-purchased services: the year's amounts are not entered yet (Settings)."));
    }
    m_compliance->setText(compliance.join(QStringLiteral("<br><br>")));
    showTrend(f);
}

void DashboardPanel::showTrend(const DashboardFigures& f)
{
    // Charts draw in floating point; the yuan shown are rounded from integer fen for the picture only.
    auto* amounts = new QBarSet(tr("Benefits paid (元)"));
    auto* households = new QLineSeries;
    households->setName(tr("Households"));
    QStringList months;
    qint64 highest = 1;
    int mostHouseholds = 1;
    for (int i = 0; i < f.trend.size(); ++i) {
        const DashboardFigures::MonthAmount& m = f.trend.at(i);
        *amounts << qreal(m.benefitsFen / 100);
        households->append(i, m.households);
        months.append(m.month.toString(QStringLiteral("M")) + tr("M", "month suffix"));
        highest = std::max(highest, m.benefitsFen / 100);
        mostHouseholds = std::max(mostHouseholds, m.households);
    }
    auto* bars = new QBarSeries;
    bars->append(amounts);
    auto* chart = new QChart;
    chart->addSeries(bars);
    chart->addSeries(households);
    auto* x = new QBarCategoryAxis;
    x->append(months);
    auto* money = new QValueAxis;
    money->setRange(0, qreal(highest) * 1.15);
    money->setLabelFormat(QStringLiteral("%.0f"));
    money->applyNiceNumbers();
    auto* count = new QValueAxis;
    count->setRange(0, mostHouseholds * 1.15);
    count->setLabelFormat(QStringLiteral("%.0f"));
    count->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(money, Qt::AlignLeft);
    chart->addAxis(count, Qt::AlignRight);
    bars->attachAxis(x);
    bars->attachAxis(money);
    households->attachAxis(x);
    households->attachAxis(count);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    QChart* old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

} // namespace Doudi
