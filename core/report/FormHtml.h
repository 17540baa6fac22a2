#pragma once

#include <QString>
#include <QStringList>

namespace Doudi {

// The pieces every printed form shares (vouchers, case papers, certificates), as HTML for
// QTextDocument: the style sheet with a centred title and subtitle, and a row of places to sign
// spread over the page.
class FormHtml final
{
public:
    static QString heading(const QString& title, const QString& subtitle);
    static QString signatureRow(const QStringList& labels);

private:
    FormHtml() = delete;
};

} // namespace Doudi
