#include "translations/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Translations {

namespace {

QString &installedLanguage() {
    static QString language = u"en"_s;
    return language;
}

// Qt's own strings (standard buttons, QFileDialog, QPrintPreviewDialog, line edits' context
// menus) come from Debian's qt6-translations-l10n, a dependency of the .deb. They follow the
// program's own translation, not the system locale, so a zh_TW or zh_HK system gets the same
// Simplified Chinese buttons as the rest of the window.
bool installQtTranslation(QCoreApplication &app) {
    // Qt's configured folder first; a folder beside the executable for a copy run off a USB
    // stick on a machine whose Qt has no translations installed.
    const QStringList folders{
        QLibraryInfo::path(QLibraryInfo::TranslationsPath),
        QDir(QCoreApplication::applicationDirPath()).filePath(u"translations"_s)};
    for (const QString &folder : folders) {
        auto *qt = new QTranslator(&app);
        if (qt->load(u"qtbase_zh_CN"_s, folder)) {
            app.installTranslator(qt);
            return true;
        }
        delete qt;
    }
    qWarning("qtbase_zh_CN.qm not found in %s: Qt's own buttons and dialogs stay in English "
             "(install qt6-translations-l10n)",
             qPrintable(QDir::toNativeSeparators(folders.constFirst())));
    return false;
}

} // namespace

QStringList available() {
    return {u"zh_CN"_s, u"en"_s};
}

QString installed() {
    return installedLanguage();
}

bool install(QCoreApplication &app, const QString &language) {
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    installedLanguage() = u"en"_s;
    if (locale.language() != QLocale::Chinese)
        return true; // English is the source language: nothing to load.
    auto *own = new QTranslator(&app);
    if (!own->load(u":/i18n/qinqing_zh_CN.qm"_s)) {
        delete own;
        return false;
    }
    app.installTranslator(own);
    installedLanguage() = u"zh_CN"_s;
    // Without Qt's catalogue the program's own strings are still Chinese: not a failure.
    installQtTranslation(app);
    return true;
}

} // namespace Translations
