#include "AuditDialog.h"

#include "ReadOnlyTable.h"
#include "security/AuditVerifier.h"
#include "store/AuditLog.h"
#include "store/PeopleNames.h"

#include <QApplication>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Doudi {

namespace {
constexpr int kShown = 2000;

QString actionLabel(const QString& action)
{
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("insert"), QT_TRANSLATE_NOOP("Doudi::AuditDialog", "added")},
        {QStringLiteral("update"), QT_TRANSLATE_NOOP("Doudi::AuditDialog", "changed")},
        {QStringLiteral("delete"), QT_TRANSLATE_NOOP("Doudi::AuditDialog", "deleted")},
        {QStringLiteral("reveal"), QT_TRANSLATE_NOOP("Doudi::AuditDialog", "full ID numbers shown")},
        {QStringLiteral("export"), QT_TRANSLATE_NOOP("Doudi::AuditDialog", "exported")},
        {QStringLiteral("print"), QT_TRANSLATE_NOOP("Doudi::AuditDialog", "printed")},
        {QStringLiteral("login"), QT_TRANSLATE_NOOP("Doudi::AuditDialog", "logged in")},
        {QStringLiteral("login_failed"), QT_TRANSLATE_NOOP("Doudi::AuditDialog", "failed login")},
        {QStringLiteral("login_refused"), QT_TRANSLATE_NOOP("Doudi::AuditDialog", "login refused")},
        {QStringLiteral("lock"), QT_TRANSLATE_NOOP("Doudi::AuditDialog", "account locked")},
        {QStringLiteral("password"), QT_TRANSLATE_NOOP("Doudi::AuditDialog", "password changed")},
    };
    const auto it = labels.constFind(action);
    return it == labels.cend() ? action : QCoreApplication::translate("Doudi::AuditDialog", it.value());
}
} // namespace

AuditDialog::AuditDialog(Database& database, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
{
    setWindowTitle(tr("Audit trail"));
    resize(1000, 640);
    m_entries = ReadOnlyTable::create(
        {tr("No."), tr("When"), tr("Who"), tr("What"), tr("Table"), tr("Record"), tr("Values (ID numbers masked)")},
        {60, 150, 100, 140, 110, 150}, this);
    m_entries->verticalHeader()->setDefaultSectionSize(24);
    m_verdict = new QLabel(tr("Press “Verify” to check the whole trail and the data against it."), this);
    m_verdict->setWordWrap(true);

    const PeopleNames people(m_database); // the person, not the login
    if (const auto entries = AuditLog(m_database).entries(QString(), kShown)) {
        for (auto it = entries->crbegin(); it != entries->crend(); ++it) {
            const int row = m_entries->rowCount();
            m_entries->insertRow(row);
            const QDateTime at = QDateTime::fromString(it->at, Qt::ISODateWithMs).toLocalTime();
            const QStringList cells = {QString::number(it->seq),
                                       QLocale().toString(at, QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                       people.of(it->userName),
                                       actionLabel(it->action),
                                       it->table,
                                       it->recordId,
                                       it->reason.isEmpty() ? it->newValues : it->reason};
            for (int c = 0; c < cells.size(); ++c)
                m_entries->setItem(row, c, new QTableWidgetItem(cells.at(c)));
        }
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    auto* verifyButton = buttons->addButton(tr("&Verify"), QDialogButtonBox::ActionRole);
    connect(verifyButton, &QPushButton::clicked, this, &AuditDialog::verify);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("The newest %1 entries, newest first:").arg(kShown), this));
    layout->addWidget(m_entries, 1);
    layout->addWidget(m_verdict);
    layout->addWidget(buttons);
}

QString AuditDialog::verdict() const
{
    return m_verdict->text();
}

void AuditDialog::verify()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto report = AuditVerifier::verify(m_database);
    QApplication::restoreOverrideCursor();
    if (!report) {
        m_verdict->setText(report.error().toString());
        return;
    }
    if (report->ok()) {
        m_verdict->setStyleSheet(QString());
        m_verdict->setText(tr("The audit trail is intact: %1 entries, %2 records match it.")
                               .arg(report->entries)
                               .arg(report->recordsChecked));
        return;
    }
    QStringList lines;
    for (const AuditFinding& f : report->findings)
        lines.append(f.message);
    m_verdict->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; }"));
    m_verdict->setText(tr("The audit trail shows tampering:") + QLatin1Char('\n') +
                       lines.mid(0, 20).join(QLatin1Char('\n')));
}

} // namespace Doudi
