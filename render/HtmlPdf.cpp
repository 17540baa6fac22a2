#include "HtmlPdf.h"

#include "PdfText.h"
#include "store/PrivateFile.h"

#include <QBuffer>
#include <QFont>
#include <QPdfWriter>
#include <QTextDocument>

namespace Doudi {

QPageLayout HtmlPdf::a4(QPageLayout::Orientation orientation)
{
    return QPageLayout(QPageSize(QPageSize::A4), orientation, QMarginsF(5, 5, 5, 5), QPageLayout::Millimeter);
}

void HtmlPdf::prepare(QTextDocument& document, const QString& html)
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

Status HtmlPdf::write(const QString& path, const QString& title, const QString& html,
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
