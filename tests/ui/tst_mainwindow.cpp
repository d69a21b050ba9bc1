#include "core/AuditLog.h"
#include "core/Database.h"
#include "core/DatabaseInitializer.h"
#include "core/DatabaseWatcher.h"
#include "core/ProfileRepository.h"
#include "core/demo/DemoDataGenerator.h"
#include "core/records/AppealRepository.h"
#include "core/records/DepartmentRepository.h"
#include "tests/ui/TestSettings.h"
#include "ui/AppealDetailDialog.h"
#include "ui/AppealEntryForm.h"
#include "ui/AppealsPage.h"
#include "ui/DashboardPage.h"
#include "ui/DepartmentsLeadersPage.h"
#include "ui/FirstStartDialog.h"
#include "ui/GuiApplication.h"
#include "ui/HistoryWidget.h"
#include "ui/MainWindow.h"
#include "ui/NavigationPane.h"
#include "ui/RecentDatabases.h"
#include "ui/SettingsPage.h"
#include "ui/UserPrompt.h"
#include "ui/workflow/AssignmentsPage.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        useTestSettings(u"tst_mainwindow"_s);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        QVERIFY(m_db.open(m_dir.filePath(u"main.sqlite"_s)));
        QVERIFY(DatabaseInitializer(m_db).initialize(u"wushen"_s));
    }

    void statusBarNamesDatabaseAndProfile() {
        MainWindow window(m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const auto labels = window.statusBar()->findChildren<QLabel *>();
        QString text;
        for (const QLabel *l : labels)
            text += l->text();
        QVERIFY2(text.contains(u"main.sqlite"_s), qPrintable(text));
        QVERIFY2(text.contains(ProfileRepository(m_db).active().name), qPrintable(text));
    }

    // Live desks: an appeal saved by another window on the same file shows in the list
    // without a manual refresh, and the row the clerk had selected stays selected.
    void anotherWindowsSaveShowsWithoutRefresh() {
        MainWindow window(m_db);
        window.show();
        window.showPage(u"appeals"_s);
        auto *appeals = window.page<AppealsPage>(u"appeals"_s);
        QVERIFY(appeals);
        Appeal first;
        first.submittingUnit = u"鄂尔多斯市某能源公司"_s;
        first.submitDate = QDate(2024, 6, 3);
        first.problem = u"用电报装周期长"_s;
        QVERIFY(AppealRepository(m_db).insert(first));
        appeals->refresh();
        appeals->selectAppeals({first.id});
        const int before = appeals->view()->model()->rowCount();

        Database other; // the other window
        QVERIFY(other.open(m_db.path()));
        Appeal second = first;
        second.id = 0;
        second.number.clear();
        second.submittingUnit = u"乌审旗某化工公司"_s;
        QVERIFY(AppealRepository(other).insert(second));
        QTRY_COMPARE_WITH_TIMEOUT(appeals->view()->model()->rowCount(), before + 1, 10000);
        QCOMPARE(appeals->selectedAppealIds(), QList<qint64>{first.id});
    }

    // An appeal open in its window, untouched, shows what another desk saved to it; one the
    // clerk is correcting keeps the typing (its save then lists the other desk's changes).
    void openAppealShowsAnotherDesksChange() {
        MainWindow window(m_db);
        window.show();
        window.showPage(u"appeals"_s);
        auto *appeals = window.page<AppealsPage>(u"appeals"_s);
        Appeal a;
        a.submittingUnit = u"乌审旗某物流公司"_s;
        a.submitDate = QDate(2024, 6, 4);
        a.problem = u"货车通行证办理难"_s;
        a.phone = u"13800000001"_s;
        QVERIFY(AppealRepository(m_db).insert(a));
        appeals->openAppeal(a.id);
        appeals->openAppeal(a.id); // a second window on it, which the clerk types into
        const auto open = appeals->findChildren<AppealDetailDialog *>();
        QCOMPARE(open.size(), 2);
        auto phone = [](AppealDetailDialog *d) {
            return d->findChild<QLineEdit *>(u"phoneEdit"_s);
        };
        phone(open.at(1))->setText(u"13800000003"_s);

        Database other;
        QVERIFY(other.open(m_db.path()));
        Appeal elsewhere = *AppealRepository(other).find(a.id);
        elsewhere.phone = u"13800000002"_s;
        QVERIFY(AppealRepository(other).update(elsewhere));
        QTRY_COMPARE_WITH_TIMEOUT(phone(open.at(0))->text(), u"13800000002"_s, 10000);
        QCOMPARE(phone(open.at(1))->text(), u"13800000003"_s);
        QVERIFY(open.at(1)->form()->isModified());
        for (AppealDetailDialog *d : open) {
            d->form()->revert();
            d->close();
        }
    }

    // The server goes away: a banner says so and that nothing typed is lost; it goes when the
    // connection is back. (tst_reconnect stops a real server under DatabaseWatcher.)
    void bannerWhileTheServerIsAway() {
        MainWindow window(m_db);
        window.show();
        auto *watcher = window.findChild<DatabaseWatcher *>();
        auto *banner = window.findChild<QLabel *>(u"connectionBanner"_s);
        QVERIFY(watcher && banner);
        QVERIFY(banner->isHidden());
        emit watcher->connectionLost(u"the connection to the database server was cut"_s,
                                     u"server closed the connection unexpectedly"_s);
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(u"Nothing you typed is lost"_s),
                 qPrintable(banner->text()));
        // The reason in the clerk's words; the driver's line for whoever looks closer.
        QVERIFY2(banner->text().contains(u"the connection to the database server was cut"_s),
                 qPrintable(banner->text()));
        QVERIFY(!banner->text().contains(u"unexpectedly"_s));
        QVERIFY(banner->toolTip().contains(u"server closed the connection unexpectedly"_s));
        emit watcher->connectionRestored();
        QVERIFY(banner->isHidden());
    }

    void navigationBuildsPagesOnDemandAndRemembersLastPage() {
        {
            MainWindow window(m_db);
            QVERIFY(window.pageKeys().contains(u"settings"_s));
            QCOMPARE(window.pageKeys().first(), u"dashboard"_s);
            window.showPage(u"settings"_s);
            QCOMPARE(window.currentPageKey(), u"settings"_s);
            QVERIFY(window.page<SettingsPage>(u"settings"_s));
            window.close();
        }
        MainWindow again(m_db);
        QCOMPARE(again.currentPageKey(), u"settings"_s);
    }

    void dashboardIsFirstAndClicksThroughToTheAssignment() {
        MainWindow window(m_db);
        window.showPage(u"dashboard"_s);
        auto *dashboard = window.page<DashboardPage>(u"dashboard"_s);
        QVERIFY(dashboard);
        emit dashboard->openAssignment(1);
        QCOMPARE(window.currentPageKey(), u"assignments"_s);
        QVERIFY(window.page<AssignmentsPage>(u"assignments"_s));
    }

    void everyPageOpens() {
        MainWindow window(m_db);
        const QStringList expected{u"dashboard"_s,   u"appeals"_s,     u"topics"_s,
                                   u"meetings"_s,    u"assignments"_s, u"enterprises"_s,
                                   u"departments"_s, u"settings"_s};
        QCOMPARE(window.pageKeys(), expected);
        for (const QString &key : expected) {
            window.showPage(key);
            QCOMPARE(window.currentPageKey(), key);
            QVERIFY(window.page(key));
        }
        Department d;
        d.name = u"经济发展局"_s;
        QVERIFY(DepartmentRepository(m_db).insert(d));
        auto *departments = window.page<DepartmentsLeadersPage>(u"departments"_s);
        departments->refresh();
        QCOMPARE(departments->departments()->topLevelItemCount(), 1);
    }

    // The first window is no larger than the screen's free area (offscreen: 800 x 600), and
    // maximised when 1280 x 760 would not fit.
    void firstSizeFitsTheScreen() {
        QSettings().remove(u"mainWindow/geometry"_s);
        MainWindow window(m_db);
        const QSize free = window.screen()->availableGeometry().size();
        QVERIFY(window.width() <= std::max(free.width(), window.minimumSizeHint().width()));
        QVERIFY(window.height() <= std::max(free.height(), window.minimumSizeHint().height()));
        QCOMPARE(bool(window.windowState() & Qt::WindowMaximized),
                 free.width() < 1296 || free.height() < 808);
    }

    void rememberesGeometry() {
        {
            MainWindow window(m_db);
            window.show();
            window.resize(900, 640);
            QTest::qWait(10);
            window.close();
        }
        MainWindow again(m_db);
        QCOMPARE(again.size(), QSize(900, 640));
    }

    void settingsSwitchesProfile() {
        MainWindow window(m_db);
        auto *settings = window.page<SettingsPage>(u"settings"_s);
        QVERIFY(settings);
        auto *combo = settings->findChild<QComboBox *>(u"profileCombo"_s);
        combo->setCurrentIndex(combo->findData(u"wuhai"_s));
        settings->findChild<QPushButton *>(u"applyProfileButton"_s)->click();
        QCOMPARE(ProfileRepository(m_db).activeCode(), u"wuhai"_s);
        QString text;
        for (const QLabel *l : window.statusBar()->findChildren<QLabel *>())
            text += l->text();
        QVERIFY2(text.contains(ProfileRepository(m_db).active().name), qPrintable(text));
        QVERIFY(ProfileRepository(m_db).setActive(u"wushen"_s));
    }

    // The calendar's years say where they came from in words, not the stored code.
    void settingsNameTheCalendarSource() {
        SettingsPage settings(m_db);
        auto *years = settings.findChild<QTreeWidget *>(u"calendarYears"_s);
        QVERIFY(years && years->topLevelItemCount() >= 4);
        for (int i = 0; i < years->topLevelItemCount(); ++i)
            QCOMPARE(years->topLevelItem(i)->text(3), u"Built in (State Council notices)"_s);
    }

    void recentDatabasesNewestFirst() {
        RecentDatabases::clear();
        RecentDatabases::add(m_dir.filePath(u"a.sqlite"_s));
        RecentDatabases::add(m_dir.filePath(u"b.sqlite"_s));
        RecentDatabases::add(m_dir.filePath(u"a.sqlite"_s));
        const QStringList list = RecentDatabases::list();
        QCOMPARE(list.size(), 2);
        QVERIFY(list.at(0).endsWith(u"a.sqlite"_s));
        // Neither file exists: nothing to reopen.
        QVERIFY(RecentDatabases::last().isEmpty());
        RecentDatabases::add(m_db.path());
        QCOMPARE(RecentDatabases::last(), QFileInfo(m_db.path()).absoluteFilePath());
    }

    void historyShowsAuditEntriesNewestFirst() {
        AuditLog log(m_db);
        QVERIFY(log.record(u"appeal"_s, 42, u"created"_s, {{u"number"_s, u"2024-0001"_s}}));
        QVERIFY(log.record(u"appeal"_s, 42, u"screened"_s, {{u"status"_s, u"accepted"_s}}));
        QVERIFY(log.record(u"appeal"_s, 43, u"created"_s));
        HistoryWidget history(m_db);
        history.setRecord(u"appeal"_s, 42);
        QCOMPARE(history.entryCount(), 2);
        auto *tree = history.findChild<QTreeWidget *>();
        QCOMPARE(tree->topLevelItem(0)->text(2), u"Screened"_s);
        QVERIFY(tree->topLevelItem(1)->text(3).contains(u"2024-0001"_s));
    }

    // The workflow's history entries read as words in the Chinese UI: statuses, evaluation
    // levels and departments by name, row ids of reports and evaluations left out.
    void historyOfTheWorkflowInWords() {
        Department d;
        d.name = u"交通运输局"_s;
        QVERIFY(DepartmentRepository(m_db).insert(d));
        AuditLog log(m_db);
        QVERIFY(log.record(u"assignment"_s, 7, u"started"_s,
                           {{u"from"_s, u"assigned"_s}, {u"to"_s, u"in_progress"_s}}));
        QVERIFY(log.record(u"assignment"_s, 7, u"progress"_s,
                           {{u"report"_s, 1837}, {u"date"_s, u"2026-12-01"_s}}));
        QVERIFY(log.record(u"assignment"_s, 7, u"reassigned"_s, {{u"to_lead"_s, d.id}}));
        QVERIFY(log.record(
            u"assignment"_s, 7, u"evaluated"_s,
            {{u"evaluation"_s, 699}, {u"from"_s, u"done"_s}, {u"level"_s, u"satisfied"_s}}));
        GuiApplication::installLanguage(u"zh_CN"_s);
        HistoryWidget history(m_db);
        history.setRecord(u"assignment"_s, 7);
        GuiApplication::installLanguage(u"en"_s);
        auto *tree = history.findChild<QTreeWidget *>();
        QCOMPARE(tree->topLevelItemCount(), 4);
        QStringList rows;
        for (int i = 0; i < 4; ++i)
            rows << tree->topLevelItem(i)->text(3);
        const QString all = rows.join(u'\n');
        QVERIFY2(rows.at(0).contains(u"满意"_s) && !all.contains(u"699"_s), qPrintable(all));
        QVERIFY2(rows.at(1).contains(u"交通运输局"_s), qPrintable(all));
        QVERIFY2(rows.at(2).contains(u"2026-12-01"_s) && !all.contains(u"1837"_s), qPrintable(all));
        QVERIFY2(rows.at(3).contains(u"已交办 → 办理中"_s), qPrintable(all));
        static const QRegularExpression english(u"[A-Za-z_]{3,}"_s);
        QVERIFY2(!all.contains(english), qPrintable(all));
    }

    void firstStartDialogRefusesExistingFile() {
        FirstStartDialog dialog(FirstStartDialog::Mode::FirstStart, m_db.path());
        QVERIFY(!dialog.profileCode().isEmpty());
        dialog.setProfileCode(u"qingxin"_s);
        QCOMPARE(dialog.profileCode(), u"qingxin"_s);
        UserPrompt::setNextAnswer(QMessageBox::Ok);
        dialog.accept(); // the file exists: refused with a message
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        dialog.setPath(m_dir.filePath(u"fresh.sqlite"_s));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    // Qt's own strings (standard buttons, file and print dialogs, line edits' context menus)
    // come from qt6-translations-l10n: a Depends of the .deb, installed by bootstrap.sh.
    void qtOwnStringsFollowTheLanguageSetting() {
        const auto cancelText = [this] {
            FirstStartDialog dialog(FirstStartDialog::Mode::NewDatabase,
                                    m_dir.filePath(u"x.sqlite"_s));
            auto *box = dialog.findChild<QDialogButtonBox *>();
            return box ? box->button(QDialogButtonBox::Cancel)->text() : QString();
        };
        const auto contextMenuTexts = [] {
            QLineEdit edit;
            std::unique_ptr<QMenu> menu(edit.createStandardContextMenu());
            QStringList texts;
            for (const QAction *a : menu->actions())
                texts << a->text().section(u'\t', 0, 0); // without the shortcut
            return texts;
        };
        // Settings ▸ Language, as GuiApplication::switchLanguage applies it.
        MainWindow window(m_db);
        connect(&window, &MainWindow::languageChangeRequested, this,
                [](const QString &language) { GuiApplication::installLanguage(language); });
        auto *settings = window.page<SettingsPage>(u"settings"_s);
        auto *combo = settings->findChild<QComboBox *>(u"languageCombo"_s);
        auto *apply = settings->findChild<QPushButton *>(u"applyLanguageButton"_s);
        combo->setCurrentIndex(combo->findData(u"zh_CN"_s));
        apply->click();
        QCOMPARE(cancelText(), u"取消"_s);
        QDialogButtonBox box(QDialogButtonBox::Save | QDialogButtonBox::Close |
                             QDialogButtonBox::Yes | QDialogButtonBox::No);
        QCOMPARE(box.button(QDialogButtonBox::Save)->text(), u"保存"_s);
        QCOMPARE(box.button(QDialogButtonBox::Close)->text(), u"关闭"_s);
        QVERIFY2(contextMenuTexts().contains(u"全选"_s), qPrintable(contextMenuTexts().join(u' ')));

        combo->setCurrentIndex(combo->findData(u"en"_s));
        apply->click();
        QCOMPARE(cancelText(), u"Cancel"_s);
        QVERIFY(contextMenuTexts().contains(u"Select All"_s));
        SettingsPage::setLanguageSetting({});
    }

    // Old office machines have 1024 × 768 screens with a task bar: every page, in both
    // languages and with realistic data, fits a window of 1024 × 728 (no page may force the
    // window larger than the screen).
    void everyPageFitsA1024By768Screen() {
        Database db;
        QVERIFY(db.open(m_dir.filePath(u"fit.sqlite"_s)));
        QVERIFY(DatabaseInitializer(db).initialize(u"wuhai"_s));
        DemoDataGenerator::Options options;
        options.appeals = 600;
        options.today = DemoDataGenerator::fixedReferenceDate();
        QVERIFY(DemoDataGenerator(db).generate(options));
        for (const QString &language : {u"zh_CN"_s, u"en"_s}) {
            GuiApplication::installLanguage(language);
            MainWindow window(db);
            window.resize(1024, 728);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            for (const QString &key : window.pageKeys()) {
                window.showPage(key);
                QWidget *page = window.page(key);
                // Every tab of the page once, with its first record chosen where there is one.
                const auto tabs = page->findChildren<QTabWidget *>();
                for (QTabWidget *tab : tabs)
                    for (int i = 0; i < tab->count(); ++i)
                        tab->setCurrentIndex(i);
                for (QAbstractItemView *view : page->findChildren<QAbstractItemView *>())
                    if (view->model() && view->model()->rowCount() > 0 && view->isVisible())
                        view->setCurrentIndex(view->model()->index(0, 0));
                QCoreApplication::processEvents();
                const QSize min = window.minimumSizeHint().expandedTo(window.minimumSize());
                QVERIFY2(
                    min.width() <= 1024 && min.height() <= 728,
                    qPrintable(
                        u"%1 %2: %3 x %4"_s.arg(language, key).arg(min.width()).arg(min.height())));
            }
        }
        GuiApplication::installLanguage(u"en"_s);
    }

private:
    QTemporaryDir m_dir;
    Database m_db;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
