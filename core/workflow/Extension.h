#pragma once

#include <QDate>
#include <QString>

// 延期: a request to move an assignment's deadline, with its reason and the decision.
struct Extension {
    enum class Status { Pending, Approved, Refused };

    qint64 id = 0;
    qint64 assignmentId = 0;
    QDate requestedOn;
    QString reason;
    QDate requestedDue;
    Status status = Status::Pending;
    QDate decidedOn;
    QString decidedBy;
    QDate previousDue;    // the deadline before an approved extension
    QString decisionNote; // why it was refused (e.g. the profile's cap)

    static QString statusCode(Status s) {
        switch (s) {
        case Status::Approved:
            return QStringLiteral("approved");
        case Status::Refused:
            return QStringLiteral("refused");
        case Status::Pending:
            break;
        }
        return QStringLiteral("pending");
    }
    static Status statusFromCode(const QString &code) {
        if (code == QLatin1String("approved"))
            return Status::Approved;
        if (code == QLatin1String("refused"))
            return Status::Refused;
        return Status::Pending;
    }
};
