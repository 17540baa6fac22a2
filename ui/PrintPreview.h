#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QString>

class QTextDocument;
class QWidget;

namespace Doudi {

// Printing what Doudi renders as HTML (vouchers, statements): always through a print preview, on
// A4, with a CJK font that the PDF embeds. A PDF is written whole or not at all (QSaveFile).
class PrintPreview final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::PrintPreview)

public:
    // The document as it prints: the HTML in the Chinese body font, sized to the page.
    static void prepare(QTextDocument& document, const QString& html);
    // Opens the print preview; the clerk prints (or saves a PDF) from there.
    static void show(const QString& title, const QString& html, QPageLayout::Orientation orientation, QWidget* parent);
    static Status savePdf(const QString& path, const QString& title, const QString& html,
                          QPageLayout::Orientation orientation);

private:
    PrintPreview() = delete;
};

} // namespace Doudi
