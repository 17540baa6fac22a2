#include "PrintPreview.h"

#include "HtmlPdf.h"
#include "WindowSizes.h"

#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextDocument>

namespace Doudi {

void PrintPreview::prepare(QTextDocument& document, const QString& html)
{
    HtmlPdf::prepare(document, html);
}

void PrintPreview::show(const QString& title, const QString& html, QPageLayout::Orientation orientation,
                        QWidget* parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(HtmlPdf::a4(orientation));
    printer.setDocName(title);
    QPrintPreviewDialog preview(&printer, parent);
    preview.setWindowTitle(title);
    WindowSizes::fitToScreen(&preview, QSize(900, 1000));
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
    return HtmlPdf::write(path, title, html, orientation);
}

} // namespace Doudi
