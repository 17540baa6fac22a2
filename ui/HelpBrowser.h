#pragma once

#include <QDialog>

class QTextBrowser;

namespace Doudi {

// 帮助 → 使用说明: the short Chinese guide bundled with Doudi (resources/help/guide.html), opened
// at the section of the window the clerk is in. One window, reused; it never goes online.
class HelpBrowser final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpBrowser)

public:
    // Shows the guide at `section` (a window's class name without "Doudi::"; empty: the top).
    static HelpBrowser* showSection(const QString& section, QWidget* parent = nullptr);
    // The section a window's F1 opens: its class, or the nearest enclosing one the guide knows.
    static QString sectionFor(const QWidget* widget);

    QTextBrowser* browser() const { return m_browser; }
    const QString& section() const { return m_section; }

private:
    explicit HelpBrowser(QWidget* parent);
    void goToSection(const QString& section);

    QTextBrowser* m_browser = nullptr;
    QString m_section;
};

} // namespace Doudi
