#pragma once

#include <QDialog>

class QComboBox;

namespace Doudi {

// Preferences kept per user (QSettings): for now the language of the desk.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(QWidget* parent = nullptr);

private:
    void saveAndClose();

    QComboBox* m_language = nullptr;
};

} // namespace Doudi
