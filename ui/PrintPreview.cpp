#include "PrintPreview.h"

#include "PdfText.h"
#include "WindowSizes.h"
#include "store/PrivateFile.h"

#include <QBuffer>
#include <QFont>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrinter>
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

QString PrintPreview::formHeading(const QString& title, const QString& subtitle)
{
    static const QString style = QStringLiteral("<style>"
                                                "h1 { font-size: 15pt; text-align: center; margin: 0; }"
                                                "p.sub { text-align: center; margin: 2px 0 8px 0; }"
                                                "table.form { border-collapse: collapse; }"
                                                "table.form td { border: 1px solid #000; padding: 5px 6px; }"
                                                "td.label { background: #f0f0f0; }"
                                                "table.sign td { padding-top: 28px; }"
                                                "p.note { font-size: 9pt; color: #444; }"
                                                "</style>");
    return style +
           QStringLiteral("<h1>%1</h1><p class=\"sub\">%2</p>").arg(title.toHtmlEscaped(), subtitle.toHtmlEscaped());
}

QString PrintPreview::signatureRow(const QStringList& labels)
{
    QString cells;
    for (const QString& label : labels)
        cells += QStringLiteral("<td>%1</td>").arg(label.toHtmlEscaped());
    return QStringLiteral("<table class=\"sign\" width=\"100%\"><tr>%1</tr></table>").arg(cells);
}

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
    QByteArray pdf;
    QFont font;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageLayout(a4(orientation));
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Doudi"));
        QTextDocument document;
        prepare(document, html);
        font = document.defaultFont();
        document.print(&writer);
    }
    QFont bold = font;
    bold.setBold(true);
    pdf = PdfText::restoreIdeographs(pdf, {font, bold});
    return PrivateFile::write(path, pdf);
}

} // namespace Doudi
