#pragma once

#include <QApplication>
#include <memory>

class Database;
class MainWindow;
class QThreadPool;

// The desktop program: parses --db, offers the first-start dialog when there is no database
// yet, opens the database and shows the main window. Opening another database or switching
// the language builds a fresh main window over it.
class GuiApplication : public QApplication {
    Q_OBJECT

public:
    GuiApplication(int &argc, char **argv);
    ~GuiApplication() override;

    int start();

    // Opens `path`; a file that is not there (or empty) is refused unless `create` (the
    // first-start and New database dialogs), and then gets `profileCode` (and demo data when
    // asked). Replaces the current window. Returns false after telling the user why.
    bool openDatabase(const QString &path, const QString &profileCode = {}, bool demo = false,
                      bool create = false);
    MainWindow *mainWindow() const { return m_window.get(); }

    // The Simplified Chinese font family the program uses, "" when none is installed.
    static QString chineseFontFamily();
    static void applyFonts();
    static void installLanguage(const QString &language);

private:
    void createDatabase();
    void switchLanguage(const QString &language);
    void showWindow();

    std::unique_ptr<Database> m_db;
    std::unique_ptr<MainWindow> m_window;
    // The start-up tidying of export folders: not the global pool, which QCoreApplication
    // waits for without a limit when the program ends.
    std::unique_ptr<QThreadPool> m_tidying;
};
