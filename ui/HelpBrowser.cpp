#include "HelpBrowser.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Doudi {

namespace {

const QString kGuide = QStringLiteral(":/help/guide.html");

// The anchors of the guide, read once.
const QStringList& sections()
{
    static const QStringList names = [] {
        QStringList out;
        QFile file(kGuide);
        if (!file.open(QIODevice::ReadOnly))
            return out;
        static const QRegularExpression anchor(QStringLiteral("<a name=\"([A-Za-z]+)\">"));
        for (auto it = anchor.globalMatch(QString::fromUtf8(file.readAll())); it.hasNext();)
            out.append(it.next().captured(1));
        return out;
    }();
    return names;
}

} // namespace

HelpBrowser::HelpBrowser(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("User guide"));
    m_browser = new QTextBrowser(this);
    m_browser->setOpenExternalLinks(false);
    m_browser->setSource(QUrl(QStringLiteral("qrc") + kGuide));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(640, 600);
}

HelpBrowser* HelpBrowser::showSection(const QString& section, QWidget* parent)
{
    // One guide at a time, reused: F1 pressed again only moves it.
    static QPointer<HelpBrowser> shown;
    // Above the window F1 was pressed in: one left above another window would sit behind a modal.
    if (shown && shown->parentWidget() != parent) {
        shown->deleteLater();
        shown = nullptr;
    }
    if (!shown) {
        shown = new HelpBrowser(parent);
        shown->setAttribute(Qt::WA_DeleteOnClose);
    }
    shown->goToSection(section);
    shown->show();
    shown->raise();
    shown->activateWindow();
    return shown;
}

QString HelpBrowser::sectionFor(const QWidget* widget)
{
    for (const QWidget* w = widget; w; w = w->parentWidget()) {
        const QString name = QString::fromLatin1(w->metaObject()->className()).remove(QStringLiteral("Doudi::"));
        if (sections().contains(name))
            return name;
    }
    return QString();
}

void HelpBrowser::goToSection(const QString& section)
{
    m_section = sections().contains(section) ? section : QString();
    m_browser->setSource(
        QUrl(QStringLiteral("qrc") + kGuide + (m_section.isEmpty() ? QString() : QLatin1Char('#') + m_section)));
}

} // namespace Doudi
