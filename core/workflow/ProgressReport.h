#pragma once

#include <QDate>
#include <QString>

// 进展: a progress report of the lead department on an assignment.
struct ProgressReport {
    qint64 id = 0;
    qint64 assignmentId = 0;
    QDate reportDate;
    QString content;
    QString reporter;
};
