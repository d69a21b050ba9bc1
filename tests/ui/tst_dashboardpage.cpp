#include "tests/core/DashboardFixture.h"
#include "tests/ui/TestSettings.h"
#include "ui/DashboardPage.h"
#include "ui/ExportDialog.h"
#include "ui/SummaryReportDialog.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAbstractProxyModel>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace DashboardFixture;

// The dashboard page as a user drives it: counts on the coloured buttons, the list behind a
// count, opening a record, and exporting what is shown.
class TestDashboardPage : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir;
    Database db;
    qint64 overdueId = 0;

    static QAbstractItemModel *sourceModel(QTableView *view) {
        auto *proxy = qobject_cast<QAbstractProxyModel *>(view->model());
        return proxy ? proxy->sourceModel() : view->model();
    }

private slots:
    void initTestCase() {
        useTestSettings(u"tst_dashboardpage"_s); // the export dialog remembers its folder
        QVERIFY(db.open(dir.filePath(u"page.sqlite"_s)));
        DatabaseInitializer init(db);
        QVERIFY(init.initialize(u"wuhai"_s));
        const qint64 land = department(db, u"市自然资源局"_s);
        const qint64 industry = department(db, u"市工业和信息化局"_s);
        AppealSpec a;
        for (int i = 1; i <= 6; ++i) {
            a.number = u"WH2024-%1"_s.arg(i, 4, 10, QLatin1Char('0'));
            a.submitted = d("2024-08-01").addDays(i * 7);
            a.channel = i % 2 ? u"报名表"_s : u"12345"_s;
            const qint64 appealId = appeal(db, a);
            AssignmentSpec s = spec(appealId, i % 2 ? land : industry, d("2024-09-02"),
                                    d("2024-09-20").addDays(i * 5));
            const qint64 id = assignment(db, s);
            if (i == 1)
                overdueId = id; // due 09-25: overdue on 10-08
        }
        AssignmentSpec done = spec(0, land, d("2024-09-02"), d("2024-09-30"));
        done.status = u"evaluated"_s;
        done.completedOn = d("2024-09-27");
        evaluation(db, assignment(db, done), d("2024-09-29"), u"satisfied"_s);
    }

    void countsListAndOpen() {
        DashboardPage page(db);
        page.resize(1280, 800);
        page.show();
        page.setAsOf(d("2024-10-08"));
        const DashboardSnapshot &s = page.snapshot();
        QCOMPARE(s.openTotal(), 6);
        // Due 09-25, 09-30 and 10-05 are past; 10-10 is within 3 working days of 10-08.
        QCOMPARE(s.count(DashboardBucket::Overdue), 3);
        QCOMPARE(s.count(DashboardBucket::DueSoon), 1);
        auto *overdueButton = page.findChild<QAbstractButton *>(u"bucket-overdue"_s);
        QVERIFY(overdueButton);
        QVERIFY(overdueButton->text().startsWith(u"3\n"_s));

        auto *items = page.findChild<QTableView *>(u"itemsView"_s);
        auto *deadlines = page.findChild<QTableView *>(u"deadlinesView"_s);
        auto *departments = page.findChild<QTableView *>(u"departmentsView"_s);
        QAbstractItemModelTester t1(sourceModel(items));
        QAbstractItemModelTester t2(sourceModel(deadlines));
        QAbstractItemModelTester t3(sourceModel(departments));
        QCOMPARE(items->model()->rowCount(), 6);
        // The department table is computed when its tab is shown, once per refresh.
        QVERIFY(!page.snapshot().hasDepartments);
        auto *tabs = page.findChild<QTabWidget *>();
        tabs->setCurrentWidget(departments);
        QVERIFY(page.snapshot().hasDepartments);
        QCOMPARE(departments->model()->rowCount(), 2);
        tabs->setCurrentIndex(0);

        overdueButton->click();
        QCOMPARE(page.shownBuckets(), QList<DashboardBucket>{DashboardBucket::Overdue});
        QCOMPARE(items->model()->rowCount(), 3);

        QSignalSpy open(&page, &DashboardPage::openAssignment);
        items->sortByColumn(4, Qt::AscendingOrder);
        const QModelIndex first = items->model()->index(0, 0);
        emit items->activated(first);
        QCOMPARE(open.size(), 1);
        QVERIFY(open.first().first().toLongLong() > 0);

        // Looking back: on 2024-09-20 nothing was overdue yet.
        page.setAsOf(d("2024-09-20"));
        QVERIFY(!page.snapshot().hasDepartments); // the Departments tab is not in front
        QCOMPARE(page.snapshot().count(DashboardBucket::Overdue), 0);
        QCOMPARE(items->model()->rowCount(), 0); // still filtered to overdue

        page.setAsOf(d("2024-10-08"));
        const QString shot = qEnvironmentVariable("QINQING_SCREENSHOT_DIR");
        if (!shot.isEmpty()) {
            page.showBuckets({});
            page.grab().save(shot + u"/dashboard.png"_s);
            page.findChild<QTabWidget *>()->setCurrentIndex(3);
            page.grab().save(shot + u"/dashboard-charts.png"_s);
        }
    }

    void chartsFollowTheDate() {
        DashboardPage page(db);
        page.resize(1280, 800);
        page.show();
        page.setAsOf(d("2024-10-08"));
        QVERIFY(!page.snapshot().hasSeries); // charts are made when their tab is shown
        auto *tabs = page.findChild<QTabWidget *>();
        tabs->setCurrentIndex(3);
        QVERIFY(page.snapshot().hasSeries);
        const QList<QChartView *> views = page.findChildren<QChartView *>();
        QCOMPARE(views.size(), 4);
        QChart *byChannel = views.at(0)->chart();
        auto bars = [&] {
            auto *series =
                qobject_cast<QStackedBarSeries *>(views.at(0)->chart()->series().first());
            QMap<QString, QList<qreal>> values;
            for (QBarSet *set : series->barSets()) {
                for (int m = 0; m < set->count(); ++m)
                    values[set->label()] << set->at(m);
            }
            return values;
        };
        // Twelve months up to October 2024: 报名表 in August (08-08, 08-22) and September
        // (09-05), 12345 in August (08-15, 08-29) and September (09-12).
        QCOMPARE(bars().value(u"报名表"_s).mid(9), (QList<qreal>{2, 1, 0}));
        QCOMPARE(bars().value(u"12345"_s).mid(9), (QList<qreal>{2, 1, 0}));
        // Same months and channels a day later, one more October appeal: the same chart gets
        // the new figure.
        // (3 each: 12345 sorts first, and stays first with a fourth.)
        AppealSpec a;
        a.number = u"WH2024-0099"_s;
        a.submitted = d("2024-10-09");
        a.channel = u"12345"_s;
        const qint64 extra = appeal(db, a);
        page.setAsOf(d("2024-10-09"));
        QVERIFY(views.at(0)->chart() == byChannel); // (QCOMPARE would print a deleted one)
        QCOMPARE(bars().value(u"12345"_s).mid(9), (QList<qreal>{2, 1, 1}));
        QCOMPARE(bars().value(u"报名表"_s).mid(9), (QList<qreal>{2, 1, 0}));
        // Other months: a new chart.
        page.setAsOf(d("2024-11-20"));
        QVERIFY(views.at(0)->chart() != byChannel);
        QCOMPARE(bars().value(u"12345"_s).mid(8), (QList<qreal>{2, 1, 1, 0}));
        exec(db, u"DELETE FROM appeals WHERE id = ?"_s, {extra});
    }

    void exportsTheShownList() {
        DashboardPage page(db);
        page.setAsOf(d("2024-10-08"));
        page.showBuckets({DashboardBucket::Overdue});
        ExportDialog dialog(db);
        DashboardQuery query(db);
        const DashboardSnapshot &s = page.snapshot();
        dialog.setCurrentList(query.details(s, {DashboardBucket::Overdue}), s.asOf);
        const QString path = dir.filePath(u"overdue.csv"_s);
        QVERIFY2(dialog.exportTo(path), qPrintable(dialog.lastError()));
        QCOMPARE(dialog.lastRowCount(), 3);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY(text.contains(u"超期工作日"_s));
        QVERIFY(text.contains(u"WH2024-0001"_s));

        dialog.setList(ExportDialog::List::ProblemList);
        dialog.setPublic(true);
        const QString pub = dir.filePath(u"public.xlsx"_s);
        QVERIFY2(dialog.exportTo(pub), qPrintable(dialog.lastError()));
        QCOMPARE(dialog.lastRowCount(), 6);
    }

    void summaryReportPeriods() {
        // Written after the month ends: last month is proposed.
        SummaryReportDialog dialog(d("2024-12-05"));
        ReportPeriod p = dialog.period();
        QCOMPARE(p.kind(), ReportPeriod::Kind::Month);
        QCOMPARE(p.from(), d("2024-11-01"));
        QCOMPARE(p.to(), d("2024-11-30"));
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());

        // The quarter proposed is the one of that month.
        dialog.findChild<QRadioButton *>(u"quarterRadio"_s)->setChecked(true);
        p = dialog.period();
        QCOMPARE(p.kind(), ReportPeriod::Kind::Quarter);
        QCOMPARE(p.from(), d("2024-10-01"));
        QCOMPARE(p.to(), d("2024-12-31"));
        dialog.findChild<QComboBox *>(u"quarterCombo"_s)->setCurrentIndex(0);
        QCOMPARE(dialog.period().to(), d("2024-03-31"));

        dialog.findChild<QRadioButton *>(u"rangeRadio"_s)->setChecked(true);
        auto *from = dialog.findChild<QDateEdit *>(u"fromEdit"_s);
        auto *to = dialog.findChild<QDateEdit *>(u"toEdit"_s);
        from->setDate(d("2024-09-01"));
        to->setDate(d("2024-10-15"));
        QCOMPARE(dialog.period().chineseLabel(), u"2024年9月1日至10月15日"_s);
        QVERIFY(ok->isEnabled());
        to->setDate(d("2024-08-31")); // before the first day
        QVERIFY(!ok->isEnabled());
        from->setDate(d("2025-01-01")); // and in the future
        to->setDate(d("2025-01-31"));
        QVERIFY(!ok->isEnabled());
    }

    void summaryReportOpensThePreview() {
        DashboardPage page(db);
        auto *button = page.findChild<QPushButton *>(u"summaryReportButton"_s);
        QVERIFY(button);
        bool chose = false;
        QString docName;
        bool canSave = false;
        // Choose September 2024 in the period dialog, then look at the preview and close it.
        // The preview opens only after the report is built: poll for it.
        QTimer poll;
        poll.setInterval(20);
        connect(&poll, &QTimer::timeout, &page, [&] {
            QWidget *modal = QApplication::activeModalWidget();
            if (auto *dialog = qobject_cast<SummaryReportDialog *>(modal); dialog && !chose) {
                dialog->setPeriod(ReportPeriod::month(2024, 9));
                chose = true;
                dialog->accept();
            } else if (auto *preview = qobject_cast<QPrintPreviewDialog *>(modal)) {
                docName = preview->windowTitle();
                canSave = preview->findChild<QAction *>(u"saveAsFile"_s) != nullptr;
                preview->reject();
                poll.stop();
            }
        });
        poll.start();
        button->click();
        QVERIFY(chose);
        QVERIFY2(docName.contains(u"诉求办理情况月报（2024年9月）"_s), qPrintable(docName));
        QVERIFY(canSave);
    }

    void remindersFromTheList() {
        DashboardPage page(db);
        page.setAsOf(d("2024-10-08"));
        auto *items = page.findChild<QTableView *>(u"itemsView"_s);
        auto *all = items->findChild<QAction *>(u"remindAllOverdue"_s);
        auto *one = items->findChild<QAction *>(u"remindSelected"_s);
        QVERIFY(all && one);
        QVERIFY(items->actions().contains(all)); // on the list's context menu
        QString title;
        int pages = 0;
        QTimer poll;
        poll.setInterval(20);
        connect(&poll, &QTimer::timeout, &page, [&] {
            if (auto *preview =
                    qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget())) {
                title = preview->windowTitle();
                pages = preview->findChild<QPrintPreviewWidget *>()->pageCount();
                preview->reject();
                poll.stop();
            }
        });
        poll.start();
        all->trigger(); // the three overdue items of 10-08, one notice a page
        QVERIFY2(title.contains(u"企业诉求事项催办通知"_s), qPrintable(title));
        QCOMPARE(pages, 3);

        page.showBuckets({DashboardBucket::Overdue});
        items->setCurrentIndex(items->model()->index(0, 0));
        title.clear();
        poll.start();
        one->trigger();
        QVERIFY(title.contains(u"企业诉求事项催办通知-WH2024-"_s));
    }
};

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboardpage.moc"
