#pragma once

#include <QLocale>

class QCoreApplication;

// Loads the translations compiled into the program for a UI language. Chinese is the default
// for Chinese system locales; English source strings otherwise.
namespace Translations {
// language: "zh_CN", "en", or empty for the system locale.
bool install(QCoreApplication &app, const QString &language = {});
QStringList available(); // "zh_CN", "en"
// The language the last install() put in place: "zh_CN" or "en".
QString installed();
} // namespace Translations
