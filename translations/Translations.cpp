#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Translations {

QStringList available()
{
    return {u"zh_CN"_s, u"en"_s};
}

bool install(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (locale.language() != QLocale::Chinese)
        return true; // English is the source language: nothing to load.
    auto *own = new QTranslator(&app);
    if (!own->load(u":/i18n/qinqing_zh_CN.qm"_s)) {
        delete own;
        return false;
    }
    app.installTranslator(own);
    // Qt's own strings (standard buttons, print dialogs) from the system's Qt translations.
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    else
        delete qt;
    return true;
}

} // namespace Translations
