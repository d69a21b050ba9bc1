// What stood in a clerk's way on the lists and panels (issue 12's friction list): widths
// measured on an empty list, a new search keeping the old scroll position, Ctrl+End stopping
// at the last loaded row, a click-through highlighting another row, a header that moves the
// buttons under the pointer.
#include "core/Clock.h"
#include "core/demo/DemoDataGenerator.h"
#include "core/workflow/AssignmentService.h"
#include "tests/core/WorkflowFixture.h"
#include "tests/ui/TestSettings.h"
#include "ui/AppealFilterBar.h"
#include "ui/AppealListModel.h"
#include "ui/AppealsPage.h"
#include "ui/DashboardItemModel.h"
#include "ui/DashboardPage.h"
#include "ui/MainWindow.h"
#include "ui/workflow/AssignmentDetailPanel.h"
#include "ui/workflow/AssignmentsModel.h"
#include "ui/workflow/AssignmentsPage.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
void generate(Database &db, int appeals) {
    DemoDataGenerator::Options options;
    options.appeals = appeals;
    options.today = DemoDataGenerator::fixedReferenceDate();
    DemoDataGenerator demo(db);
    QVERIFY2(demo.generate(options), qPrintable(demo.errorString()));
}

int textWidth(const QTableView *view, const QString &text) {
    return view->fontMetrics().horizontalAdvance(text);
}
} // namespace

class TestDeskFriction : public QObject {
    Q_OBJECT

private slots:
    void init() {
        useTestSettings(u"tst_deskfriction"_s);
        QSettings().clear();
    }

    // Widths measured on the empty first database were kept forever (编号 as "WS20…"): once
    // there are rows they are fitted again, except a column the clerk sized by hand.
    void columnWidthsFitOnceRowsExist() {
        WorkflowFixture f(u"wushen"_s);
        QVERIFY(f.ok);
        const int number = 0; // the 编号 column
        {
            AppealsPage empty(*f.db);
            empty.resize(1200, 600);
            empty.show();
            empty.refresh();
        }
        generate(*f.db, 30);
        AppealsPage page(*f.db);
        page.resize(1200, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.refresh();
        QTableView *view = page.view();
        const QString first = page.model()->index(0, number).data().toString();
        QVERIFY(!first.isEmpty());
        QVERIFY2(
            view->columnWidth(number) >= textWidth(view, first),
            qPrintable(u"%1 < %2"_s.arg(view->columnWidth(number)).arg(textWidth(view, first))));

        // The clerk drags the 编号 column narrower: it stays so, now and next time.
        QHeaderView *header = view->horizontalHeader();
        const int edge = header->sectionViewportPosition(number) + header->sectionSize(number) - 1;
        const QPoint handle(edge, header->height() / 2);
        QTest::mousePress(header->viewport(), Qt::LeftButton, {}, handle);
        QTest::mouseMove(header->viewport(), handle - QPoint(30, 0));
        QTest::mouseRelease(header->viewport(), Qt::LeftButton, {}, handle - QPoint(30, 0));
        const int chosen = view->columnWidth(number);
        QVERIFY(chosen < textWidth(view, first));
        page.refresh();
        QCOMPARE(view->columnWidth(number), chosen);
        AppealsPage again(*f.db);
        again.show();
        again.refresh();
        QCOMPARE(again.view()->columnWidth(number), chosen);
    }

    // A new search starts at the top of its list, not where the last list was scrolled to.
    void newSearchStartsAtTheTop() {
        WorkflowFixture f(u"wushen"_s);
        QVERIFY(f.ok);
        generate(*f.db, 300);
        AppealsPage page(*f.db);
        page.resize(1000, 500);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTableView *view = page.view();
        view->scrollToBottom();
        QVERIFY(view->verticalScrollBar()->value() > 0);
        page.filterBar()->searchEdit()->setText(u"公司"_s);
        page.filterBar()->commitPendingSearch();
        QVERIFY(page.model()->rowCount() > 20);
        QCOMPARE(view->verticalScrollBar()->value(), 0);
    }

    // Ctrl+End goes to the last row of the whole list, not of the rows loaded so far.
    void ctrlEndReachesTheLastRow() {
        WorkflowFixture f(u"wushen"_s);
        QVERIFY(f.ok);
        generate(*f.db, 700);
        AppealsPage page(*f.db);
        page.resize(1000, 500);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTableView *view = page.view();
        const int total = page.model()->totalCount();
        QVERIFY(page.model()->rowCount() < total); // lazily loaded
        view->setFocus();
        view->selectRow(0);
        QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
        QCOMPARE(page.model()->rowCount(), total);
        QCOMPARE(view->currentIndex().row(), total - 1);
    }

    // A double-click on a dashboard item opens that assignment with its own row highlighted,
    // even when the row was not loaded yet or the list was searched or showed open items only.
    void dashboardClickThroughHighlightsThatRow() {
        WorkflowFixture f(u"wushen"_s);
        QVERIFY(f.ok);
        generate(*f.db, 1200);
        Clock::Fixed today(DemoDataGenerator::fixedReferenceDate());
        MainWindow window(*f.db);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(u"assignments"_s);
        auto *assignments = window.page<AssignmentsPage>(u"assignments"_s);
        assignments->findChild<QLineEdit *>(u"assignmentSearch"_s)->setText(u"不会有的字"_s);
        window.showPage(u"dashboard"_s);
        auto *dashboard = window.page<DashboardPage>(u"dashboard"_s);
        dashboard->setAsOf(DemoDataGenerator::fixedReferenceDate());
        auto *items = dashboard->findChild<QTableView *>(u"itemsView"_s);
        QVERIFY(items->model()->rowCount() > 0);
        // The item furthest down the assignments list: the oldest one.
        int pick = 0;
        qint64 oldest = std::numeric_limits<qint64>::max();
        for (int r = 0; r < items->model()->rowCount(); ++r) {
            const qint64 id = items->model()->index(r, 0).data(Qt::UserRole).toLongLong();
            if (id < oldest) {
                oldest = id;
                pick = r;
            }
        }
        const QModelIndex index = items->model()->index(pick, 0);
        items->scrollTo(index);
        const QPoint at = items->visualRect(index).center();
        QTest::mouseClick(items->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(items->viewport(), Qt::LeftButton, {}, at);
        QTRY_COMPARE(window.currentPageKey(), u"assignments"_s);
        QCOMPARE(assignments->detail()->assignmentId(), oldest);
        QTableView *list = nullptr;
        for (QTableView *v : assignments->findChildren<QTableView *>())
            if (v->model() == assignments->model())
                list = v;
        QVERIFY(list);
        const QModelIndexList selected = list->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(assignments->model()->idAt(selected.first().row()), oldest);
        QCOMPARE(assignments->model()->idAt(list->currentIndex().row()), oldest);
    }

    // The panel's header keeps its height whatever the item: the buttons below do not move
    // under the pointer when another item is selected or a message appears.
    void panelHeaderDoesNotMoveTheButtons() {
        WorkflowFixture f(u"wushen"_s);
        QVERIFY(f.ok);
        generate(*f.db, 300);
        Clock::Fixed today(DemoDataGenerator::fixedReferenceDate());
        AssignmentsPage page(*f.db);
        page.resize(1366, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *tabs = page.detail()->findChild<QTabWidget *>();
        QVERIFY(tabs);
        QSet<int> tops;
        for (int row = 0; row < std::min(page.model()->rowCount(), 60); ++row) {
            page.selectAssignment(page.model()->idAt(row));
            QCoreApplication::processEvents();
            tops.insert(tabs->mapTo(&page, QPoint(0, 0)).y());
        }
        page.detail()->start(); // a message line appears (or an error)
        QCoreApplication::processEvents();
        tops.insert(tabs->mapTo(&page, QPoint(0, 0)).y());
        QCOMPARE(tops.size(), 1);
    }
};

QTEST_MAIN(TestDeskFriction)
#include "tst_deskfriction.moc"
