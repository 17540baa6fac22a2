#include "CityPanel.h"

#include "CityAllocationDialog.h"
#include "Clock.h"
#include "FileChooser.h"
#include "ReadOnlyTable.h"
#include "cases/CaseWorkflow.h"
#include "domain/Money.h"
#include "store/Database.h"
#include "sync/CityDecisions.h"
#include "sync/CityReports.h"
#include "sync/CitySignals.h"
#include "sync/Peers.h"

#include <QFile>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Doudi {

namespace {

QString yuan(qint64 fen)
{
    return Money::fromFen(fen).formatPlain();
}

// What the township's other monthly programs pay a month (a township's or the totals' figures).
qint64 otherProgramsMonthly(const QJsonObject& figures)
{
    qint64 fen = 0;
    const QJsonObject programs = figures.value(QStringLiteral("programs")).toObject();
    for (auto it = programs.begin(); it != programs.end(); ++it)
        fen += it.value().toObject().value(QStringLiteral("monthly_fen")).toInteger();
    return fen;
}

} // namespace

CityPanel::CityPanel(Database& database, Session session, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_session(std::move(session))
{
    m_awaiting = ReadOnlyTable::create(
        {tr("Township"), tr("Submitted"), tr("Kind"), tr("Head of household"), tr("Decision"), tr("Case")},
        {90, 100, 130, 120, 120}, this);
    m_townships = ReadOnlyTable::create({tr("Code"), tr("Township"), tr("Households"), tr("With help"), tr("Members"),
                                         tr("Monthly (yuan)"), tr("Other programs (yuan)"), tr("Fund paid (yuan)"),
                                         tr("Last package"), tr("Key fingerprint")},
                                        {90, 110, 70, 70, 70, 110, 110, 110, 80}, this);
    m_duplicates =
        ReadOnlyTable::create({tr("ID number"), tr("Name"), tr("Townships and households")}, {170, 90}, this);
    m_found = ReadOnlyTable::create(
        {tr("Township"), tr("Head of household"), tr("Village"), tr("Status"), tr("Monthly (yuan)"), tr("Household")},
        {90, 120, 120, 90, 100}, this);

    auto* awaitingPage = new QWidget(this);
    auto* awaitingLayout = new QVBoxLayout(awaitingPage);
    awaitingLayout->addWidget(m_awaiting);
    auto* decideButtons = new QHBoxLayout;
    auto* approveButton = new QPushButton(tr("&Approve"), awaitingPage);
    auto* refuseButton = new QPushButton(tr("&Refuse…"), awaitingPage);
    approveButton->setEnabled(m_session.may(Action::ApproveDecision));
    refuseButton->setEnabled(m_session.may(Action::ApproveDecision));
    connect(approveButton, &QPushButton::clicked, this, &CityPanel::approveSelected);
    connect(refuseButton, &QPushButton::clicked, this, &CityPanel::refuseSelected);
    decideButtons->addStretch();
    decideButtons->addWidget(approveButton);
    decideButtons->addWidget(refuseButton);
    awaitingLayout->addLayout(decideButtons);

    auto* searchPage = new QWidget(this);
    auto* searchLayout = new QVBoxLayout(searchPage);
    m_searchText = new QLineEdit(searchPage);
    m_searchText->setPlaceholderText(tr("A member's name, or part of it — Enter searches every township"));
    connect(m_searchText, &QLineEdit::returnPressed, this, &CityPanel::search);
    searchLayout->addWidget(m_searchText);
    searchLayout->addWidget(m_found);

    auto* tabs = new QTabWidget(this);
    tabs->addTab(awaitingPage, tr("Awaiting decision"));
    auto* townshipsPage = new QWidget(this);
    auto* townshipsLayout = new QVBoxLayout(townshipsPage);
    townshipsLayout->addWidget(m_townships);
    auto* townshipButtons = new QHBoxLayout;
    auto* signalsButton = new QPushButton(tr("Route &signals from data matching…"), townshipsPage);
    auto* fundButton = new QPushButton(tr("Reserve &fund for a township…"), townshipsPage);
    signalsButton->setEnabled(m_session.may(Action::ImportPolicy));
    fundButton->setEnabled(m_session.may(Action::ApprovePayment));
    connect(signalsButton, &QPushButton::clicked, this, &CityPanel::routeSignals);
    connect(fundButton, &QPushButton::clicked, this, [this] {
        CityAllocationDialog dialog(m_database, m_session, this);
        if (dialog.exec() == QDialog::Accepted)
            QMessageBox::information(this, tr("Reserve fund"),
                                     tr("Recorded; it goes to the township in its next "
                                        "package."));
    });
    townshipButtons->addStretch();
    townshipButtons->addWidget(signalsButton);
    townshipButtons->addWidget(fundButton);
    townshipsLayout->addLayout(townshipButtons);
    tabs->addTab(townshipsPage, tr("Townships"));
    tabs->addTab(m_duplicates, tr("In two townships"));
    tabs->addTab(searchPage, tr("Search"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    reload();
}

void CityPanel::reload()
{
    m_townshipNames.clear();
    if (const auto peers = Peers::all(m_database)) {
        for (const Peer& p : *peers)
            m_townshipNames.insert(p.code, p.name);
    }
    m_awaiting->setRowCount(0);
    if (const auto cases = CityDecisions::awaiting(m_database)) {
        for (const AwaitingCase& c : *cases) {
            const QString decision = c.decision.isEmpty()                     ? tr("to decide")
                                     : c.decision == QLatin1String("approve") ? tr("approved, to send")
                                                                              : tr("refused, to send");
            ReadOnlyTable::appendRow(m_awaiting, {m_townshipNames.value(c.township, c.township), c.submittedOn,
                                                  CaseWorkflow::typeLabel(c.type), c.headName, decision, c.caseId});
        }
    }
    m_townships->setRowCount(0);
    if (const auto report = CityReports::report(m_database)) {
        for (const QJsonValue& v : report->value(QStringLiteral("townships")).toArray()) {
            const QJsonObject t = v.toObject();
            const qint64 households = t.value(QStringLiteral("households")).toInteger();
            const qint64 none =
                t.value(QStringLiteral("by_status")).toObject().value(QStringLiteral("none")).toInteger();
            ReadOnlyTable::appendRow(
                m_townships,
                {t.value(QStringLiteral("code")).toString(), t.value(QStringLiteral("name")).toString(),
                 QString::number(households), QString::number(households - none),
                 QString::number(t.value(QStringLiteral("members")).toInteger()),
                 yuan(t.value(QStringLiteral("monthly_fen")).toInteger()), yuan(otherProgramsMonthly(t)),
                 yuan(t.value(QStringLiteral("fund_paid_fen")).toInteger()),
                 QString::number(t.value(QStringLiteral("last_package")).toInteger()),
                 t.value(QStringLiteral("fingerprint")).toString()},
                !t.value(QStringLiteral("flagged")).toString().isEmpty());
        }
        const QJsonObject totals = report->value(QStringLiteral("totals")).toObject();
        ReadOnlyTable::appendRow(
            m_townships,
            {QString(), tr("City total"), QString::number(totals.value(QStringLiteral("households")).toInteger()),
             QString(), QString::number(totals.value(QStringLiteral("members")).toInteger()),
             yuan(totals.value(QStringLiteral("monthly_fen")).toInteger()), yuan(otherProgramsMonthly(totals)),
             yuan(totals.value(QStringLiteral("fund_paid_fen")).toInteger()), QString(), QString()});
    }
    m_duplicates->setRowCount(0);
    if (const auto duplicates = CityReports::duplicates(m_database)) {
        for (const QJsonValue& v : *duplicates) {
            const QJsonObject person = v.toObject();
            QStringList places;
            for (const QJsonValue& place : person.value(QStringLiteral("households")).toArray())
                places.append(
                    QStringLiteral("%1 / %2").arg(place.toObject().value(QStringLiteral("township")).toString(),
                                                  place.toObject().value(QStringLiteral("household")).toString()));
            ReadOnlyTable::appendRow(m_duplicates, {person.value(QStringLiteral("id_number")).toString(),
                                                    person.value(QStringLiteral("name")).toString(),
                                                    places.join(QStringLiteral("；"))});
        }
    }
}

void CityPanel::routeSignals()
{
    const QString path = FileChooser::open(this, FileChooser::Kind::Incoming, tr("Signals from data matching"),
                                           tr("Signals (*.json *.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Signals"), tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    const auto routed = CitySignals::import(m_database, m_session, file.readAll());
    if (!routed)
        QMessageBox::warning(this, tr("Signals"), routed.error().toString());
    else
        QMessageBox::information(this, tr("Signals"),
                                 tr("%1 signal(s) go to the townships with their next packages; %2 concern nobody "
                                    "in any township's records.")
                                     .arg(routed->routed)
                                     .arg(routed->unmatched));
}

void CityPanel::search()
{
    m_found->setRowCount(0);
    if (m_searchText->text().trimmed().isEmpty())
        return;
    const auto found = CityReports::search(m_database, m_searchText->text());
    if (!found) {
        QMessageBox::warning(this, tr("Search"), found.error().toString());
        return;
    }
    for (const QJsonValue& v : *found) {
        const QJsonObject h = v.toObject();
        ReadOnlyTable::appendRow(
            m_found, {h.value(QStringLiteral("township")).toString(), h.value(QStringLiteral("head_name")).toString(),
                      h.value(QStringLiteral("village")).toString(), h.value(QStringLiteral("status")).toString(),
                      yuan(h.value(QStringLiteral("monthly_fen")).toInteger()),
                      h.value(QStringLiteral("household")).toString()});
    }
}

void CityPanel::decideSelected(bool approve)
{
    const int row = m_awaiting->currentRow();
    if (row < 0)
        return;
    const QString caseId = m_awaiting->item(row, 5)->text();
    QString reason;
    if (!approve) {
        bool ok = false;
        reason = QInputDialog::getMultiLineText(
            this, tr("Refuse"), tr("The reason, as the written refusal notice will give it:"), QString(), &ok);
        if (!ok)
            return;
    }
    if (const Status s = CityDecisions::decide(m_database, m_session, caseId, approve, reason, Clock::currentDate());
        !s)
        QMessageBox::warning(this, tr("Decide"), s.error().toString());
    reload();
}

} // namespace Doudi
