#pragma once

#include <QLocale>

namespace Doudi {

// Documents are Chinese whatever the interface language (issue 14): a roster posted in a village,
// a voucher signed at payment, a notice given to an applicant. While one of these is alive, Doudi's
// Chinese translation comes first and dates are written the Chinese way; the interface's language
// returns when the last one goes. Built on the thread that builds the document (the GUI thread
// or the CLI's only one).
class DocumentLanguage final
{
    Q_DISABLE_COPY_MOVE(DocumentLanguage)

public:
    DocumentLanguage();
    ~DocumentLanguage();

private:
    QLocale m_previousLocale;
};

} // namespace Doudi
