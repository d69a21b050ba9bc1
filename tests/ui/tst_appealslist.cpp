#include "AppealFilterBar.h"
#include "AppealListModel.h"
#include "AppealsPage.h"
#include "Database.h"
#include "DatabaseInitializer.h"
#include "DemoDataGenerator.h"
#include "ScreeningDialog.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAppealsList : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"qinqing-test"_s);
        QCoreApplication::setApplicationName(u"tst_appealslist"_s);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        QVERIFY(m_db.open(m_dir.filePath(u"list.sqlite"_s)));
        QVERIFY(DatabaseInitializer(m_db).initialize(u"wushen"_s));
        DemoDataGenerator demo(m_db);
        DemoDataGenerator::Options options;
        options.appeals = 1200;
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
