#include "ui/GuiApplication.h"

#include "core/Clock.h"
#include "core/Database.h"
#include "core/DatabaseInitializer.h"
#include "core/export/ExportFolders.h"
#include "core/server/ServerAddress.h"
#include "translations/Translations.h"
#include "ui/DemoDataHook.h"
#include "ui/FirstStartDialog.h"
#include "ui/LoginDialog.h"
#include "ui/MainWindow.h"
#include "ui/RecentDatabases.h"
#include "ui/SettingsPage.h"
#include "ui/UserPrompt.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QFontDatabase>
#include <QLocale>
#include <QMessageBox>
#include <QStatusBar>
#include <QThreadPool>
#include <QTimer>
#include <QTranslator>

using namespace Qt::StringLiterals;

GuiApplication::GuiApplication(int &argc, char **argv)
    : QApplication(argc, argv) {
    setOrganizationName(u"qinqing"_s);
    setApplicationName(u"qinqing"_s);
    setApplicationVersion(QStringLiteral(QINQING_VERSION));
    installLanguage(SettingsPage::languageSetting());
    setApplicationDisplayName(tr("Qinqing"));
    applyFonts();
    // A save that waits for a colleague's program says so instead of looking frozen. Painted
    // at once: no events are processed in the middle of a database call.
    Database::setWaitNotifier([this](bool waiting) {
        if (waiting)
            setOverrideCursor(Qt::WaitCursor);
        else
            restoreOverrideCursor();
        if (!m_window)
            return;
        if (waiting)
            m_window->statusBar()->showMessage(tr("Another colleague is saving…"));
        else
            m_window->statusBar()->clearMessage();
        m_window->statusBar()->repaint();
    });
}

GuiApplication::~GuiApplication() {
    Database::setWaitNotifier({});
    m_window.reset(); // pages hold references to the database
    m_db.reset();
    // A share that stopped answering keeps the tidying thread in a file system call; the
    // program still ends (the thread ends with the process) instead of waiting for the share.
    if (m_tidying && !m_tidying->waitForDone(2000))
        (void)m_tidying.release();
}

QString GuiApplication::chineseFontFamily() {
    // With LANG=C.UTF-8 Qt would pick Japanese glyph shapes for Han characters; ask for a
    // Simplified Chinese family explicitly, the ones Debian, UOS and Kylin ship.
    const QStringList installed = QFontDatabase::families();
    for (const QString &family : {u"Noto Sans CJK SC"_s, u"Source Han Sans SC"_s,
                                  u"WenQuanYi Micro Hei"_s, u"Noto Sans SC"_s})
        if (installed.contains(family))
            return family;
    return {};
}

void GuiApplication::applyFonts() {
    QFont f = QApplication::font();
    const QString family = chineseFontFamily();
    if (!family.isEmpty())
        f.setFamilies({family});
    if (const int points = SettingsPage::fontPointSizeSetting(); points > 0)
        f.setPointSize(points);
    QApplication::setFont(f);
}

void GuiApplication::installLanguage(const QString &language) {
    // Drop what an earlier call installed, so that switching in Settings takes effect.
    for (QTranslator *old : qApp->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    Translations::install(*qApp, language);
    // Dates and numbers in the window follow its language, not the system's locale: a Chinese
    // window on a C or English system wrote “截至 19 Nov 2026”. English keeps the system's.
    QLocale::setDefault(language.startsWith("zh"_L1) ? QLocale(QLocale::Chinese, QLocale::China)
                                                     : QLocale::system());
}

int GuiApplication::start() {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Case management for government-enterprise dialogue meetings"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        u"db"_s,
        tr("Open the database file PATH, or the server database postgresql://USER@HOST:PORT/NAME."),
        u"PATH"_s);
    parser.addOption(dbOption);
    // A file manager opens a database by passing its path (the desktop entry's Exec=qinqing %f).
    parser.addPositionalArgument(u"file"_s, tr("The database file to open, as with --db."),
                                 u"[FILE]"_s);
    parser.process(*this);
    QString clockError;
    if (!Clock::fixFromEnvironment(&clockError)) {
        qCritical("%s", qPrintable(clockError));
        return 2;
    }
    // What exports killed half-way left in the folders exported to lately (hidden part files
    // on a network share); beside the start, so that a share that answers slowly never holds
    // up the window.
    m_tidying = std::make_unique<QThreadPool>();
    m_tidying->start([] { ExportFolders::removeStaleParts(); });

    QString path = parser.value(dbOption);
    if (path.isEmpty() && !parser.positionalArguments().isEmpty())
        path = parser.positionalArguments().constFirst();
    QString profile;
    bool demo = false;
    bool create = false;
    if (path.isEmpty()) {
        path = RecentDatabases::last();
        if (!path.isEmpty() && !ServerAddress::looksLikeServer(path) && !QFileInfo::exists(path)) {
            // The file worked on last is not there (a share not connected?): say so, and
            // never offer to make a new one in its place.
            QMessageBox::warning(nullptr, tr("Cannot open the database"),
                                 tr("The database used last, %1, is not there. If it is on a "
                                    "drive or shared folder, connect it and start again.")
                                     .arg(QDir::toNativeSeparators(path)));
            path.clear();
        }
        if (path.isEmpty())
            path = Database::defaultPath();
        if (!ServerAddress::looksLikeServer(path) && !QFileInfo::exists(path)) {
            // First start: nothing to open yet. Ask where and with which rules.
            FirstStartDialog dialog(FirstStartDialog::Mode::FirstStart, path);
            if (dialog.exec() != QDialog::Accepted)
                return 0;
            path = dialog.path();
            profile = dialog.profileCode();
            demo = dialog.wantsDemoData();
            create = true;
        }
    }
    if (!openDatabase(path, profile, demo, create))
        return 1;
    return exec();
}

bool GuiApplication::openDatabase(const QString &path, const QString &profileCode, bool demo,
                                  bool create) {
    // The open windows' unsaved work is asked about before anything else happens; 取消 keeps
    // the current database open as it was.
    if (m_window && !m_window->closeEditors())
        return false;
    auto db = std::make_unique<Database>();
    if (ServerAddress::looksLikeServer(path)) {
        QString error;
        if (!LoginDialog::logIn(*db, path, m_window.get(), &error)) {
            if (!error.isEmpty())
                QMessageBox::critical(m_window.get(), tr("Cannot connect to the server"), error);
            return false;
        }
    } else if (!db->open(path, create ? Database::Create::IfMissing : Database::Create::Never)) {
        QString text = db->errorString();
        if (db->failedForMissingFile())
            text += u' ' + tr("Nothing was created. File ▸ New database makes a new one.");
        UserPrompt::warning(m_window.get(), tr("Cannot open the database"), text);
        return false;
    }
    DatabaseInitializer init(*db);
    // A file open read-only (damaged, write-protected) is shown as it is, with a banner.
    const bool ok = db->isReadOnly()                         ? true
                    : init.isNew() && !profileCode.isEmpty() ? init.initialize(profileCode)
                                                             : init.ensureInitialized();
    if (!ok) {
        QMessageBox::critical(m_window.get(), tr("Cannot open the database"),
                              tr("%1: %2").arg(QDir::toNativeSeparators(path), init.errorString()));
        return false;
    }
    if (demo) {
        QString error;
        if (!DemoDataHook::generate(*db, &error))
            QMessageBox::warning(m_window.get(), tr("Demo data"),
                                 tr("The demo data could not be created: %1").arg(error));
    }
    RecentDatabases::add(db->isServer() ? db->path() : path);
    if (m_window)
        m_window->close(); // remembers the geometry
    m_window.reset();
    m_db = std::move(db);
    showWindow();
    return true;
}

void GuiApplication::showWindow() {
    m_window = std::make_unique<MainWindow>(*m_db);
    connect(m_window.get(), &MainWindow::openDatabaseRequested, this, [this](const QString &path) {
        // Not from inside the old window's own signal: it is deleted on the way.
        QTimer::singleShot(0, this, [this, path] { openDatabase(path); });
    });
    connect(m_window.get(), &MainWindow::newDatabaseRequested, this,
            [this] { QTimer::singleShot(0, this, &GuiApplication::createDatabase); });
    connect(m_window.get(), &MainWindow::languageChangeRequested, this,
            [this](const QString &language) {
                QTimer::singleShot(0, this, [this, language] { switchLanguage(language); });
            });
    m_window->show();
}

void GuiApplication::createDatabase() {
    const QString dir = m_db ? QFileInfo(m_db->path()).absolutePath()
                             : QFileInfo(Database::defaultPath()).absolutePath();
    FirstStartDialog dialog(FirstStartDialog::Mode::NewDatabase,
                            QDir(dir).filePath(u"qinqing-new.sqlite"_s), m_window.get());
    if (dialog.exec() == QDialog::Accepted)
        openDatabase(dialog.path(), dialog.profileCode(), dialog.wantsDemoData(), true);
}

void GuiApplication::switchLanguage(const QString &language) {
    if (m_window && !m_window->closeEditors())
        return; // the language is stored and applies at the next start
    installLanguage(language);
    setApplicationDisplayName(tr("Qinqing"));
    // Every widget's text was set from tr() when it was built: the simplest complete
    // retranslation is a new window over the same database.
    const QString page = m_window ? m_window->currentPageKey() : QString();
    if (m_window)
        m_window->close();
    m_window.reset();
    showWindow();
    m_window->showPage(page);
}
