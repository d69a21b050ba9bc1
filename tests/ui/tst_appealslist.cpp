#include "AppealFilterBar.h"
#include "AppealListModel.h"
#include "AppealsPage.h"
#include "Database.h"
#include "DatabaseInitializer.h"
#include "DemoDataGenerator.h"

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

private:
    QTemporaryDir m_dir;
    Database m_db;
};

QTEST_MAIN(TestAppealsList)
#include "tst_appealslist.moc"
