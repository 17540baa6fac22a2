#include "DocumentLanguage.h"

#include <QCoreApplication>
#include <QTranslator>

namespace Doudi {

namespace {

// Nested documents (a roster inside a print preview) install the translation once.
int g_depth = 0;

QTranslator& chineseTranslator()
{
    static QTranslator translator;
    static const bool loaded = translator.load(QStringLiteral(":/i18n/doudi_zh_CN"));
    Q_UNUSED(loaded);
    return translator;
}

} // namespace

DocumentLanguage::DocumentLanguage()
    : m_previousLocale(QLocale())
{
    if (g_depth++ == 0) {
        QCoreApplication::installTranslator(&chineseTranslator());
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    }
}

DocumentLanguage::~DocumentLanguage()
{
    if (--g_depth == 0) {
        QCoreApplication::removeTranslator(&chineseTranslator());
        QLocale::setDefault(m_previousLocale);
    }
}

} // namespace Doudi
