// Two desks on one meeting (issue 9, no lost update): the Plan tab and the Attendees tab of two
// meetings pages on one SQLite file, as two windows. A refresh after the other desk's save
// (the live refresh) keeps what the clerk typed or ticked and has not saved; a save over the
// other desk's change asks, listing its changes beside the clerk's, and "save my changes" keeps
// what only the other desk changed.

#include "core/AuditLog.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/workflow/MeetingService.h"
#include "core/workflow/TopicService.h"
#include "tests/core/WorkflowFixture.h"
#include "tests/ui/ConflictDialogAnswer.h"
#include "ui/EditConflictDialog.h"
#include "ui/workflow/MeetingsPage.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

class TestMeetingEdit : public QObject {
    Q_OBJECT

    static QLineEdit *edit(MeetingsPage &page, const char *name) {
        return page.findChild<QLineEdit *>(QString::fromLatin1(name));
    }

private slots:
    void twoDesksOnOnePlanLoseNothing() {
        WorkflowFixture f(u"tongliao"_s);
        QVERIFY(f.ok);
        Clock::Fixed today(isoDate("2024-06-20"));
        MeetingService service(*f.db);
        Meeting m;
        m.date = isoDate("2024-07-05");
        m.title = u"七月政企畅谈会"_s;
        m.place = u"市政府三楼会议室"_s;
        const qint64 id = service.create(m);
        QVERIFY2(id > 0, qPrintable(service.errorString()));
        Database second; // desk B: its own connection to the same file
        QVERIFY2(second.open(f.db->path()), qPrintable(second.errorString()));
        MeetingsPage deskA(*f.db);
        MeetingsPage deskB(second);
        deskA.selectMeeting(id);
        deskB.selectMeeting(id);

        // B starts changing the place; A saves a new title; B's page is read again (the live
        // refresh): B's place stays as typed, A's title shows.
        edit(deskB, "meetingPlaceEdit")->setText(u"市民中心二楼"_s);
        AuditLog::setCurrentUser(u"desk-a"_s);
        edit(deskA, "meetingTitleEdit")->setText(u"七月政企恳谈会"_s);
        QVERIFY2(deskA.saveMeeting(), qPrintable(deskA.message()));
        deskB.refresh();
        QCOMPARE(edit(deskB, "meetingPlaceEdit")->text(), u"市民中心二楼"_s);
        QCOMPARE(edit(deskB, "meetingTitleEdit")->text(), u"七月政企恳谈会"_s);

        // B saves: B saw A's title, and A did not change the place: nothing to ask, A's title
        // stays with B's place.
        AuditLog::setCurrentUser(u"desk-b"_s);
        QStringList rows;
        answerConflictDialog("backButton", &rows);
        QVERIFY2(deskB.saveMeeting(), qPrintable(deskB.message()));
        QCoreApplication::processEvents(); // the answer waiting for a dialog that never came
        QVERIFY2(rows.isEmpty(), qPrintable(rows.join(u'\n')));
        Meeting stored = *service.find(id);
        QCOMPARE(stored.title, u"七月政企恳谈会"_s);
        QCOMPARE(stored.place, u"市民中心二楼"_s);

        // Both change the title, B without a refresh: the row stands out with both values;
        // Back keeps B's typing and stores nothing, Reload shows A's.
        AuditLog::setCurrentUser(u"desk-a"_s);
        deskA.refresh();
        edit(deskA, "meetingTitleEdit")->setText(u"七月营商环境座谈会"_s);
        QVERIFY2(deskA.saveMeeting(), qPrintable(deskA.message()));
        AuditLog::setCurrentUser(u"desk-b"_s);
        edit(deskB, "meetingTitleEdit")->setText(u"七月民营企业座谈会"_s);
        rows.clear();
        QString message;
        answerConflictDialog("backButton", &rows, &message);
        QVERIFY(!deskB.saveMeeting());
        QCOMPARE(rows, QStringList{u"!Meeting title|七月民营企业座谈会|七月营商环境座谈会"_s});
        QVERIFY2(message.contains(u"desk-a"_s), qPrintable(message));
        QCOMPARE(edit(deskB, "meetingTitleEdit")->text(), u"七月民营企业座谈会"_s);
        QCOMPARE(service.find(id)->title, u"七月营商环境座谈会"_s);
        rows.clear();
        answerConflictDialog("reloadButton", &rows);
        QVERIFY(!deskB.saveMeeting());
        QCOMPARE(edit(deskB, "meetingTitleEdit")->text(), u"七月营商环境座谈会"_s);
        QCOMPARE(service.find(id)->title, u"七月营商环境座谈会"_s);

        // A change elsewhere in the meeting (the attendees) is no reason to ask about the plan.
        const qint64 department = f.department(u"通辽市发展和改革委员会"_s);
        QVERIFY(service.setDepartments(id, {{department, u"attend"_s}}));
        edit(deskB, "meetingPlaceEdit")->setText(u"市民中心三楼"_s);
        rows.clear();
        answerConflictDialog("backButton", &rows);
        QVERIFY2(deskB.saveMeeting(), qPrintable(deskB.message()));
        QCoreApplication::processEvents();
        QVERIFY(rows.isEmpty());
        stored = *service.find(id);
        QCOMPARE(stored.place, u"市民中心三楼"_s);
        QCOMPARE(stored.departments.size(), 1);
        AuditLog::setCurrentUser(QString());
    }

    void twoDesksOnOneAttendanceLoseNothing() {
        WorkflowFixture f(u"tongliao"_s);
        QVERIFY(f.ok);
        Clock::Fixed today(isoDate("2024-06-20"));
        const qint64 reform = f.department(u"通辽市发展和改革委员会"_s);
        const qint64 roads = f.department(u"通辽市交通运输局"_s);
        const qint64 mayor = f.leader(u"王副市长"_s, u"工业"_s);
        MeetingService service(*f.db);
        Meeting m;
        m.date = isoDate("2024-07-05");
        const qint64 id = service.create(m);
        QVERIFY2(id > 0, qPrintable(service.errorString()));
        Database second;
        QVERIFY2(second.open(f.db->path()), qPrintable(second.errorString()));
        MeetingsPage deskA(*f.db);
        MeetingsPage deskB(second);
        deskA.selectMeeting(id);
        deskB.selectMeeting(id);

        // B ticks the transport bureau; A saves the mayor as chair; the live refresh at B keeps
        // B's tick and shows A's chair.
        deskB.setDepartmentAttending(roads, true);
        AuditLog::setCurrentUser(u"desk-a"_s);
        deskA.setLeaderRole(mayor, u"chair"_s);
        QVERIFY2(deskA.saveAttendees(), qPrintable(deskA.message()));
        deskB.refresh();
        // B saves: B saw A's chair and A did not touch the bureau: nothing to ask, both kept.
        AuditLog::setCurrentUser(u"desk-b"_s);
        QStringList rows;
        answerConflictDialog("backButton", &rows);
        QVERIFY2(deskB.saveAttendees(), qPrintable(deskB.message()));
        QCoreApplication::processEvents(); // the answer waiting for a dialog that never came
        QVERIFY2(rows.isEmpty(), qPrintable(rows.join(u'\n')));
        Meeting stored = *service.find(id);
        QCOMPARE(stored.leaders.size(), 1);
        QCOMPARE(stored.leaders.at(0).role, u"chair"_s);
        QCOMPARE(stored.departments.size(), 1);
        QCOMPARE(stored.departments.at(0).departmentId, roads);

        // B, not refreshed, unticks the bureau A has just ticked off too and ticks 发改委; A
        // ticks 发改委 first. Back keeps B's ticks and stores nothing.
        AuditLog::setCurrentUser(u"desk-a"_s);
        deskA.refresh();
        deskA.setDepartmentAttending(reform, true);
        QVERIFY2(deskA.saveAttendees(), qPrintable(deskA.message()));
        AuditLog::setCurrentUser(u"desk-b"_s);
        deskB.setLeaderRole(mayor, u"leave"_s);
        rows.clear();
        answerConflictDialog("backButton", &rows);
        QVERIFY(!deskB.saveAttendees());
        QCOMPARE(rows.size(), 1);
        QVERIFY2(rows.at(0).startsWith(u"通辽市发展和改革委员会|(not changed)|Attends"_s),
                 qPrintable(rows.join(u'\n')));
        QCOMPARE(service.find(id)->leaders.at(0).role, u"chair"_s);
        // Saved again with "save my changes": B's leave and A's 发改委 both stored.
        rows.clear();
        answerConflictDialog("overwriteButton", &rows);
        QVERIFY2(deskB.saveAttendees(), qPrintable(deskB.message()));
        stored = *service.find(id);
        QCOMPARE(stored.leaders.at(0).role, u"leave"_s);
        QCOMPARE(stored.departments.size(), 2);
        AuditLog::setCurrentUser(QString());
    }

    // Another meeting (or 新建会议) while the Plan tab, the attendees or a decision hold
    // changes not saved: asked first; Esc keeps the meeting and the typing, 不保存 goes on.
    void switchingMeetingsAsksBeforeDiscarding() {
        WorkflowFixture f(u"tongliao"_s);
        QVERIFY(f.ok);
        Clock::Fixed today(isoDate("2024-06-20"));
        MeetingService service(*f.db);
        Meeting m;
        m.date = isoDate("2024-07-05");
        m.title = u"七月政企畅谈会"_s;
        const qint64 july = service.create(m);
        m.date = isoDate("2024-08-05");
        m.title = u"八月政企畅谈会"_s;
        const qint64 august = service.create(m);
        MeetingsPage page(*f.db);
        page.selectMeeting(july);
        edit(page, "meetingPlaceEdit")->setText(u"市民中心二楼"_s);
        const auto answerNextQuestion = [](QMessageBox::StandardButton button) {
            QTimer::singleShot(0, [button] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                if (!box)
                    return;
                if (button == QMessageBox::Cancel)
                    QTest::keyClick(box, Qt::Key_Escape);
                else
                    box->button(button)->click();
            });
        };
        answerNextQuestion(QMessageBox::Cancel);
        page.selectMeeting(august);
        QCOMPARE(page.currentMeetingId(), july);
        QCOMPARE(edit(page, "meetingPlaceEdit")->text(), u"市民中心二楼"_s);
        answerNextQuestion(QMessageBox::Cancel);
        page.newMeeting();
        QCOMPARE(page.currentMeetingId(), july);
        QCOMPARE(edit(page, "meetingTitleEdit")->text(), u"七月政企畅谈会"_s);
        answerNextQuestion(QMessageBox::Discard);
        page.selectMeeting(august);
        QCOMPARE(page.currentMeetingId(), august);
        QCOMPARE(edit(page, "meetingTitleEdit")->text(), u"八月政企畅谈会"_s);
        QVERIFY(edit(page, "meetingPlaceEdit")->text().isEmpty());
        QVERIFY(service.find(july)->place.isEmpty());
        // Nothing changed: no question (one would be answered 取消 and keep August).
        answerNextQuestion(QMessageBox::Cancel);
        page.selectMeeting(july);
        QCOMPARE(page.currentMeetingId(), july);
        QCoreApplication::processEvents(); // the answer left waiting finds no question
    }

    // A decision being written on the Agenda tab survives the refresh after another desk's
    // save (the list was filled again, the selection lost and the field emptied), and the
    // Assign tab keeps the lead departments chosen for each appeal. When the agenda changed
    // at another desk after the list was shown, 交办 is refused and the list read again
    // instead of putting a lead chosen for one appeal on another.
    void decisionsAndLeadsSurviveAnotherDesksSave() {
        WorkflowFixture f(u"tongliao"_s);
        QVERIFY(f.ok);
        Clock::Fixed today(isoDate("2024-06-20"));
        const qint64 roads = f.department(u"通辽市交通运输局"_s);
        const qint64 water = f.department(u"通辽市水务局"_s);
        const qint64 a1 = f.appeal(u"园区道路破损"_s, {}, false, u"accepted"_s);
        const qint64 a2 = f.appeal(u"园区供水不足"_s, {}, false, u"accepted"_s);
        TopicService topics(*f.db);
        const qint64 t1 = topics.create(u"道路"_s, {a1});
        const qint64 t2 = topics.create(u"供水"_s, {a2});
        MeetingService service(*f.db);
        Meeting m;
        m.date = isoDate("2024-07-05");
        const qint64 id = service.create(m);
        QVERIFY(service.setAgenda(id, {t1, t2}));
        QVERIFY(service.setDecision(id, t1, u"交通运输局牵头修复"_s));
        Database second;
        QVERIFY2(second.open(f.db->path()), qPrintable(second.errorString()));
        MeetingsPage deskB(second);
        deskB.selectMeeting(id);

        // B writes the decision on 供水 and is interrupted by A's save.
        auto *agenda = deskB.findChild<QListWidget *>(u"agendaList"_s);
        agenda->setCurrentRow(1);
        auto *decision = deskB.findChild<QPlainTextEdit *>(u"decisionEdit"_s);
        QVERIFY(decision);
        decision->setPlainText(u"水务局牵头，月底前完成管网改造"_s);
        QVERIFY(service.setDecision(id, t1, u"交通运输局牵头，七月底前修复"_s)); // desk A
        deskB.refresh();
        QCOMPARE(agenda->currentRow(), 1);
        QCOMPARE(decision->toPlainText(), u"水务局牵头，月底前完成管网改造"_s);
        QVERIFY2(deskB.saveDecision(t2, decision->toPlainText()), qPrintable(deskB.message()));

        // The two appeals' rows; B chooses the leads, A reorders the agenda meanwhile.
        auto *table = deskB.findChild<QTableWidget *>(u"proposalTable"_s);
        const auto rowOf = [table](qint64 appeal) {
            for (int r = 0; r < table->rowCount(); ++r)
                if (table->item(r, 1)->data(Qt::UserRole).toLongLong() == appeal)
                    return r;
            return -1;
        };
        const auto leadOf = [table](int row) {
            return qobject_cast<QComboBox *>(table->cellWidget(row, 2))->currentData();
        };
        QCOMPARE(deskB.proposalCount(), 2);
        deskB.setProposedLead(rowOf(a1), roads);
        deskB.setProposedLead(rowOf(a2), water);
        QVERIFY(service.setAgenda(id, {t2, t1})); // desk A
        deskB.refresh();
        QCOMPARE(rowOf(a2), 0);
        QCOMPARE(leadOf(rowOf(a1)).toLongLong(), roads);
        QCOMPARE(leadOf(rowOf(a2)).toLongLong(), water);

        // A puts the agenda back without B's page being read again: 交办 is refused, the list
        // shows the new order with B's choices, and nothing is assigned yet.
        QVERIFY(service.setAgenda(id, {t1, t2}));
        QVERIFY(!deskB.createAssignments());
        QVERIFY2(deskB.message().contains(u"another desk"_s), qPrintable(deskB.message()));
        QCOMPARE(rowOf(a1), 0);
        QCOMPARE(leadOf(rowOf(a1)).toLongLong(), roads);
        QCOMPARE(leadOf(rowOf(a2)).toLongLong(), water);
        QSqlQuery q(f.db->sql());
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM assignments"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY2(deskB.createAssignments(), qPrintable(deskB.message()));
        QVERIFY(
            q.exec(u"SELECT appeal_id, lead_department_id FROM assignments ORDER BY appeal_id"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), a1);
        QCOMPARE(q.value(1).toLongLong(), roads);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), a2);
        QCOMPARE(q.value(1).toLongLong(), water);
    }
};

QTEST_MAIN(TestMeetingEdit)
#include "tst_meetingedit.moc"
