#include "core/AuditLog.h"
#include "core/CalendarRepository.h"
#include "core/ProfileRepository.h"
#include "core/workflow/AssignmentService.h"
#include "core/workflow/MeetingAssignmentService.h"
#include "core/workflow/MeetingPlanner.h"
#include "core/workflow/MeetingService.h"
#include "core/workflow/ScreeningService.h"
#include "core/workflow/TopicService.h"
#include "tests/core/WorkflowFixture.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QStringList codes(const QList<MeetingPlanner::Warning> &warnings) {
    QStringList out;
    for (const auto &w : warnings)
        out << w.code;
    return out;
}

MeetingPlanner plannerFor(const QString &profile) {
    return MeetingPlanner(*ProfileRepository::builtIn(profile), WorkCalendar::builtIn());
}
} // namespace

// 议题研判 and meeting planning under each profile's rules, up to the assignments.
class TestTopicsMeetings : public QObject {
    Q_OBJECT

private slots:
    void topicFromAcceptedAppeals() {
        WorkflowFixture f(u"tongliao"_s);
        QVERIFY(f.ok);
        const qint64 a = f.appeal(u"电价高"_s, u"能源"_s);
        const qint64 b = f.appeal(u"电网接入慢"_s, u"能源"_s, true);
        const qint64 pending = f.appeal(u"未受理"_s);
        QVERIFY(ScreeningService(*f.db).apply({a, b}, {}));
        TopicService t(*f.db);
        QCOMPARE(t.create(u"  "_s, {a}), 0);
        QVERIFY(t.errorString().startsWith(u"Title"_s));
        QCOMPARE(t.create(u"用电"_s, {a, pending}), 0);
        QVERIFY(t.errorString().contains(u"T-0003"_s));
        QCOMPARE(f.value(u"SELECT topic_id FROM appeals WHERE id = ?"_s, {a}).isNull(), true);

        const qint64 plain = t.create(u"普通议题"_s, {a});
        QVERIFY2(plain > 0, qPrintable(t.errorString()));
        // Like with like: an appeal already in a topic cannot go into a second one.
        QCOMPARE(t.create(u"重复"_s, {a}), 0);
        QVERIFY(t.errorString().contains(u"already in topic"_s));
        // 急事优先: an urgent appeal makes its topic urgent, and urgent topics come first.
        const qint64 urgent = t.create(u"用电问题"_s, {b});
        QVERIFY(urgent > 0);
        QVERIFY(t.find(urgent)->urgent);
        QVERIFY(!t.find(plain)->urgent);
        QCOMPARE(t.list().first().id, urgent);
        QVERIFY(t.setUrgent(plain, true));
        QVERIFY(t.find(plain)->urgent);

        const qint64 dep1 = f.department(u"发改委"_s), dep2 = f.department(u"供电公司"_s);
        QVERIFY(!t.handToDepartments(plain, {}, isoDate("2024-06-20")));
        QVERIFY(t.handToDepartments(plain, {dep1, dep2}, isoDate("2024-06-20")));
        const Topic topic = *t.find(plain);
        QCOMPARE(topic.departments.size(), 2);
        QCOMPARE(topic.departments.first().handedOn, isoDate("2024-06-20"));
        QCOMPARE(topic.appealIds, QList<qint64>{a});
        QVERIFY(AuditLog(*f.db).history(u"topic"_s, plain).size() >= 3);
        QVERIFY(t.removeAppeal(plain, a));
        QVERIFY(t.find(plain)->appealIds.isEmpty());
    }

    void representativesPerProfile_data() {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("expected");
        QTest::newRow("通辽 4 is too few") << u"tongliao"_s << 4 << u"representatives_few"_s;
        QTest::newRow("通辽 5 fits") << u"tongliao"_s << 5 << QString();
        QTest::newRow("通辽 10 fits") << u"tongliao"_s << 10 << QString();
        QTest::newRow("通辽 11 is too many") << u"tongliao"_s << 11 << u"representatives_many"_s;
        QTest::newRow("乌审旗 9 is too few") << u"wushen"_s << 9 << u"representatives_few"_s;
        QTest::newRow("乌审旗 10 fits") << u"wushen"_s << 10 << QString();
        QTest::newRow("乌审旗 40 fits (no maximum)") << u"wushen"_s << 40 << QString();
        QTest::newRow("河源 has no rule") << u"heyuan"_s << 1 << QString();
    }

    void representativesPerProfile() {
        QFETCH(QString, profile);
        QFETCH(int, count);
        QFETCH(QString, expected);
        const auto warnings =
            plannerFor(profile).check(isoDate("2024-07-10"), isoDate("2024-06-01"), count, 0);
        const QStringList found = codes(warnings).filter(u"representatives"_s);
        if (expected.isEmpty())
            QVERIFY2(found.isEmpty(), qPrintable(found.join(u',')));
        else
            QCOMPARE(found, QStringList{expected});
    }

    void wuhaiNoticeFifteenWorkingDaysBack() {
        const MeetingPlanner p = plannerFor(u"wuhai"_s);
        // Back from 2024-10-15 over the 国庆 week and its two make-up weekend days.
        const Deadline notice = p.noticeDue(isoDate("2024-10-15"));
        QCOMPARE(notice.date, isoDate("2024-09-19"));
        QCOMPARE(notice.date,
                 WorkCalendar::builtIn().subtractWorkingDays(isoDate("2024-10-15"), 15).date);
        QVERIFY(!codes(p.check(isoDate("2024-10-15"), isoDate("2024-09-19"), 0, 3))
                     .contains(u"notice_late"_s));
        const auto late = p.check(isoDate("2024-10-15"), isoDate("2024-09-20"), 0, 3);
        QVERIFY(codes(late).contains(u"notice_late"_s));
        for (const auto &w : late) {
            if (w.code == "notice_late"_L1)
                QVERIFY(w.message.contains(u"2024-09-19"_s) && w.message.contains(u"15"_s));
        }
        QVERIFY(!p.catalogueDue(isoDate("2024-10-15")).isValid());
    }

    void heyuanCatalogueFourWorkingDaysBack() {
        const MeetingPlanner p = plannerFor(u"heyuan"_s);
        // 2024-10-09 back: 10-08, 09-30, 09-29 (make-up Sunday), 09-27.
        QCOMPARE(p.catalogueDue(isoDate("2024-10-09")).date, isoDate("2024-09-27"));
        QVERIFY(!p.noticeDue(isoDate("2024-10-09")).isValid());
        QVERIFY(codes(p.check(isoDate("2024-10-09"), isoDate("2024-09-30"), 0, 0))
                    .contains(u"catalogue_late"_s));
        QVERIFY(!codes(p.check(isoDate("2024-10-09"), isoDate("2024-09-27"), 0, 0))
                     .contains(u"catalogue_late"_s));
    }

    void cadencePerProfile() {
        // 通辽: monthly; a second meeting in the month is flagged.
        QVERIFY(!codes(plannerFor(u"tongliao"_s).check(isoDate("2024-07-24"), {}, 6, 0))
                     .contains(u"cadence_full"_s));
        QVERIFY(codes(plannerFor(u"tongliao"_s).check(isoDate("2024-07-24"), {}, 6, 1))
                    .contains(u"cadence_full"_s));
        // 乌海: at least four a year; the year lacks meetings until the fourth.
        QVERIFY(codes(plannerFor(u"wuhai"_s).check(isoDate("2024-03-12"), {}, 0, 0))
                    .contains(u"cadence_short"_s));
        QVERIFY(!codes(plannerFor(u"wuhai"_s).check(isoDate("2024-03-12"), {}, 0, 3))
                     .contains(u"cadence_short"_s));
        QVERIFY(!codes(plannerFor(u"wuhai"_s).check(isoDate("2024-03-12"), {}, 0, 5))
                     .contains(u"cadence_full"_s));
        // 乌审旗: quarterly.
        QCOMPARE(plannerFor(u"wushen"_s).period(isoDate("2024-08-15")).first,
                 isoDate("2024-07-01"));
        QCOMPARE(plannerFor(u"wushen"_s).period(isoDate("2024-08-15")).last, isoDate("2024-09-30"));
        QVERIFY(codes(plannerFor(u"wushen"_s).check(isoDate("2024-08-15"), {}, 10, 1))
                    .contains(u"cadence_full"_s));
        // A day off is named.
        QVERIFY(codes(plannerFor(u"wushen"_s).check(isoDate("2024-10-03"), {}, 10, 0))
                    .contains(u"date_day_off"_s));
    }

    void storedMeetingCountsItsPeriod() {
        WorkflowFixture f(u"tongliao"_s);
        QVERIFY(f.ok);
        MeetingService m(*f.db);
        Meeting june;
        june.title = u"六月畅谈会"_s;
        june.date = isoDate("2024-06-26");
        const qint64 first = m.create(june);
        QVERIFY(first > 0);
        june.date = isoDate("2024-06-28");
        const qint64 second = m.create(june);
        QVERIFY(codes(m.checkPlan(second, isoDate("2024-06-01"))).contains(u"cadence_full"_s));
        QVERIFY(
            codes(m.checkPlan(second, isoDate("2024-06-01"))).contains(u"representatives_few"_s));
        QVERIFY(m.setStatus(first, u"cancelled"_s));
        QVERIFY(!codes(m.checkPlan(second, isoDate("2024-06-01"))).contains(u"cadence_full"_s));
        QList<Meeting::Representative> reps;
        for (int i = 0; i < 6; ++i)
            reps << Meeting::Representative{f.enterprise(u"企业%1"_s.arg(i)), u"代表%1"_s.arg(i)};
        QVERIFY(m.setEnterprises(second, reps));
        QVERIFY(
            !codes(m.checkPlan(second, isoDate("2024-06-01"))).contains(u"representatives_few"_s));
        QCOMPARE(m.find(second)->enterprises.size(), 6);
    }

    void wuhaiDomainMatching() {
        WorkflowFixture f(u"wuhai"_s);
        QVERIFY(f.ok);
        const qint64 industry = f.leader(u"王副市长"_s, u"工业、能源"_s);
        const qint64 trade = f.leader(u"李副市长"_s, u"商贸, 文旅"_s);
        MeetingService m(*f.db);
        Meeting first;
        first.date = isoDate("2024-04-10");
        const qint64 m1 = m.create(first);
        first.date = isoDate("2024-07-10");
        const qint64 m2 = m.create(first);
        QVERIFY(m.setLeaders(m1, {{industry, u"chair"_s}, {trade, u"attend"_s}}));
        QVERIFY(m.setLeaders(m2, {{trade, u"chair"_s}}));
        QVERIFY(!m.setLeaders(m2, {{trade, u"boss"_s}}));
        const qint64 energy = f.appeal(u"电价"_s, u"能源"_s);
        const qint64 tourism = f.appeal(u"景区"_s, u"文旅"_s);
        const qint64 farming = f.appeal(u"农机"_s, u"农业"_s);
        const auto proposals = m.proposeByDomain(m1, {energy, tourism, farming});
        QCOMPARE(proposals.size(), 3);
        QVERIFY(proposals.at(0).matchesThisMeeting);
        QCOMPARE(proposals.at(0).proposedMeetingId, m1);
        QVERIFY(!proposals.at(1).matchesThisMeeting);
        QCOMPARE(proposals.at(1).proposedMeetingId, m2);
        QCOMPARE(proposals.at(2).proposedMeetingId, 0);
    }

    // No lost update on a meeting (issue 9): every change raises its version, and a save of the
    // plan or the attendees read at an older version is refused, naming who changed it; the
    // stored meeting is left as the other desk saved it. Both engines.
    void saveOverAnotherDesksChangeIsRefused() {
        WorkflowFixture f(u"tongliao"_s);
        QVERIFY(f.ok);
        const qint64 department = f.department(u"发改委"_s);
        MeetingService m(*f.db);
        Meeting meeting;
        meeting.date = isoDate("2024-06-26");
        meeting.title = u"六月畅谈会"_s;
        const qint64 id = m.create(meeting);
        QVERIFY(id > 0);
        const Meeting read = *m.find(id); // desk B reads it
        QVERIFY(read.version > 0);

        AuditLog::setCurrentUser(u"desk-a"_s);
        const QString deskA = AuditLog(*f.db).user(); // on a server: the login, as audited
        Meeting a = read;
        a.place = u"市政府三楼"_s;
        QVERIFY2(m.update(a), qPrintable(m.errorString()));
        QCOMPARE(m.find(id)->version, read.version + 1);
        QVERIFY(!m.conflict());

        AuditLog::setCurrentUser(u"desk-b"_s);
        Meeting b = read;
        b.title = u"六月恳谈会"_s;
        QVERIFY(!m.update(b));
        QVERIFY(m.conflict());
        QVERIFY2(m.errorString().contains(deskA), qPrintable(m.errorString()));
        QCOMPARE(m.find(id)->title, u"六月畅谈会"_s);
        QCOMPARE(m.find(id)->place, u"市政府三楼"_s);
        QVERIFY(!m.setAttendees(id, {}, {{department, u"attend"_s}}, {}, read.version));
        QVERIFY(m.conflict());
        QVERIFY(m.find(id)->departments.isEmpty());

        // At the stored version both go through; the agenda raises the version too.
        const int now = m.find(id)->version;
        QVERIFY2(m.setAttendees(id, {}, {{department, u"attend"_s}}, {}, now),
                 qPrintable(m.errorString()));
        QVERIFY(m.find(id)->version > now);
        b.version = m.find(id)->version;
        QVERIFY2(m.update(b), qPrintable(m.errorString()));
        const int beforeAgenda = m.find(id)->version;
        QVERIFY(m.setAgenda(id, {}));
        QVERIFY(m.find(id)->version > beforeAgenda);
        AuditLog::setCurrentUser(QString());
    }

    // The attendees tab stores leaders, departments and enterprises as one change: when one
    // list is refused, none of the three changes.
    void attendeesAllOrNothing() {
        WorkflowFixture f(u"tongliao"_s);
        QVERIFY(f.ok);
        const qint64 leader = f.leader(u"王副市长"_s, u"工业"_s);
        const qint64 department = f.department(u"发改委"_s);
        const qint64 enterprise = f.enterprise(u"宏达化工"_s);
        MeetingService m(*f.db);
        Meeting meeting;
        meeting.date = isoDate("2024-06-26");
        const qint64 id = m.create(meeting);
        QVERIFY(m.setAttendees(id, {{leader, u"chair"_s}}, {{department, u"attend"_s}},
                               {{enterprise, u"张三"_s}}));
        QCOMPARE(m.find(id)->leaders.size(), 1);
        QCOMPARE(m.find(id)->enterprises.at(0).representative, u"张三"_s);
        QVERIFY(!m.setAttendees(id, {}, {}, {{9999, u"无此企业"_s}}));
        QVERIFY(m.errorString().contains(u"9999"_s));
        const Meeting kept = *m.find(id);
        QCOMPARE(kept.leaders.size(), 1);
        QCOMPARE(kept.departments.size(), 1);
        QCOMPARE(kept.enterprises.size(), 1);
    }

    void agendaOrderKeepsDecisions() {
        WorkflowFixture f(u"heyuan"_s);
        QVERIFY(f.ok);
        const qint64 a = f.appeal(u"一"_s, {}, false, u"accepted"_s);
        const qint64 b = f.appeal(u"二"_s, {}, false, u"accepted"_s);
        TopicService t(*f.db);
        const qint64 t1 = t.create(u"议题一"_s, {a}), t2 = t.create(u"议题二"_s, {b});
        MeetingService m(*f.db);
        Meeting meeting;
        meeting.date = isoDate("2024-09-10");
        const qint64 id = m.create(meeting);
        QVERIFY(m.setAgenda(id, {t1, t2}));
        QVERIFY(m.setDecision(id, t1, u"由发改局牵头办理"_s));
        QVERIFY(!m.setDecision(id, 9999, u"x"_s));
        QVERIFY(m.setAgenda(id, {t2, t1}));
        const Meeting stored = *m.find(id);
        QCOMPARE(stored.agenda.size(), 2);
        QCOMPARE(stored.agenda.at(0).topicId, t2);
        QCOMPARE(stored.agenda.at(0).position, 1);
        QCOMPARE(stored.agenda.at(1).topicId, t1);
        QCOMPARE(stored.agenda.at(1).decision, u"由发改局牵头办理"_s);
        QVERIFY(!m.setAgenda(id, {t1, t1}));
        QCOMPARE(m.find(id)->agenda.size(), 2); // the failed change left the agenda intact
    }

    void wushenAssignmentsFromDecisions() {
        WorkflowFixture f(u"wushen"_s);
        QVERIFY(f.ok);
        const qint64 tax = f.department(u"税务局"_s, u"赵六"_s, u"0477-1234567"_s);
        const qint64 market = f.department(u"市场监管局"_s);
        const qint64 a = f.appeal(u"退税慢"_s, {}, false, u"accepted"_s);
        const qint64 b = f.appeal(u"退税材料多"_s, {}, false, u"accepted"_s);
        const qint64 c = f.appeal(u"证照"_s, {}, false, u"accepted"_s);
        TopicService t(*f.db);
        const qint64 single = t.create(u"退税"_s, {a, b});
        const qint64 multi = t.create(u"证照"_s, {c});
        QVERIFY(t.handToDepartments(single, {tax}, isoDate("2024-07-01")));
        QVERIFY(t.handToDepartments(multi, {market}, isoDate("2024-07-01")));
        QVERIFY(t.handToDepartments(multi, {tax}, isoDate("2024-07-02")));
        MeetingService m(*f.db);
        MeetingAssignmentService assign(*f.db);
        Meeting meeting;
        meeting.date = isoDate("2024-07-05"); // Friday
        const qint64 id = m.create(meeting);
        QVERIFY(m.setAgenda(id, {single, multi}));
        QVERIFY(assign.proposeAssignments(id).isEmpty()); // nothing decided yet
        QVERIFY(!assign.createAssignments(id, {}, isoDate("2024-07-08")));
        QVERIFY(m.setDecision(id, single, u"税务局限时办结"_s));
        QVERIFY(m.setDecision(id, multi, u"市场监管局牵头，税务局配合"_s));
        const auto plans = assign.proposeAssignments(id);
        QCOMPARE(plans.size(), 3); // one per appeal
        QCOMPARE(plans.at(2).leadDepartmentId, market);
        QCOMPARE(plans.at(2).cooperators.size(), 1);

        // 会后1个工作日内交办: Friday's meeting is due for assignment on Monday.
        QCOMPARE(m.planner().assignBy(meeting.date).date, isoDate("2024-07-08"));
        // Not before the meeting: refused with both dates, nothing written.
        QVERIFY(!assign.createAssignments(id, plans, isoDate("2024-07-04")));
        QVERIFY2(assign.errorString().contains(u"2024-07-04"_s) &&
                     assign.errorString().contains(u"2024-07-05"_s),
                 qPrintable(assign.errorString()));
        QCOMPARE(f.value(u"SELECT COUNT(*) FROM assignments"_s).toInt(), 0);
        QCOMPARE(m.find(id)->status, u"planned"_s);
        const auto late = assign.createAssignments(id, plans, isoDate("2024-07-09"));
        QVERIFY2(late, qPrintable(assign.errorString()));
        QCOMPARE(late->assignmentIds.size(), 3);
        QCOMPARE(late->warnings.size(), 1);
        QVERIFY(late->warnings.first().contains(u"2024-07-08"_s));
        QCOMPARE(m.find(id)->status, u"held"_s);
        QVERIFY(assign.proposeAssignments(id).isEmpty()); // assigned appeals are not proposed twice

        AssignmentService s(*f.db);
        const Assignment one = *s.find(late->assignmentIds.at(0));
        const Assignment several = *s.find(late->assignmentIds.at(2));
        // 一般事项7天内, 涉及多部门事项15天内 (calendar days).
        QCOMPARE(one.dueDate, isoDate("2024-07-16"));
        QCOMPARE(several.dueDate, isoDate("2024-07-24"));
        QCOMPARE(one.leadContact, u"赵六"_s);
        QCOMPARE(one.meetingId, id);
        QCOMPARE(one.appealId, a);
        QCOMPARE(several.cooperators.first().departmentId, tax);

        // Assigning on time gives no warning; a topic without a lead is refused as a whole.
        Meeting next;
        next.date = isoDate("2024-07-05");
        const qint64 id2 = m.create(next);
        QVERIFY(assign.createAssignments(id2, {plans.at(0)}, isoDate("2024-07-08"))
                    ->warnings.isEmpty());
        auto broken = plans;
        broken[1].leadDepartmentId = 0;
        const int before = f.value(u"SELECT COUNT(*) FROM assignments"_s).toInt();
        QVERIFY(!assign.createAssignments(id2, broken, isoDate("2024-07-08")));
        QCOMPARE(f.value(u"SELECT COUNT(*) FROM assignments"_s).toInt(), before);
    }
};

QTEST_GUILESS_MAIN(TestTopicsMeetings)
#include "tst_topics_meetings.moc"
