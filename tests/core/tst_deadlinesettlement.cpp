#include "TestPaths.h"
#include "core/AuditLog.h"
#include "core/CalendarRepository.h"
#include "core/CalendarService.h"
#include "core/HolidayNoticeParser.h"
#include "core/workflow/AssignmentService.h"
#include "core/workflow/FollowUpService.h"
#include "tests/core/WorkflowFixture.h"

#include <QFile>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

// Deadlines that settle: early December 2025, the calendar knows up to 2025 and every 30-day
// deadline runs into 2026, so it is an estimate (weekends only). When the office imports the
// State Council's 2026 notice, the open estimates get their final dates, each with an audit
// entry, and the clerk is told which moved and by how much. A day corrected later, inside a
// known year, moves the deadlines it falls into as well.
class TestDeadlineSettlement : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<WorkflowFixture> f;
    qint64 lead = 0;

    qint64 assign(const char *on, const QDate &due = {}, const QString &reason = {}) {
        Assignment a;
        a.appealId = f->appeal(u"问题"_s, {}, false, u"accepted"_s);
        a.leadDepartmentId = lead;
        a.assignedOn = isoDate(on);
        a.dueDate = due;
        a.dueReason = reason;
        AssignmentService s(*f->db);
        const qint64 id = s.create(a);
        if (!id)
            qWarning("%s", qPrintable(s.errorString()));
        return id;
    }

    QString dates(qint64 id) {
        const Assignment a = *AssignmentService(*f->db).find(id);
        return u"%1 %2 %3%4"_s.arg(
            a.progressDue.toString(Qt::ISODate), a.originalDueDate.toString(Qt::ISODate),
            a.dueDate.toString(Qt::ISODate), a.dueUncertain ? u" uncertain"_s : QString());
    }

    static HolidayNoticeParser::Result notice2026() {
        QFile file(QStringLiteral(QINQING_TEST_DATA_DIR "/notices/notice-2026.txt"));
        file.open(QIODevice::ReadOnly);
        return HolidayNoticeParser::parse(QString::fromUtf8(file.readAll()), 2026);
    }

    QList<AuditLog::Entry> recomputed(qint64 id) {
        QList<AuditLog::Entry> out;
        for (const AuditLog::Entry &e : AuditLog(*f->db).history(u"assignment"_s, id)) {
            if (e.action == "deadline_recomputed"_L1)
                out << e;
        }
        return out;
    }

private slots:
    void init() {
        // 乌海: the first progress report within 7 working days, the result within 30 days.
        f = std::make_unique<WorkflowFixture>(u"wuhai"_s);
        QVERIFY(f->ok);
        lead = f->department(u"市住建局"_s);
        // A database from a year ago: the 2026 notice is not in it yet.
        QVERIFY(f->forgetCalendarYear(2026));
        QVERIFY(!CalendarRepository(*f->db).load().isYearKnown(2026));
    }

    void importedYearSettlesTheEstimates() {
        // 30 days from 2025-12-03 is Friday 2026-01-02: an estimate. The notice makes
        // 1月1日至3日 days off and Sunday 1月4日 a working day: the deadline is 2026-01-04.
        const qint64 moved = assign("2025-12-03");
        QCOMPARE(dates(moved), u"2025-12-12 2026-01-02 2026-01-02 uncertain"_s);
        // 30 days from 2025-12-18 is Saturday 2026-01-17, so Monday 01-19: the notice agrees.
        const qint64 confirmed = assign("2025-12-18");
        QCOMPARE(dates(confirmed), u"2025-12-29 2026-01-19 2026-01-19 uncertain"_s);
        // The first report, 7 working days from 2025-12-26, ran into the new year too.
        const qint64 progress = assign("2025-12-26");
        QCOMPARE(dates(progress), u"2026-01-06 2026-01-26 2026-01-26 uncertain"_s);
        // A deadline the clerk chose, an assignment already done, one extended: theirs stay.
        const qint64 chosen = assign("2025-12-03", isoDate("2026-01-30"), u"涉及上级审批"_s);
        const qint64 done = assign("2025-12-04");
        AssignmentService s(*f->db);
        QVERIFY(s.complete(done, u"已解决"_s, isoDate("2025-12-20")));
        const qint64 extended = assign("2025-12-05");
        FollowUpService followUp(*f->db);
        const qint64 ext = followUp.requestExtension(extended, u"需要现场核查"_s,
                                                     isoDate("2026-02-06"), isoDate("2025-12-20"));
        QVERIFY2(ext > 0, qPrintable(followUp.errorString()));
        QVERIFY2(followUp.approveExtension(ext, isoDate("2025-12-21")),
                 qPrintable(followUp.errorString()));
        const QString chosenBefore = dates(chosen);
        const QString doneBefore = dates(done);
        const QString extendedBefore = dates(extended);
        QVERIFY(extendedBefore.endsWith(u"2026-02-06 uncertain"_s));

        const HolidayNoticeParser::Result notice = notice2026();
        QVERIFY(notice.ok());
        CalendarService service(*f->db);
        // A dry run shows the same and keeps nothing.
        const auto preview = service.importYears({2026}, notice.days, u"国务院通知"_s, true);
        QVERIFY2(preview, qPrintable(service.errorString()));
        QCOMPARE(preview->moved.size(), 2);
        QVERIFY(!CalendarRepository(*f->db).load().isYearKnown(2026));
        QCOMPARE(dates(moved), u"2025-12-12 2026-01-02 2026-01-02 uncertain"_s);
        QVERIFY(recomputed(moved).isEmpty());

        const auto report = service.importYears({2026}, notice.days, u"国务院通知"_s);
        QVERIFY2(report, qPrintable(service.errorString()));
        QVERIFY(CalendarRepository(*f->db).load().isYearKnown(2026));
        QCOMPARE(dates(moved), u"2025-12-12 2026-01-04 2026-01-04"_s);
        QCOMPARE(dates(confirmed), u"2025-12-29 2026-01-19 2026-01-19"_s);
        QCOMPARE(dates(progress), u"2026-01-07 2026-01-26 2026-01-26"_s);
        QCOMPARE(dates(chosen), chosenBefore);
        QCOMPARE(dates(done), doneBefore);
        // The extended item keeps its approved date; the profile's original is counted again
        // (30 days from 2025-12-05 is Sunday 2026-01-04, a make-up working day).
        QVERIFY(extendedBefore.startsWith(u"2025-12-16 2026-01-05"_s));
        QCOMPARE(dates(extended), u"2025-12-16 2026-01-04 2026-02-06"_s);

        // What the clerk is shown: which items moved and by how much.
        QCOMPARE(report->moved.size(), 2);
        const DeadlineSettlement::Move &m = report->moved.at(0);
        QCOMPARE(m.assignmentId, moved);
        QCOMPARE(m.department, u"市住建局"_s);
        QVERIFY(!m.progress);
        QCOMPARE(m.days(), 2);
        QVERIFY(DeadlineSettlement::describe(m).contains(u"2026-01-02 → 2026-01-04"_s));
        QCOMPARE(report->moved.at(1).assignmentId, progress);
        QVERIFY(report->moved.at(1).progress);
        QCOMPARE(report->moved.at(1).days(), 1);
        QCOMPARE(report->confirmed, 1);
        QCOMPARE(report->stillUncertain, 0);

        // Each settled item has its audit entry; the others none.
        const QList<AuditLog::Entry> entry = recomputed(moved);
        QCOMPARE(entry.size(), 1);
        QCOMPARE(entry.first().detail.value("from"_L1).toString(), u"2026-01-02"_s);
        QCOMPARE(entry.first().detail.value("to"_L1).toString(), u"2026-01-04"_s);
        QCOMPARE(entry.first().detail.value("calendar"_L1).toString(), u"2026"_s);
        QCOMPARE(entry.first().detail.value("certain"_L1).toBool(), true);
        QCOMPARE(recomputed(confirmed).size(), 1);
        QCOMPARE(recomputed(confirmed).first().detail.value("to"_L1).toString(), u"2026-01-19"_s);
        QCOMPARE(recomputed(progress)
                     .first()
                     .detail.value("progress_due"_L1)
                     .toObject()
                     .value("to"_L1)
                     .toString(),
                 u"2026-01-07"_s);
        QVERIFY(recomputed(chosen).isEmpty());
        QVERIFY(recomputed(done).isEmpty());

        // Importing the same notice again changes nothing.
        const auto again = service.importYears({2026}, notice.days, u"国务院通知"_s);
        QVERIFY(again && again->isEmpty());
        QCOMPARE(recomputed(moved).size(), 1);
    }

    void correctedDayMovesDeadlinesInAKnownYear() {
        QVERIFY(CalendarService(*f->db).importYears({2026}, notice2026().days, u"通知"_s));
        const qint64 id = assign("2025-12-26");
        QCOMPARE(dates(id), u"2026-01-07 2026-01-26 2026-01-26"_s);
        // Say the office learns that Wednesday 2026-01-07 is a local day off.
        CalendarService service(*f->db);
        const auto report =
            service.setDay({isoDate("2026-01-07"), CalendarDay::Kind::Off, u"地方假日"_s});
        QVERIFY2(report, qPrintable(service.errorString()));
        QCOMPARE(dates(id), u"2026-01-08 2026-01-26 2026-01-26"_s);
        QCOMPARE(report->moved.size(), 1);
        QVERIFY(report->moved.first().progress);
        QCOMPARE(recomputed(id).size(), 1);
        QCOMPARE(recomputed(id).first().detail.value("calendar"_L1).toString(), u"2026-01-07"_s);
        // And back.
        QVERIFY(service.clearDay(isoDate("2026-01-07")));
        QCOMPARE(dates(id), u"2026-01-07 2026-01-26 2026-01-26"_s);
    }

    void assignmentsFromBeforeTheBasisWasKept() {
        // Written before schema step 14: no basis stored. The profile's rules reproduce the
        // stored dates with the old calendar, so they are recognised and settled.
        const qint64 id = assign("2025-12-03");
        const qint64 other = assign("2025-12-04");
        QSqlQuery q(f->db->sql());
        QVERIFY(q.exec(u"UPDATE assignments SET deadline_start = '', due_rule = '', "
                       "progress_rule = ''"_s));
        // One whose dates no rule gives (changed by hand in an old version): left for the clerk.
        QVERIFY(q.exec(
            u"UPDATE assignments SET due_date = '2026-01-09', "
            "original_due_date = '2026-01-09', progress_due = '' WHERE id = %1"_s.arg(other)));
        CalendarService service(*f->db);
        const auto report = service.importYears({2026}, notice2026().days, u"通知"_s);
        QVERIFY2(report, qPrintable(service.errorString()));
        QCOMPARE(dates(id), u"2025-12-12 2026-01-04 2026-01-04"_s);
        QCOMPARE(f->value(u"SELECT deadline_start || '|' || due_rule || '|' || progress_rule "
                          "FROM assignments WHERE id = ?"_s,
                          {id})
                     .toString(),
                 u"2025-12-03|30 calendar|7 working"_s);
        QCOMPARE(dates(other), u" 2026-01-09 2026-01-09 uncertain"_s);
        QCOMPARE(report->notRecounted.size(), 1);
    }

    void anUnreadableCalendarSettlesNothing() {
        const qint64 id = assign("2025-12-03");
        QSqlQuery q(f->db->sql());
        QVERIFY(q.exec(u"ALTER TABLE calendar_days RENAME TO calendar_days_lost"_s));
        // A failed read is not an empty calendar: no year is known and every deadline says why.
        bool ok = true;
        const WorkCalendar broken = CalendarRepository(*f->db).load(&ok);
        QVERIFY(!ok);
        QVERIFY(broken.isUnreadable());
        QVERIFY(!broken.isYearKnown(2025));
        const Deadline d = broken.addCalendarDays(isoDate("2025-06-03"), 30);
        QVERIFY(!d.certain);
        QVERIFY2(d.reason.contains(u"calendar_days"_s), qPrintable(d.reason));
        CalendarService service(*f->db);
        QVERIFY(!service.importYears({2026}, notice2026().days, u"通知"_s));
        QVERIFY(service.errorString().contains(u"calendar_days"_s));
        QVERIFY(q.exec(u"ALTER TABLE calendar_days_lost RENAME TO calendar_days"_s));
        QVERIFY(!CalendarRepository(*f->db).load().isYearKnown(2026));
        QCOMPARE(dates(id), u"2025-12-12 2026-01-02 2026-01-02 uncertain"_s);
    }
};

QTEST_GUILESS_MAIN(TestDeadlineSettlement)
#include "tst_deadlinesettlement.moc"
