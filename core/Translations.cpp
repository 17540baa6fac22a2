#include "Translations.h"

#include <QLibraryInfo>
#include <QTranslator>

namespace Doudi {

QString Translations::install(QCoreApplication& app, const QString& language)
{
    QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // Chinese speakers get Chinese whatever their region; everybody else the English source text.
    const bool chinese = locale.language() == QLocale::Chinese;
    const QString chosen = chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
    QLocale::setDefault(chinese ? QLocale(QLocale::Chinese, QLocale::China) : QLocale(QLocale::English));

    auto* own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/doudi_") + chosen))
        QCoreApplication::installTranslator(own);
    if (chinese) {
        auto* qt = new QTranslator(&app);
        if (qt->load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
    }
    return chosen;
}

} // namespace Doudi
