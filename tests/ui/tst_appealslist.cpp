#include "core/Database.h"
#include "core/DatabaseInitializer.h"
#include "core/demo/DemoDataGenerator.h"
#include "tests/ui/TestSettings.h"
#include "ui/AppealEntryDialog.h"
#include "ui/AppealEntryForm.h"
#include "ui/AppealFilterBar.h"
#include "ui/AppealListModel.h"
#include "ui/AppealsPage.h"
#include "ui/GuiApplication.h"
#include "ui/MainWindow.h"
#include "ui/workflow/ScreeningDialog.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScopeGuard>
#include <QSettings>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

class TestAppealsList : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        useTestSettings(u"tst_appealslist"_s);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        QVERIFY(m_db.open(m_dir.filePath(u"list.sqlite"_s)));
        QVERIFY(DatabaseInitializer(m_db).initialize(u"wushen"_s));
        DemoDataGenerator demo(m_db);
        DemoDataGenerator::Options options;
        options.appeals = 1200;
        options.today = DemoDataGenerator::fixedReferenceDate();
        QVERIFY2(demo.generate(options), qPrintable(demo.errorString()));
    }

    void modelPassesTesterAndFetchesLazily() {
        AppealListModel model(m_db);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QCOMPARE(model.totalCount(), 1200);
        QCOMPARE(model.rowCount(), model.chunkSize());
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * model.chunkSize());
        // Sorting happens in SQL over all rows, not only the loaded ones.
        const int dateColumn = model.columnIndex(u"submit_date"_s);
        model.sort(dateColumn, Qt::AscendingOrder);
        QSqlQuery q(m_db.sql());
        QVERIFY(q.exec(u"SELECT MIN(submit_date) FROM appeals"_s) && q.next());
        QCOMPARE(model.index(0, dateColumn).data().toString(), q.value(0).toString());
        QVERIFY(model.index(0, 0).data(SqlTableModel::IdRole).toLongLong() > 0);
    }

    void filtersCombine() {
        AppealFilterBar bar(m_db, u"test/filter"_s);
        AppealListModel model(m_db);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *status = bar.findChild<QComboBox *>(u"statusFilter"_s);
        auto *department = bar.findChild<QComboBox *>(u"departmentFilter"_s);
        status->setCurrentIndex(status->findData(u"accepted"_s));
        model.setFilter(bar.filter());
        const int accepted = model.totalCount();
        QSqlQuery q(m_db.sql());
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM appeals WHERE status = 'accepted'"_s) && q.next());
        QCOMPARE(accepted, q.value(0).toInt());

        // The busiest lead department, so that the combined filter is not empty.
        QVERIFY(q.exec(u"SELECT lead_department_id, COUNT(*) FROM assignments "
                       "GROUP BY lead_department_id ORDER BY 2 DESC LIMIT 1"_s) &&
                q.next());
        const qint64 deptId = q.value(0).toLongLong();
        department->setCurrentIndex(department->findData(deptId));
        model.setFilter(bar.filter());
        const int both = model.totalCount();
        QVERIFY(both > 0);
        QVERIFY(both < accepted);
        // Every row shown satisfies both conditions.
        const QString deptName = department->currentText();
        const int leadColumn = model.columnIndex(u"lead_department"_s);
        const int statusColumn = model.columnIndex(u"status"_s);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), both);
        for (int r = 0; r < model.rowCount(); ++r) {
            QCOMPARE(model.index(r, leadColumn).data().toString(), deptName);
            QCOMPARE(model.index(r, statusColumn).data(SqlTableModel::RawRole).toString(),
                     u"accepted"_s);
        }
    }

    void filtersAreRemembered() {
        {
            AppealFilterBar bar(m_db, u"test/remember"_s);
            auto *status = bar.findChild<QComboBox *>(u"statusFilter"_s);
            auto *deadline = bar.findChild<QComboBox *>(u"deadlineFilter"_s);
            status->setCurrentIndex(status->findData(u"accepted"_s));
            deadline->setCurrentIndex(deadline->findData(u"overdue"_s));
        }
        AppealFilterBar again(m_db, u"test/remember"_s);
        const AppealListQuery::Filter f = again.filter();
        QCOMPARE(f.statuses, QStringList{u"accepted"_s});
        QVERIFY(f.deadlineState.has_value());
        QCOMPARE(*f.deadlineState, AssignmentState::DeadlineState::Overdue);
        again.reset();
        AppealFilterBar cleared(m_db, u"test/remember"_s);
        QVERIFY(cleared.filter().statuses.isEmpty());
    }

    // The less used filters sit behind "More filters"; when hidden they still filter, and the
    // button says how many are in use. Its state is remembered like the filters.
    void moreFiltersToggleIsRememberedAndCounts() {
        const QString group = u"test/more"_s;
        {
            AppealFilterBar bar(m_db, group);
            bar.show();
            auto *more = bar.findChild<QToolButton *>(u"moreButton"_s);
            auto *department = bar.findChild<QComboBox *>(u"departmentFilter"_s);
            QVERIFY(!bar.moreFiltersShown());
            QVERIFY(!department->isVisible());
            QTest::mouseClick(more, Qt::LeftButton);
            QVERIFY(bar.moreFiltersShown());
            QVERIFY(department->isVisible());
            department->setCurrentIndex(1);
            QCOMPARE(bar.activeMoreFilters(), 1);
            QTest::mouseClick(more, Qt::LeftButton);
            QVERIFY(!department->isVisible());
            QVERIFY2(more->text().contains(u"(1)"_s), qPrintable(more->text()));
            QVERIFY(bar.filter().leadDepartmentId > 0); // hidden, still in force
            QTest::mouseClick(more, Qt::LeftButton);
        }
        AppealFilterBar again(m_db, group);
        QVERIFY(again.moreFiltersShown());
        QVERIFY(again.filter().leadDepartmentId > 0);
    }

    // A 1024 × 768 window holds the whole bar, both rows, however long the names of the
    // departments and meetings are.
    void filterBarFitsA1024PixelWindow() {
        QSqlQuery q(m_db.sql());
        QVERIFY(
            q.exec(u"INSERT INTO departments (name) VALUES "
                   "('乌审旗政务服务与数据管理局行政审批服务中心企业开办与项目审批综合窗口')"_s));
        QVERIFY(q.exec(u"INSERT INTO meetings (meeting_date, title, created_at) "
                       "VALUES ('2026-12-20', '2026年第四季度乌审旗政务服务“亲清”政企恳谈会暨"
                       "优化营商环境民营企业座谈会（能源化工与现代煤化工产业链专场）', "
                       "'2026-01-01T00:00:00')"_s));
        QSettings().setValue(u"appealsPage/filter/moreFilters"_s, true);
        MainWindow window(m_db);
        window.setWindowState(Qt::WindowNoState); // the offscreen screen is smaller than 1024
        window.resize(1024, 768);
        window.showPage(u"appeals"_s);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.width(), 1024);
        AppealsPage *page = window.page<AppealsPage>(u"appeals"_s);
        AppealFilterBar *bar = page->filterBar();
        QVERIFY(bar->moreFiltersShown());
        QVERIFY2(bar->minimumSizeHint().width() <= page->width(),
                 qPrintable(u"%1 > %2"_s.arg(bar->minimumSizeHint().width()).arg(page->width())));
        const QRect inWindow(bar->mapTo(&window, QPoint()), bar->size());
        QVERIFY(window.rect().contains(inWindow));
        for (QWidget *child : bar->findChildren<QWidget *>()) {
            if (!child->isVisible() || child->parentWidget() != bar)
                continue;
            QVERIFY2(bar->rect().contains(child->geometry()), qPrintable(child->objectName()));
        }
        const QRect row(bar->findChild<QWidget *>(u"moreRow"_s)->geometry());
        for (const char *name : {"departmentFilter", "meetingFilter", "toDate"}) {
            auto *w = bar->findChild<QWidget *>(QLatin1StringView(name));
            QVERIFY2(w->width() >= w->minimumSizeHint().width() &&
                         w->geometry().right() <= row.width(),
                     name);
        }
        QSettings().remove(u"appealsPage/filter/moreFilters"_s);
    }

    // The columns a clerk needs (number to deadline) fit a 1024-pixel window without scrolling
    // when the list is first opened in Chinese; the registry's enterprise, mostly the same as
    // the unit, is last.
    void defaultColumnsFitA1024PixelWindow() {
        QSettings().remove(u"appealsPage/header"_s);
        QSettings().remove(u"mainWindow/splitter"_s);
        GuiApplication::installLanguage(u"zh_CN"_s); // the clerks' language (English is wider)
        const auto english = qScopeGuard([] { GuiApplication::installLanguage(u"en"_s); });
        MainWindow window(m_db);
        window.setWindowState(Qt::WindowNoState);
        window.resize(1024, 768);
        window.showPage(u"appeals"_s);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTableView *view = window.page<AppealsPage>(u"appeals"_s)->view();
        const AppealListModel *model = window.page<AppealsPage>(u"appeals"_s)->model();
        for (const QString &key : {u"number"_s, u"submitting_unit"_s, u"status"_s,
                                   u"lead_department"_s, u"assignment_status"_s, u"due_date"_s}) {
            const int c = model->columnIndex(key);
            QVERIFY2(!view->isColumnHidden(c) && view->columnViewportPosition(c) >= 0 &&
                         view->columnViewportPosition(c) + view->columnWidth(c) <=
                             view->viewport()->width(),
                     qPrintable(key));
        }
        const QHeaderView *header = view->horizontalHeader();
        QCOMPARE(header->logicalIndex(header->count() - 1), model->columnIndex(u"enterprise"_s));
    }

    void pageShowsCountAndOpensDetails() {
        AppealsPage page(m_db);
        page.show();
        QCOMPARE(page.model()->totalCount(), 1200);
        QTableView *view = page.view();
        QVERIFY(view->model()->rowCount() > 0);
    }

    // Screening from the list: one decision for several selected appeals, all or nothing.
    void screenSelectedFromTheList() {
        AppealsPage page(m_db);
        page.show();
        auto *status = page.filterBar()->findChild<QComboBox *>(u"statusFilter"_s);
        status->setCurrentIndex(status->findData(u"pending"_s));
        QTRY_VERIFY(page.model()->filter().statuses == QStringList{u"pending"_s});
        QVERIFY(page.model()->rowCount() >= 3);
        const QList<qint64> ids{page.model()->idAt(0), page.model()->idAt(2)};
        const qint64 untouched = page.model()->idAt(1);

        page.screenSelected(); // nothing selected yet
        QVERIFY(!page.findChild<ScreeningDialog *>());
        QVERIFY(!page.message().isEmpty());

        page.selectAppeals(ids);
        QCOMPARE(page.selectedAppealIds(), ids);
        page.screenSelected();
        auto *dialog = page.findChild<ScreeningDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible()); // window-modal: the test is not blocked
        // It says which appeals the decision is for.
        const QString intro = dialog->findChild<QLabel *>(u"introLabel"_s)->text();
        for (qint64 id : ids)
            QVERIFY2(intro.contains(value(u"SELECT number FROM appeals WHERE id = ?"_s, id)),
                     qPrintable(intro));
        QVERIFY(!intro.contains(value(u"SELECT number FROM appeals WHERE id = ?"_s, untouched)));
        dialog->setChoice(ScreeningDialog::Choice::Reject);
        dialog->setReasonCode(u"anonymous"_s);
        QVERIFY2(dialog->apply(), qPrintable(dialog->message()));
        QTRY_VERIFY(!page.findChild<ScreeningDialog *>());
        QVERIFY2(page.message().contains(u"2"_s), qPrintable(page.message()));
        for (qint64 id : ids)
            QCOMPARE(
                value(u"SELECT status || '/' || screening_reason FROM appeals WHERE id = ?"_s, id),
                u"rejected/anonymous"_s);
        QCOMPARE(value(u"SELECT status FROM appeals WHERE id = ?"_s, untouched), u"pending"_s);
        // The list was read again: the pending filter no longer shows them.
        QCOMPARE(page.model()->rowOfId(ids.at(0)), -1);
        QVERIFY(page.model()->rowOfId(untouched) >= 0);

        // All or nothing: an assigned appeal in the selection stops the whole decision.
        status->setCurrentIndex(0);
        QTRY_VERIFY(page.model()->filter().statuses.isEmpty());
        const qint64 assigned = value(u"SELECT MIN(appeal_id) FROM assignments"_s, {}).toLongLong();
        const int assignedRow = rowLoading(page, assigned);
        QVERIFY(assignedRow >= 0);
        QVERIFY(rowLoading(page, untouched) >= 0);
        page.selectAppeals({untouched, assigned});
        QCOMPARE(page.selectedAppealIds().size(), 2);
        page.screenSelected();
        dialog = page.findChild<ScreeningDialog *>();
        QVERIFY(dialog);
        QVERIFY(!dialog->apply());
        QVERIFY2(dialog->message().contains(u"already assigned"_s), qPrintable(dialog->message()));
        QCOMPARE(value(u"SELECT status FROM appeals WHERE id = ?"_s, untouched), u"pending"_s);
        dialog->reject();
        QTRY_VERIFY(!page.findChild<ScreeningDialog *>());
    }

    // The sheet just keyed in is selected in the list once saved (the last test: it adds one).
    void keyedInAppealIsSelected() {
        AppealsPage page(m_db);
        page.show();
        AppealEntryDialog *dialog = page.openEntryDialog();
        AppealEntryForm *form = dialog->form();
        form->findChild<QLineEdit *>(u"unitEdit"_s)->setText(u"列表选中测试有限公司"_s);
        form->findChild<QPlainTextEdit *>(u"problemEdit"_s)
            ->setPlainText(u"厂区门前道路积水严重，车辆无法通行。"_s);
        QVERIFY(form->save());
        QVERIFY(form->lastSavedId() > 0);
        QCOMPARE(page.selectedAppealIds(), QList<qint64>{form->lastSavedId()});
        form->clearForNextSheet();
        dialog->close();
    }

private:
    // Fetches further chunks until the appeal's row is loaded, as scrolling would.
    static int rowLoading(AppealsPage &page, qint64 id) {
        int row = page.model()->rowOfId(id);
        while (row < 0 && page.model()->canFetchMore({})) {
            page.model()->fetchMore({});
            row = page.model()->rowOfId(id);
        }
        return row;
    }

    QString value(const QString &sql, const QVariant &bind) {
        QSqlQuery q(m_db.sql());
        q.prepare(sql);
        if (bind.isValid())
            q.addBindValue(bind);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }

    QTemporaryDir m_dir;
    Database m_db;
};

QTEST_MAIN(TestAppealsList)
#include "tst_appealslist.moc"
