// Two desks on one assignment (issue 9, no lost update): desk B's panel was opened before desk A
// saved. B's step is refused with who changed the assignment and what; B keeps what it typed
// when it goes back, saving its changes keeps A's where they do not overlap, and a field both
// changed stands out and can be reloaded. Two connections to one SQLite file, as two windows.

#include "core/AuditLog.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/workflow/AssignmentService.h"
#include "core/workflow/FollowUpService.h"
#include "tests/core/WorkflowFixture.h"
#include "tests/ui/ConflictDialogAnswer.h"
#include "ui/EditConflictDialog.h"
#include "ui/workflow/AssignmentDetailPanel.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

class TestAssignmentEdit : public QObject {
    Q_OBJECT

    static void type(AssignmentDetailPanel &panel, const char *edit, const QString &text) {
        panel.findChild<QPlainTextEdit *>(QString::fromLatin1(edit))->setPlainText(text);
    }

    static void click(AssignmentDetailPanel &panel, const char *button) {
        panel.findChild<QPushButton *>(QString::fromLatin1(button))->click();
    }

    // An accepted appeal with `problem`, assigned to `department` on 2024-06-03: its id.
    static qint64 assigned(WorkflowFixture &f, const QString &problem, const QString &department) {
        Assignment draft;
        draft.appealId = f.appeal(problem, {}, false, u"accepted"_s);
        draft.leadDepartmentId = f.department(department);
        draft.assignedOn = isoDate("2024-06-03");
        return AssignmentService(*f.db).create(draft);
    }

private slots:
    void twoDesksOnOneAssignmentLoseNothing() {
        WorkflowFixture f(u"tongliao"_s);
        QVERIFY(f.ok);
        Clock::Fixed today(isoDate("2024-06-20"));
        AssignmentService service(*f.db);
        const qint64 id = assigned(f, u"园区道路破损"_s, u"通辽市交通运输局"_s);
        QVERIFY(id > 0);
        Database second; // desk B: its own connection to the same file
        QVERIFY2(second.open(f.db->path()), qPrintable(second.errorString()));
        AssignmentDetailPanel deskA(*f.db);
        AssignmentDetailPanel deskB(second);
        deskA.setAssignment(id);
        deskB.setAssignment(id);

        AuditLog::setCurrentUser(u"desk-a"_s);
        type(deskA, "supervisionEdit", u"督查室已电话督办"_s);
        click(deskA, "supervisionButton");
        QVERIFY2(deskA.message().contains(u"saved"_s), qPrintable(deskA.message()));

        // B, whose panel still shows the assignment as it was, writes the feedback: refused,
        // told by whom, and the typing stays when B goes back.
        AuditLog::setCurrentUser(u"desk-b"_s);
        type(deskB, "feedbackEdit", u"已电话告知企业负责人"_s);
        QStringList rows;
        QString message;
        answerConflictDialog("backButton", &rows, &message);
        click(deskB, "feedbackButton");
        QCOMPARE(rows, QStringList{u"Supervision notes|(not changed)|督查室已电话督办"_s});
        QVERIFY2(message.contains(u"desk-a"_s), qPrintable(message));
        QCOMPARE(deskB.findChild<QPlainTextEdit *>(u"feedbackEdit"_s)->toPlainText(),
                 u"已电话告知企业负责人"_s);
        QVERIFY(service.find(id)->feedback.isEmpty());

        // "Save my changes": B's feedback onto A's version; A's supervision notes stay.
        rows.clear();
        answerConflictDialog("overwriteButton", &rows);
        click(deskB, "feedbackButton");
        QCOMPARE(rows.size(), 1);
        Assignment stored = *service.find(id);
        QCOMPARE(stored.feedback, u"已电话告知企业负责人"_s);
        QCOMPARE(stored.supervision, u"督查室已电话督办"_s);
        QVERIFY2(deskB.message().contains(u"saved"_s), qPrintable(deskB.message()));

        // Both write the supervision notes: the row stands out with both values; B reloads and
        // sees A's, and nothing of B's is stored.
        AuditLog::setCurrentUser(u"desk-a"_s);
        deskA.setAssignment(id);
        type(deskA, "supervisionEdit", u"督查室现场核实"_s);
        click(deskA, "supervisionButton");
        AuditLog::setCurrentUser(u"desk-b"_s);
        type(deskB, "supervisionEdit", u"督查室约谈部门负责人"_s);
        rows.clear();
        answerConflictDialog("reloadButton", &rows);
        click(deskB, "supervisionButton");
        QCOMPARE(rows, QStringList{u"!Supervision notes|督查室约谈部门负责人|督查室现场核实"_s});
        QCOMPARE(deskB.findChild<QPlainTextEdit *>(u"supervisionEdit"_s)->toPlainText(),
                 u"督查室现场核实"_s);
        QCOMPARE(service.find(id)->supervision, u"督查室现场核实"_s);
        // Reloaded, B's next step is taken over the version it now shows: no dialog.
        click(deskB, "startButton");
        QCOMPARE(service.find(id)->status, Assignment::Status::InProgress);
        QCOMPARE(service.find(id)->supervision, u"督查室现场核实"_s);
        AuditLog::setCurrentUser(QString());
    }

    // A refresh after another desk's save keeps the feedback day and way the clerk has changed
    // and not yet saved (it kept only the texts: the date and the way went back to the stored
    // ones); another item shows the stored ones again.
    void aRefreshKeepsAChangedDateAndWay() {
        WorkflowFixture f(u"tongliao"_s);
        QVERIFY(f.ok);
        Clock::Fixed today(isoDate("2024-06-20"));
        AssignmentService service(*f.db);
        const qint64 id = assigned(f, u"园区路灯不亮"_s, u"通辽市住房和城乡建设局"_s);
        QVERIFY(id > 0);
        QVERIFY(service.setFeedback(id, u"已电话告知"_s, isoDate("2024-06-10"), u"Phone"_s));
        AssignmentDetailPanel panel(*f.db);
        panel.setAssignment(id);
        auto *day = panel.findChild<QDateEdit *>(u"feedbackOnEdit"_s);
        auto *way = panel.findChild<QComboBox *>(u"feedbackMethodCombo"_s);
        QVERIFY(day && way);
        QCOMPARE(day->date(), isoDate("2024-06-10"));
        QCOMPARE(way->currentText(), u"Phone"_s);
        day->setDate(isoDate("2024-06-18"));
        way->setCurrentText(u"Visit"_s);

        QVERIFY(service.setSupervision(id, u"督查室已督办"_s)); // another desk
        panel.setAssignment(id);                                // the refresh that follows
        QCOMPARE(day->date(), isoDate("2024-06-18"));
        QCOMPARE(way->currentText(), u"Visit"_s);

        panel.setAssignment(0);
        panel.setAssignment(id);
        QCOMPARE(day->date(), isoDate("2024-06-10"));
        QCOMPARE(way->currentText(), u"Phone"_s);
    }

    // The handling tab's new deadline and the extension tab's requested day survive a refresh
    // after another desk's save (both went back to the stored deadline, or a week past it); a
    // changed day counts as typing, so a deadline change taken with it after the refresh is
    // checked against the version the clerk saw instead of silently going over the colleague's.
    void aRefreshKeepsTheChosenDays() {
        WorkflowFixture f(u"tongliao"_s);
        QVERIFY(f.ok);
        Clock::Fixed today(isoDate("2024-06-20"));
        AssignmentService service(*f.db);
        const qint64 id = assigned(f, u"园区供水管网老化"_s, u"通辽市住房和城乡建设局"_s);
        QVERIFY(id > 0);
        const QDate due = service.find(id)->dueDate;
        AssignmentDetailPanel panel(*f.db);
        panel.setAssignment(id);
        auto *newDue = panel.findChild<QDateEdit *>(u"newDueEdit"_s);
        auto *requested = panel.findChild<QDateEdit *>(u"requestedDueEdit"_s);
        QVERIFY(newDue && requested);
        QCOMPARE(newDue->date(), due);
        QCOMPARE(requested->date(), due.addDays(7));
        newDue->setDate(due.addDays(20));
        requested->setDate(due.addDays(30));

        QVERIFY(service.setSupervision(id, u"督查室已督办"_s)); // another desk
        panel.setAssignment(id);
        QCOMPARE(newDue->date(), due.addDays(20));
        QCOMPARE(requested->date(), due.addDays(30));

        // The reason is typed after the refresh: only the changed day held the older version.
        type(panel, "handlingNote", u"企业申请，经协调延后"_s);
        QStringList rows;
        answerConflictDialog("backButton", &rows);
        click(panel, "deadlineButton");
        QVERIFY2(rows.contains(u"Supervision notes|(not changed)|督查室已督办"_s),
                 qPrintable(rows.join(u'\n')));
        QCOMPARE(service.find(id)->dueDate, due);

        panel.setAssignment(0);
        panel.setAssignment(id);
        QCOMPARE(newDue->date(), due);
        QCOMPARE(requested->date(), due.addDays(7));
    }

    // Desk B shows a pending extension request; desk A refuses it and a new request is made.
    // B's 批准 must not approve the new request it has never seen: it is refused, naming who
    // decided the one B saw and how, and the new request waits for a decision.
    void anExtensionDecidedElsewhereIsNotDecidedAgain() {
        WorkflowFixture f(u"tongliao"_s);
        QVERIFY(f.ok);
        Clock::Fixed today(isoDate("2024-06-20"));
        AssignmentService service(*f.db);
        const qint64 id = assigned(f, u"厂区外道路积水"_s, u"通辽市交通运输局"_s);
        QVERIFY(id > 0);
        const QDate due = service.find(id)->dueDate;
        FollowUpService followUp(*f.db);
        const qint64 first =
            followUp.requestExtension(id, u"需协调用地"_s, due.addDays(10), Clock::today());
        QVERIFY2(first > 0, qPrintable(followUp.errorString()));
        AssignmentDetailPanel deskB(*f.db);
        deskB.setAssignment(id);

        AuditLog::setCurrentUser(u"desk-a"_s);
        QVERIFY2(followUp.refuseExtension(first, Clock::today(), u"理由不充分"_s),
                 qPrintable(followUp.errorString()));
        const qint64 second =
            followUp.requestExtension(id, u"已补充材料"_s, due.addDays(5), Clock::today());
        QVERIFY2(second > 0, qPrintable(followUp.errorString()));
        AuditLog::setCurrentUser(u"desk-b"_s);

        click(deskB, "approveButton");
        QVERIFY2(deskB.message().contains(u"already decided by desk-a on 2024-06-20"_s),
                 qPrintable(deskB.message()));
        QVERIFY2(deskB.message().contains(u"Refused"_s), qPrintable(deskB.message()));
        const QList<Extension> stored = followUp.extensions(id);
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored.at(1).status, Extension::Status::Pending);
        QCOMPARE(service.find(id)->dueDate, due);

        // Now the panel shows the new request: deciding it is B's to do.
        click(deskB, "approveButton");
        QVERIFY2(deskB.message().contains(u"approved"_s), qPrintable(deskB.message()));
        QCOMPARE(service.find(id)->dueDate, due.addDays(5));
        AuditLog::setCurrentUser(QString());
    }

    // An assignment that cannot be read (the server away) is said to be so on the panel, not
    // shown as if none were selected or it had been deleted.
    void unreadableAssignmentSaysWhy() {
        WorkflowFixture f(u"tongliao"_s);
        QVERIFY(f.ok);
        Assignment draft;
        draft.appealId = f.appeal(u"园区道路破损"_s, {}, false, u"accepted"_s);
        draft.leadDepartmentId = f.department(u"通辽市交通运输局"_s);
        draft.assignedOn = isoDate("2024-06-03");
        const qint64 id = AssignmentService(*f.db).create(draft);
        QVERIFY(id > 0);
        AssignmentDetailPanel panel(*f.db);
        panel.setAssignment(id);
        QVERIFY(panel.message().isEmpty());
        QSqlQuery q(f.db->sql());
        QVERIFY(q.exec(u"ALTER TABLE assignment_cooperators RENAME TO cooperators_away"_s));
        panel.setAssignment(id);
        QVERIFY2(panel.message().startsWith(u"Cannot read the assignment"_s),
                 qPrintable(panel.message()));
    }
};

QTEST_MAIN(TestAssignmentEdit)
#include "tst_assignmentedit.moc"
