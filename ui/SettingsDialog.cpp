#include "SettingsDialog.h"

#include "Translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace Doudi {

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    m_language = new QComboBox(this);
    m_language->addItem(tr("As the system"), QString());
    // Each language is named in itself, so that anybody can find their own.
    m_language->addItem(QStringLiteral("中文（简体）"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    const QString current = QSettings().value(Translations::settingsKey()).toString();
    m_language->setCurrentIndex(std::max(0, m_language->findData(current)));

    auto* form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
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
    QSettings settings;
    const QString chosen = m_language->currentData().toString();
    if (settings.value(Translations::settingsKey()).toString() != chosen) {
        settings.setValue(Translations::settingsKey(), chosen);
        QMessageBox::information(this, tr("Language"), tr("The new language takes effect when Doudi starts again."));
    }
    accept();
}

} // namespace Doudi
