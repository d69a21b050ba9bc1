#pragma once

#include <QHash>
#include <QMainWindow>

#include "ui/Page.h"
#include "ui/PageRegistry.h"

class BackupActions;
class Database;
class DatabaseWatcher;
class ManualWindow;
class NavigationPane;
class QLabel;
class QMenu;
class QStackedWidget;
class QTimer;

// The frame around the pages: navigation at the left, the current page, menus and a status
// bar that names the open database, its profile and (on a server) who is logged in; a banner
// while the server does not answer. Pages are listed in PageRegistry and built
// the first time they are shown, so start-up does not pay for pages the clerk never opens.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(Database &db, QWidget *parent = nullptr);
    ~MainWindow() override;

    Database &database() const { return m_db; }
    QStringList pageKeys() const;
    QString currentPageKey() const;
    // The page's widget, built on demand; nullptr for an unknown key.
    Page *page(const QString &key);
    template <typename T> T *page(const QString &key) { return qobject_cast<T *>(page(key)); }
    // Asks every open editor — an appeal's window, the key-in form, a page with unsaved edits
    // (Page::confirmLeave()) — to close, one after the other; false
    // as soon as one is kept open (取消 or Esc), and then nothing after it is asked.
    bool closeEditors();

public slots:
    void showPage(const QString &key);
    void updateStatus();

signals:
    void openDatabaseRequested(const QString &path);
    void newDatabaseRequested();
    void languageChangeRequested(const QString &language);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void rebuildRecentMenu();
    void openDatabaseFile();
    void showAbout();
    // Help ▸ Manual (F1): the users' guide at the section about the page in front.
    void showManual();
    void onNavigationRow(int row);
    void connectToServer();
    // Another desk changed something: the page in front shows it (pages keep their selection
    // in refresh()). Not while a dialog is open over the window, whose typing must stay.
    void refreshAfterChange();
    void showConnectionLost(const QString &reason, const QString &detail);
    void showConnectionRestored();

    Database &m_db;
    QList<PageEntry> m_entries;
    QHash<QString, Page *> m_pages;
    NavigationPane *m_navigation;
    QStackedWidget *m_stack;
    QLabel *m_statusLabel;
    BackupActions *m_backup = nullptr;
    QLabel *m_banner;
    QMenu *m_recentMenu = nullptr;
    DatabaseWatcher *m_watcher;
    QTimer *m_refreshTimer;
    ManualWindow *m_manual = nullptr;
};
