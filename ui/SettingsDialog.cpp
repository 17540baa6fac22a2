#include "SettingsDialog.h"

#include "Translations.h"
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

    auto* form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Lock the desk after:"), m_idleMinutes);
    form->addRow(tr("Complaint &hotline (public notices):"), m_hotline);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::saveAndClose);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
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
