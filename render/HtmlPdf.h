#pragma once

#include "Result.h"

#include <QPageLayout>
#include <QString>

class QTextDocument;

namespace Doudi {

// A form Doudi writes as HTML (a voucher, a case paper, a certificate) as it prints and as a PDF:
// A4, the Chinese body font that the PDF embeds, written whole or not at all. Qt Gui only, so the
// CLI writes the same PDF as the desk's print preview.
class HtmlPdf final
{
public:
    // The document as it prints: the HTML in the Chinese body font, sized to the page.
    static void prepare(QTextDocument& document, const QString& html);
    // The page: A4, margins only where a printer cannot reach (QTextDocument::print adds its own).
    static QPageLayout a4(QPageLayout::Orientation orientation);
    static Status write(const QString& path, const QString& title, const QString& html,
                        QPageLayout::Orientation orientation);

private:
    HtmlPdf() = delete;
};

} // namespace Doudi
