#include "core/ProfileRepository.h"
#include "tests/core/DashboardFixture.h"
#include "ui/DashboardDeadlineModel.h"
#include "ui/DashboardItemModel.h"
#include "ui/DashboardTexts.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace DashboardFixture;

// The dashboard's list models over a snapshot of 250 open items (乌海, 十日一报): rows straight
// from the snapshot, texts read a chunk at a time for the rows asked for, sorting by every
// column with persistent indexes following their rows.
class TestDashboardModels : public QObject {
    Q_OBJECT

private:
    static constexpr int kItems = 250;
    QTemporaryDir dir;
    Database db;
    qint64 land = 0;
    qint64 industry = 0;
    qint64 firstLate = 0; // due 2024-09-26: 4 working days late on 10-08
    std::unique_ptr<DashboardQuery> query;
    DashboardSnapshot snapshot;

    static QString number(int i) { return u"WH2024-%1"_s.arg(i, 4, 10, QLatin1Char('0')); }

private slots:
    void initTestCase() {
        QVERIFY(db.open(dir.filePath(u"models.sqlite"_s)));
        DatabaseInitializer init(db);
        QVERIFY(init.initialize(u"wuhai"_s));
        land = department(db, u"市自然资源局"_s);
        industry = department(db, u"市工业和信息化局"_s);
        AppealSpec a;
        for (int i = 1; i <= kItems; ++i) {
            a.number = number(i);
            a.unit = u"乌海市企业%1有限公司"_s.arg(i);
            a.problem = u"第%1号诉求：用地手续办理缓慢。"_s.arg(i);
            // Deadlines from 09-26 on, one a day: the first eleven are overdue on 10-08.
            const qint64 id = assignment(db, spec(appeal(db, a), i % 2 ? land : industry,
                                                  d("2024-09-02"), d("2024-09-25").addDays(i)));
            if (i == 1)
                firstLate = id;
        }
        meeting(db, d("2024-10-24"), u"第三次接待日"_s);
        query = std::make_unique<DashboardQuery>(db, WorkCalendar::builtIn(),
                                                 *ProfileRepository::builtIn(u"wuhai"_s));
        DashboardQuery::Options o;
        o.asOf = d("2024-10-08");
        o.departments = false;
        o.series = false;
        snapshot = query->compute(o);
        QCOMPARE(snapshot.openTotal(), kItems);
    }

    void itemsReadTheirTextsLazily() {
        DashboardTexts texts(*query);
        DashboardItemModel model(texts);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(snapshot, {}, query->calendar());
        QCOMPARE(model.rowCount(), kItems);
        // Soonest deadline first; the tester looked at the first row only.
        QCOMPARE(model.idAt(0), firstLate);
        QVERIFY(texts.loadedCount() <= DashboardTexts::chunkSize);
        QCOMPARE(model.index(0, DashboardItemModel::Number).data().toString(), number(1));
        QCOMPARE(model.index(0, DashboardItemModel::Enterprise).data().toString(),
                 u"乌海市企业1有限公司"_s);
        QCOMPARE(model.index(0, DashboardItemModel::Problem).data(Qt::ToolTipRole).toString(),
                 u"第1号诉求：用地手续办理缓慢。"_s);
        QCOMPARE(model.index(0, DashboardItemModel::Department).data().toString(),
                 u"市自然资源局"_s);
        QCOMPARE(texts.loadedCount(), DashboardTexts::chunkSize);
        QCOMPARE(model.index(150, DashboardItemModel::Number).data().toString(), number(151));
        QCOMPARE(texts.loadedCount(), 2 * DashboardTexts::chunkSize);
        // After 09-26: 09-27, 09-29 (make-up Sunday), 09-30, 10-08.
        QCOMPARE(model.index(0, DashboardItemModel::Late).data().toInt(), 4);
        QVERIFY(!model.index(20, DashboardItemModel::Late).data().isValid()); // not overdue
        QCOMPARE(model.index(0, DashboardItemModel::Number).data(Qt::UserRole).toLongLong(),
                 firstLate);

        // Only a sort by a text needs every row's text.
        model.sort(DashboardItemModel::Number, Qt::DescendingOrder);
        QCOMPARE(texts.loadedCount(), kItems);
        QCOMPARE(model.index(0, DashboardItemModel::Number).data().toString(), number(kItems));
        QCOMPARE(model.index(kItems - 1, DashboardItemModel::Number).data().toString(), number(1));

        // A new snapshot keeps the order; the filter shows one bucket.
        model.setSnapshot(snapshot, {DashboardBucket::Overdue}, query->calendar());
        QCOMPARE(model.rowCount(), snapshot.count(DashboardBucket::Overdue));
        QCOMPARE(model.index(0, DashboardItemModel::Number).data().toString(),
                 number(model.rowCount()));
    }

    void itemsSortByEveryColumnAndKeepTheCurrentRow() {
        DashboardTexts texts(*query);
        DashboardItemModel model(texts);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(snapshot, {}, query->calendar());
        const QPersistentModelIndex current = model.index(42, DashboardItemModel::Due);
        const qint64 id = model.idAt(42);
        for (int column = 0; column < DashboardItemModel::ColumnCount; ++column) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                model.sort(column, order);
                QCOMPARE(model.idAt(current.row()), id);
                QCOMPARE(current.column(), int(DashboardItemModel::Due));
            }
        }
        model.sort(DashboardItemModel::Late, Qt::DescendingOrder);
        QCOMPARE(model.idAt(0), firstLate); // the longest overdue first
        model.sort(DashboardItemModel::State, Qt::AscendingOrder);
        QCOMPARE(model.index(0, DashboardItemModel::State).data().toString(),
                 DashboardBuckets::label(DashboardBucket::Overdue));
        model.sort(DashboardItemModel::Department, Qt::AscendingOrder);
        QCOMPARE(model.index(0, DashboardItemModel::Department).data().toString(),
                 u"市工业和信息化局"_s);
        QCOMPARE(model.index(kItems - 1, DashboardItemModel::Department).data().toString(),
                 u"市自然资源局"_s);
        // Back to deadlines: these ones follow the appeal numbers.
        model.sort(DashboardItemModel::Due, Qt::AscendingOrder);
        for (int row = 1; row < kItems; ++row)
            QVERIFY(model.index(row - 1, DashboardItemModel::Number).data().toString() <
                    model.index(row, DashboardItemModel::Number).data().toString());
    }

    void owedReportsAndMeetingDeadlines() {
        // 十日一报 with no report filed: the first one is due ten days after the assignment
        // (09-12), missed by every item on 10-08. The 通告 of the 10-24 meeting was due 09-29.
        DashboardTexts texts(*query);
        DashboardDeadlineModel model(texts);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(snapshot);
        QCOMPARE(snapshot.reports.size(), kItems);
        QCOMPARE(model.rowCount(), kItems + snapshot.meetingDeadlines.size());
        QVERIFY(texts.loadedCount() <= DashboardTexts::chunkSize);
        int meetingRow = -1;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, 0).data(Qt::UserRole).toLongLong() == 0)
                meetingRow = row;
        }
        QVERIFY(meetingRow >= 0);
        QVERIFY(model.index(meetingRow, DashboardDeadlineModel::Subject)
                    .data()
                    .toString()
                    .startsWith(u"第三次接待日"_s));
        QCOMPARE(model.index(meetingRow, DashboardDeadlineModel::Kind).data().toString(),
                 DashboardDeadlineModel::tr("Meeting notice"));
        // Missed first, then by date: the meeting's 09-29 comes after the reports' 09-12.
        QCOMPARE(model.index(0, DashboardDeadlineModel::Kind).data().toString(),
                 DashboardDeadlineModel::tr("First progress report"));
        QCOMPARE(model.index(0, DashboardDeadlineModel::State).data().toString(),
                 DashboardDeadlineModel::tr("Missed"));
        QCOMPARE(model.index(0, DashboardDeadlineModel::Subject).data().toString(), number(1));

        const QPersistentModelIndex current = model.index(7, 0);
        const qint64 id = model.index(7, 0).data(Qt::UserRole).toLongLong();
        model.sort(DashboardDeadlineModel::Subject, Qt::DescendingOrder);
        QCOMPARE(texts.loadedCount(), kItems);
        QCOMPARE(model.index(current.row(), 0).data(Qt::UserRole).toLongLong(), id);
        QVERIFY(model.index(0, DashboardDeadlineModel::Subject).data().toString() >
                model.index(1, DashboardDeadlineModel::Subject).data().toString());
        for (int column = 0; column < DashboardDeadlineModel::ColumnCount; ++column) {
            model.sort(column, Qt::AscendingOrder);
            QCOMPARE(model.index(current.row(), 0).data(Qt::UserRole).toLongLong(), id);
        }
    }
};

QTEST_MAIN(TestDashboardModels)
#include "tst_dashboardmodels.moc"
