#pragma once

#include <QDate>
#include <QList>
#include <QString>

// 畅谈会 / 恳谈会 / 接待日: the meeting, its attendees and its agenda of topics.
struct Meeting {
    // Roles of meeting_leaders.role: chair 主持, attend 出席, leave 请假, observe 列席.
    struct LeaderRole {
        qint64 leaderId = 0;
        QString role = QStringLiteral("attend");
    };
    struct DepartmentRole {
        qint64 departmentId = 0;
        QString role = QStringLiteral("attend");
    };
    struct Representative {
        qint64 enterpriseId = 0;
        QString representative;
    };
    struct AgendaItem {
        qint64 topicId = 0;
        int position = 0;
        QString decision; // what the meeting decided on the topic
    };

    qint64 id = 0;
    QString kind;
    QString title;
    QDate date;
    QString place;
    QString form;                               // 座谈会, 现场会, 早餐会, 走访
    QString status = QStringLiteral("planned"); // planned, held, cancelled
    QString minutesNumber;
    QString summary;
    // As read. Every change to the meeting raises it (its plan, attendees, agenda, decisions,
    // status); a save of the plan or the attendees over a later version is refused
    // (MeetingService::conflict), so that a desk's older screen never goes over another's.
    int version = 0;

    QList<LeaderRole> leaders;
    QList<DepartmentRole> departments;
    QList<Representative> enterprises;
    QList<AgendaItem> agenda; // ordered by position

    static QStringList leaderRoles() {
        return {QStringLiteral("chair"), QStringLiteral("attend"), QStringLiteral("leave"),
                QStringLiteral("observe")};
    }
};
