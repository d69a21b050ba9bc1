#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

// 议题: one or more like appeals bundled for a meeting (同类同批); urgent ones go first
// (急事优先). Departments may receive it before the meeting to prepare an answer.
struct Topic {
    struct Department {
        qint64 departmentId = 0;
        QDate handedOn; // when it was handed over to prepare
    };

    qint64 id = 0;
    QString title;
    QString description;
    bool urgent = false;
    QString status = QStringLiteral("open");
    QDateTime createdAt;
    QList<qint64> appealIds;
    QList<Department> departments;
};
