#include "core/CalendarRepository.h"
#include "core/ProfileRepository.h"
#include "core/StatusLabels.h"
#include "core/workflow/AssignmentMerge.h"
#include "core/workflow/AssignmentService.h"
#include "core/workflow/FollowUpService.h"
#include "tests/core/WorkflowFixture.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Status = Assignment::Status;

// 交办 and 督办: the status flow, deadlines per profile, progress reports (十日一报),
// extensions with the cap, feedback and the evaluation that may reopen an assignment.
class TestAssignments : public QObject {
    Q_OBJECT

private:
    static qint64 assign(WorkflowFixture &f, const char *on, QList<CooperatingDepartment> coop = {},
                         qint64 lead = 0) {
        Assignment a;
        a.appealId = f.appeal(u"问题"_s, {}, false, u"accepted"_s);
        a.leadDepartmentId = lead ? lead : f.department(u"牵头部门%1"_s.arg(a.appealId));
        a.cooperators = coop;
        a.assignedOn = isoDate(on);
        AssignmentService s(*f.db);
        const qint64 id = s.create(a);
        if (!id)
            qWarning("%s", qPrintable(s.errorString()));
        return id;
    }

private slots:
    void deadlinesPerProfile_data() {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QDate>("assignedOn");
        QTest::addColumn<bool>("multi");
        QTest::addColumn<QDate>("due");
        QTest::addColumn<QDate>("progressDue");
        // 乌海: progress within 7 working days across 国庆 2024, result within 30 days
        // (2024-10-27 is a Sunday, so the period ends on Monday).
        QTest::newRow("乌海 国庆") << u"wuhai"_s << isoDate("2024-09-27") << false
                                   << isoDate("2024-10-28") << isoDate("2024-10-12");
        // 乌审旗: 7 days for one department, 15 days when several cooperate.
        QTest::newRow("乌审旗 single")
            << u"wushen"_s << isoDate("2024-07-08") << false << isoDate("2024-07-15") << QDate();
        QTest::newRow("乌审旗 multi")
            << u"wushen"_s << isoDate("2024-07-08") << true << isoDate("2024-07-23") << QDate();
        // 7 days from 2024-09-24 is 10-01 (国庆): the period ends on the next working day.
        QTest::newRow("乌审旗 into 国庆")
            << u"wushen"_s << isoDate("2024-09-24") << false << isoDate("2024-10-08") << QDate();
        QTest::newRow("通辽 30 days")
            << u"tongliao"_s << isoDate("2024-06-03") << true << isoDate("2024-07-03") << QDate();
        QTest::newRow("河源 30 days")
            << u"heyuan"_s << isoDate("2024-06-03") << false << isoDate("2024-07-03") << QDate();
        QTest::newRow("清新 30 days")
            << u"qingxin"_s << isoDate("2024-06-03") << false << isoDate("2024-07-03") << QDate();
    }

    void deadlinesPerProfile() {
        QFETCH(QString, profile);
        QFETCH(QDate, assignedOn);
        QFETCH(bool, multi);
        QFETCH(QDate, due);
        QFETCH(QDate, progressDue);
        WorkflowFixture f(profile);
        QVERIFY(f.ok);
        QList<CooperatingDepartment> coop;
        if (multi)
            coop << CooperatingDepartment{f.department(u"配合部门"_s), u"李四"_s, u"13800000000"_s};
        const qint64 id = assign(f, qPrintable(assignedOn.toString(Qt::ISODate)), coop);
        QVERIFY(id > 0);
        const Assignment a = *AssignmentService(*f.db).find(id);
        QCOMPARE(a.dueDate, due);
        QCOMPARE(a.originalDueDate, due);
        QCOMPARE(a.progressDue, progressDue);
        QCOMPARE(a.status, Status::Assigned);
        QCOMPARE(f.value(u"SELECT multi_department FROM assignments WHERE id = ?"_s, {id}).toInt(),
                 multi ? 1 : 0);
        // The proposal is the profile's own rule.
        const RuleProfile rules = ProfileRepository(*f.db).active();
        QCOMPARE(rules.resultDeadline(CalendarRepository(*f.db).load(), assignedOn, multi).date,
                 due);
    }

    void chosenDeadlineNeedsReason() {
        WorkflowFixture f(u"wushen"_s);
        QVERIFY(f.ok);
        Assignment a;
        a.leadDepartmentId = f.department(u"税务局"_s);
        a.assignedOn = isoDate("2024-07-08");
        a.dueDate = isoDate("2024-07-31");
        AssignmentService s(*f.db);
        QCOMPARE(s.create(a), 0);
        QVERIFY(s.errorString().contains(u"2024-07-15"_s));
        a.dueReason = u"涉及上级审批"_s;
        const qint64 id = s.create(a);
        QVERIFY(id > 0);
        QVERIFY(!s.setDueDate(id, isoDate("2024-08-05"), QString()));
        QVERIFY(s.setDueDate(id, isoDate("2024-08-05"), u"企业补充材料"_s));
        QCOMPARE(s.find(id)->dueDate, isoDate("2024-08-05"));
        QCOMPARE(s.find(id)->dueReason, u"企业补充材料"_s);
        Assignment twice = a;
        twice.cooperators << CooperatingDepartment{a.leadDepartmentId, {}, {}};
        QCOMPARE(s.create(twice), 0);
    }

    void statusFlowToEvaluation() {
        WorkflowFixture f(u"tongliao"_s);
        QVERIFY(f.ok);
        const qint64 id = assign(f, "2024-06-03");
        AssignmentService s(*f.db);
        FollowUpService fu(*f.db);
        QVERIFY(!fu.evaluate(id, Evaluation{}));
        // The state in words (the code `assigned` reached the Chinese UI).
        QVERIFY2(fu.errorString().contains(StatusLabels::assignment(u"assigned"_s)),
                 qPrintable(fu.errorString()));
        QVERIFY(s.start(id));
        QCOMPARE(s.find(id)->status, Status::InProgress);
        QVERIFY(!s.complete(id, u" "_s, isoDate("2024-06-20")));
        QVERIFY(s.errorString().startsWith(u"Result"_s));
        QVERIFY(s.complete(id, u"已协调银行放款"_s, isoDate("2024-06-20")));
        QCOMPARE(s.find(id)->status, Status::Done);
        QCOMPARE(s.find(id)->completedOn, isoDate("2024-06-20"));
        QVERIFY(s.setFeedback(id, u"电话告知企业负责人"_s, isoDate("2024-06-21"), u"电话"_s));
        QVERIFY(s.setSupervision(id, u"督查室已核实"_s));
        Evaluation e;
        e.level = Evaluation::Level::Satisfied;
        e.evaluatingUnit = u"测试企业1"_s;
        e.submitDate = isoDate("2024-06-25");
        e.opinion = u"满意"_s;
        QVERIFY(fu.evaluate(id, e) > 0);
        const Assignment done = *s.find(id);
        QCOMPARE(done.status, Status::Evaluated);
        QCOMPARE(done.feedbackMethod, u"电话"_s);
        QCOMPARE(done.supervision, u"督查室已核实"_s);
        QCOMPARE(fu.evaluations(id).size(), 1);
        QStringList actions;
        for (const auto &h : s.history(id))
            actions << h.action;
        QCOMPARE(actions, (QStringList{u"created"_s, u"started"_s, u"completed"_s, u"feedback"_s,
                                       u"supervision"_s, u"evaluated"_s}));
    }

    // A read of the assignment that fails (the server away) is not an assignment that is gone:
    // the step says why it could not read it; "does not exist" only for a missing one.
    void failedReadIsNotAMissingAssignment() {
        WorkflowFixture f(u"tongliao"_s);
        QVERIFY(f.ok);
        const qint64 id = assign(f, "2024-06-03");
        AssignmentService s(*f.db);
        QVERIFY(!s.start(id + 100));
        QCOMPARE(s.errorString(), u"Assignment %1 does not exist."_s.arg(id + 100));

        QSqlQuery q(f.db->sql());
        QVERIFY2(q.exec(u"ALTER TABLE assignment_cooperators RENAME TO cooperators_away"_s),
                 qPrintable(q.lastError().text()));
        QVERIFY(!s.start(id));
        QVERIFY2(s.errorString().startsWith(u"Cannot read the assignment"_s),
                 qPrintable(s.errorString()));
        QVERIFY(!s.setSupervision(id, u"督查室已核实"_s));
        QVERIFY2(s.errorString().startsWith(u"Cannot read the assignment"_s),
                 qPrintable(s.errorString()));
        FollowUpService fu(*f.db);
        QVERIFY(!fu.addProgressReport(id, isoDate("2024-06-10"), u"已协调"_s, u"张三"_s));
        QVERIFY2(fu.errorString().startsWith(u"Cannot read the assignment"_s),
                 qPrintable(fu.errorString()));
        QVERIFY(q.exec(u"ALTER TABLE cooperators_away RENAME TO assignment_cooperators"_s));
        QVERIFY2(q.exec(u"ALTER TABLE assignments RENAME TO assignments_away"_s),
                 qPrintable(q.lastError().text()));
        QVERIFY(!s.start(id));
        QVERIFY2(s.errorString().startsWith(u"Cannot read the assignment"_s),
                 qPrintable(s.errorString()));
        QVERIFY(q.exec(u"ALTER TABLE assignments_away RENAME TO assignments"_s));
        QCOMPARE(f.value(u"SELECT status FROM assignments WHERE id = ?"_s, {id}).toString(),
                 u"assigned"_s);
    }

    // Two desks on one assignment: a step taken on the version one desk showed is refused once
    // the other changed it; the merge names what the other desk changed, and the step taken
    // again over the stored version keeps both desks' changes. A part both changed conflicts.
    void staleStepIsRefusedAndMerged() {
        WorkflowFixture f(u"tongliao"_s);
        QVERIFY(f.ok);
        const qint64 id = assign(f, "2024-06-03");
        Database other; // desk B: its own connection to the same database
        QVERIFY2(other.open(f.db->path()), qPrintable(other.errorString()));
        AssignmentService deskA(*f.db);
        AssignmentService deskB(other);
        const Assignment shown = *deskB.find(id);
        QVERIFY(deskA.setSupervision(id, u"督查室已电话督办"_s));

        deskB.expectVersion(id, shown.version);
        QVERIFY(!deskB.setFeedback(id, u"已告知企业"_s, isoDate("2024-06-21"), u"电话"_s));
        QVERIFY(deskB.conflict());
        const Assignment stored = *deskB.find(id);
        Assignment mine = shown;
        mine.feedback = u"已告知企业"_s;
        const AssignmentMerge merge(shown, mine, stored);
        QCOMPARE(merge.changedElsewhere(), QList<AssignmentField>{AssignmentField::Supervision});
        QVERIFY(merge.changedByYou(AssignmentField::Feedback));
        QVERIFY(!merge.hasConflicts());
        QCOMPARE(merge.merged().supervision, u"督查室已电话督办"_s);
        QCOMPARE(merge.merged().feedback, u"已告知企业"_s);
        deskB.expectVersion(id, stored.version);
        QVERIFY2(deskB.setFeedback(id, u"已告知企业"_s, isoDate("2024-06-21"), u"电话"_s),
                 qPrintable(deskB.errorString()));
        const Assignment both = *deskA.find(id);
        QCOMPARE(both.supervision, u"督查室已电话督办"_s);
        QCOMPARE(both.feedback, u"已告知企业"_s);

        QVERIFY(deskA.setSupervision(id, u"督查室现场核实"_s));
        mine = both;
        mine.supervision = u"督查室约谈部门"_s;
        const AssignmentMerge clash(both, mine, *deskB.find(id));
        QVERIFY(clash.conflicts(AssignmentField::Supervision));
        QCOMPARE(clash.merged().supervision, u"督查室约谈部门"_s);
    }

    void returnedEscalatedDeferred() {
        WorkflowFixture f(u"heyuan"_s);
        QVERIFY(f.ok);
        const qint64 wrong = f.department(u"住建局"_s);
        const qint64 right = f.department(u"自然资源局"_s, u"钱七"_s, u"0762-3333333"_s);
        const qint64 id = assign(f, "2024-06-03", {}, wrong);
        AssignmentService s(*f.db);
        QVERIFY(!s.returnToOffice(id, QString()));
        QVERIFY(s.returnToOffice(id, u"不属于本部门职责"_s));
        QCOMPARE(s.find(id)->status, Status::Returned);
        QVERIFY(!s.reassign(id, wrong, {}, {}, u"x"_s));
        QVERIFY(s.reassign(id, right, u"钱七"_s, u"0762-3333333"_s, u"职责调整"_s));
        QCOMPARE(s.find(id)->status, Status::Assigned);
        QCOMPARE(s.find(id)->leadDepartmentId, right);
        QCOMPARE(s.find(id)->leadContact, u"钱七"_s);

        QVERIFY(!s.escalate(id, u" "_s));
        QVERIFY(s.escalate(id, u"需市政府常务会研究"_s));
        QCOMPARE(s.find(id)->status, Status::Escalated);
        QCOMPARE(s.find(id)->escalationNote, u"需市政府常务会研究"_s);
        // 暂缓解决 needs the written explanation.
        QVERIFY(!s.defer(id, QString()));
        QVERIFY(s.errorString().startsWith(u"Explanation"_s));
        QCOMPARE(s.find(id)->status, Status::Escalated);
        QVERIFY(s.defer(id, u"规划调整前暂不具备条件，已向企业解释"_s));
        QCOMPARE(s.find(id)->status, Status::Deferred);
        QVERIFY(!s.find(id)->isOpen());
        QVERIFY(!s.complete(id, u"x"_s, isoDate("2024-06-10")));
        // Both were dated today (no day given): escalated until the deferral, deferred still.
        const QDate today = QDate::currentDate();
        QCOMPARE(s.find(id)->escalatedOn, today);
        QCOMPARE(s.find(id)->escalatedUntil, today);
        QCOMPARE(s.find(id)->deferredOn, today);
        QVERIFY(!s.find(id)->deferredUntil.isValid());
    }

    // What the assignment panel used to work out itself: a department handed a returned item
    // gets the department's contact and phone, and the enterprise evaluates its own appeal
    // (unit, responsible person, phone from the appeal) unless another evaluator is named.
    void contactAndEvaluatorDefaults() {
        WorkflowFixture f(u"tongliao"_s);
        QVERIFY(f.ok);
        const qint64 wrong = f.department(u"住建局"_s);
        const qint64 right = f.department(u"自然资源局"_s, u"钱七"_s, u"0475-3333333"_s);
        const qint64 id = assign(f, "2024-06-03", {}, wrong);
        const qint64 appealId =
            f.value(u"SELECT appeal_id FROM assignments WHERE id = ?"_s, {id}).toLongLong();
        QSqlQuery q(f.db->sql());
        q.prepare(u"UPDATE appeals SET responsible_person = '赵六', phone = '13900000000' "
                  "WHERE id = ?"_s);
        q.addBindValue(appealId);
        QVERIFY(q.exec());
        AssignmentService s(*f.db);
        FollowUpService fu(*f.db);
        QVERIFY(s.returnToOffice(id, u"不属于本部门职责"_s));
        QVERIFY2(s.reassign(id, right, {}, {}, u"职责调整"_s), qPrintable(s.errorString()));
        QCOMPARE(s.find(id)->leadContact, u"钱七"_s);
        QCOMPARE(s.find(id)->leadPhone, u"0475-3333333"_s);
        QVERIFY(s.complete(id, u"已办结"_s, isoDate("2024-06-20")));
        Evaluation e;
        e.level = Evaluation::Level::Basic;
        e.submitDate = isoDate("2024-06-25");
        QVERIFY2(fu.evaluate(id, e) > 0, qPrintable(fu.errorString()));
        const Evaluation stored = fu.evaluations(id).constLast();
        QCOMPARE(
            stored.evaluatingUnit,
            f.value(u"SELECT submitting_unit FROM appeals WHERE id = ?"_s, {appealId}).toString());
        QCOMPARE(stored.responsiblePerson, u"赵六"_s);
        QCOMPARE(stored.phone, u"13900000000"_s);

        // Another evaluator named: kept as given, nothing of the appeal's mixed in.
        const qint64 other = assign(f, "2024-06-03");
        QVERIFY(s.complete(other, u"已办结"_s, isoDate("2024-06-20")));
        e.evaluatingUnit = u"市工商联"_s;
        QVERIFY(fu.evaluate(other, e) > 0);
        QCOMPARE(fu.evaluations(other).constLast().evaluatingUnit, u"市工商联"_s);
        QCOMPARE(fu.evaluations(other).constLast().responsiblePerson, QString());
    }

    void escalationAndDeferralAreDated() {
        WorkflowFixture f(u"wuhai"_s);
        QVERIFY(f.ok);
        const qint64 id = assign(f, "2024-09-02");
        AssignmentService s(*f.db);
        // The day must fall between the assignment and today.
        QVERIFY(!s.escalate(id, u"需自治区审批"_s, isoDate("2024-08-30")));
        QVERIFY2(s.errorString().contains(u"2024-08-30"_s) &&
                     s.errorString().contains(u"2024-09-02"_s),
                 qPrintable(s.errorString()));
        QVERIFY(!s.escalate(id, u"需自治区审批"_s, QDate::currentDate().addDays(1)));
        QVERIFY(s.errorString().startsWith(u"Escalated on"_s));
        QCOMPARE(s.find(id)->status, Status::Assigned);
        QVERIFY(!s.find(id)->escalatedOn.isValid());

        QVERIFY(s.escalate(id, u"需自治区审批"_s, isoDate("2024-09-10")));
        QCOMPARE(s.find(id)->escalatedOn, isoDate("2024-09-10"));
        QVERIFY(!s.find(id)->escalatedUntil.isValid());
        // Back from the higher level: started again today.
        QVERIFY(s.start(id));
        QCOMPARE(s.find(id)->escalatedOn, isoDate("2024-09-10"));
        QCOMPARE(s.find(id)->escalatedUntil, QDate::currentDate());
        // Escalated again and completed while escalated: a new period ending on the
        // completion day.
        QVERIFY(s.escalate(id, u"再次提交"_s, isoDate("2024-10-09")));
        QCOMPARE(s.find(id)->escalatedOn, isoDate("2024-10-09"));
        QVERIFY(!s.find(id)->escalatedUntil.isValid());
        QVERIFY(s.complete(id, u"已协调解决"_s, isoDate("2024-10-18")));
        QCOMPARE(s.find(id)->escalatedUntil, isoDate("2024-10-18"));

        const qint64 later = assign(f, "2024-09-02");
        QVERIFY(!s.defer(later, u"政策限制"_s, isoDate("2024-09-01")));
        QVERIFY(s.errorString().startsWith(u"Deferred on"_s));
        QVERIFY(s.defer(later, u"政策限制，已向企业解释"_s, isoDate("2024-09-20")));
        QCOMPARE(s.find(later)->deferredOn, isoDate("2024-09-20"));
        QVERIFY(s.start(later));
        QCOMPARE(s.find(later)->deferredUntil, QDate::currentDate());
        // The day is in the history too.
        const QList<AuditLog::Entry> history = s.history(later);
        bool dated = false;
        for (const AuditLog::Entry &e : history)
            dated = dated || (e.action == u"deferred"_s &&
                              e.detail.value(u"on"_s).toString() == u"2024-09-20"_s);
        QVERIFY(dated);
    }

    void wushenExtensionCapRefusesTheThird() {
        WorkflowFixture f(u"wushen"_s);
        QVERIFY(f.ok);
        const qint64 id = assign(f, "2024-07-08");
        AssignmentService s(*f.db);
        FollowUpService fu(*f.db);
        QCOMPARE(s.find(id)->dueDate, isoDate("2024-07-15"));
        QCOMPARE(fu.requestExtension(id, QString(), isoDate("2024-07-30"), isoDate("2024-07-12")),
                 0);
        QCOMPARE(fu.requestExtension(id, u"x"_s, isoDate("2024-07-10"), isoDate("2024-07-12")), 0);
        QVERIFY(fu.errorString().contains(u"2024-07-15"_s));

        const qint64 e1 = fu.requestExtension(id, u"等待评估报告"_s, isoDate("2024-07-30"),
                                              isoDate("2024-07-12"));
        QVERIFY2(e1 > 0, qPrintable(fu.errorString()));
        QCOMPARE(fu.requestExtension(id, u"再等"_s, isoDate("2024-08-30"), isoDate("2024-07-12")),
                 0); // pending
        QVERIFY(fu.approveExtension(e1, isoDate("2024-07-13")));
        QVERIFY(!fu.approveExtension(e1, isoDate("2024-07-13")));
        QCOMPARE(s.find(id)->dueDate, isoDate("2024-07-30"));
        QCOMPARE(s.find(id)->originalDueDate, isoDate("2024-07-15"));

        // A refused request does not use up the cap.
        const qint64 r =
            fu.requestExtension(id, u"理由不足"_s, isoDate("2024-08-10"), isoDate("2024-07-20"));
        QVERIFY(fu.refuseExtension(r, isoDate("2024-07-21"), u"理由不充分"_s));
        QCOMPARE(s.find(id)->dueDate, isoDate("2024-07-30"));

        const qint64 e2 =
            fu.requestExtension(id, u"上级审批中"_s, isoDate("2024-08-20"), isoDate("2024-07-28"));
        QVERIFY(e2 > 0);
        QVERIFY(fu.approveExtension(e2, isoDate("2024-07-29")));
        QCOMPARE(fu.extensionsCounted(id), 2);

        // The third: refused, with the cap and the regulation named.
        QCOMPARE(
            fu.requestExtension(id, u"仍需时间"_s, isoDate("2024-09-20"), isoDate("2024-08-18")),
            0);
        QVERIFY(fu.errorString().contains(u"2"_s));
        QVERIFY2(fu.errorString().contains(u"无特殊情况延期申请不得超过2次"_s),
                 qPrintable(fu.errorString()));
        QCOMPARE(s.find(id)->dueDate, isoDate("2024-08-20"));
        const QList<Extension> all = fu.extensions(id);
        QCOMPARE(all.size(), 4);
        QCOMPARE(all.last().status, Extension::Status::Refused);
        QVERIFY(all.last().decisionNote.contains(u"不得超过2次"_s));
        QCOMPARE(all.first().previousDue, isoDate("2024-07-15"));

        AssignmentService::DeadlineState st = AssignmentService::deadlineState(
            *s.find(id), fu.extensionsApproved(id, isoDate("2024-08-01")), isoDate("2024-08-01"),
            CalendarRepository(*f.db).load(), 3);
        QCOMPARE(st, AssignmentService::DeadlineState::Extended);
        st = AssignmentService::deadlineState(*s.find(id), 2, isoDate("2024-08-21"),
                                              CalendarRepository(*f.db).load(), 3);
        QCOMPARE(st, AssignmentService::DeadlineState::ExtendedOverdue);
    }

    void noCapElsewhere() {
        WorkflowFixture f(u"tongliao"_s);
        QVERIFY(f.ok);
        const qint64 id = assign(f, "2024-06-03");
        AssignmentService s(*f.db);
        FollowUpService fu(*f.db);
        QVERIFY(fu.extensionCapText().isEmpty());
        QDate due = s.find(id)->dueDate;
        for (int i = 0; i < 3; ++i) {
            due = due.addDays(10);
            const qint64 e =
                fu.requestExtension(id, u"原因%1"_s.arg(i), due, isoDate("2024-06-10"));
            QVERIFY2(e > 0, qPrintable(fu.errorString()));
            QVERIFY(fu.approveExtension(e, isoDate("2024-06-11")));
        }
        QCOMPARE(s.find(id)->dueDate, due);
        const auto cal = CalendarRepository(*f.db).load();
        QCOMPARE(AssignmentService::deadlineState(*s.find(id),
                                                  fu.extensionsApproved(id, due.addDays(1)),
                                                  due.addDays(1), cal, 3),
                 AssignmentService::DeadlineState::ExtendedOverdue);
        const qint64 plain = assign(f, "2024-06-03");
        QCOMPARE(AssignmentService::deadlineState(*s.find(plain), 0, isoDate("2024-07-04"), cal, 3),
                 AssignmentService::DeadlineState::Overdue);
        QCOMPARE(AssignmentService::deadlineState(*s.find(plain), 0, isoDate("2024-07-01"), cal, 3),
                 AssignmentService::DeadlineState::DueSoon);
        QCOMPARE(AssignmentService::deadlineState(*s.find(plain), 0, isoDate("2024-06-04"), cal, 3),
                 AssignmentService::DeadlineState::OnTime);
    }

    void wuhaiTenDayReports() {
        WorkflowFixture f(u"wuhai"_s);
        QVERIFY(f.ok);
        const qint64 id = assign(f, "2024-03-01");
        AssignmentService s(*f.db);
        FollowUpService fu(*f.db);
        QCOMPARE(fu.nextReportDate(id), isoDate("2024-03-11"));
        QVERIFY(fu.missedReports(id, isoDate("2024-03-10")).isEmpty());
        // What the clerk is told before the first report: its deadline only, not also a
        // "next" ten days after the assignment.
        FollowUpService::ReportDates dates = fu.reportDates(id, isoDate("2024-03-05"));
        QCOMPARE(dates.firstDue, s.find(id)->progressDue);
        QVERIFY(dates.firstDue.isValid());
        QVERIFY(!dates.next.isValid());
        QCOMPARE(fu.addProgressReport(id, isoDate("2024-03-08"), u" "_s), 0);
        QVERIFY(fu.addProgressReport(id, isoDate("2024-03-08"), u"已完成现场勘查"_s, u"王五"_s) >
                0);
        QCOMPARE(s.find(id)->status, Status::InProgress); // the first report starts the handling
        QCOMPARE(fu.nextReportDate(id), isoDate("2024-03-18"));
        dates = fu.reportDates(id, isoDate("2024-03-10"));
        QCOMPARE(dates.next, isoDate("2024-03-18")); // once one is filed, the next follows it
        QVERIFY(dates.missed.isEmpty());
        QCOMPARE(fu.missedReports(id, isoDate("2024-04-01")),
                 (QList<QDate>{isoDate("2024-03-18"), isoDate("2024-03-28")}));
        QVERIFY(fu.addProgressReport(id, isoDate("2024-03-17"), u"已上会研究"_s) > 0);
        QCOMPARE(fu.missedReports(id, isoDate("2024-04-01")), QList<QDate>{isoDate("2024-03-27")});
        QCOMPARE(fu.progressReports(id).size(), 2);

        WorkflowFixture other(u"wushen"_s);
        QVERIFY(other.ok);
        const qint64 id2 = assign(other, "2024-03-01");
        QVERIFY(!FollowUpService(*other.db).nextReportDate(id2).isValid());
        QVERIFY(FollowUpService(*other.db).missedReports(id2, isoDate("2024-06-01")).isEmpty());
    }

    void unsatisfiedReopens_data() {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QDate>("newDue");
        QTest::newRow("乌审旗 7 days") << u"wushen"_s << isoDate("2024-07-29");
        QTest::newRow("乌海 30 days") << u"wuhai"_s << isoDate("2024-08-21");
    }

    void unsatisfiedReopens() {
        QFETCH(QString, profile);
        QFETCH(QDate, newDue);
        WorkflowFixture f(profile);
        QVERIFY(f.ok);
        const qint64 id = assign(f, "2024-07-01");
        AssignmentService s(*f.db);
        FollowUpService fu(*f.db);
        QVERIFY(s.complete(id, u"已答复"_s, isoDate("2024-07-05")));
        Evaluation e;
        e.level = Evaluation::Level::Unsatisfied;
        e.submitDate = isoDate("2024-07-22"); // a Monday
        QCOMPARE(fu.evaluate(id, e), 0);
        QVERIFY(fu.errorString().startsWith(u"Opinion"_s));
        e.opinion = u"问题未实质解决"_s;
        e.suggestions = u"请再协调"_s;
        QVERIFY(fu.evaluate(id, e) > 0);
        const Assignment a = *s.find(id);
        QCOMPARE(a.status, Status::InProgress);
        QCOMPARE(a.rehandleCount, 1);
        QCOMPARE(a.dueDate, newDue);
        QVERIFY(!a.completedOn.isValid());
        QCOMPARE(s.history(id).last().action, u"reopened"_s);
        QCOMPARE(fu.evaluations(id).first().level, Evaluation::Level::Unsatisfied);
        // Handled again and now basically satisfied.
        QVERIFY(s.complete(id, u"已再次协调解决"_s, isoDate("2024-07-26")));
        e.level = Evaluation::Level::Basic;
        QVERIFY(fu.evaluate(id, e) > 0);
        QCOMPARE(s.find(id)->status, Status::Evaluated);
        QCOMPARE(s.find(id)->rehandleCount, 1);
    }
};

QTEST_GUILESS_MAIN(TestAssignments)
#include "tst_assignments.moc"
