#include "core/Clock.h"
#include "core/StatusLabels.h"
#include "core/dashboard/DashboardQuery.h"
#include "core/demo/DemoDataGenerator.h"
#include "core/queries/OverdueQuery.h"
#include "core/records/AppealRepository.h"
#include "core/workflow/AssignmentService.h"
#include "core/workflow/FollowUpService.h"
#include "core/workflow/MeetingService.h"
#include "core/workflow/TopicService.h"
#include "tests/core/WorkflowFixture.h"
#include "tests/ui/KeyboardTyping.h"
#include "tests/ui/PageShot.h"
#include "ui/AppealEntryDialog.h"
#include "ui/AppealEntryForm.h"
#include "ui/GuiApplication.h"
#include "ui/MainWindow.h"
#include "ui/MessageLine.h"
#include "ui/workflow/AppealQueueModel.h"
#include "ui/workflow/AssignmentDetailPanel.h"
#include "ui/workflow/AssignmentsModel.h"
#include "ui/workflow/AssignmentsPage.h"
#include "ui/workflow/MeetingsModel.h"
#include "ui/workflow/MeetingsPage.h"
#include "ui/workflow/ScreeningDialog.h"
#include "ui/workflow/TopicsModel.h"
#include "ui/workflow/TopicsPage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

// The workflow pages one question at a time: the words of the lists, the searches, the meeting
// the page opens on, the attendees, 乌海's domain matching, the report dates on the panel, and
// "extended" meaning the same everywhere. tst_wholeworkflow drives them end to end.
class TestWorkflowPages : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true); // the main window remembers things
    }

    // In Chinese the status 已交办 of an assignment is not the column header 交办日期, whose
    // English words ("Assigned") are the same.
    void assignmentStatusWordsInChinese() {
        GuiApplication::installLanguage(u"zh_CN"_s);
        const QString status = StatusLabels::assignment(u"assigned"_s);
        WorkflowFixture f(u"wushen"_s);
        QVERIFY(f.ok);
        AssignmentsModel model(*f.db);
        const QString header = model.headerData(3, Qt::Horizontal).toString();
        GuiApplication::installLanguage(u"en"_s);
        QCOMPARE(status, u"已交办"_s);
        QCOMPARE(header, u"交办日期"_s);
    }

    // The pages are in the navigation and cope with a realistic database.
    void pagesInMainWindowWithDemoData() {
        WorkflowFixture f(u"wuhai"_s);
        QVERIFY(f.ok);
        DemoDataGenerator demo(*f.db);
        DemoDataGenerator::Options options;
        options.appeals = 400;
        options.today = DemoDataGenerator::fixedReferenceDate();
        QVERIFY2(demo.generate(options), qPrintable(demo.errorString()));
        MainWindow window(*f.db);
        for (const QString &key : {u"topics"_s, u"meetings"_s, u"assignments"_s})
            QVERIFY2(window.pageKeys().contains(key), qPrintable(window.pageKeys().join(u',')));
        window.showPage(u"assignments"_s);
        auto *assignments = window.page<AssignmentsPage>(u"assignments"_s);
        QVERIFY(assignments);
        QAbstractItemModelTester tester(assignments->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(assignments->model()->rowCount() > 0);
        while (assignments->model()->canFetchMore({}))
            assignments->model()->fetchMore({});
        QCOMPARE(assignments->model()->rowCount(),
                 f.value(u"SELECT COUNT(*) FROM assignments"_s).toInt());
        assignments->selectAssignment(assignments->model()->idAt(0));
        shoot(&window, u"main-assignments"_s);
        window.showPage(u"meetings"_s);
        auto *meetings = window.page<MeetingsPage>(u"meetings"_s);
        QVERIFY(meetings && meetings->model()->rowCount() > 0);
        meetings->selectMeeting(meetings->model()->idAt(0));
        QVERIFY(!meetings->rulesText().isEmpty());
        shoot(&window, u"main-meetings"_s);
        window.showPage(u"topics"_s);
        QVERIFY(window.page<TopicsPage>(u"topics"_s)->topicModel()->rowCount() > 0);
        shoot(&window, u"main-topics"_s);
    }

    // Finding one assignment among many: by the appeal's number (Enter opens it), the lead
    // department or the subject; LIKE's wildcards are taken literally.
    void assignmentsSearch() {
        WorkflowFixture f(u"wushen"_s);
        QVERIFY(f.ok);
        DemoDataGenerator::Options options;
        options.appeals = 400;
        options.today = DemoDataGenerator::fixedReferenceDate();
        QVERIFY(DemoDataGenerator(*f.db).generate(options));
        AssignmentsPage page(*f.db);
        page.show();
        QAbstractItemModelTester tester(page.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto all = [&page] {
            while (page.model()->canFetchMore({}))
                page.model()->fetchMore({});
            return page.model()->rowCount();
        };
        const int total = all();
        QCOMPARE(total, f.value(u"SELECT COUNT(*) FROM assignments"_s).toInt());
        const QString number = f.value(u"SELECT a.number FROM assignments s JOIN appeals a ON "
                                       "a.id = s.appeal_id ORDER BY s.id DESC LIMIT 1"_s)
                                   .toString();
        auto *edit = page.findChild<QLineEdit *>(u"assignmentSearch"_s);
        edit->setText(number);
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(all(), f.value(u"SELECT COUNT(*) FROM assignments s JOIN appeals a ON a.id = "
                                "s.appeal_id WHERE a.number = ?"_s,
                                {number})
                            .toInt());
        QCOMPARE(page.detail()->assignmentId(), page.model()->idAt(0));
        page.search(u"税务局"_s);
        QCOMPARE(all(), f.value(u"SELECT COUNT(*) FROM assignments s JOIN departments d ON d.id = "
                                "s.lead_department_id WHERE d.name LIKE '%税务局%'"_s)
                            .toInt());
        page.search(u"100%"_s);
        QCOMPARE(all(), 0);
        page.search(QString());
        QCOMPARE(all(), total);
    }

    // The page opens on the coming meeting, not on an empty form.
    void meetingsPageOpensOnTheNextMeeting() {
        WorkflowFixture f(u"wushen"_s);
        QVERIFY(f.ok);
        MeetingService service(*f.db);
        const QDate today = QDate::currentDate();
        Meeting m;
        m.date = today.addDays(-20);
        const qint64 held = service.create(m);
        QVERIFY(service.setStatus(held, u"held"_s));
        m.date = today.addDays(40);
        service.create(m);
        m.date = today.addDays(9);
        const qint64 next = service.create(m);
        QCOMPARE(MeetingsPage(*f.db).currentMeetingId(), next);
    }

    // Inviting the enterprises: those whose appeals are on the agenda (and those invited) are
    // listed, the others are found by name.
    void attendeesListTheAgendasEnterprises() {
        WorkflowFixture f(u"wushen"_s);
        QVERIFY(f.ok);
        const qint64 onAgenda = f.enterprise(u"乌审旗恒达化工有限公司"_s);
        const qint64 invited = f.enterprise(u"乌审旗远大物流有限公司"_s);
        const qint64 other = f.enterprise(u"乌审旗蒙兴乳业有限公司"_s);
        const qint64 appeal = f.appeal(u"园区道路"_s, {}, false, u"accepted"_s);
        QSqlQuery q(f.db->sql());
        QVERIFY(q.exec(
            u"UPDATE appeals SET enterprise_id = %1 WHERE id = %2"_s.arg(onAgenda).arg(appeal)));
        MeetingService service(*f.db);
        Meeting m;
        m.date = isoDate("2024-07-05");
        const qint64 meeting = service.create(m);
        QVERIFY(service.setAgenda(meeting, {TopicService(*f.db).create(u"道路"_s, {appeal})}));
        QVERIFY(service.setEnterprises(meeting, {{invited, u"王强"_s}}));
        MeetingsPage page(*f.db);
        page.selectMeeting(meeting);
        auto *table = page.findChild<QTableWidget *>(u"enterpriseTable"_s);
        const auto shown = [table](qint64 id) {
            for (int r = 0; r < table->rowCount(); ++r)
                if (table->item(r, 0)->data(Qt::UserRole).toLongLong() == id)
                    return !table->isRowHidden(r);
            return false;
        };
        QVERIFY(shown(onAgenda) && shown(invited) && !shown(other));
        page.findChild<QLineEdit *>(u"enterpriseSearch"_s)->setText(u"蒙兴"_s);
        QVERIFY(shown(other) && !shown(onAgenda));
        page.findChild<QLineEdit *>(u"enterpriseSearch"_s)->clear();
        page.findChild<QCheckBox *>(u"agendaEnterprisesOnly"_s)->setChecked(false);
        QVERIFY(shown(onAgenda) && shown(invited) && shown(other));
    }

    // The appeals a clerk is gathering into a topic stay selected when the page is read again
    // after another desk's save (they were all unselected, and 新建议题 then said to select
    // some); an appeal another desk put into a topic meanwhile drops out of the selection.
    void topicsPageKeepsTheSelectionOnRefresh() {
        WorkflowFixture f(u"tongliao"_s);
        QVERIFY(f.ok);
        const qint64 a = f.appeal(u"园区道路破损"_s, {}, false, u"accepted"_s);
        const qint64 b = f.appeal(u"园区路灯不亮"_s, {}, false, u"accepted"_s);
        const qint64 c = f.appeal(u"园区供水不足"_s, {}, false, u"accepted"_s);
        TopicsPage page(*f.db);
        page.selectAppeals({a, b, c});
        QVERIFY(TopicService(*f.db).create(u"供水"_s, {c}) > 0); // another desk
        page.refresh();
        QCOMPARE(page.selectedAppealIds(), (QList<qint64>{a, b}));
    }

    // 乌海: the agenda's appeals are matched against the chairing vice-mayor's domains.
    void wuhaiDomainMatchingOnTheMeetingsPage() {
        WorkflowFixture f(u"wuhai"_s);
        QVERIFY(f.ok);
        const qint64 industry = f.leader(u"王副市长"_s, u"工业、能源"_s);
        const qint64 trade = f.leader(u"李副市长"_s, u"商贸、文旅"_s);
        const qint64 energy = f.appeal(u"电价"_s, u"能源"_s, false, u"accepted"_s);
        const qint64 tourism = f.appeal(u"景区"_s, u"文旅"_s, false, u"accepted"_s);
        const qint64 factory = f.appeal(u"厂房"_s, u"工业"_s, false, u"accepted"_s);
        TopicService topics(*f.db);
        const qint64 t1 = topics.create(u"能源"_s, {energy});
        const qint64 t2 = topics.create(u"文旅"_s, {tourism});
        QVERIFY(topics.create(u"工业"_s, {factory}) > 0); // waiting, on no agenda
        const qint64 unmarked = f.appeal(u"其他"_s, QString(), false, u"accepted"_s);
        const qint64 t4 = topics.create(u"其他"_s, {unmarked});
        MeetingService service(*f.db);
        Meeting m;
        m.date = isoDate("2024-04-10");
        const qint64 april = service.create(m);
        m.date = isoDate("2024-07-10");
        const qint64 july = service.create(m);
        QVERIFY(service.setLeaders(july, {{trade, u"chair"_s}}));
        QVERIFY(service.setAgenda(april, {t1, t2, t4}));

        Clock::Fixed today(isoDate("2024-03-01"));
        MeetingsPage page(*f.db);
        page.selectMeeting(april);
        // No chair yet: nothing can match, and the page says what to do.
        QVERIFY2(page.domainText().contains(u"No chairing leader"_s),
                 qPrintable(page.domainText()));
        page.setLeaderRole(industry, u"chair"_s);
        QVERIFY(page.saveAttendees());
        const QString text = page.domainText();
        QVERIFY2(text.contains(u"T-0002"_s) && text.contains(u"2024-07-10"_s), qPrintable(text));
        QVERIFY2(text.contains(u"T-0003"_s), qPrintable(text));  // 工业 fits this chair
        QVERIFY2(!text.contains(u"T-0001"_s), qPrintable(text)); // 能源 matches: nothing to say
        QVERIFY2(text.contains(u"T-0004 has no domain"_s), qPrintable(text));
        // The notice is due 15 working days before 2024-04-10.
        QVERIFY2(page.rulesText().contains(u"2024-03-19"_s), qPrintable(page.rulesText()));
    }

    // 乌海's reports: before the first report the panel names its deadline only; once one is
    // filed, the next (十日一报) follows it.
    void reportDatesOnThePanel() {
        WorkflowFixture f(u"wuhai"_s);
        QVERIFY(f.ok);
        AssignmentService s(*f.db);
        FollowUpService fu(*f.db);
        Assignment draft;
        draft.appealId = f.appeal(u"园区道路"_s, {}, false, u"accepted"_s);
        draft.leadDepartmentId = f.department(u"乌海市交通运输局"_s);
        draft.assignedOn = isoDate("2024-07-01");
        const qint64 id = s.create(draft);
        QVERIFY(id > 0);
        Clock::Fixed today(isoDate("2024-07-02"));
        AssignmentDetailPanel panel(*f.db);
        panel.setAssignment(id);
        const auto info = [&panel] {
            return panel.findChild<QLabel *>(u"reportInfo"_s)->text();
        };
        QVERIFY2(info().contains(s.find(id)->progressDue.toString(Qt::ISODate)),
                 qPrintable(info()));
        QVERIFY2(!info().contains(u"Next report"_s), qPrintable(info()));
        QVERIFY(fu.addProgressReport(id, isoDate("2024-07-05"), u"已现场勘查"_s) > 0);
        panel.setAssignment(id);
        QVERIFY2(info().contains(u"Next report (every 10 days) due 2024-07-15"_s),
                 qPrintable(info()));
    }

    // "Extended" has one definition (AssignmentState::isExtended: an extension approved by the
    // date): the assignments page, the dashboard and the overdue report agree, and neither a
    // deadline changed with a reason nor a pending or refused request counts.
    void extendedMeansTheSameOnEveryScreen() {
        WorkflowFixture f(u"wushen"_s);
        QVERIFY(f.ok);
        const qint64 tax = f.department(u"乌审旗税务局"_s);
        AssignmentService s(*f.db);
        FollowUpService fu(*f.db);
        const auto assign = [&](const QString &problem) {
            Assignment draft;
            draft.appealId = f.appeal(problem, {}, false, u"accepted"_s);
            draft.leadDepartmentId = tax;
            draft.assignedOn = isoDate("2024-07-01");
            return s.create(draft);
        };
        const qint64 plain = assign(u"按期办理"_s);
        const qint64 changed = assign(u"期限调整"_s);
        const qint64 extended = assign(u"批准延期"_s);
        const qint64 pending = assign(u"延期待批"_s);
        const qint64 refused = assign(u"延期不予批准"_s);
        const QDate due = s.find(plain)->dueDate;
        QCOMPARE(due, isoDate("2024-07-08")); // 7 days, one department
        QVERIFY(s.setDueDate(changed, due.addDays(10), u"企业补充材料，调整期限"_s));
        const qint64 approved = fu.requestExtension(extended, u"等待上级审批"_s, due.addDays(10),
                                                    isoDate("2024-07-03"));
        QVERIFY(fu.approveExtension(approved, isoDate("2024-07-05")));
        QVERIFY(
            fu.requestExtension(pending, u"等待材料"_s, due.addDays(10), isoDate("2024-07-03")));
        const qint64 no =
            fu.requestExtension(refused, u"工作量大"_s, due.addDays(10), isoDate("2024-07-03"));
        QVERIFY(fu.refuseExtension(no, isoDate("2024-07-05"), u"理由不充分"_s));
        const QList<qint64> all{plain, changed, extended, pending, refused};

        for (const QDate &asOf : {isoDate("2024-07-04"), isoDate("2024-07-06")}) {
            Clock::Fixed today(asOf);
            AssignmentsPage page(*f.db);
            DashboardQuery dashboard(*f.db);
            DashboardQuery::Options options;
            options.asOf = asOf;
            const DashboardSnapshot snapshot = dashboard.compute(options);
            QVERIFY2(dashboard.errorString().isEmpty(), qPrintable(dashboard.errorString()));
            for (qint64 id : all) {
                const auto state = AssignmentService::DeadlineState(
                    page.model()
                        ->data(page.model()->index(page.model()->rowOfId(id), 0),
                               AssignmentsModel::DeadlineStateRole)
                        .toInt());
                const bool onPage = state == AssignmentService::DeadlineState::Extended;
                bool onDashboard = false;
                for (const DashboardItem &item : snapshot.items)
                    if (item.id == id)
                        onDashboard = item.bucket == DashboardBucket::Extended;
                const bool expected = id == extended && asOf >= isoDate("2024-07-05");
                const QString what = u"assignment %1 as of %2"_s.arg(id).arg(asOf.toString());
                QVERIFY2(onPage == expected, qPrintable(what + u" on the page"_s));
                QVERIFY2(onDashboard == expected, qPrintable(what + u" on the dashboard"_s));
            }
        }
        // Overdue later, the report still tells the approved extension from the rest.
        const QList<OverdueQuery::Item> overdue = OverdueQuery(*f.db).run(isoDate("2024-07-30"));
        QCOMPARE(overdue.size(), all.size());
        for (const OverdueQuery::Item &item : overdue)
            QCOMPARE(item.extended, item.assignmentId == extended);
        Clock::Fixed today(isoDate("2024-07-30"));
        AssignmentsPage page(*f.db);
        for (qint64 id : all)
            QCOMPARE(page.model()
                             ->data(page.model()->index(page.model()->rowOfId(id), 0),
                                    AssignmentsModel::DeadlineStateRole)
                             .toInt() == int(AssignmentService::DeadlineState::ExtendedOverdue),
                     id == extended);
    }
};

QTEST_MAIN(TestWorkflowPages)
#include "tst_workflow_pages.moc"
