#include "core/CalendarRepository.h"
#include "core/Database.h"
#include "core/DatabaseInitializer.h"
#include "core/queries/AssignmentState.h"
#include "core/queries/OverdueQuery.h"
#include "tests/support/TestServer.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Overdue assignments around the holidays with make-up working weekends: 国庆 2024 (off
// 10-01..10-07, work Sun 09-29 and Sat 10-12) and 春节 2025 (off 01-28..02-04, work Sun 01-26
// and Sat 02-08), from the official calendar shipped with Qinqing.
class TestOverdue : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir;
    Database db;

    qint64 add(const QString &number, const QString &due, const QString &status,
               const QString &originalDue = {}) {
        QSqlQuery q(db.sql());
        q.prepare(u"INSERT INTO appeals (number, submitting_unit, enterprise_id, submit_date, "
                  "problem, status, created_at, updated_at) VALUES (?, '某企业', 1, "
                  "'2024-09-01', '问题', 'accepted', '', '')"_s);
        q.addBindValue(number);
        if (!q.exec())
            return 0;
        const qint64 appealId = q.lastInsertId().toLongLong();
        q.prepare(u"INSERT INTO assignments (appeal_id, lead_department_id, assigned_on, "
                  "due_date, original_due_date, status, created_at, updated_at) VALUES (?, 1, "
                  "'2024-09-01', ?, ?, ?, '', '')"_s);
        q.addBindValue(appealId);
        q.addBindValue(due);
        q.addBindValue(originalDue.isEmpty() ? due : originalDue);
        q.addBindValue(status);
        return q.exec() ? q.lastInsertId().toLongLong() : 0;
    }

    QHash<QString, OverdueQuery::Item> overdue(const QDate &asOf) {
        OverdueQuery query(db);
        QHash<QString, OverdueQuery::Item> byNumber;
        for (const auto &item : query.run(asOf))
            byNumber.insert(item.appealNumber, item);
        if (!query.errorString().isEmpty())
            qWarning() << query.errorString();
        return byNumber;
    }

private slots:
    void initTestCase() {
        QVERIFY(db.open(TestServer::location(dir.path(), u"overdue.sqlite"_s)));
        QVERIFY(DatabaseInitializer(db).initialize(u"wuhai"_s));
        QSqlQuery q(db.sql());
        QVERIFY(q.exec(u"INSERT INTO departments (name) VALUES ('自然资源局')"_s));
        QVERIFY(q.exec(u"INSERT INTO enterprises (name, created_at, updated_at) VALUES "
                       "('乌海某化工有限公司', '', '')"_s));
        QVERIFY(add(u"GQ-0927"_s, u"2024-09-27"_s, u"assigned"_s));
        QVERIFY(add(u"GQ-0930"_s, u"2024-09-30"_s, u"in_progress"_s));
        QVERIFY(add(u"GQ-1008"_s, u"2024-10-08"_s, u"returned"_s));
        QVERIFY(add(u"CJ-0127"_s, u"2025-01-27"_s, u"returned"_s));
        // Escalated (提交上级): waiting for the higher level, not chased (AssignmentState).
        QVERIFY(add(u"ESC-0127"_s, u"2025-01-27"_s, u"escalated"_s));
        for (const char *closed : {"done", "evaluated", "deferred"})
            QVERIFY(add(u"CLOSED-"_s + QString::fromLatin1(closed), u"2024-09-02"_s,
                        QString::fromLatin1(closed)));
        // Originally due 2024-09-30; an approved extension moved it to 2024-10-15.
        const qint64 extended = add(u"EXT"_s, u"2024-10-15"_s, u"in_progress"_s, u"2024-09-30"_s);
        QVERIFY(extended);
        QVERIFY(q.prepare(u"INSERT INTO extensions (assignment_id, requested_on, reason, "
                          "requested_due, status, previous_due) VALUES (?, '2024-09-25', "
                          "'需会签', '2024-10-15', 'approved', '2024-09-30')"_s));
        q.addBindValue(extended);
        QVERIFY(q.exec());
        // A refused extension does not count as extended.
        const qint64 refused = add(u"REFUSED"_s, u"2024-09-30"_s, u"assigned"_s);
        QVERIFY(q.prepare(u"INSERT INTO extensions (assignment_id, requested_on, reason, "
                          "requested_due, status) VALUES (?, '2024-09-25', '理由', "
                          "'2024-10-20', 'refused')"_s));
        q.addBindValue(refused);
        QVERIFY(q.exec());
    }

    void definitions() {
        QCOMPARE(AssignmentState::openStatusCodes(),
                 (QStringList{u"assigned"_s, u"in_progress"_s, u"returned"_s, u"escalated"_s}));
        for (const QString &s : AssignmentState::allStatusCodes())
            QCOMPARE(AssignmentState::isOverdue(s, QDate(2024, 1, 1), QDate(2024, 1, 2)),
                     AssignmentState::isOpen(s));
        QVERIFY(!AssignmentState::isOverdue(u"assigned"_s, QDate(2024, 1, 2), QDate(2024, 1, 2)));
        const WorkCalendar cal = CalendarRepository(db).load();
        // 3 working days after Fri 2024-09-27: Sun 09-29 (make-up), Mon 09-30, Tue 10-08.
        QCOMPARE(AssignmentState::dueSoonLimit(cal, QDate(2024, 9, 27), 3), QDate(2024, 10, 8));
        // 2 working days after Thu 2024-09-26: 09-27, Sun 09-29; a deadline during the
        // holiday still leaves only those two, so the limit runs to 10-07.
        QCOMPARE(AssignmentState::dueSoonLimit(cal, QDate(2024, 9, 26), 2), QDate(2024, 9, 29));
        QCOMPARE(AssignmentState::dueSoonLimit(cal, QDate(2024, 9, 27), 2), QDate(2024, 10, 7));
        for (QDate due(2024, 9, 28); due <= QDate(2024, 10, 20); due = due.addDays(1)) {
            const bool soon = due <= AssignmentState::dueSoonLimit(cal, QDate(2024, 9, 27), 3);
            QCOMPARE(soon, cal.workingDaysBetween(QDate(2024, 9, 27), due) <= 3);
        }
    }

    void nationalDay2024() {
        // The due day itself is still in time.
        auto items = overdue(QDate(2024, 9, 27));
        QVERIFY(items.isEmpty());
        // Sun 2024-09-29 is a make-up working day: one working day late.
        items = overdue(QDate(2024, 9, 29));
        QCOMPARE(items.keys(), QStringList{u"GQ-0927"_s});
        QCOMPARE(items.value(u"GQ-0927"_s).workingDaysOverdue, 1);
        // Through the holiday: 09-29, 09-30, then 10-08 is the next working day.
        items = overdue(QDate(2024, 10, 7));
        QCOMPARE(items.value(u"GQ-0927"_s).workingDaysOverdue, 2);
        QCOMPARE(items.value(u"GQ-0930"_s).workingDaysOverdue, 0); // late, but no working day yet
        items = overdue(QDate(2024, 10, 8));
        QCOMPARE(items.value(u"GQ-0927"_s).workingDaysOverdue, 3);
        QCOMPARE(items.value(u"GQ-0930"_s).workingDaysOverdue, 1);
        QVERIFY(!items.contains(u"GQ-1008"_s));
        // Sat 2024-10-12 is a make-up working day: 10-09..10-12 are four.
        items = overdue(QDate(2024, 10, 12));
        QCOMPARE(items.value(u"GQ-1008"_s).workingDaysOverdue, 4);
        items = overdue(QDate(2024, 10, 13)); // an ordinary Sunday adds nothing
        QCOMPARE(items.value(u"GQ-1008"_s).workingDaysOverdue, 4);
        QCOMPARE(items.value(u"GQ-1008"_s).leadDepartment, u"自然资源局"_s);
        QCOMPARE(items.value(u"GQ-1008"_s).enterprise, u"乌海某化工有限公司"_s);
    }

    void springFestival2025() {
        auto items = overdue(QDate(2025, 1, 27));
        QVERIFY(!items.contains(u"CJ-0127"_s));
        items = overdue(QDate(2025, 2, 4)); // all days off since
        QCOMPARE(items.value(u"CJ-0127"_s).workingDaysOverdue, 0);
        QVERIFY(items.contains(u"CJ-0127"_s));
        items = overdue(QDate(2025, 2, 5));
        QCOMPARE(items.value(u"CJ-0127"_s).workingDaysOverdue, 1);
        items = overdue(QDate(2025, 2, 8)); // Sat make-up day counts
        QCOMPARE(items.value(u"CJ-0127"_s).workingDaysOverdue, 4);
        items = overdue(QDate(2025, 2, 9));
        QCOMPARE(items.value(u"CJ-0127"_s).workingDaysOverdue, 4);
        QVERIFY(!items.contains(u"ESC-0127"_s));
    }

    void extendedNotOverdueBeforeNewDeadline() {
        auto items = overdue(QDate(2024, 10, 8));
        QVERIFY(!items.contains(u"EXT"_s));
        QVERIFY(items.contains(u"REFUSED"_s));
        QVERIFY(!items.value(u"REFUSED"_s).extended);
        items = overdue(QDate(2024, 10, 15));
        QVERIFY(!items.contains(u"EXT"_s));
        items = overdue(QDate(2024, 10, 16));
        QVERIFY(items.contains(u"EXT"_s));
        QVERIFY(items.value(u"EXT"_s).extended);
        QCOMPARE(items.value(u"EXT"_s).originalDueDate, QDate(2024, 9, 30));
        QCOMPARE(items.value(u"EXT"_s).workingDaysOverdue, 1);
    }

    void closedNeverOverdue() {
        for (const QDate &asOf : {QDate(2024, 9, 3), QDate(2024, 12, 31), QDate(2026, 12, 31)}) {
            const auto items = overdue(asOf);
            for (const QString &number : items.keys())
                QVERIFY2(!number.startsWith(u"CLOSED"_s), qPrintable(number));
        }
        // Sorted oldest deadline first.
        OverdueQuery query(db);
        const auto list = query.run(QDate(2025, 3, 1));
        QCOMPARE(list.size(), 6);
        for (int i = 1; i < list.size(); ++i)
            QVERIFY(list.at(i - 1).dueDate <= list.at(i).dueDate);
    }
};

QTEST_GUILESS_MAIN(TestOverdue)
#include "tst_overdue.moc"
