#include "ui/MainWindow.h"

#include "core/AppVersion.h"
#include "core/Database.h"
#include "core/DatabaseWatcher.h"
#include "core/ProfileRepository.h"
#include "core/backup/JournalPolicy.h"
#include "core/records/DraftStore.h"
#include "core/server/ServerAddress.h"
#include "core/server/UserDirectory.h"
#include "translations/Translations.h"
#include "ui/AppealDetailDialog.h"
#include "ui/AppealEntryDialog.h"
#include "ui/AppealsPage.h"
#include "ui/BackupActions.h"
#include "ui/DashboardPage.h"
#include "ui/NavigationPane.h"
#include "ui/RecentDatabases.h"
#include "ui/ScreenFit.h"
#include "ui/SettingsPage.h"
#include "ui/help/ManualWindow.h"
#include "ui/workflow/AssignmentsPage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(Database &db, QWidget *parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_entries(PageRegistry::standardPages())
    , m_navigation(new NavigationPane(this))
    , m_stack(new QStackedWidget(this))
    , m_statusLabel(new QLabel(this))
    , m_banner(new QLabel(this))
    , m_watcher(new DatabaseWatcher(db, this))
    , m_refreshTimer(new QTimer(this)) {
    setObjectName(u"MainWindow"_s);
    auto *splitter = new QSplitter(this);
    splitter->setObjectName(u"mainSplitter"_s);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    m_banner->setObjectName(u"connectionBanner"_s);
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(u"QLabel { background: #fff3cd; color: #5c4400; padding: 6px; "
                            "border-bottom: 1px solid #d9b44a; }"_s);
    m_banner->hide();
    // A damaged or write-protected file is open for reading only: said once, at the top, for
    // as long as it is open, with the way out.
    auto *readOnlyBanner = new QLabel(this);
    readOnlyBanner->setObjectName(u"readOnlyBanner"_s);
    readOnlyBanner->setWordWrap(true);
    readOnlyBanner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    readOnlyBanner->setStyleSheet(u"QLabel { background: #f8d7da; color: #721c24; padding: 6px; "
                                  "border-bottom: 1px solid #d9a2a8; }"_s);
    readOnlyBanner->setText(db.readOnlyReason());
    readOnlyBanner->setVisible(db.isReadOnly());
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(readOnlyBanner);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    // Live desks: what another desk or window saves shows here within a moment.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(300); // several notices of one save refresh once
    connect(m_refreshTimer, &QTimer::timeout, this, &MainWindow::refreshAfterChange);
    connect(m_watcher, &DatabaseWatcher::changedElsewhere, m_refreshTimer,
            qOverload<>(&QTimer::start));
    connect(m_watcher, &DatabaseWatcher::connectionLost, this, &MainWindow::showConnectionLost);
    connect(m_watcher, &DatabaseWatcher::connectionRestored, this,
            &MainWindow::showConnectionRestored);
    m_watcher->start(1000);

    // On a server each role sees the pages of its work; the server refuses the rest anyway.
    if (const auto user = UserDirectory(m_db).current()) {
        QStringList allowed;
        switch (user->role) {
        case UserDirectory::Role::Admin:
            break;
        case UserDirectory::Role::Clerk:
            allowed = {u"dashboard"_s,   u"appeals"_s,     u"topics"_s,     u"meetings"_s,
                       u"assignments"_s, u"enterprises"_s, u"departments"_s};
            break;
        case UserDirectory::Role::Supervisor:
            allowed = {u"dashboard"_s, u"appeals"_s, u"meetings"_s, u"assignments"_s};
            break;
        case UserDirectory::Role::Liaison:
            allowed = {u"assignments"_s};
            break;
        case UserDirectory::Role::Leader:
            allowed = {u"dashboard"_s, u"appeals"_s,     u"topics"_s,
                       u"meetings"_s,  u"assignments"_s, u"enterprises"_s};
            break;
        }
        if (!allowed.isEmpty())
            m_entries.removeIf([&](const PageEntry &e) { return !allowed.contains(e.key); });
    }
    for (const PageEntry &entry : std::as_const(m_entries)) {
        m_navigation->addPage(entry);
        // A placeholder until the page is first shown; replaced in page().
        m_stack->addWidget(new QWidget(m_stack));
    }
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::onNavigationRow);

    // A file on a network share is written with the rollback journal, safe for one desk at a
    // time (JournalPolicy); the office is told that several desks want the server mode.
    if (!m_db.isServer() &&
        JournalPolicy::folderOf(m_db.path()) == JournalPolicy::Folder::Network) {
        m_banner->setText(JournalPolicy::networkNote());
        m_banner->show();
    }
    m_backup = new BackupActions(m_db, this);
    connect(m_backup, &BackupActions::reopenRequested, this, &MainWindow::openDatabaseRequested);
    statusBar()->addPermanentWidget(m_backup->statusLabel());
    statusBar()->addPermanentWidget(m_statusLabel);
    createMenus();
    updateStatus();

    // The first time: 1280 × 760 where there is room, else the whole free area of the screen
    // (a 1366 × 768 laptop or a 1024 × 768 office machine with a task bar), maximised; later
    // the remembered geometry.
    QSettings settings;
    if (!restoreGeometry(settings.value(u"mainWindow/geometry"_s).toByteArray()) &&
        ScreenFit::resize(this, QSize(1280, 760)))
        setWindowState(Qt::WindowMaximized);
    splitter->restoreState(settings.value(u"mainWindow/splitter"_s).toByteArray());
    const QString last = settings.value(u"mainWindow/page"_s).toString();
    showPage(m_navigation->rowOf(last) >= 0 ? last : m_navigation->keyAt(0));

    // A form left half-typed by a crash or power cut is offered back as soon as the window is up.
    if (DraftStore(m_db.path()).exists())
        QTimer::singleShot(0, this, [this] {
            showPage(u"appeals"_s);
            if (auto *appeals = page<AppealsPage>(u"appeals"_s))
                appeals->resumeDraft();
        });
}

MainWindow::~MainWindow() = default;

QStringList MainWindow::pageKeys() const {
    QStringList keys;
    for (const PageEntry &e : m_entries)
        keys << e.key;
    return keys;
}

QString MainWindow::currentPageKey() const {
    return m_navigation->keyAt(m_navigation->currentRow());
}

Page *MainWindow::page(const QString &key) {
    if (Page *existing = m_pages.value(key))
        return existing;
    const int row = m_navigation->rowOf(key);
    if (row < 0)
        return nullptr;
    Page *widget = m_entries.at(row).create(m_db, m_stack);
    widget->setObjectName(key + u"Page"_s);
    QWidget *placeholder = m_stack->widget(row);
    m_stack->insertWidget(row, widget);
    m_stack->removeWidget(placeholder);
    placeholder->deleteLater();
    m_pages.insert(key, widget);
    connect(widget, &Page::goToPage, this, &MainWindow::showPage);
    if (auto *settingsPage = qobject_cast<SettingsPage *>(widget)) {
        connect(settingsPage, &SettingsPage::profileChanged, this, &MainWindow::updateStatus);
        connect(settingsPage, &SettingsPage::languageChangeRequested, this,
                &MainWindow::languageChangeRequested);
    }
    if (auto *dashboard = qobject_cast<DashboardPage *>(widget)) {
        // Click-through from a dashboard row to the record on the assignments page.
        connect(dashboard, &DashboardPage::openAssignment, this, [this](qint64 id) {
            showPage(u"assignments"_s);
            if (auto *assignments = page<AssignmentsPage>(u"assignments"_s))
                assignments->selectAssignment(id);
        });
    }
    return widget;
}

void MainWindow::showPage(const QString &key) {
    const int row = m_navigation->rowOf(key);
    if (row < 0)
        return;
    if (m_navigation->currentRow() != row)
        m_navigation->setCurrentRow(row); // comes back through onNavigationRow
    else
        onNavigationRow(row);
}

bool MainWindow::closeEditors() {
    // The windows opened from this one: appeal windows (children of a page) and the key-in
    // form, which has no parent so that it can sit beside the main window.
    QList<QPointer<QWidget>> editors;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w == this || !w->isVisible())
            continue;
        for (QObject *p = w->parent(); p; p = p->parent())
            if (p == this) {
                editors << w;
                break;
            }
    }
    if (auto *appeals = qobject_cast<AppealsPage *>(m_pages.value(u"appeals"_s)))
        if (QWidget *entry = appeals->entryDialog(); entry && entry->isVisible())
            editors << entry;
    for (const QPointer<QWidget> &editor : std::as_const(editors)) {
        if (!editor || !editor->isVisible())
            continue;
        if (!editor->close()) { // it asked, and the clerk chose to keep it
            editor->raise();
            editor->activateWindow();
            return false;
        }
    }
    // The page in front first: its unsaved edits are what the clerk is looking at.
    auto *front = qobject_cast<Page *>(m_stack->currentWidget());
    QList<Page *> pages;
    if (front)
        pages << front;
    for (Page *p : std::as_const(m_pages))
        if (p != front)
            pages << p;
    for (Page *p : std::as_const(pages)) {
        if (!p->confirmLeave()) {
            if (p != front) // (showing it again would reload its fields)
                showPage(m_pages.key(p));
            return false;
        }
    }
    return true;
}

void MainWindow::onNavigationRow(int row) {
    const QString key = m_navigation->keyAt(row);
    // Leaving a page with unsaved edits asks first; 取消 stays on it.
    auto *previous = qobject_cast<Page *>(m_stack->currentWidget());
    if (previous && m_pages.key(previous) != key && !previous->confirmLeave()) {
        const QSignalBlocker block(m_navigation);
        m_navigation->setCurrentRow(m_navigation->rowOf(m_pages.key(previous)));
        return;
    }
    Page *widget = page(key);
    if (!widget)
        return;
    m_stack->setCurrentWidget(widget);
    widget->refresh(); // current data each time a page comes to the front
    QSettings().setValue(u"mainWindow/page"_s, key);
}

void MainWindow::updateStatus() {
    const RuleProfile profile = ProfileRepository(m_db).active();
    if (m_db.isServer()) {
        const auto user = UserDirectory(m_db).current();
        const QString who =
            user ? u"%1 %2"_s.arg(UserDirectory::roleLabel(user->role),
                                  user->fullName.isEmpty() ? user->name : user->fullName)
                 : m_db.userName();
        m_statusLabel->setText(
            tr("Server: %1 · Profile: %2 · Logged in: %3").arg(m_db.path(), profile.name, who));
        setWindowTitle(
            tr("%1 on %2 — Qinqing").arg(who, ServerAddress::parse(m_db.path()).databaseName()));
        return;
    }
    m_statusLabel->setText(
        tr("Database: %1 · Profile: %2").arg(QDir::toNativeSeparators(m_db.path()), profile.name));
    setWindowTitle(tr("%1 — Qinqing").arg(QFileInfo(m_db.path()).fileName()));
}

void MainWindow::refreshAfterChange() {
    if (QApplication::activeModalWidget() || !m_banner->isHidden()) {
        m_refreshTimer->start(2000); // after the dialog, or once the server is back
        return;
    }
    // Open appeals that nobody is correcting here show the other desk's change too.
    for (AppealDetailDialog *open : findChildren<AppealDetailDialog *>())
        open->refreshFromElsewhere();
    QWidget *current = m_stack->currentWidget();
    if (auto *appeals = qobject_cast<AppealsPage *>(current)) {
        // The clerk's selected rows stay selected when the list is read again.
        const QList<qint64> selected = appeals->selectedAppealIds();
        appeals->refresh();
        appeals->selectAppeals(selected);
        return;
    }
    if (current && current->metaObject()->indexOfSlot("refresh()") >= 0)
        QMetaObject::invokeMethod(current, "refresh");
}

void MainWindow::showConnectionLost(const QString &reason, const QString &detail) {
    m_banner->setText(tr("The server %1 does not answer (%2). Nothing you typed is lost: keep "
                         "it open, Qinqing connects again by itself and you can save then.")
                          .arg(m_db.path(), reason));
    m_banner->setToolTip(detail);
    m_banner->show();
}

void MainWindow::showConnectionRestored() {
    m_banner->hide();
    statusBar()->showMessage(tr("Connected to the server again."), 5000);
    updateStatus();
}

void MainWindow::connectToServer() {
    bool ok = false;
    const QStringList recent = RecentDatabases::servers();
    const QString url = QInputDialog::getItem(
        this, tr("Connect to server"),
        tr("Server database (postgresql://LOGIN@SERVER:PORT/DATABASE):"),
        recent.isEmpty() ? QStringList{u"postgresql://@localhost:5432/qinqing"_s} : recent, 0, true,
        &ok);
    if (!ok || url.trimmed().isEmpty())
        return;
    const ServerAddress address = ServerAddress::parse(url.trimmed());
    if (!address.isValid()) {
        QMessageBox::warning(this, tr("Connect to server"), address.error());
        return;
    }
    emit openDatabaseRequested(url.trimmed());
}

void MainWindow::createMenus() {
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newDb = file->addAction(tr("&New database…"), this, &MainWindow::newDatabaseRequested);
    newDb->setShortcut(QKeySequence(u"Ctrl+Shift+N"_s));
    QAction *openDb = file->addAction(tr("&Open database…"), this, &MainWindow::openDatabaseFile);
    openDb->setShortcut(QKeySequence::Open);
    file->addAction(tr("Connect to &server…"), this, &MainWindow::connectToServer);
    m_recentMenu = file->addMenu(tr("Recen&t databases"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    file->addSeparator();
    m_backup->addTo(file);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    for (int i = 0; i < m_entries.size(); ++i) {
        const QString key = m_entries.at(i).key;
        QAction *a = go->addAction(m_entries.at(i).title, this, [this, key] { showPage(key); });
        if (i < 9)
            a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *manual = help->addAction(tr("&Manual"), this, &MainWindow::showManual);
    manual->setObjectName(u"manualAction"_s);
    manual->setShortcut(QKeySequence::HelpContents); // F1
    help->addSeparator();
    help->addAction(tr("&About Qinqing"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::rebuildRecentMenu() {
    m_recentMenu->clear();
    const QStringList paths = RecentDatabases::list();
    for (const QString &path : paths) {
        QAction *a = m_recentMenu->addAction(QDir::toNativeSeparators(path), this,
                                             [this, path] { emit openDatabaseRequested(path); });
        a->setEnabled(ServerAddress::looksLikeServer(path)
                          ? path != m_db.path()
                          : QFileInfo::exists(path) &&
                                path != QFileInfo(m_db.path()).absoluteFilePath());
    }
    if (paths.isEmpty())
        m_recentMenu->addAction(tr("(none)"))->setEnabled(false);
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("Clear list"), this, [] { RecentDatabases::clear(); });
}

void MainWindow::openDatabaseFile() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open database"), QFileInfo(m_db.path()).absolutePath(),
        tr("Qinqing databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        emit openDatabaseRequested(path);
}

void MainWindow::showManual() {
    // One window, kept when closed: the next F1 opens it at the section of the page in front.
    if (!m_manual)
        m_manual = new ManualWindow(this);
    m_manual->showSection(currentPageKey(), Translations::installed());
}

void MainWindow::showAbout() {
    // The commit tells whoever answers a clerk's question exactly which program they have.
    const AppVersion &version = AppVersion::current();
    const QString build = version.commit.isEmpty()
                              ? tr("Built without a record of its git commit.")
                              : tr("Built from commit %1 of %2.")
                                    .arg(version.commit, version.commitDate.toString(Qt::ISODate));
    QMessageBox::about(this, tr("About Qinqing"),
                       tr("<h3>Qinqing %1</h3><p>Case management for the offices that run "
                          "government–enterprise dialogue meetings: appeals, topics, meetings, "
                          "assignments, deadlines and evaluations.</p>")
                               .arg(version.version) +
                           u"<p>"_s + build.toHtmlEscaped() + u"</p>"_s);
}

void MainWindow::closeEvent(QCloseEvent *event) {
    if (!closeEditors()) {
        event->ignore();
        return;
    }
    // The window still closes: the office is told, and tomorrow's close tries again.
    if (const QString error = m_backup->backUpOnClose(); !error.isEmpty())
        QMessageBox::warning(this, tr("Daily backup"),
                             tr("The daily backup could not be written: %1").arg(error));
    QSettings settings;
    settings.setValue(u"mainWindow/geometry"_s, saveGeometry());
    if (auto *splitter = findChild<QSplitter *>(u"mainSplitter"_s))
        settings.setValue(u"mainWindow/splitter"_s, splitter->saveState());
    QMainWindow::closeEvent(event);
}
