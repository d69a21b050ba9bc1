// Pictures of the real program for the users' guide (resources/manual/LANG/images): the main
// window's pages and the dialogs the manual describes, over a demo database, in one UI
// language. Run by the build target `manual_screenshots` (tests/ui/CMakeLists.txt), which makes
// the demo database with qinqing-cli first; the PNGs are committed with the manual.
//
//   manual_screenshots --db demo.sqlite --language zh_CN --out resources/manual/zh_CN/images
#include "core/Clock.h"
#include "core/Database.h"
#include "core/dashboard/DashboardBucket.h"
#include "ui/AppealEntryDialog.h"
#include "ui/AppealEntryForm.h"
#include "ui/AppealsPage.h"
#include "ui/DashboardItemModel.h"
#include "ui/EnterpriseCompleter.h"
#include "ui/EnterprisesPage.h"
#include "ui/FirstStartDialog.h"
#include "ui/GuiApplication.h"
#include "ui/MainWindow.h"
#include "ui/SimilarAppealsPanel.h"
#include "ui/help/ManualWindow.h"
#include "ui/workflow/AssignmentsPage.h"
#include "ui/workflow/TopicsPage.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QThread>

using namespace Qt::StringLiterals;

namespace {
constexpr int kWidth = 800; // the manual's pictures: readable in the help window and in print

void settle(int ms = 150) {
    const QDeadlineTimer until(ms);
    while (!until.hasExpired()) {
        QApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(10);
    }
}

// Saved at kWidth, then made smaller by pngquant where it is installed (the pictures are
// committed: a few hundred kilobytes each otherwise).
bool save(QWidget *w, const QDir &out, const QString &name) {
    settle();
    QImage image = w->grab().toImage();
    if (image.width() > kWidth)
        image = image.scaledToWidth(kWidth, Qt::SmoothTransformation);
    const QString path = out.filePath(name + u".png"_s);
    if (!image.save(path)) {
        qCritical("%s: cannot write", qPrintable(path));
        return false;
    }
    const QString pngquant = QStandardPaths::findExecutable(u"pngquant"_s);
    if (!pngquant.isEmpty())
        QProcess::execute(pngquant, {u"--force"_s, u"--skip-if-larger"_s, u"--strip"_s,
                                     u"--quality=70-95"_s, u"--ext"_s, u".png"_s, path});
    qInfo("%s: %lld bytes", qPrintable(path), QFileInfo(path).size());
    return true;
}

// The first row of the page's first table that has rows, selected as a clerk would click it.
void selectFirstRow(QWidget *page, const QString &viewName = {}) {
    const auto views = page->findChildren<QTableView *>(viewName);
    for (QTableView *v : views)
        if (v->isVisible() && v->model() && v->model()->rowCount() > 0) {
            v->setFocus();
            v->selectRow(0);
            return;
        }
}
} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // never the clerk's own settings
    QCoreApplication::setOrganizationName(u"qinqing-manual"_s);
    QCoreApplication::setApplicationName(u"manual_screenshots"_s);
    QSettings().clear();

    QCommandLineParser parser;
    parser.addOption({u"db"_s, u"demo database"_s, u"FILE"_s});
    parser.addOption({u"language"_s, u"zh_CN or en"_s, u"LANG"_s});
    parser.addOption({u"out"_s, u"folder for the PNGs"_s, u"DIR"_s});
    parser.process(app);
    const QString language = parser.value(u"language"_s);
    QDir out(parser.value(u"out"_s));
    if (!parser.isSet(u"db"_s) || language.isEmpty() || !QDir().mkpath(out.path())) {
        qCritical("usage: manual_screenshots --db FILE --language zh_CN|en --out DIR");
        return 2;
    }
    // The demo world's day (QINQING_TODAY), so that its items are overdue, due soon and on
    // track as the dashboard shows them.
    QString clockError;
    if (!Clock::fixFromEnvironment(&clockError)) {
        qCritical("%s", qPrintable(clockError));
        return 2;
    }
    GuiApplication::applyFonts();
    GuiApplication::installLanguage(language);

    Database db;
    if (!db.open(parser.value(u"db"_s))) {
        qCritical("%s: %s", qPrintable(parser.value(u"db"_s)), qPrintable(db.errorString()));
        return 1;
    }

    bool ok = true;
    {
        FirstStartDialog first(FirstStartDialog::Mode::FirstStart,
                               u"/home/zhaomin/.local/share/qinqing/qinqing/qinqing.sqlite"_s);
        first.setProfileCode(u"wushen"_s);
        first.show();
        ok &= save(&first, out, u"first-start"_s);
    }

    MainWindow window(db);
    // Not maximised to the offscreen screen: the size of a common office screen's window.
    window.setWindowState(Qt::WindowNoState);
    window.resize(1024, 680);
    window.show();
    settle(300);
    const QStringList pages{u"dashboard"_s,   u"appeals"_s,     u"topics"_s,      u"meetings"_s,
                            u"assignments"_s, u"enterprises"_s, u"departments"_s, u"settings"_s};
    for (const QString &key : pages) {
        window.showPage(key);
        QWidget *page = window.page(key);
        if (key == u"assignments"_s) {
            // An overdue item with its panel, in the list of open ones: the dashboard's first
            // overdue row.
            auto *assignments = window.page<AssignmentsPage>(key);
            assignments->setOpenOnly(true);
            QWidget *dashboard = window.page(u"dashboard"_s);
            auto *items = dashboard->findChild<QTableView *>(u"itemsView"_s);
            const QString overdue = DashboardBuckets::label(DashboardBucket::Overdue);
            for (int row = 0; items && row < items->model()->rowCount(); ++row) {
                const QAbstractItemModel *m = items->model();
                if (m->index(row, DashboardItemModel::State).data().toString() == overdue) {
                    assignments->selectAssignment(m->index(row, 0).data(Qt::UserRole).toLongLong());
                    break;
                }
            }
        } else if (key != u"dashboard"_s && key != u"settings"_s) {
            selectFirstRow(page);
        }
        ok &= save(&window, out, key);
    }

    // The manual itself, opened with F1 on the Assignments page.
    window.showPage(u"assignments"_s);
    if (QAction *manualAction = window.findChild<QAction *>(u"manualAction"_s)) {
        manualAction->trigger();
        if (auto *manual = window.findChild<ManualWindow *>()) {
            manual->resize(900, 640);
            ok &= save(manual, out, u"manual"_s);
            manual->close();
        }
    }

    // Keying in a paper form, with a registered enterprise and similar appeals beside it.
    window.showPage(u"appeals"_s);
    AppealEntryDialog *dialog = window.page<AppealsPage>(u"appeals"_s)->openEntryDialog();
    dialog->resize(1024, 660);
    settle(300);
    auto *unit = dialog->findChild<QLineEdit *>(u"unitEdit"_s);
    const QString name =
        EnterpriseCompleter(db, new QLineEdit(dialog)).suggestions(u"有限"_s).value(0);
    if (unit && !name.isEmpty()) {
        unit->setText(name);
        emit unit->editingFinished();
    }
    if (auto *problem = dialog->findChild<QPlainTextEdit *>(u"problemEdit"_s))
        problem->setPlainText(u"园区道路破损严重，大型货车通行困难，影响原料运输。"_s);
    if (auto *suggestions = dialog->findChild<QPlainTextEdit *>(u"suggestionsEdit"_s))
        suggestions->setPlainText(u"建议相关部门协调尽快维修。"_s);
    settle(800); // the similar appeals are looked up after a pause in typing
    ok &= save(dialog, out, u"entry-form"_s);
    dialog->form()->discardDraft();
    dialog->hide();
    return ok ? 0 : 1;
}
