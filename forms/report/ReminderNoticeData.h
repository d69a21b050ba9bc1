#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

// What a 催办通知 (reminder notice) says about one overdue assignment, read by
// ReminderNoticeLoader: the item, the deadline in force on the date and how far past it, the
// extensions granted, and the date by which the lead department must report.
struct ReminderNoticeData {
    qint64 assignmentId = 0;
    QString appealNumber;
    QString enterprise;
    QString problem;
    QString leadDepartment;
    QStringList cooperators; // copied (抄送) and asked to help
    QDate assignedOn;
    QDate dueDate;         // in force on asOf
    QDate originalDueDate; // the first deadline, before extensions
    int overdueWorkingDays = 0;
    int extensions = 0;    // approved by asOf
    int extensionCap = -1; // the profile's cap; -1: none
    QDate asOf;
    QDate reportBy;              // asOf + ReminderNoticeLoader::reportWithinWorkingDays
    bool reportByCertain = true; // false when the calendar lacks a year it passes through
    QString officePhone;         // settings office.phone, may be empty
};
