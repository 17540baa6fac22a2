#include "SettingsDialog.h"

#include "FormGuard.h"

#include "Clock.h"
#include "Translations.h"
#include "domain/Money.h"
#include "report/DashboardFigures.h"
#include "report/NoticeRoster.h"
#include "store/SiteRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Doudi {

SettingsDialog::SettingsDialog(Database& database, Session session, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_session(std::move(session))
{
    setWindowTitle(tr("Preferences"));
    m_language = new QComboBox(this);
    m_language->addItem(tr("As the system"), QString());
    // Each language is named in itself, so that anybody can find their own.
    m_language->addItem(QStringLiteral("中文（简体）"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    const QString current = QSettings().value(Translations::settingsKey()).toString();
    m_language->setCurrentIndex(std::max(0, m_language->findData(current)));

    // The idle lock is the site's (every desk of the township), and only who changes settings sets it.
    m_idleMinutes = new QSpinBox(this);
    m_idleMinutes->setRange(1, 120);
    m_idleMinutes->setSuffix(tr(" minutes"));
    m_idleMinutes->setValue(
        SiteRepository(m_database, m_session).setting(idleMinutesKey(), QStringLiteral("10")).toInt());
    m_idleMinutes->setEnabled(m_session.may(Action::ChangeSettings));
    // The complaint hotline every public notice prints.
    m_hotline = new QLineEdit(SiteRepository(m_database, m_session).setting(NoticeRoster::kHotlineSetting), this);
    m_hotline->setPlaceholderText(tr("e.g. 0439-1234567"));
    m_hotline->setEnabled(m_session.may(Action::ChangeSettings));
    // This year's figures for the 2 % limit on government-purchased services (the dashboard).
    const QString year = QStringLiteral("/%1").arg(Clock::currentDate().year());
    const auto yuanField = [this](const QString& key) {
        const qint64 fen = SiteRepository(m_database, m_session).setting(key).toLongLong();
        auto* field = new QLineEdit(fen > 0 ? Money::fromFen(fen).formatPlain() : QString(), this);
        field->setPlaceholderText(tr("yuan, this year"));
        field->setEnabled(m_session.may(Action::ChangeSettings));
        return field;
    };
    m_purchasedServices = yuanField(DashboardFigures::kPurchasedServicesSetting + year);
    m_assistanceFunds = yuanField(DashboardFigures::kAssistanceFundsSetting + year);

    auto* form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("Loc&k the desk after:"), m_idleMinutes);
    form->addRow(tr("Complaint &hotline (public notices):"), m_hotline);
    form->addRow(tr("Government-&purchased services (元):"), m_purchasedServices);
    form->addRow(tr("Central and provincial &assistance funds (元):"), m_assistanceFunds);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::saveAndClose);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    auto* guard = new FormGuard(
        this,
        [this] {
            return QStringList{QString::number(m_language->currentIndex()), QString::number(m_idleMinutes->value()),
                               m_hotline->text(), m_purchasedServices->text(), m_assistanceFunds->text()}
                .join(QChar(0x1F));
        },
        [this] {
            saveAndClose();
            return result() == QDialog::Accepted;
        });
    connect(buttons, &QDialogButtonBox::rejected, guard, &FormGuard::cancel);
}

void SettingsDialog::saveAndClose()
{
    if (m_idleMinutes->isEnabled()) {
        SiteRepository sites(m_database, m_session);
        const QString minutes = QString::number(m_idleMinutes->value());
        if (sites.setting(idleMinutesKey(), QStringLiteral("10")) != minutes) {
            if (const Status s = sites.setSetting(idleMinutesKey(), minutes); !s) {
                QMessageBox::warning(this, windowTitle(), s.error().toString());
                return;
            }
            emit idleMinutesChanged(m_idleMinutes->value());
        }
        // The year's amounts, in fen; an empty field is "not entered".
        const QString year = QStringLiteral("/%1").arg(Clock::currentDate().year());
        for (const auto& [field, key] :
             {std::pair{m_purchasedServices, DashboardFigures::kPurchasedServicesSetting + year},
              std::pair{m_assistanceFunds, DashboardFigures::kAssistanceFundsSetting + year}}) {
            QString value;
            if (!field->text().trimmed().isEmpty()) {
                const auto amount = Money::parse(field->text());
                if (!amount || amount->isNegative()) {
                    QMessageBox::warning(this, windowTitle(),
                                         amount ? tr("An amount must not be negative.")
                                                : amount.error().problems().first().message);
                    field->setFocus();
                    return;
                }
                value = QString::number(amount->fen());
            }
            if (sites.setting(key) != value) {
                if (const Status s = sites.setSetting(key, value); !s) {
                    QMessageBox::warning(this, windowTitle(), s.error().toString());
                    return;
                }
            }
        }
        const QString hotline = m_hotline->text().trimmed();
        if (sites.setting(NoticeRoster::kHotlineSetting) != hotline) {
            if (const Status s = sites.setSetting(NoticeRoster::kHotlineSetting, hotline); !s) {
                QMessageBox::warning(this, windowTitle(), s.error().toString());
                return;
            }
        }
    }
    QSettings settings;
    const QString chosen = m_language->currentData().toString();
    if (settings.value(Translations::settingsKey()).toString() != chosen) {
        settings.setValue(Translations::settingsKey(), chosen);
        QMessageBox::information(this, tr("Language"), tr("The new language takes effect when Doudi starts again."));
    }
    accept();
}

} // namespace Doudi
