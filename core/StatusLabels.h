#pragma once

#include <QCoreApplication>
#include <QStringList>

// The words users see for the status codes stored in the database, in one place for every
// list, filter and detail view.
class StatusLabels {
    Q_DECLARE_TR_FUNCTIONS(StatusLabels)

public:
    static QStringList appealStatusCodes();
    static QString appeal(const QString &code);     // pending -> "Pending screening"
    static QString assignment(const QString &code); // in_progress -> "In progress"
    static QString deadlineState(const QString &code);
    static QString
    evaluationLevel(const QString &code); // basic -> "Basically satisfied (基本满意)"
};
