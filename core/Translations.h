#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace Doudi {

// Loads Doudi's own translation and Qt's for the chosen language. Both front-ends call it; the
// desktop passes the language chosen in settings, the CLI the system's.
class Translations final
{
public:
    // `language` is "zh_CN", "en" or empty for the system locale. Returns the language in use.
    static QString install(QCoreApplication& app, const QString& language);
    static QString settingsKey() { return QStringLiteral("ui/language"); }

private:
    Translations() = delete;
};

} // namespace Doudi
