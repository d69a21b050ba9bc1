// The query objects behind the pages' panels and drop-down lists (core/queries): each answers
// one question the GUI asks, tested here without a widget.
#include "core/CalendarRepository.h"
#include "core/Clock.h"
#include "core/queries/AppealQueueQuery.h"
#include "core/queries/AssignmentListQuery.h"
#include "core/queries/AssignmentSummaryQuery.h"
#include "core/queries/ChoiceLists.h"
#include "core/queries/EnterpriseListQuery.h"
#include "core/queries/MeetingListQuery.h"
#include "core/queries/MeetingPlanQuery.h"
#include "core/queries/RecordPapersQuery.h"
#include "core/queries/TopicListQuery.h"
#include "core/workflow/AssignmentService.h"
#include "core/workflow/FollowUpService.h"
#include "core/workflow/MeetingService.h"
#include "core/workflow/TopicService.h"
#include "tests/core/WorkflowFixture.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using State = AssignmentService::DeadlineState;

class TestPageQueries : public QObject {
    Q_OBJECT

private:
    // Every row of a list in its current order.
    static QList<QVariantList> all(PagedQuery &query) {
        QList<QVariantList> rows;
        if (!query.fetch(0, 1000, &rows))
            qWarning("%s", qPrintable(query.errorString()));
        return rows;
    }
    static QVariant cell(const QVariantList &row, PagedQuery &query, const QString &key) {
        return row.value(int(query.columns().indexOf(key)) + 1);
    }
    static bool exec(WorkflowFixture &f, const QString &sql) {
        QSqlQuery q(f.db->sql());
        if (q.exec(sql))
            return true;
        qWarning("%s", qPrintable(sql));
        return false;
    }

private slots:
    void choiceLists() {
        WorkflowFixture f(u"tongliao"_s);
        QVERIFY(f.ok);
        const qint64 tax = f.department(u"税务局"_s);
        const qint64 bank = f.department(u"人民银行"_s);
        f.enterprise(u"乙公司"_s);
        f.enterprise(u"甲公司"_s);
        f.appeal(u"问题一"_s, u"金融"_s);
        f.appeal(u"问题二"_s, u"税务"_s);
        f.appeal(u"问题三"_s, u"金融"_s);
        f.appeal(u"问题四"_s);
        ChoiceLists lists(*f.db);
        const auto departments = lists.departments();
        QCOMPARE(departments.size(), 2);
        // By name (code point order, as SQLite and PostgreSQL's C collation sort).
        QCOMPARE(departments.at(0).id, bank);
        QCOMPARE(departments.at(1).id, tax);
        QCOMPARE(departments.at(1).name, u"税务局"_s);
        const auto enterprises = lists.enterprises();
        QCOMPARE(enterprises.size(), 2);
        QVERIFY(enterprises.at(0).name < enterprises.at(1).name);
        QCOMPARE(lists.appealDomains(), (QStringList{u"税务"_s, u"金融"_s}));
        QVERIFY(lists.meetings().isEmpty());
        QVERIFY(lists.errorString().isEmpty());
    }

    void assignmentSummary() {
        WorkflowFixture f(u"tongliao"_s);
        QVERIFY(f.ok);
        const qint64 lead = f.department(u"自然资源局"_s, u"钱七"_s, u"0475-1"_s);
        const qint64 coop = f.department(u"住建局"_s);
        Assignment draft;
        draft.appealId = f.appeal(u"园区道路年久失修"_s, {}, false, u"accepted"_s);
        draft.leadDepartmentId = lead;
        draft.cooperators << CooperatingDepartment{coop, u"李四"_s, u"13800000000"_s};
        draft.assignedOn = isoDate("2024-06-03");
        AssignmentService service(*f.db);
        FollowUpService fu(*f.db);
        const qint64 id = service.create(draft);
        QVERIFY2(id > 0, qPrintable(service.errorString()));
        AssignmentSummaryQuery query(*f.db);
        const auto s = query.find(id, isoDate("2024-06-04"));
        QVERIFY(s);
        QCOMPARE(s->assignment.id, id);
        QCOMPARE(s->appealNumber, u"T-0001"_s);
        QCOMPARE(s->subject, u"园区道路年久失修"_s);
        QCOMPARE(s->leadDepartment, u"自然资源局"_s);
        QCOMPARE(s->cooperatingDepartments, QStringList{u"住建局"_s});
        QCOMPARE(s->deadlineState, State::OnTime);
        // After the deadline it is overdue; an approval by then makes it "extended, overdue".
        QCOMPARE(query.find(id, s->assignment.dueDate.addDays(1))->deadlineState, State::Overdue);
        const qint64 ext = fu.requestExtension(
            id, u"需补充材料"_s, s->assignment.dueDate.addDays(20), isoDate("2024-06-20"));
        QVERIFY2(ext > 0, qPrintable(fu.errorString()));
        QVERIFY(fu.approveExtension(ext, isoDate("2024-06-21")));
        const auto later = query.find(id, s->assignment.dueDate.addDays(30));
        QCOMPARE(later->approvedExtensions, 1);
        QCOMPARE(later->deadlineState, State::ExtendedOverdue);
        QCOMPARE(query.find(id, isoDate("2024-06-20"))->approvedExtensions, 0);
        QVERIFY(!query.find(id + 100, isoDate("2024-06-04")));
        QVERIFY(query.errorString().isEmpty());
    }

    // The assignments list: open only, a search over number, unit, subject and lead
    // department, sorted by deadline with the id breaking ties, paged without repeats, and the
    // extensions counted as of a day.
    void assignmentList() {
        WorkflowFixture f(u"tongliao"_s);
        QVERIFY(f.ok);
        const qint64 land = f.department(u"自然资源局"_s);
        const qint64 tax = f.department(u"税务局"_s);
        AssignmentService service(*f.db);
        FollowUpService fu(*f.db);
        QList<qint64> ids;
        for (int i = 0; i < 6; ++i) {
            Assignment a;
            a.appealId =
                f.appeal(i == 2 ? u"用地指标不足"_s : u"问题%1"_s.arg(i), {}, false, u"accepted"_s);
            a.leadDepartmentId = i % 2 ? tax : land;
            a.assignedOn = isoDate("2024-06-03").addDays(i < 3 ? 0 : 7);
            ids << service.create(a);
            QVERIFY2(ids.last() > 0, qPrintable(service.errorString()));
        }
        QVERIFY(service.start(ids.at(0)));
        QVERIFY(service.complete(ids.at(0), u"已办结"_s, isoDate("2024-06-20")));

        AssignmentListQuery query(*f.db);
        QCOMPARE(query.columns().first(), u"number"_s);
        QCOMPARE(query.count(), 6);
        query.setOpenOnly(true);
        QCOMPARE(query.count(), 5);
        query.setSearch(u"税务"_s); // the lead department
        QCOMPARE(query.count(), 3);
        query.setSearch(u"用地"_s); // the subject (the appeal's problem)
        QCOMPARE(all(query).size(), 1);
        QCOMPARE(all(query).first().first().toLongLong(), ids.at(2));
        query.setSearch(u"测试企业4"_s); // the submitting unit
        QCOMPARE(query.count(), 1);
        query.setSearch(u"T-0006"_s); // the number
        QCOMPARE(query.count(), 1);
        query.setSearch(u"100%"_s); // a wildcard is a character, not a pattern
        QCOMPARE(query.count(), 0);
        query.setSearch({});
        query.setOpenOnly(false);

        const int due = int(query.columns().indexOf(u"due"_s));
        QVERIFY(query.isSortable(due));
        QVERIFY(!query.isSortable(int(query.columns().indexOf(u"subject"_s))));
        query.setSort(due, Qt::AscendingOrder);
        const QList<QVariantList> byDue = all(query);
        for (int i = 1; i < byDue.size(); ++i) {
            const QString a = cell(byDue.at(i - 1), query, u"due"_s).toString();
            const QString b = cell(byDue.at(i), query, u"due"_s).toString();
            QVERIFY(a < b || (a == b && byDue.at(i - 1).first().toLongLong() <
                                            byDue.at(i).first().toLongLong()));
        }
        // Pages of two give the same rows in the same order.
        QList<QVariantList> paged;
        for (int offset = 0; offset < 6; offset += 2)
            QVERIFY(query.fetch(offset, 2, &paged));
        QCOMPARE(paged, byDue);

        const qint64 ext = fu.requestExtension(ids.at(1), u"需补充材料"_s, isoDate("2024-08-30"),
                                               isoDate("2024-06-20"));
        QVERIFY2(ext > 0, qPrintable(fu.errorString()));
        QVERIFY(fu.approveExtension(ext, isoDate("2024-06-21")));
        auto extensionsOf = [&](qint64 id) {
            for (const QVariantList &row : all(query))
                if (row.first().toLongLong() == id)
                    return cell(row, query, u"extensions"_s).toInt();
            return -1;
        };
        query.setAsOf(isoDate("2024-06-20"));
        QCOMPARE(extensionsOf(ids.at(1)), 0);
        query.setAsOf(isoDate("2024-06-21"));
        QCOMPARE(extensionsOf(ids.at(1)), 1);
        {
            Clock::Fixed fixed(isoDate("2024-06-20")); // no day given: the clock's today
            query.setAsOf({});
            QCOMPARE(extensionsOf(ids.at(1)), 0);
        }
    }

    // The enterprise registry: tags joined with 、, the liaison leader, the appeals counted,
    // and the search over name, credit code and tags.
    void enterpriseList() {
        WorkflowFixture f(u"tongliao"_s);
        QVERIFY(f.ok);
        const qint64 a = f.enterprise(u"宏达化工有限公司"_s);
        const qint64 b = f.enterprise(u"通辽农牧科技公司"_s);
        const qint64 leader = f.leader(u"王副市长"_s, u"工业"_s);
        QVERIFY(exec(f, u"UPDATE enterprises SET uscc = '91150500MA0N000001', "
                        "liaison_leader_id = %1 WHERE id = %2"_s.arg(leader)
                            .arg(a)));
        QVERIFY(exec(f, u"INSERT INTO enterprise_tags (enterprise_id, tag) VALUES "
                        "(%1, '重点企业'), (%1, '专精特新')"_s.arg(a)));
        const qint64 appeal = f.appeal(u"问题"_s);
        QVERIFY(
            exec(f, u"UPDATE appeals SET enterprise_id = %1 WHERE id = %2"_s.arg(a).arg(appeal)));
        EnterpriseListQuery query(*f.db);
        query.setSort(0, Qt::AscendingOrder);
        const QList<QVariantList> rows = all(query);
        QCOMPARE(rows.size(), 2);
        const QVariantList &first = rows.at(0).first().toLongLong() == a ? rows.at(0) : rows.at(1);
        QStringList tags = cell(first, query, u"tags"_s).toString().split(u"、"_s);
        tags.sort();
        QCOMPARE(tags, (QStringList{u"专精特新"_s, u"重点企业"_s}));
        QCOMPARE(cell(first, query, u"leader"_s).toString(), u"王副市长"_s);
        QCOMPARE(cell(first, query, u"appeals"_s).toInt(), 1);
        query.setSearch(u"专精"_s);
        QCOMPARE(query.count(), 1);
        query.setSearch(u"MA0N"_s);
        QCOMPARE(all(query).first().first().toLongLong(), a);
        query.setSearch(u"农牧"_s);
        QCOMPARE(all(query).first().first().toLongLong(), b);
    }

    // Meetings and topics with what they hold; the queue of appeals not yet in a topic.
    void meetingsTopicsAndQueue() {
        WorkflowFixture f(u"tongliao"_s);
        QVERIFY(f.ok);
        const qint64 pending = f.appeal(u"待研判"_s);
        const qint64 accepted = f.appeal(u"已受理"_s, {}, false, u"accepted"_s);
        const qint64 rejected = f.appeal(u"不予受理"_s, {}, false, u"rejected"_s);
        const qint64 bundled = f.appeal(u"已成议题"_s, {}, false, u"accepted"_s);
        QVERIFY(exec(f, u"INSERT INTO topics (title, urgent, status, created_at) "
                        "VALUES ('园区道路', 1, 'open', '2024-06-01T09:00:00')"_s));
        QVERIFY(exec(f, u"UPDATE appeals SET topic_id = 1 WHERE id = %1"_s.arg(bundled)));
        QVERIFY(exec(f, u"INSERT INTO meetings (meeting_date, title, form, status, created_at) "
                        "VALUES ('2024-06-20', '六月恳谈会', 'meeting', 'planned', '')"_s));
        QVERIFY(exec(f, u"INSERT INTO meeting_topics (meeting_id, topic_id) VALUES (1, 1)"_s));

        TopicListQuery topics(*f.db);
        const QList<QVariantList> t = all(topics);
        QCOMPARE(t.size(), 1);
        QCOMPARE(cell(t.first(), topics, u"appeals"_s).toInt(), 1);
        QCOMPARE(cell(t.first(), topics, u"meeting"_s).toString(), u"2024-06-20"_s);
        QCOMPARE(cell(t.first(), topics, u"created"_s).toString(), u"2024-06-01"_s);

        MeetingListQuery meetings(*f.db);
        const QList<QVariantList> m = all(meetings);
        QCOMPARE(m.size(), 1);
        QCOMPARE(cell(m.first(), meetings, u"topics"_s).toInt(), 1);
        QCOMPARE(cell(m.first(), meetings, u"enterprises"_s).toInt(), 0);

        AppealQueueQuery queue(*f.db);
        QList<qint64> ids;
        for (const QVariantList &row : all(queue))
            ids << row.first().toLongLong();
        QCOMPARE(ids, (QList<qint64>{accepted, pending})); // newest first, no topic, open
        queue.setShowScreened(true);
        QCOMPARE(queue.count(), 3);
        Q_UNUSED(rejected)
    }

    // The meetings page: which meeting it opens, the others in a period, the topics offered
    // for an agenda, and the appeals and enterprises an agenda brings.
    void meetingPlan() {
        WorkflowFixture f(u"tongliao"_s);
        QVERIFY(f.ok);
        MeetingPlanQuery plans(*f.db);
        QCOMPARE(plans.meetingToOpen(isoDate("2024-06-01")), 0);
        MeetingService meetings(*f.db);
        Meeting m;
        m.date = isoDate("2024-05-20");
        const qint64 may = meetings.create(m);
        m.date = isoDate("2024-06-26");
        const qint64 june = meetings.create(m);
        m.date = isoDate("2024-06-28");
        const qint64 cancelled = meetings.create(m);
        QVERIFY(meetings.setStatus(cancelled, u"cancelled"_s));
        QVERIFY(meetings.setStatus(may, u"held"_s));
        QCOMPARE(plans.meetingToOpen(isoDate("2024-06-01")), june);      // the next planned one
        QCOMPARE(plans.meetingToOpen(isoDate("2024-07-01")), cancelled); // else the latest
        QCOMPARE(plans.othersInPeriod(june, isoDate("2024-06-01"), isoDate("2024-06-30")), 0);
        QCOMPARE(plans.othersInPeriod(0, isoDate("2024-05-01"), isoDate("2024-06-30")), 2);

        const qint64 e = f.enterprise(u"宏达化工"_s);
        const qint64 a1 = f.appeal(u"一"_s, {}, false, u"accepted"_s);
        const qint64 a2 = f.appeal(u"二"_s, {}, false, u"accepted"_s);
        QVERIFY(exec(f, u"UPDATE appeals SET enterprise_id = %1 WHERE id = %2"_s.arg(e).arg(a1)));
        TopicService topics(*f.db);
        const qint64 onAgenda = topics.create(u"已排议题"_s, {a1});
        const qint64 waiting = topics.create(u"待排议题"_s, {a2});
        QVERIFY(meetings.setAgenda(june, {onAgenda}));
        const auto open = plans.openTopics();
        QVERIFY2(plans.errorString().isEmpty(), qPrintable(plans.errorString()));
        QCOMPARE(open.size(), 2);
        QCOMPARE(open.at(0).id, waiting); // on no agenda: first
        QVERIFY(!open.at(0).scheduled.isValid());
        QCOMPARE(open.at(1).scheduled, isoDate("2024-06-26"));
        QCOMPARE(plans.appealsOnAgenda(june), QList<qint64>{a1});
        QCOMPARE(plans.appealsWaitingForAMeeting(), QList<qint64>{a2});
        QCOMPARE(plans.enterprisesOnAgenda(june), QSet<qint64>{e});
        QVERIFY(plans.enterprisesOnAgenda(may).isEmpty());
        QVERIFY(plans.errorString().isEmpty());
    }

    // The papers an appeal's window offers to print, a topic's appeals, the calendar's years
    // in Settings and the enterprises each leader looks after.
    void papersCalendarAndLiaisons() {
        WorkflowFixture f(u"tongliao"_s);
        QVERIFY(f.ok);
        const qint64 lead = f.department(u"自然资源局"_s);
        AssignmentService service(*f.db);
        FollowUpService fu(*f.db);
        Assignment a;
        a.appealId = f.appeal(u"用地"_s, {}, false, u"accepted"_s);
        a.leadDepartmentId = lead;
        a.assignedOn = isoDate("2024-06-03");
        const qint64 id = service.create(a);
        QVERIFY(service.complete(id, u"已办结"_s, isoDate("2024-06-20")));
        Evaluation e;
        e.submitDate = isoDate("2024-06-25");
        const qint64 evaluation = fu.evaluate(id, e);
        QVERIFY(evaluation > 0);
        RecordPapersQuery papers(*f.db);
        const auto sheets = papers.assignmentsOfAppeal(a.appealId);
        QCOMPARE(sheets.size(), 1);
        QCOMPARE(sheets.first().id, id);
        QCOMPARE(sheets.first().leadDepartment, u"自然资源局"_s);
        QCOMPARE(sheets.first().assignedOn, isoDate("2024-06-03"));
        const auto evaluations = papers.evaluationsOfAppeal(a.appealId);
        QCOMPARE(evaluations.size(), 1);
        QCOMPARE(evaluations.first().id, evaluation);
        QCOMPARE(evaluations.first().submitDate, isoDate("2024-06-25"));
        const qint64 b = f.appeal(u"园区道路年久失修"_s, {}, false, u"accepted"_s);
        const qint64 topic = TopicService(*f.db).create(u"园区道路"_s, {b});
        const auto bundled = papers.appealsOfTopic(topic);
        QCOMPARE(bundled.size(), 1);
        QCOMPARE(bundled.first().problem, u"园区道路年久失修"_s);

        const auto years = CalendarRepository(*f.db).years();
        QVERIFY(years.size() >= 4); // the built-in 2023-2026
        QCOMPARE(years.first().year, 2023);
        QCOMPARE(years.first().source, u"built-in"_s);
        QVERIFY(years.first().daysOff > 0 && years.first().workingDays > 0);

        const qint64 leader = f.leader(u"王副市长"_s, u"工业"_s);
        const qint64 x = f.enterprise(u"乙公司"_s), y = f.enterprise(u"甲公司"_s);
        f.enterprise(u"丙公司"_s);
        QVERIFY(exec(
            f, u"UPDATE enterprises SET liaison_leader_id = %1 WHERE id IN (%2, %3)"_s.arg(leader)
                   .arg(x)
                   .arg(y)));
        const auto liaison = ChoiceLists(*f.db).liaisonEnterprises();
        QCOMPARE(liaison.size(), 1);
        QCOMPARE(liaison.value(leader), (QStringList{u"乙公司"_s, u"甲公司"_s}));
    }
};

QTEST_GUILESS_MAIN(TestPageQueries)
#include "tst_pagequeries.moc"
