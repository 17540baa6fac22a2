#pragma once

#include <QObject>

namespace Doudi {

// F1 anywhere in the desk — the main window or any dialog, modal or not — opens the user guide at
// the section of the window it was pressed in. An application event filter, so every window has it
// without code of its own (a shortcut on the main window would not reach a modal dialog).
class HelpKey final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpKey)

public:
    explicit HelpKey(QObject* parent = nullptr);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace Doudi
