#pragma once

#include <QDate>
#include <QList>
#include <QString>

struct CooperatingDepartment {
    qint64 departmentId = 0;
    QString contact;
    QString phone;
};

// 交办: one appeal or topic handed to a lead department (牵头承办部门) with cooperating
// departments (配合办理部门) and a deadline from the profile.
struct Assignment {
    enum class Status { Assigned, InProgress, Done, Evaluated, Returned, Escalated, Deferred };

    qint64 id = 0;
    qint64 appealId = 0;
    qint64 topicId = 0;
    qint64 meetingId = 0;
    qint64 leadDepartmentId = 0;
    QString leadContact;
    QString leadPhone;
    QList<CooperatingDepartment> cooperators;
    QDate assignedOn;
    QDate progressDue;     // first progress report (seed 002: 7 working days)
    QDate dueDate;         // current deadline, moved by approved extensions
    QDate originalDueDate; // the deadline first set
    bool dueUncertain = false;
    QString dueReason; // why the deadline differs from the profile's proposal
    Status status = Status::Assigned;
    QString result; // 办理结果
    QDate completedOn;
    QString feedback; // 反馈情况
    QDate feedbackOn;
    QString feedbackMethod;
    QString supervision; // 督查情况
    QString escalationNote;
    QString explanation;   // 解释说明 for 暂缓解决
    int rehandleCount = 0; // 重办 after an unsatisfied evaluation
    // The latest 提交上级 and 暂缓解决: from the day it went into that state up to the day it
    // came back (invalid while it still waits, or when not recorded; see AssignmentState).
    QDate escalatedOn;
    QDate escalatedUntil;
    QDate deferredOn;
    QDate deferredUntil;
    int version = 0; // as read; see AssignmentService::expectVersion

    // Still running against its deadline; defined once in AssignmentState.
    bool isOpen() const;

    static QString statusCode(Status s);
    static Status statusFromCode(const QString &code, bool *ok = nullptr);
};
