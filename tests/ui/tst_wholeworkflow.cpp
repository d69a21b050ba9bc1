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

// The whole workflow driven as a clerk would under the 乌审旗 rules: key a paper form in by
// keyboard, screen it, bundle, plan, assign, report, extend up to the cap, record the result and
// an unsatisfied evaluation that reopens it.
class TestWholeWorkflow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true); // the main window remembers things
    }

    void wholeWorkflow() {
        WorkflowFixture f(u"wushen"_s);
        QVERIFY(f.ok);
        const qint64 tax = f.department(u"乌审旗税务局"_s, u"赵六"_s, u"0477-7621234"_s);
        const qint64 market = f.department(u"乌审旗市场监督管理局"_s, u"孙八"_s, u"0477-7625678"_s);
        QList<qint64> enterprises;
        for (int i = 1; i <= 10; ++i)
            enterprises << f.enterprise(u"乌审旗能源企业%1有限公司"_s.arg(i));

        // --- Keying in the paper 议题表, by keyboard only; the chain continues with it ---
        qint64 a = 0;
        keyInByKeyboard(*f.db, &a);
        if (QTest::currentTestFailed())
            return;
        const Appeal keyed = *AppealRepository(*f.db).find(a);
        QCOMPARE(keyed.submittingUnit, u"乌审旗绿源新能源有限公司"_s);
        QCOMPARE(keyed.submitDate, isoDate("2024-06-03"));
        QCOMPARE(keyed.problem, u"增值税留抵退税到账慢，影响资金周转"_s);
        QCOMPARE(keyed.domain, u"税务"_s);
        QVERIFY(keyed.urgent);
        QCOMPARE(keyed.status, Appeal::Status::Pending);
        const qint64 b = f.appeal(u"退税材料要求重复提交"_s, u"税务"_s);
        const qint64 c = f.appeal(u"匿名反映"_s);
        const qint64 d = f.appeal(u"营业执照变更流程咨询"_s, u"市场监管"_s);

        // --- Screening, from the topics page ---
        TopicsPage topics(*f.db);
        QAbstractItemModelTester t1(topics.appealModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(topics.topicModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(topics.appealModel()->rowCount(), 4);
        topics.selectAppeals({a, b});
        topics.screenSelected();
        auto *dialog = topics.findChild<ScreeningDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible()); // window-modal, the test is not blocked
        QVERIFY(dialog->apply());
        QTRY_VERIFY(!topics.findChild<ScreeningDialog *>());
        QVERIFY(topics.message().contains(u"2"_s));
        QCOMPARE(f.value(u"SELECT COUNT(*) FROM appeals WHERE status = 'accepted'"_s).toInt(), 2);

        ScreeningDialog reject(*f.db, {c});
        reject.setChoice(ScreeningDialog::Choice::Reject);
        reject.setReasonCode(u"anonymous"_s);
        QVERIFY(reject.apply());
        QCOMPARE(f.value(u"SELECT screening_reason FROM appeals WHERE id = ?"_s, {c}).toString(),
                 u"anonymous"_s);

        ScreeningDialog solve(*f.db, {d});
        solve.setChoice(ScreeningDialog::Choice::Solve);
        QVERIFY(!solve.apply()); // no answer: the dialog says so and stays
        QVERIFY(solve.message().startsWith(u"Answer"_s));
        solve.setAnswer(u"已现场告知可通过蒙企通办理"_s);
        QVERIFY(solve.apply());
        QCOMPARE(f.value(u"SELECT status FROM appeals WHERE id = ?"_s, {d}).toString(),
                 u"solved"_s);

        // --- Topic ---
        topics.refresh();
        QCOMPARE(topics.appealModel()->rowCount(), 2); // screened-out ones are hidden
        topics.selectAppeals({a, b});
        topics.setTopicTitle(u"退税办理"_s);
        // Enter in the title creates the topic, as the button does.
        QTest::keyClick(topics.findChild<QLineEdit *>(u"topicTitleEdit"_s), Qt::Key_Return);
        QVERIFY2(topics.message().contains(u"created"_s), qPrintable(topics.message()));
        const qint64 topicId = topics.currentTopicId();
        QVERIFY(topicId > 0);
        topics.setDepartment(tax);
        QVERIFY(topics.handToDepartment());
        topics.setDepartment(market);
        QVERIFY(topics.handToDepartment());
        QCOMPARE(topics.topicModel()->rowCount(), 1);
        QCOMPARE(topics.topicModel()->data(topics.topicModel()->index(0, 0)).toString(),
                 u"Urgent"_s);
        shoot(&topics, u"topics"_s);

        // --- Meeting ---
        Clock::Fixed today(isoDate("2024-06-20"));
        MeetingsPage meetings(*f.db);
        meetings.show(); // the agenda list must show its rows, not only hold them
        QAbstractItemModelTester t3(meetings.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        meetings.newMeeting();
        meetings.setMeetingDate(isoDate("2024-07-05"));
        // New meeting: the cursor is in the title, Enter saves.
        QVERIFY(QTest::qWaitForWindowActive(&meetings));
        QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
        typeText(QApplication::focusWidget(), u"2024年第三季度政务服务“亲清”政企恳谈会"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        const qint64 meetingId = meetings.currentMeetingId();
        QVERIFY(meetingId > 0);
        QVERIFY(meetings.rulesText().contains(u"2024-07-08"_s)); // assign by, 1 working day after
        QVERIFY2(meetings.warnings().join(u'\n').contains(u"at least 10"_s),
                 qPrintable(meetings.warnings().join(u'\n')));
        for (int i = 0; i < 9; ++i)
            meetings.setEnterpriseInvited(enterprises.at(i), true);
        QVERIFY(meetings.saveAttendees());
        QVERIFY(meetings.warnings().join(u'\n').contains(u"9 enterprise"_s));
        meetings.setEnterpriseInvited(enterprises.at(9), true);
        QVERIFY(meetings.saveAttendees());
        QVERIFY2(!meetings.warnings().join(u'\n').contains(u"Representatives"_s),
                 qPrintable(meetings.warnings().join(u'\n')));

        // A second topic to order the agenda.
        const qint64 e = f.appeal(u"证照办理"_s, {}, false, u"accepted"_s);
        const qint64 second = TopicService(*f.db).create(u"证照"_s, {e});
        QVERIFY(TopicService(*f.db).handToDepartments(second, {market}, isoDate("2024-06-21")));
        meetings.refresh();
        // The agenda tab in front, as the clerk has it while adding topics.
        auto *agendaList = meetings.findChild<QListWidget *>(u"agendaList"_s);
        QVERIFY(agendaList);
        meetings.findChild<QTabWidget *>()->setCurrentWidget(agendaList->parentWidget());
        QVERIFY(QTest::qWaitForWindowExposed(&meetings));
        QTRY_VERIFY(agendaList->isVisible());
        // Topics on no agenda yet are offered first: urgent first (the keyed-in appeal was
        // urgent), then the newest.
        auto *choice = meetings.findChild<QComboBox *>(u"agendaTopicChoice"_s);
        QCOMPARE(choice->itemData(0).toLongLong(), topicId);
        QCOMPARE(choice->itemData(1).toLongLong(), second);
        QVERIFY(meetings.addTopicToAgenda(topicId));
        QVERIFY(meetings.addTopicToAgenda(second));
        QCOMPARE(meetings.agendaTopicIds(), (QList<qint64>{topicId, second}));
        // The list on screen shows them (not only its model).
        const auto agendaShown = [&meetings] {
            auto *list = meetings.findChild<QListWidget *>(u"agendaList"_s);
            QCoreApplication::processEvents();
            return list && list->count() == 2 && list->visualItemRect(list->item(0)).isValid() &&
                   list->visualItemRect(list->item(1)).top() >
                       list->visualItemRect(list->item(0)).top();
        };
        QVERIFY(agendaShown());
        QVERIFY(meetings.moveAgendaItem(1, 0));
        QCOMPARE(meetings.agendaTopicIds(), (QList<qint64>{second, topicId}));
        QVERIFY(agendaShown());
        QCOMPARE(MeetingService(*f.db).find(meetingId)->agenda.first().topicId, second);
        QVERIFY(meetings.saveDecision(topicId, u"税务局牵头，市场监管局配合，限期办结"_s));
        QVERIFY(meetings.saveDecision(second, u"市场监管局办理"_s));
        meetings.setAssignedOn(isoDate("2024-07-09"));
        // Agenda order: 证照 (appeal e) first, then 退税 (a, b). The clerk picks the lead of 证照
        // again to show the choice is honoured; leaving no lead would be refused.
        QCOMPARE(meetings.proposalCount(), 3);
        meetings.setProposedLead(0, 0);
        QVERIFY(!meetings.createAssignments());
        QVERIFY(meetings.message().contains(u"lead"_s));
        meetings.setProposedLead(0, market);
        QVERIFY2(meetings.createAssignments(), qPrintable(meetings.message()));
        QVERIFY2(meetings.message().contains(u"3 assignment"_s), qPrintable(meetings.message()));
        QVERIFY(meetings.message().contains(u"2024-07-08"_s)); // assigned later than the rule
        shoot(&meetings, u"meetings"_s);

        // --- Assignments ---
        AssignmentsPage page(*f.db);
        QAbstractItemModelTester t4(page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        Clock::setToday(isoDate("2024-07-10")); // the scope's Clock::Fixed restores it
        page.refresh();
        QCOMPARE(page.model()->rowCount(), 3);
        const qint64 assignmentA =
            f.value(u"SELECT id FROM assignments WHERE appeal_id = ?"_s, {a}).toLongLong();
        const qint64 assignmentE =
            f.value(u"SELECT id FROM assignments WHERE appeal_id = ?"_s, {e}).toLongLong();
        page.selectAssignment(assignmentA);
        AssignmentDetailPanel *detail = page.detail();
        QCOMPARE(detail->assignmentId(), assignmentA);
        QVERIFY(detail->summaryText().contains(u"赵六"_s)); // lead contact
        QVERIFY(detail->summaryText().contains(u"孙八"_s)); // cooperating department's contact
        QVERIFY(detail->summaryText().contains(u"2024-07-24"_s)); // 15 days: several departments
        QVERIFY(detail->start());
        // The deadline only changes with a reason.
        QVERIFY(!detail->changeDeadline(isoDate("2024-07-26"), QString()));
        QVERIFY(detail->message().startsWith(u"Reason"_s));
        auto *line = detail->findChild<MessageLine *>();
        QCOMPARE(line->kind(), MessageLine::Kind::Error); // refused: in the error colour
        QVERIFY(detail->changeDeadline(isoDate("2024-07-26"), u"企业补充材料"_s));
        QCOMPARE(line->kind(), MessageLine::Kind::Success);
        QVERIFY(detail->summaryText().contains(u"企业补充材料"_s));
        QVERIFY(detail->addProgress(isoDate("2024-07-12"), u"已核实退税材料"_s));
        // The reason typed for the request is cleared once it is recorded (the same field takes
        // a refusal's reason).
        auto *reason = detail->findChild<QLineEdit *>(u"extensionReason"_s);
        reason->setText(u"等待上级审批"_s);
        QVERIFY(detail->requestExtension(reason->text(), isoDate("2024-08-05")));
        QVERIFY(reason->text().isEmpty());
        QVERIFY(detail->decideLatestExtension(true));
        QVERIFY(detail->requestExtension(u"上级审批未完成"_s, isoDate("2024-08-20")));
        QVERIFY(detail->decideLatestExtension(true));
        QVERIFY(!detail->requestExtension(u"仍需时间"_s, isoDate("2024-09-10")));
        QVERIFY2(detail->message().contains(u"无特殊情况延期申请不得超过2次"_s),
                 qPrintable(detail->message()));
        QVERIFY(detail->capText().contains(u"2"_s));
        QCOMPARE(AssignmentService(*f.db).find(assignmentA)->dueDate, isoDate("2024-08-20"));
        // The history tab names the workflow's steps in words.
        auto *history = detail->findChild<QTreeWidget *>();
        QVERIFY(history);
        QStringList actions;
        for (int i = 0; i < history->topLevelItemCount(); ++i)
            actions << history->topLevelItem(i)->text(2);
        QVERIFY2(actions.contains(u"Extension refused"_s) &&
                     actions.contains(u"Extension approved"_s),
                 qPrintable(actions.join(u',')));
        shoot(&page, u"assignments"_s);
        if (auto *tabs = detail->findChild<QTabWidget *>()) {
            tabs->setCurrentIndex(2); // extensions, with the cap and the refused request
            shoot(&page, u"assignments-extensions"_s);
            tabs->setCurrentIndex(0);
        }

        // Deadline colours: overdue after extension differs from plain overdue and extended.
        Clock::setToday(isoDate("2024-08-01"));
        page.refresh();
        const int rowA = page.model()->rowOfId(assignmentA);
        const int rowE = page.model()->rowOfId(assignmentE);
        const auto stateAt = [&](int row) {
            return page.model()
                ->data(page.model()->index(row, 0), AssignmentsModel::DeadlineStateRole)
                .toInt();
        };
        const auto colourAt = [&](int row) {
            return page.model()->data(page.model()->index(row, 0), Qt::BackgroundRole);
        };
        QCOMPARE(stateAt(rowA), int(AssignmentService::DeadlineState::Extended));
        QCOMPARE(stateAt(rowE), int(AssignmentService::DeadlineState::Overdue));
        QVERIFY(colourAt(rowA).isValid() && colourAt(rowE).isValid());
        QVERIFY(colourAt(rowA) != colourAt(rowE));
        Clock::setToday(isoDate("2024-08-21"));
        page.refresh();
        QCOMPARE(stateAt(page.model()->rowOfId(assignmentA)),
                 int(AssignmentService::DeadlineState::ExtendedOverdue));
        QVERIFY(colourAt(page.model()->rowOfId(assignmentA)) !=
                colourAt(page.model()->rowOfId(assignmentE)));

        // Result, feedback, evaluation: 不满意 reopens it.
        page.selectAssignment(assignmentA);
        QVERIFY(detail->complete(u"已协调办理退税"_s, isoDate("2024-08-15")));
        QVERIFY(detail->saveFeedback(u"电话告知企业"_s, isoDate("2024-08-16"), u"电话"_s));
        QVERIFY(detail->saveSupervision(u"督查室跟踪"_s));
        QVERIFY(!detail->evaluate(Evaluation::Level::Unsatisfied, QString(), QString(),
                                  isoDate("2024-08-19")));
        QVERIFY(detail->evaluate(Evaluation::Level::Unsatisfied, u"退税仍未到账"_s, u"请加快"_s,
                                 isoDate("2024-08-19")));
        QVERIFY(detail->message().contains(u"reopened"_s));
        const Assignment reopened = *AssignmentService(*f.db).find(assignmentA);
        QCOMPARE(reopened.status, Assignment::Status::InProgress);
        QCOMPARE(reopened.rehandleCount, 1);
        QCOMPARE(reopened.dueDate, isoDate("2024-09-03")); // 15 days after 08-19
        QCOMPARE(page.model()
                     ->data(page.model()->index(page.model()->rowOfId(assignmentA),
                                                page.model()->columnIndex(u"status"_s)))
                     .toString(),
                 u"In progress"_s);
        QVERIFY(detail->summaryText().contains(u"1 time"_s));
    }

private:
    // The paper form typed in the entry window with Tab, the mnemonics and Ctrl+Enter only;
    // `id` is the stored appeal.
    static void keyInByKeyboard(Database &db, qint64 *id) {
        AppealEntryDialog entry(db);
        entry.show();
        QVERIFY(QTest::qWaitForWindowActive(&entry));
        const auto field = [] {
            return QApplication::focusWidget();
        };
        const auto tab = [&field] {
            QTest::keyClick(field(), Qt::Key_Tab);
        };
        QTRY_COMPARE(field()->objectName(), u"unitEdit"_s);
        typeText(field(), u"乌审旗绿源新能源有限公司"_s); // a new enterprise
        tab();
        typeText(field(), u"刘建国"_s);
        tab();
        typeText(field(), u"0477-7629876"_s);
        tab();
        QCOMPARE(field()->objectName(), u"dateEdit"_s);
        typeText(field(), u"20240603"_s); // the digits walk year, month and day
        tab();
        QCOMPARE(field()->objectName(), u"problemEdit"_s);
        typeText(field(), u"增值税留抵退税到账慢，影响资金周转"_s);
        tab();
        typeText(field(), u"建议简化退税审核流程"_s);
        // Remarks, credit code, "add to the registry", channel, collected by: as they are.
        for (const QString &name : {u"priorEdit"_s, u"usccEdit"_s, u"addEnterpriseCheck"_s,
                                    u"channelCombo"_s, u"departmentCombo"_s, u"domainCombo"_s}) {
            tab();
            // An editable combo box's line edit has the focus, inside the combo box.
            QWidget *w = field();
            QCOMPARE(w->objectName().isEmpty() ? w->parentWidget()->objectName() : w->objectName(),
                     name);
        }
        typeText(field(), u"税务"_s);
        QTest::keyClick(field(), Qt::Key_R, Qt::AltModifier); // U&rgent
        // A mnemonic clicks the box the animated way, a moment later.
        QTRY_VERIFY(entry.findChild<QCheckBox *>(u"urgentCheck"_s)->isChecked());
        QTest::keyClick(field(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(entry.form()->savedCount(), 1);
        *id = entry.form()->lastSavedId();
        QTest::keyClick(field(), Qt::Key_Escape); // the fresh, empty form closes without asking
        QVERIFY(!entry.isVisible());
    }
};

QTEST_MAIN(TestWholeWorkflow)
#include "tst_wholeworkflow.moc"
