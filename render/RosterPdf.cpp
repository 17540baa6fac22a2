#include "RosterPdf.h"

#include "PdfText.h"
#include "RosterPainter.h"
#include "store/PrivateFile.h"

#include <QBuffer>
#include <QPdfWriter>

namespace Doudi {

Result<QByteArray> RosterPdf::render(const Roster& roster)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setTitle(roster.title + QLatin1Char(' ') + roster.period);
        writer.setCreator(QStringLiteral("Doudi"));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4),
                                         roster.landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                                         QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
        if (!RosterPainter(roster).paint(writer))
            return Error::failed(tr("Cannot draw the roster into a PDF."));
    }
    return PdfText::restoreIdeographs(bytes, {RosterPainter::font(10), RosterPainter::font(10, true)});
}

Status RosterPdf::write(const Roster& roster, const QString& path)
{
    const auto bytes = render(roster);
    if (!bytes)
        return bytes.error();
    return PrivateFile::write(path, *bytes);
}

} // namespace Doudi
