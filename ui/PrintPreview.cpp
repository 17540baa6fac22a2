#include "PrintPreview.h"

#include <QFont>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QTextDocument>

namespace Doudi {

namespace {
QPageLayout a4(QPageLayout::Orientation orientation)
{
    // QTextDocument::print adds a 2 cm margin of its own (and the page numbers): the page keeps only
    // what a printer cannot reach.
    return QPageLayout(QPageSize(QPageSize::A4), orientation, QMarginsF(5, 5, 5, 5), QPageLayout::Millimeter);
}
} // namespace

void PrintPreview::prepare(QTextDocument& document, const QString& html)
{
    // Noto on Debian, YaHei or SimSun on the township's Windows PC.
    QFont font;
    font.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Microsoft YaHei"), QStringLiteral("SimSun")});
    font.setPointSizeF(10.5);
    font.setStyleStrategy(QFont::PreferNoShaping); // every glyph of the PDF keeps its character
    document.setDefaultFont(font);
    document.setDocumentMargin(0);
    document.setHtml(html);
}

void PrintPreview::show(const QString& title, const QString& html, QPageLayout::Orientation orientation,
                        QWidget* parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(a4(orientation));
    printer.setDocName(title);
    QPrintPreviewDialog preview(&printer, parent);
    preview.setWindowTitle(title);
    preview.resize(900, 1000);
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview, [&html](QPrinter* target) {
        QTextDocument document;
        prepare(document, html);
        document.print(target);
    });
    preview.exec();
}

Status PrintPreview::savePdf(const QString& path, const QString& title, const QString& html,
                             QPageLayout::Orientation orientation)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::failed(tr("Cannot write %1: %2").arg(path, file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setPageLayout(a4(orientation));
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Doudi"));
        QTextDocument document;
        prepare(document, html);
        document.print(&writer);
    }
    if (!file.commit())
        return Error::failed(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return success();
}

} // namespace Doudi
