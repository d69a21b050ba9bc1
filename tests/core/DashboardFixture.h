#pragma once

// Writes the handful of rows the dashboard, report and export tests need straight into a real
// SQLite file, with every date chosen by the test, so that each expectation can be worked out
// by hand from the official calendar.

#include "core/Database.h"
#include "core/DatabaseInitializer.h"
#include "core/workflow/WorkflowSql.h"

#include <QDate>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace DashboardFixture {

inline QDate d(const char *iso) {
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// Binds like the services do (WorkflowSql::bind): an empty or unset text is '' (Qt would bind a
// null QString as SQL NULL, which the schema's NOT NULL DEFAULT '' text columns refuse); a
// null id stays NULL.
inline qint64 exec(Database &db, const QString &sql, const QVariantList &values) {
    QSqlQuery q(db.sql());
    q.prepare(sql);
    for (const QVariant &v : values)
        WorkflowSql::bind(q, v);
    if (!q.exec())
        qFatal("fixture SQL failed: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q.lastInsertId().toLongLong();
}

inline qint64 department(Database &db, const QString &name,
                         const QString &phone = QStringLiteral("0473-8991510")) {
    return exec(db,
                QStringLiteral("INSERT INTO departments (name, contact, phone) VALUES (?, ?, ?)"),
                {name, QStringLiteral("王科长"), phone});
}

struct AppealSpec {
    QString number;
    QString unit = QStringLiteral("乌海市某某化工有限公司");
    QString person = QStringLiteral("张三");
    QString phone = QStringLiteral("13912345678");
    QDate submitted = d("2024-01-10");
    QString channel = QStringLiteral("报名表");
    QString domain = QStringLiteral("用地");
    QString problem = QStringLiteral("项目用地手续办理缓慢，影响开工建设。");
    QString status = QStringLiteral("accepted");
};

inline qint64 appeal(Database &db, const AppealSpec &a) {
    return exec(db,
                QStringLiteral("INSERT INTO appeals (number, submitting_unit, responsible_person, "
                               "phone, submit_date, channel, problem, domain, status, created_at, "
                               "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {a.number, a.unit, a.person, a.phone, a.submitted.toString(Qt::ISODate), a.channel,
                 a.problem, a.domain, a.status, QStringLiteral("2024-01-01T00:00:00"),
                 QStringLiteral("2024-01-01T00:00:00")});
}

struct AssignmentSpec {
    qint64 appealId = 0;
    qint64 departmentId = 0;
    QDate assignedOn;
    QDate due;
    QDate originalDue; // defaults to due
    QString status = QStringLiteral("assigned");
    QDate completedOn;
    QDate progressDue;
    int rehandle = 0;
    qint64 meetingId = 0;
};

inline AssignmentSpec spec(qint64 appealId, qint64 departmentId, const QDate &assignedOn,
                           const QDate &due) {
    AssignmentSpec s;
    s.appealId = appealId;
    s.departmentId = departmentId;
    s.assignedOn = assignedOn;
    s.due = due;
    return s;
}

inline qint64 assignment(Database &db, const AssignmentSpec &s) {
    const QDate original = s.originalDue.isValid() ? s.originalDue : s.due;
    return exec(
        db,
        QStringLiteral("INSERT INTO assignments (appeal_id, meeting_id, lead_department_id, "
                       "lead_contact, lead_phone, assigned_on, progress_due, due_date, "
                       "original_due_date, status, completed_on, rehandle_count, "
                       "result, created_at, updated_at) "
                       "VALUES (?, ?, ?, '李四', '0473-8991510', ?, ?, ?, ?, ?, ?, ?, ?, "
                       "'2024-01-01T00:00:00', '2024-01-01T00:00:00')"),
        {s.appealId ? QVariant(s.appealId) : QVariant(QMetaType(QMetaType::LongLong)),
         s.meetingId ? QVariant(s.meetingId) : QVariant(QMetaType(QMetaType::LongLong)),
         s.departmentId, s.assignedOn.toString(Qt::ISODate), s.progressDue.toString(Qt::ISODate),
         s.due.toString(Qt::ISODate), original.toString(Qt::ISODate), s.status,
         s.completedOn.toString(Qt::ISODate), s.rehandle,
         s.completedOn.isValid() ? QStringLiteral("已协调办理") : QString()});
}

inline void extension(Database &db, qint64 assignmentId, const QDate &decided,
                      const QDate &previousDue, const QDate &newDue,
                      const QString &status = QStringLiteral("approved")) {
    exec(db,
         QStringLiteral(
             "INSERT INTO extensions (assignment_id, requested_on, reason, requested_due, "
             "status, decided_on, previous_due) VALUES (?, ?, '需协调上级部门', ?, ?, ?, ?)"),
         {assignmentId, decided.addDays(-1).toString(Qt::ISODate), newDue.toString(Qt::ISODate),
          status, decided.toString(Qt::ISODate), previousDue.toString(Qt::ISODate)});
    if (status == QStringLiteral("approved"))
        exec(db, QStringLiteral("UPDATE assignments SET due_date = ? WHERE id = ?"),
             {newDue.toString(Qt::ISODate), assignmentId});
}

inline void report(Database &db, qint64 assignmentId, const QDate &on) {
    exec(db,
         QStringLiteral("INSERT INTO progress_reports (assignment_id, report_date, content) "
                        "VALUES (?, ?, '正在协调')"),
         {assignmentId, on.toString(Qt::ISODate)});
}

inline void evaluation(Database &db, qint64 assignmentId, const QDate &on, const QString &level) {
    exec(db,
         QStringLiteral(
             "INSERT INTO evaluations (assignment_id, evaluating_unit, responsible_person, "
             "phone, submit_date, level, opinion) VALUES (?, '某公司', '赵六', "
             "'13800001111', ?, ?, '办理及时')"),
         {assignmentId, on.toString(Qt::ISODate), level});
}

inline qint64 meeting(Database &db, const QDate &on, const QString &title) {
    return exec(db,
                QStringLiteral("INSERT INTO meetings (kind, title, meeting_date, created_at) "
                               "VALUES ('接待日', ?, ?, '2024-01-01T00:00:00')"),
                {title, on.toString(Qt::ISODate)});
}

} // namespace DashboardFixture
