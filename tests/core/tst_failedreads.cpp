#include "core/cli/CliContext.h"
#include "core/cli/ShowCommand.h"
#include "core/import/AppealCsvImporter.h"
#include "core/import/ImportMapping.h"
#include "core/queries/AssignmentSummaryQuery.h"
#include "core/records/AppealNumbering.h"
#include "core/records/AppealRepository.h"
#include "core/workflow/AssignmentService.h"
#include "core/workflow/FollowUpService.h"
#include "core/workflow/MeetingAssignmentService.h"
#include "core/workflow/MeetingService.h"
#include "core/workflow/ScreeningService.h"
#include "core/workflow/TopicService.h"
#include "tests/core/WorkflowFixture.h"

#include <QTest>

using namespace Qt::StringLiterals;

// A read that fails (the server away, a table the login cannot read) is never taken for "no
// rows": the lists, look-ups and numbers below answered as if nothing were there — an empty
// list, "not in use", "not assigned", number 1 again. Each table is renamed under the service
// (on both engines), as tst_records does, and renamed back afterwards.
class TestFailedReads : public QObject {
    Q_OBJECT

private:
    static bool rename(WorkflowFixture &f, const QString &from, const QString &to) {
        QSqlQuery q(f.db->sql());
        if (q.exec(u"ALTER TABLE %1 RENAME TO %2"_s.arg(from, to)))
            return true;
        qWarning("rename %s: %s", qPrintable(from), qPrintable(q.lastError().text()));
        return false;
    }

    static qint64 assign(WorkflowFixture &f) {
        Assignment a;
        a.appealId = f.appeal(u"问题"_s, {}, false, u"accepted"_s);
        a.leadDepartmentId = f.department(u"牵头部门%1"_s.arg(a.appealId));
        a.assignedOn = isoDate("2024-06-03");
        AssignmentService s(*f.db);
        const qint64 id = s.create(a);
        if (!id)
            qWarning("%s", qPrintable(s.errorString()));
        return id;
    }

    // An appeal whose number was typed in by hand.
    static Appeal typedAppeal() {
        Appeal a;
        a.number = u"WS2024-0001"_s;
        a.submittingUnit = u"乌审旗蒙泰煤电有限公司"_s;
        a.submitDate = isoDate("2024-03-01");
        a.problem = u"项目用地手续办理周期长"_s;
        return a;
    }

    static qint64 meeting(MeetingService &meetings, const char *on) {
        Meeting m;
        m.title = u"畅谈会"_s;
        m.date = isoDate(on);
        const qint64 id = meetings.create(m);
        if (!id)
            qWarning("%s", qPrintable(meetings.errorString()));
        return id;
    }

    static bool cannotRead(const QString &message) {
        if (message.startsWith(u"Cannot read"_s))
            return true;
        qWarning("expected 'Cannot read …', got: %s", qPrintable(message));
        return false;
    }

private slots:
    // After a meeting, a topic whose appeals or assignments cannot be read is not proposed as
    // one assignment for the topic as a whole (which assigned it a second time, without its
    // appeals): nothing is proposed and the tab says why.
    void noProposalFromAFailedRead() {
        WorkflowFixture f(u"tongliao"_s);
        QVERIFY(f.ok);
        const qint64 appeal = f.appeal(u"退税慢"_s, {}, false, u"accepted"_s);
        const qint64 tax = f.department(u"税务局"_s);
        TopicService topics(*f.db);
        const qint64 topic = topics.create(u"退税"_s, {appeal});
        QVERIFY2(topic > 0, qPrintable(topics.errorString()));
        QVERIFY(topics.handToDepartments(topic, {tax}, isoDate("2024-07-01")));
        MeetingService meetings(*f.db);
        const qint64 id = meeting(meetings, "2024-07-05");
        QVERIFY(meetings.setAgenda(id, {topic}));
        QVERIFY(meetings.setDecision(id, topic, u"税务局限时办结"_s));
        MeetingAssignmentService assign(*f.db);
        const auto plans = assign.proposeAssignments(id);
        QCOMPARE(plans.size(), 1);
        QCOMPARE(plans.first().appealId, appeal);

        QVERIFY(rename(f, u"assignments"_s, u"assignments_away"_s));
        QVERIFY(assign.proposeAssignments(id).isEmpty());
        QVERIFY(cannotRead(assign.readError()));
        QVERIFY(rename(f, u"assignments_away"_s, u"assignments"_s));
        QVERIFY(rename(f, u"topic_departments"_s, u"topic_departments_away"_s));
        QVERIFY(assign.proposeAssignments(id).isEmpty());
        QVERIFY(cannotRead(assign.readError()));
    }

    // A failed read of the year's numbers refuses to number: it gave WS2024-0001 again, the
    // number an appeal typed in by hand already has (the counter was not there yet).
    void numberingRefusesWhenItCannotRead() {
        WorkflowFixture f(u"wushen"_s);
        QVERIFY(f.ok);
        AppealRepository appeals(*f.db);
        Appeal typed = typedAppeal();
        QVERIFY2(appeals.insert(typed), qPrintable(appeals.errorString()));

        QVERIFY(rename(f, u"appeals"_s, u"appeals_away"_s));
        AppealNumbering numbering(*f.db);
        QCOMPARE(numbering.preview(2024), QString());
        QCOMPARE(numbering.next(2024), QString());
        QVERIFY(cannotRead(numbering.errorString()));
        QCOMPARE(numbering.next(2024, 3, {}), QStringList());
        QVERIFY(cannotRead(numbering.errorString()));
        QVERIFY(rename(f, u"appeals_away"_s, u"appeals"_s));
        // Nothing was reserved meanwhile.
        QCOMPARE(numbering.next(2024), u"WS2024-0002"_s);
    }

    // The number of an assigned appeal stays (it is printed on the sheets): a failed read of
    // its assignment let the number be changed, as if it had never been assigned.
    void assignedNumberStaysWhenTheAssignmentCannotBeRead() {
        WorkflowFixture f(u"tongliao"_s);
        QVERIFY(f.ok);
        const qint64 id = assign(f);
        QVERIFY(id > 0);
        const qint64 appealId =
            f.value(u"SELECT appeal_id FROM assignments WHERE id = ?"_s, {id}).toLongLong();
        AppealRepository appeals(*f.db);
        auto appeal = appeals.find(appealId);
        QVERIFY(appeal);
        QVERIFY(appeals.currentAssignment(appealId));

        QVERIFY(rename(f, u"assignments"_s, u"assignments_away"_s));
        QVERIFY(!appeals.currentAssignment(appealId));
        QVERIFY(cannotRead(appeals.readError()));
        appeal->number = u"TL-9999"_s;
        QVERIFY(!appeals.update(*appeal));
        QVERIFY(cannotRead(appeals.errorString()));
        QVERIFY(rename(f, u"assignments_away"_s, u"assignments"_s));
        QCOMPARE(f.value(u"SELECT number FROM appeals WHERE id = ?"_s, {appealId}).toString(),
                 u"T-0001"_s);
    }

    // A typed number whose check could not run is not "not in use": the save says why.
    void typedNumberCheckSaysWhyItFailed() {
        WorkflowFixture f(u"wushen"_s);
        QVERIFY(f.ok);
        QVERIFY(rename(f, u"appeals"_s, u"appeals_away"_s));
        AppealRepository appeals(*f.db);
        QVERIFY(!appeals.numberInUse(u"WS2024-0001"_s));
        QVERIFY(cannotRead(appeals.readError()));
        Appeal typed = typedAppeal();
        QVERIFY(!appeals.insert(typed));
        QVERIFY(cannotRead(appeals.errorString()));
    }

    // An assignment's reports, extensions and evaluations that cannot be read are not "none":
    // the panel counted no approved extension and so showed the old deadline as the one due.
    void followUpsThatCannotBeReadAreNotNone() {
        WorkflowFixture f(u"tongliao"_s);
        QVERIFY(f.ok);
        const qint64 id = assign(f);
        QVERIFY(id > 0);
        FollowUpService s(*f.db);
        QVERIFY2(s.addProgressReport(id, isoDate("2024-06-10"), u"已协调"_s, u"张三"_s) > 0,
                 qPrintable(s.errorString()));
        const qint64 ext =
            s.requestExtension(id, u"需补充材料"_s, isoDate("2024-08-30"), isoDate("2024-06-20"));
        QVERIFY2(ext > 0, qPrintable(s.errorString()));
        QVERIFY2(s.approveExtension(ext, isoDate("2024-06-21")), qPrintable(s.errorString()));
        AssignmentSummaryQuery query(*f.db);
        QCOMPARE(query.find(id, isoDate("2024-06-25"))->approvedExtensions, 1);

        for (const QString &table : {u"progress_reports"_s, u"extensions"_s, u"evaluations"_s})
            QVERIFY(rename(f, table, table + u"_away"_s));
        QVERIFY(!query.find(id, isoDate("2024-06-25")));
        QVERIFY(cannotRead(query.errorString()));
        QVERIFY(s.progressReports(id).isEmpty());
        QVERIFY(cannotRead(s.readError()));
        QVERIFY(s.extensions(id).isEmpty());
        QVERIFY(cannotRead(s.readError()));
        QVERIFY(s.evaluations(id).isEmpty());
        QVERIFY(cannotRead(s.readError()));
    }

    // The topics and meetings lists: a failed read was an empty list, with nothing to tell it
    // from a new database.
    void topicAndMeetingListsSayWhyTheyAreEmpty() {
        WorkflowFixture f(u"tongliao"_s);
        QVERIFY(f.ok);
        const qint64 a = f.appeal(u"电价高"_s, u"能源"_s);
        QVERIFY(ScreeningService(*f.db).apply({a}, {}));
        TopicService topics(*f.db);
        QVERIFY2(topics.create(u"用电问题"_s, {a}) > 0, qPrintable(topics.errorString()));
        MeetingService meetings(*f.db);
        QVERIFY(meeting(meetings, "2024-06-26") > 0);
        QCOMPARE(topics.list().size(), 1);
        QVERIFY(topics.readError().isEmpty());
        QCOMPARE(meetings.list().size(), 1);
        QVERIFY(meetings.readError().isEmpty());

        QVERIFY(rename(f, u"topics"_s, u"topics_away"_s));
        QVERIFY(rename(f, u"meetings"_s, u"meetings_away"_s));
        QVERIFY(topics.list().isEmpty());
        QVERIFY(cannotRead(topics.readError()));
        QVERIFY(meetings.list().isEmpty());
        QVERIFY(cannotRead(meetings.readError()));
        QVERIFY(rename(f, u"topics_away"_s, u"topics"_s));
        QVERIFY(rename(f, u"meetings_away"_s, u"meetings"_s));
        // A part of each that cannot be read fails the whole list, not that one entry.
        QVERIFY(rename(f, u"topic_departments"_s, u"topic_departments_away"_s));
        QVERIFY(rename(f, u"meeting_leaders"_s, u"meeting_leaders_away"_s));
        QVERIFY(topics.list().isEmpty());
        QVERIFY(cannotRead(topics.readError()));
        QVERIFY(meetings.list().isEmpty());
        QVERIFY(cannotRead(meetings.readError()));
    }

    // A meeting's plan that cannot be checked is not a plan without problems: the page said
    // "None" under its warnings while the meeting or the period's others could not be read.
    void planThatCannotBeCheckedIsNotFine() {
        WorkflowFixture f(u"tongliao"_s);
        QVERIFY(f.ok);
        MeetingService meetings(*f.db);
        const qint64 id = meeting(meetings, "2024-06-26");
        QVERIFY(id > 0);
        QVERIFY(!meetings.checkPlan(id, isoDate("2024-06-01")).isEmpty());

        QVERIFY(rename(f, u"meeting_leaders"_s, u"meeting_leaders_away"_s));
        const auto warnings = meetings.checkPlan(id, isoDate("2024-06-01"));
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(warnings.first().code, u"unreadable"_s);
        QVERIFY(cannotRead(warnings.first().message));
    }

    // A 12345 work order whose ledger cannot be read is not "never imported": the check said
    // the order would be imported again as a new appeal.
    void workOrderLedgerThatCannotBeReadIsNotEmpty() {
        WorkflowFixture f(u"wushen"_s);
        QVERIFY(f.ok);
        const QByteArray csv = "工单编号,来电时间,企业名称,诉求内容\n"
                               "GD202406010001,2024-06-03,乌审旗蒙泰煤电有限公司,电费高\n";
        const auto hotline = [&f, &csv](bool dryRun) {
            AppealCsvImporter importer(*f.db);
            importer.setMapping(*ImportMapping::builtIn(u"12345"_s));
            importer.setDryRun(dryRun);
            return importer.importData(csv);
        };
        QCOMPARE(hotline(false).imported, 1);
        QCOMPARE(hotline(true).skipped.size(), 1);

        QVERIFY(rename(f, u"imported_work_orders"_s, u"work_orders_away"_s));
        const auto check = hotline(true);
        QVERIFY(!check.ok);
        QCOMPARE(check.imported, 0);
        QCOMPARE(check.errors.size(), 1);
        QVERIFY(cannotRead(check.errors.first().text));
    }

    // 乌海's domain matching: a chair whose domains cannot be read covers nothing, and the
    // agenda tab said the appeals on the agenda fit no planned meeting's chair.
    void domainsThatCannotBeReadMatchNothing() {
        WorkflowFixture f(u"wuhai"_s);
        QVERIFY(f.ok);
        const qint64 industry = f.leader(u"王副市长"_s, u"工业、能源"_s);
        MeetingService meetings(*f.db);
        const qint64 id = meeting(meetings, "2024-04-10");
        QVERIFY(meetings.setLeaders(id, {{industry, u"chair"_s}}));
        const qint64 energy = f.appeal(u"电价"_s, u"能源"_s);
        const auto proposals = meetings.proposeByDomain(id, {energy});
        QCOMPARE(proposals.size(), 1);
        QVERIFY(proposals.first().matchesThisMeeting);

        QVERIFY(rename(f, u"leaders"_s, u"leaders_away"_s));
        QVERIFY(meetings.proposeByDomain(id, {energy}).isEmpty());
        QVERIFY(cannotRead(meetings.readError()));
        QVERIFY(rename(f, u"leaders_away"_s, u"leaders"_s));
        QVERIFY(rename(f, u"appeals"_s, u"appeals_away"_s));
        QVERIFY(meetings.proposeByDomain(id, {energy}).isEmpty());
        QVERIFY(cannotRead(meetings.readError()));
    }

    // qinqing-cli show: an appeal whose assignments cannot be read is not shown as one never
    // assigned, and one that cannot be read at all is not "no appeal has this number".
    void showSaysWhatItCannotRead() {
        WorkflowFixture f(u"tongliao"_s);
        QVERIFY(f.ok);
        QVERIFY(assign(f) > 0);
        QString outText, errText;
        QTextStream out(&outText), err(&errText);
        CliContext context(TestServer::location(f.dir.path(), u"wf.sqlite"_s), out, err);
        ShowCommand show;
        QCOMPARE(show.run(context, {u"appeal"_s, u"T-0001"_s}), int(CliCommand::Ok));
        QVERIFY2(outText.contains(u"Assignments"_s), qPrintable(outText));

        QVERIFY(rename(f, u"assignments"_s, u"assignments_away"_s));
        outText.clear();
        QCOMPARE(show.run(context, {u"appeal"_s, u"T-0001"_s}), int(CliCommand::Failed));
        err.flush();
        QVERIFY(cannotRead(errText));
        QVERIFY(rename(f, u"assignments_away"_s, u"assignments"_s));
        QVERIFY(rename(f, u"appeals"_s, u"appeals_away"_s));
        errText.clear();
        QCOMPARE(show.run(context, {u"appeal"_s, u"T-0001"_s}), int(CliCommand::Failed));
        err.flush();
        QVERIFY(cannotRead(errText));
    }

    // Messages name an assignment by its appeal's number; when that cannot be read they say
    // so instead of a record id the clerk has never seen.
    void assignmentLabelSaysWhyItHasNoNumber() {
        WorkflowFixture f(u"tongliao"_s);
        QVERIFY(f.ok);
        const qint64 id = assign(f);
        QVERIFY(id > 0);
        FollowUpService s(*f.db);
        QVERIFY(!s.evaluate(id, Evaluation()));
        QVERIFY2(s.errorString().startsWith(u"The assignment of appeal T-0001"_s),
                 qPrintable(s.errorString()));
        QVERIFY(rename(f, u"appeals"_s, u"appeals_away"_s));
        QVERIFY(!s.evaluate(id, Evaluation()));
        QVERIFY2(s.errorString().contains(u"Cannot read the appeal's number"_s),
                 qPrintable(s.errorString()));
    }
};

QTEST_GUILESS_MAIN(TestFailedReads)
#include "tst_failedreads.moc"
