#include "core/queries/AssignmentState.h"
#include "tests/core/DashboardCase.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace DashboardFixture;

// The dashboard's owed progress reports (十日一报), the department table, meeting lead times, the
// monthly series and the details of a bucket, as of dates worked out by hand.
class TestDashboardReports : public QObject, public DashboardCase {
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

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

QTEST_GUILESS_MAIN(TestDashboardReports)
#include "tst_dashboard_reports.moc"
