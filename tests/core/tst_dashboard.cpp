#include "core/ProfileRepository.h"
#include "core/dashboard/DashboardQuery.h"
#include "core/queries/AssignmentState.h"
#include "tests/core/DashboardFixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace DashboardFixture;

Q_DECLARE_METATYPE(DashboardBucket)

// The deadline dashboard's buckets, owed reports, meeting deadlines and department table, as of
// dates around 春节 and 国庆 with their make-up working weekends. Every expected date below is
// worked out by hand from the State Council notices (see tst_workcalendar for the same days).
class TestDashboard : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir;
    int counter = 0;
    std::unique_ptr<Database> db;
    qint64 deptA = 0;
    qint64 deptB = 0;

    RuleProfile profile(const char *code) const {
        return *ProfileRepository::builtIn(QString::fromLatin1(code));
    }
    DashboardSnapshot snapshot(const QDate &asOf, const RuleProfile &p, QDate from = {}) {
        DashboardQuery query(*db, WorkCalendar::builtIn(), p);
        DashboardQuery::Options o;
        o.asOf = asOf;
        o.periodFrom = from;
        DashboardSnapshot s = query.compute(o);
        if (!query.errorString().isEmpty())
            qWarning() << query.errorString();
        return s;
    }
    DashboardSnapshot wuhai(const QDate &asOf, QDate from = {}) {
        return snapshot(asOf, profile("wuhai"), from);
    }
    static const DashboardItem *item(const DashboardSnapshot &s, qint64 id) {
        for (const DashboardItem &i : s.items) {
            if (i.id == id)
                return &i;
        }
        return nullptr;
    }
    qint64 open(const char *due, qint64 dept = 0, const char *assigned = "2024-01-15",
                const char *status = "assigned") {
        AssignmentSpec s;
        s.departmentId = dept ? dept : deptA;
        s.assignedOn = d(assigned);
        s.due = d(due);
        s.status = QString::fromLatin1(status);
        return assignment(*db, s);
    }

private slots:
    void init() {
        db = std::make_unique<Database>();
        QVERIFY(db->open(dir.filePath(u"dash%1.sqlite"_s.arg(++counter))));
        DatabaseInitializer init(*db);
        QVERIFY2(init.initialize(u"wuhai"_s), qPrintable(init.errorString()));
        deptA = department(*db, u"市自然资源局"_s);
        deptB = department(*db, u"市工信局"_s);
    }
    void cleanup() { db.reset(); }

    void chunjieBuckets() {
        // 2024-02-08 Thu; 02-09 除夕 is a working Friday, 02-10..17 off, 02-18 Sunday make-up:
        // three working days after 02-08 end on Monday 02-19.
        const qint64 overdue = open("2024-02-07");
        const qint64 dueToday = open("2024-02-08");
        const qint64 lastAmber = open("2024-02-19");
        const qint64 green = open("2024-02-20");
        const qint64 escalated = open("2024-02-01", deptB, "2024-01-15", "escalated");
        AssignmentSpec doneEarly = spec(0, deptA, d("2024-01-15"), d("2024-02-05"));
        doneEarly.status = u"done"_s;
        doneEarly.completedOn = d("2024-02-06");
        const qint64 closed = assignment(*db, doneEarly);
        AssignmentSpec doneLater = doneEarly;
        doneLater.completedOn = d("2024-02-09"); // still open on 02-08, and late then
        const qint64 openThen = assignment(*db, doneLater);
        const qint64 future = open("2024-03-01", deptA, "2024-02-09");
        const qint64 deferred = open("2024-02-01", deptA, "2024-01-15", "deferred");

        const DashboardSnapshot s = wuhai(d("2024-02-08"));
        QCOMPARE(s.dueSoonLimit, d("2024-02-19"));
        QCOMPARE(item(s, overdue)->bucket, DashboardBucket::Overdue);
        QCOMPARE(item(s, dueToday)->bucket, DashboardBucket::DueSoon);
        QCOMPARE(item(s, lastAmber)->bucket, DashboardBucket::DueSoon);
        QCOMPARE(item(s, green)->bucket, DashboardBucket::OnTrack);
        QCOMPARE(item(s, escalated)->bucket, DashboardBucket::Escalated);
        QCOMPARE(item(s, openThen)->bucket, DashboardBucket::Overdue);
        QVERIFY(!item(s, closed));
        QVERIFY(!item(s, future));
        QVERIFY(!item(s, deferred));
        QCOMPARE(s.count(DashboardBucket::Overdue), 2);
        QCOMPARE(s.count(DashboardBucket::DueSoon), 2);
        QCOMPARE(s.count(DashboardBucket::OnTrack), 1);
        QCOMPARE(s.count(DashboardBucket::Escalated), 1);
        QCOMPARE(s.openTotal(), 6);
        QVERIFY(s.warnings.isEmpty());

        // A day later the 02-09 completion closed one, and 02-08 is past.
        const DashboardSnapshot next = wuhai(d("2024-02-09"));
        QVERIFY(!item(next, openThen));
        QCOMPARE(item(next, dueToday)->bucket, DashboardBucket::Overdue);
        QCOMPARE(next.dueSoonLimit, d("2024-02-20"));
        QCOMPARE(item(next, green)->bucket, DashboardBucket::DueSoon);
    }

    void holidayWindows_data() {
        QTest::addColumn<QDate>("asOf");
        QTest::addColumn<QDate>("due");
        QTest::addColumn<DashboardBucket>("expected");
        // 国庆 2024: 09-29 Sunday make-up, 10-01..07 off, 10-12 Saturday make-up.
        QTest::newRow("2024-09-27 due 09-26")
            << d("2024-09-27") << d("2024-09-26") << DashboardBucket::Overdue;
        QTest::newRow("2024-09-27 due make-up Sunday")
            << d("2024-09-27") << d("2024-09-29") << DashboardBucket::DueSoon;
        QTest::newRow("2024-09-27 due 10-08 (3rd working day)")
            << d("2024-09-27") << d("2024-10-08") << DashboardBucket::DueSoon;
        QTest::newRow("2024-09-27 due 10-09")
            << d("2024-09-27") << d("2024-10-09") << DashboardBucket::OnTrack;
        QTest::newRow("2024-10-09 due 10-12 make-up Saturday")
            << d("2024-10-09") << d("2024-10-12") << DashboardBucket::DueSoon;
        QTest::newRow("2024-10-09 due 10-14")
            << d("2024-10-09") << d("2024-10-14") << DashboardBucket::OnTrack;
        // 国庆 2023: 09-29..10-06 off, 10-07/08 make-up weekend: 10-07, 10-08, 10-09.
        QTest::newRow("2023-09-28 due 10-09")
            << d("2023-09-28") << d("2023-10-09") << DashboardBucket::DueSoon;
        QTest::newRow("2023-09-28 due 10-10")
            << d("2023-09-28") << d("2023-10-10") << DashboardBucket::OnTrack;
        // 春节 2025: 01-26 Sunday make-up, 01-28..02-04 off: 01-26, 01-27, 02-05.
        QTest::newRow("2025-01-24 due 02-05")
            << d("2025-01-24") << d("2025-02-05") << DashboardBucket::DueSoon;
        QTest::newRow("2025-01-24 due 02-06")
            << d("2025-01-24") << d("2025-02-06") << DashboardBucket::OnTrack;
        QTest::newRow("2025-02-04 due 02-03 (holiday)")
            << d("2025-02-04") << d("2025-02-03") << DashboardBucket::Overdue;
    }

    void holidayWindows() {
        QFETCH(QDate, asOf);
        QFETCH(QDate, due);
        QFETCH(DashboardBucket, expected);
        const qint64 id = open(qPrintable(due.toString(Qt::ISODate)), deptA, "2023-01-03");
        const DashboardSnapshot s = wuhai(asOf);
        QVERIFY(item(s, id));
        QCOMPARE(DashboardBuckets::code(item(s, id)->bucket), DashboardBuckets::code(expected));
    }

    void extendedVersusOverdue() {
        const qint64 extended = open("2024-03-01");
        extension(*db, extended, d("2024-02-28"), d("2024-03-01"), d("2024-03-20"));
        const qint64 refused = open("2024-03-01");
        extension(*db, refused, d("2024-02-28"), d("2024-03-01"), d("2024-03-20"), u"refused"_s);

        // Before the approval the old deadline was in force: three working days ahead.
        DashboardSnapshot s = wuhai(d("2024-02-27"));
        QCOMPARE(item(s, extended)->bucket, DashboardBucket::DueSoon);
        QCOMPARE(item(s, extended)->dueDate, d("2024-03-01"));

        s = wuhai(d("2024-03-05"));
        QCOMPARE(item(s, extended)->bucket, DashboardBucket::Extended);
        QCOMPARE(item(s, extended)->dueDate, d("2024-03-20"));
        QCOMPARE(item(s, refused)->bucket, DashboardBucket::Overdue);
        QCOMPARE(s.count(DashboardBucket::Extended), 1);

        // Past the extended deadline it is overdue like any other.
        s = wuhai(d("2024-03-21"));
        QCOMPARE(item(s, extended)->bucket, DashboardBucket::Overdue);

        // A second extension decided on 03-18: as of 03-19 both are approved.
        extension(*db, extended, d("2024-03-18"), d("2024-03-20"), d("2024-04-10"));
        s = wuhai(d("2024-03-15"));
        QCOMPARE(item(s, extended)->dueDate, d("2024-03-20"));
        s = wuhai(d("2024-03-21"));
        QCOMPARE(item(s, extended)->bucket, DashboardBucket::Extended);
        QCOMPARE(item(s, extended)->dueDate, d("2024-04-10"));
    }

    void extensionHistoryAsOf() {
        // The refresh reads every approved extension once and rebuilds, per assignment, the
        // deadline in force on the date: the previous_due of the earliest extension decided
        // after it (not of a later one, nor of pending or refused requests).
        const qint64 twice = open("2024-03-01");
        extension(*db, twice, d("2024-03-04"), d("2024-03-01"), d("2024-03-15"));
        extension(*db, twice, d("2024-03-12"), d("2024-03-15"), d("2024-04-01"));
        extension(*db, twice, d("2024-03-20"), d("2024-04-01"), d("2024-05-01"), u"refused"_s);
        // Completed after the date with an extension approved before it: open and extended then.
        AssignmentSpec later = spec(0, deptB, d("2024-01-15"), d("2024-03-01"));
        later.status = u"done"_s;
        later.completedOn = d("2024-03-25");
        const qint64 closedLater = assignment(*db, later);
        extension(*db, closedLater, d("2024-02-20"), d("2024-03-01"), d("2024-03-29"));

        DashboardSnapshot s = wuhai(d("2024-02-27"));
        QCOMPARE(item(s, twice)->dueDate, d("2024-03-01"));
        QCOMPARE(item(s, twice)->bucket, DashboardBucket::DueSoon);
        QCOMPARE(item(s, closedLater)->bucket, DashboardBucket::Extended);
        QCOMPARE(item(s, closedLater)->dueDate, d("2024-03-29"));
        s = wuhai(d("2024-03-08"));
        QCOMPARE(item(s, twice)->dueDate, d("2024-03-15"));
        QCOMPARE(item(s, twice)->bucket, DashboardBucket::Extended);
        s = wuhai(d("2024-03-13"));
        QCOMPARE(item(s, twice)->dueDate, d("2024-04-01"));
        s = wuhai(d("2024-03-26"));
        QVERIFY(!item(s, closedLater));
        QCOMPARE(item(s, twice)->dueDate, d("2024-04-01")); // the refused request changed nothing
        QCOMPARE(s.count(DashboardBucket::Extended), 1);
    }

    void escalatedAndDeferredAsOfTheirDates() {
        // Waiting from *_on up to the day before *_until (schema step 13). 乌海's window is 3
        // working days; every item below is assigned 2024-09-02.
        auto waiting = [&](qint64 id, const char *state, const char *since, const char *until) {
            exec(*db,
                 u"UPDATE assignments SET %1_on = ?, %1_until = ? WHERE id = ?"_s.arg(
                     QLatin1String(state)),
                 {QString::fromLatin1(since), QString::fromLatin1(until), id});
        };
        // Escalated 09-20, back on 10-15 (in progress today).
        const qint64 back = open("2024-10-31", deptA, "2024-09-02", "in_progress");
        waiting(back, "escalated", "2024-09-20", "2024-10-15");
        // Escalated on 10-10 and still waiting; due 10-09.
        const qint64 late = open("2024-10-09", deptA, "2024-09-02", "escalated");
        waiting(late, "escalated", "2024-10-10", "");
        // Escalated before the dates were kept: escalated on every date.
        const qint64 legacy = open("2024-10-31", deptB, "2024-09-02", "escalated");
        // Deferred on 10-10 (closed today).
        const qint64 deferred = open("2024-10-31", deptA, "2024-09-02", "deferred");
        waiting(deferred, "deferred", "2024-10-10", "");
        // Deferred 09-20, taken up again on 10-08; due 09-27.
        const qint64 resumed = open("2024-09-27", deptB, "2024-09-02", "in_progress");
        waiting(resumed, "deferred", "2024-09-20", "2024-10-08");
        // Escalated 09-20, then deferred on 10-10.
        const qint64 both = open("2024-10-31", deptB, "2024-09-02", "deferred");
        waiting(both, "escalated", "2024-09-20", "2024-10-10");
        waiting(both, "deferred", "2024-10-10", "");
        // Completed on 10-11 while escalated since 09-20.
        AssignmentSpec c = spec(0, deptA, d("2024-09-02"), d("2024-10-31"));
        c.status = u"done"_s;
        c.completedOn = d("2024-10-11");
        const qint64 completed = assignment(*db, c);
        waiting(completed, "escalated", "2024-09-20", "2024-10-11");
        // Deferred before the dates were kept: never open.
        const qint64 oldDeferral = open("2024-10-31", deptA, "2024-09-02", "deferred");

        // 09-19: nothing escalated or deferred yet but the undated one.
        DashboardSnapshot s = wuhai(d("2024-09-19"));
        QCOMPARE(item(s, back)->bucket, DashboardBucket::OnTrack);
        QCOMPARE(item(s, legacy)->bucket, DashboardBucket::Escalated);
        QCOMPARE(item(s, deferred)->bucket, DashboardBucket::OnTrack);
        QCOMPARE(item(s, resumed)->bucket, DashboardBucket::OnTrack);
        QCOMPARE(item(s, both)->bucket, DashboardBucket::OnTrack);
        QCOMPARE(item(s, completed)->bucket, DashboardBucket::OnTrack);
        QVERIFY(!item(s, oldDeferral));
        QCOMPARE(s.openTotal(), 7);

        // 09-30: escalated from 09-20 on; the deferral of 09-20 closed its item.
        s = wuhai(d("2024-09-30"));
        QCOMPARE(item(s, back)->bucket, DashboardBucket::Escalated);
        QCOMPARE(item(s, both)->bucket, DashboardBucket::Escalated);
        QCOMPARE(item(s, completed)->bucket, DashboardBucket::Escalated);
        QVERIFY(!item(s, resumed));
        QCOMPARE(s.count(DashboardBucket::Escalated), 4);

        // 10-08: the deferred item is back, and its 09-27 deadline has passed; 10-09 is due
        // soon for the one not escalated yet.
        s = wuhai(d("2024-10-08"));
        QCOMPARE(item(s, resumed)->bucket, DashboardBucket::Overdue);
        QCOMPARE(item(s, late)->bucket, DashboardBucket::DueSoon);
        QCOMPARE(item(s, deferred)->bucket, DashboardBucket::OnTrack);

        // 10-10: escalated now; the deferrals of 10-10 close theirs.
        s = wuhai(d("2024-10-10"));
        QCOMPARE(item(s, late)->bucket, DashboardBucket::Escalated);
        QVERIFY(!item(s, deferred));
        QVERIFY(!item(s, both));
        QCOMPARE(item(s, completed)->bucket, DashboardBucket::Escalated);

        // 10-15: back from the higher level that day; the completed one is closed.
        s = wuhai(d("2024-10-15"));
        QCOMPARE(item(s, back)->bucket, DashboardBucket::OnTrack);
        QVERIFY(!item(s, completed));
        QCOMPARE(item(s, legacy)->bucket, DashboardBucket::Escalated);
        QCOMPARE(s.count(DashboardBucket::Escalated), 2); // late and legacy

        // The same definition in C++ (AssignmentState::statusOn), as the report uses it.
        const AssignmentState::Waiting escalation{d("2024-09-20"), d("2024-10-10")};
        const AssignmentState::Waiting deferral{d("2024-10-10"), {}};
        QCOMPARE(
            AssignmentState::statusOn(u"deferred"_s, {}, escalation, deferral, d("2024-09-19")),
            u"in_progress"_s);
        QCOMPARE(
            AssignmentState::statusOn(u"deferred"_s, {}, escalation, deferral, d("2024-10-09")),
            u"escalated"_s);
        QCOMPARE(
            AssignmentState::statusOn(u"deferred"_s, {}, escalation, deferral, d("2024-10-10")),
            u"deferred"_s);
        QCOMPARE(AssignmentState::statusOn(u"escalated"_s, {}, {}, {}, d("2020-01-01")),
                 u"escalated"_s);
        QCOMPARE(AssignmentState::statusOn(u"done"_s, d("2024-10-11"),
                                           {d("2024-09-20"), d("2024-10-11")}, {}, d("2024-10-11")),
                 u"done"_s);
        // A start without an end holds only while the status is still that state.
        QVERIFY(!AssignmentState::isWaitingOn(u"in_progress"_s, u"escalated"_s,
                                              {d("2024-09-20"), {}}, d("2024-10-01")));
    }

    void reportsCountFromTheLastReportThen() {
        // 十日一报: the last report on or before the date counts, a later one does not yet.
        AppealSpec a;
        a.number = u"WH2024-0201"_s;
        AssignmentSpec s0 = spec(appeal(*db, a), deptA, d("2024-04-01"), d("2024-06-28"));
        s0.progressDue = d("2024-04-11");
        const qint64 id = assignment(*db, s0);
        report(*db, id, d("2024-04-10"));
        report(*db, id, d("2024-04-25"));
        // 04-10 + 10 days = Saturday 04-20, moved to Monday 04-22.
        DashboardSnapshot s = wuhai(d("2024-04-23"));
        QCOMPARE(s.reports.size(), 1);
        QCOMPARE(s.reports.first().assignmentId, id);
        QCOMPARE(s.reports.first().lastReport, d("2024-04-10"));
        QCOMPARE(s.reports.first().due, d("2024-04-22"));
        QVERIFY(s.reports.first().missed);
        // 04-25 + 10 = 05-05, in the 劳动节 holiday (05-01..05): due on Monday 05-06.
        s = wuhai(d("2024-04-30"));
        QCOMPARE(s.reports.first().lastReport, d("2024-04-25"));
        QCOMPARE(s.reports.first().due, d("2024-05-06"));
        QVERIFY(!s.reports.first().missed);
    }

    void tenDayReports() {
        // Assigned 2024-09-20; 7 working days (09-29 make-up Sunday counted) end on 09-30.
        const RuleProfile p = profile("wuhai");
        const QDate progressDue = p.progressDeadline(WorkCalendar::builtIn(), d("2024-09-20")).date;
        QCOMPARE(progressDue, d("2024-09-30"));
        AssignmentSpec s0 = spec(0, deptA, d("2024-09-20"), d("2024-10-21"));
        s0.progressDue = progressDue;
        const qint64 silent = assignment(*db, s0);
        const qint64 reporting = assignment(*db, s0);
        report(*db, reporting, d("2024-09-27"));

        // As of 09-26 the window (09-27, 09-29, 09-30) reaches the first report only.
        DashboardSnapshot s = wuhai(d("2024-09-26"));
        QCOMPARE(s.reports.size(), 2);
        QCOMPARE(s.reports.first().due, d("2024-09-30"));
        QVERIFY(!s.reports.first().missed);
        s = wuhai(d("2024-09-30"));
        QCOMPARE(s.reports.size(), 2);
        QCOMPARE(s.reports.first().assignmentId, silent);
        QCOMPARE(s.reports.first().due, d("2024-09-30"));
        QVERIFY(!s.reports.first().missed);

        // 09-27 + 10 days = 10-07, a 国庆 day off: the report is due on 10-08.
        s = wuhai(d("2024-10-08"));
        QCOMPARE(s.reports.size(), 2);
        QCOMPARE(s.reports.at(0).assignmentId, silent);
        QVERIFY(s.reports.at(0).missed);
        QVERIFY(!s.reports.at(0).tenDay);
        QCOMPARE(s.reports.at(1).assignmentId, reporting);
        QCOMPARE(s.reports.at(1).due, d("2024-10-08"));
        QVERIFY(s.reports.at(1).tenDay);
        QVERIFY(!s.reports.at(1).missed);
        QCOMPARE(s.missedReports(), 1);

        s = wuhai(d("2024-10-09"));
        QCOMPARE(s.missedReports(), 2);

        // Filing the report clears it; the next is due ten days later (10-18, a Friday).
        report(*db, reporting, d("2024-10-08"));
        s = wuhai(d("2024-10-09"));
        QCOMPARE(s.missedReports(), 1);

        // 乌审旗 has no 十日一报 and no progress limit: nothing is owed.
        const qint64 other = open("2024-10-30", deptB, "2024-09-20");
        Q_UNUSED(other);
        const DashboardSnapshot w = snapshot(d("2024-10-09"), profile("wushen"));
        QCOMPARE(w.missedReports(), 1); // only `silent`, whose progress_due was recorded
    }

    void departmentTable() {
        // 国庆 2024: from 09-27 to 10-12 are 7 working days (09-29, 09-30, 10-08..12).
        AssignmentSpec c1 = spec(0, deptA, d("2024-09-27"), d("2024-10-27"));
        c1.status = u"evaluated"_s;
        c1.completedOn = d("2024-10-12");
        const qint64 onTime = assignment(*db, c1);
        // 09-02 to 09-13: 9 working days, three days late, handled again after 不满意.
        AssignmentSpec c2 = spec(0, deptA, d("2024-09-02"), d("2024-09-10"));
        c2.status = u"evaluated"_s;
        c2.completedOn = d("2024-09-13");
        c2.rehandle = 1;
        const qint64 late = assignment(*db, c2);
        evaluation(*db, onTime, d("2024-10-15"), u"satisfied"_s);
        evaluation(*db, late, d("2024-09-20"), u"unsatisfied"_s);
        evaluation(*db, late, d("2024-10-20"), u"basic"_s);
        evaluation(*db, late, d("2024-08-20"), u"unsatisfied"_s); // before the period
        open("2024-10-20");
        const qint64 ext = open("2024-10-30", deptA, "2024-10-01");
        extension(*db, ext, d("2024-10-15"), d("2024-10-30"), d("2024-11-30"));
        AssignmentSpec old = spec(0, deptB, d("2024-08-01"), d("2024-08-30"));
        old.status = u"done"_s;
        old.completedOn = d("2024-08-20");
        assignment(*db, old);
        open("2024-12-20", deptB, "2024-10-20");

        const DashboardSnapshot s = wuhai(d("2024-10-31"), d("2024-09-01"));
        QCOMPARE(s.departments.size(), 2);
        const DepartmentScore &a = s.departments.at(0);
        QCOMPARE(a.departmentId, deptA);
        QCOMPARE(a.department, u"市自然资源局"_s);
        QCOMPARE(a.open, 2);
        QCOMPARE(a.overdue, 1);
        QCOMPARE(a.completed, 2);
        QCOMPARE(a.completedOnTime, 1);
        QCOMPARE(a.onTimeRate(), 0.5);
        QCOMPARE(a.averageWorkingDays(), 8.0);
        QCOMPARE(a.extensions, 1);
        QCOMPARE(a.evaluations, 3);
        QCOMPARE(a.satisfactionRate(), 2.0 / 3.0);
        QCOMPARE(a.rehandled, 1);
        const DepartmentScore &b = s.departments.at(1);
        QCOMPARE(b.open, 1);
        QCOMPARE(b.completed, 0);
        QCOMPARE(b.onTimeRate(), -1.0);
        QCOMPARE(b.satisfactionRate(), -1.0);
    }

    void workingDaysToCompleteSkipDataErrors() {
        // 09-02 to 09-13 is 9 working days. An assignment day more than ten years before the
        // period (a data error) is left out of the sum on both sides; the completion counts.
        AssignmentSpec ok = spec(0, deptA, d("2024-09-02"), d("2024-09-30"));
        ok.status = u"done"_s;
        ok.completedOn = d("2024-09-13");
        assignment(*db, ok);
        AssignmentSpec wrong = spec(0, deptA, d("2001-09-03"), d("2024-09-30"));
        wrong.status = u"done"_s;
        wrong.completedOn = d("2024-09-20");
        assignment(*db, wrong);
        const DashboardSnapshot s = wuhai(d("2024-10-31"), d("2024-09-01"));
        QCOMPARE(s.departments.size(), 1);
        QCOMPARE(s.departments.first().completed, 2);
        QCOMPARE(s.departments.first().workingDaysToComplete, 9);
    }

    void meetingLeadTimes() {
        // 乌海: the 通告 is published 15 working days ahead. Counting back from Thursday
        // 2024-10-24 (10-12 make-up Saturday counted, 10-01..07 skipped) lands on the make-up
        // Sunday 2024-09-29.
        const qint64 m = meeting(*db, d("2024-10-24"), u"第三次接待日"_s);
        DashboardSnapshot s = wuhai(d("2024-09-27"));
        QCOMPARE(s.meetingDeadlines.size(), 1);
        QCOMPARE(s.meetingDeadlines.first().meetingId, m);
        QCOMPARE(s.meetingDeadlines.first().kind, MeetingDeadline::Kind::Notice);
        QCOMPARE(s.meetingDeadlines.first().deadline, d("2024-09-29"));
        QVERIFY(!s.meetingDeadlines.first().missed);
        s = wuhai(d("2024-09-30"));
        QCOMPARE(s.meetingDeadlines.size(), 1);
        QVERIFY(s.meetingDeadlines.first().missed);

        // 乌审旗: assigned within 1 working day after the meeting; 2025-09-30 -> 10-09.
        const RuleProfile wushen = profile("wushen");
        const qint64 m2 = meeting(*db, d("2025-09-30"), u"第三季度恳谈会"_s);
        s = snapshot(d("2025-09-30"), wushen);
        QCOMPARE(s.meetingDeadlines.size(), 1);
        QCOMPARE(s.meetingDeadlines.first().kind, MeetingDeadline::Kind::Assignment);
        QCOMPARE(s.meetingDeadlines.first().deadline, d("2025-10-09"));
        s = snapshot(d("2025-10-10"), wushen);
        QVERIFY(s.meetingDeadlines.first().missed);
        AssignmentSpec a = spec(0, deptA, d("2025-10-09"), d("2025-10-16"));
        a.meetingId = m2;
        assignment(*db, a);
        s = snapshot(d("2025-10-10"), wushen);
        QVERIFY(s.meetingDeadlines.isEmpty()); // done and in the past: nothing to chase
        s = snapshot(d("2025-10-09"), wushen);
        QVERIFY(s.meetingDeadlines.first().done);
    }

    void monthlySeries() {
        AppealSpec a;
        a.number = u"WH2024-0001"_s;
        a.submitted = d("2024-01-05");
        appeal(*db, a);
        a.number = u"WH2024-0002"_s;
        a.channel = u"12345"_s;
        a.domain = u"融资"_s;
        appeal(*db, a);
        a.number = u"WH2024-0003"_s;
        a.submitted = d("2024-02-29");
        appeal(*db, a);
        a.number = u"WH2024-0004"_s;
        a.submitted = d("2023-12-31"); // outside two months
        appeal(*db, a);
        DashboardQuery query(*db, WorkCalendar::builtIn(), profile("wuhai"));
        DashboardQuery::Options o;
        o.asOf = d("2024-02-29");
        o.chartMonths = 2;
        const DashboardSnapshot s = query.compute(o);
        QCOMPARE(s.byChannel.months, (QStringList{u"2024-01"_s, u"2024-02"_s}));
        QCOMPARE(s.byChannel.keys, (QStringList{u"12345"_s, u"报名表"_s}));
        QCOMPARE(s.byChannel.counts.value(u"12345"_s).value(u"2024-01"_s), 1);
        QCOMPARE(s.byChannel.counts.value(u"12345"_s).value(u"2024-02"_s), 1);
        QCOMPARE(s.byDomain.keys, (QStringList{u"融资"_s, u"用地"_s}));
    }

    void detailsOfABucket() {
        AppealSpec a;
        a.number = u"WH2024-0101"_s;
        const qint64 appealId = appeal(*db, a);
        AssignmentSpec s1 = spec(appealId, deptA, d("2024-09-02"), d("2024-09-26"));
        const qint64 late = assignment(*db, s1);
        open("2024-10-30");
        DashboardQuery query(*db, WorkCalendar::builtIn(), profile("wuhai"));
        DashboardQuery::Options o;
        o.asOf = d("2024-10-08");
        const DashboardSnapshot s = query.compute(o);
        const auto rows = query.details(s, {DashboardBucket::Overdue});
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().id, late);
        QCOMPARE(rows.first().appealNumber, u"WH2024-0101"_s);
        QCOMPARE(rows.first().department, u"市自然资源局"_s);
        // After 09-26: 09-27, 09-29 (make-up Sunday), 09-30, 10-08.
        QCOMPARE(rows.first().overdueWorkingDays, 4);
        QCOMPARE(query.details(s, {}).size(), 2);
        // The texts a list reads for its rows on screen; an unknown id is left out.
        const auto texts = query.texts({late, 999999});
        QCOMPARE(texts.size(), 1);
        QCOMPARE(texts.value(late).appealNumber, u"WH2024-0101"_s);
        QCOMPARE(texts.value(late).enterprise, a.unit);
        QCOMPARE(texts.value(late).problem, a.problem);
    }

    void partsAddedLater() {
        // A snapshot without the department table and the series gets the same ones later.
        const qint64 appealId = appeal(*db, {});
        AssignmentSpec done = spec(appealId, deptA, d("2024-09-02"), d("2024-09-30"));
        done.status = u"evaluated"_s;
        done.completedOn = d("2024-09-25");
        evaluation(*db, assignment(*db, done), d("2024-09-27"), u"satisfied"_s);
        open("2024-09-26", deptB, "2024-09-02");
        DashboardQuery query(*db, WorkCalendar::builtIn(), profile("wuhai"));
        DashboardQuery::Options o;
        o.asOf = d("2024-10-08");
        const DashboardSnapshot full = query.compute(o);
        QVERIFY(full.hasDepartments && full.hasSeries);
        o.departments = false;
        o.series = false;
        DashboardSnapshot lean = query.compute(o);
        QVERIFY(!lean.hasDepartments && !lean.hasSeries);
        QVERIFY(lean.departments.isEmpty());
        QCOMPARE(lean.openTotal(), full.openTotal());
        QCOMPARE(lean.departmentNames.value(deptB), u"市工信局"_s);
        QVERIFY(query.addDepartments(lean));
        QVERIFY(query.addSeries(lean));
        QCOMPARE(lean.departments.size(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(lean.departments.at(i).departmentId, full.departments.at(i).departmentId);
            QCOMPARE(lean.departments.at(i).open, full.departments.at(i).open);
            QCOMPARE(lean.departments.at(i).completed, full.departments.at(i).completed);
            QCOMPARE(lean.departments.at(i).satisfied, full.departments.at(i).satisfied);
        }
        QCOMPARE(lean.byDomain.keys, full.byDomain.keys);
        QCOMPARE(lean.byChannel.counts, full.byChannel.counts);
    }
};

QTEST_GUILESS_MAIN(TestDashboard)
#include "tst_dashboard.moc"
