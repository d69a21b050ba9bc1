#pragma once

#include <QCoreApplication>
#include <QStringList>

// The words for the codes stored in the database (statuses, evaluation levels, deadline
// states), in one place for every list, filter, detail view, printout and export:
// - on screen in the user's language (translated here), e.g. in_progress -> "In progress";
// - printed...() on official papers and in exports, always in Chinese whatever the screen
//   language, e.g. in_progress -> 办理中.
// An unknown code is returned as it is.
class StatusLabels {
    Q_DECLARE_TR_FUNCTIONS(StatusLabels)

public:
    static QStringList appealStatusCodes();

    static QString appeal(const QString &code);     // pending -> "Pending screening"
    static QString assignment(const QString &code); // in_progress -> "In progress"
    static QString meeting(const QString &code);    // planned -> "Planned"
    static QString extension(const QString &code);  // approved -> "Approved"
    static QString
    evaluationLevel(const QString &code); // basic -> "Basically satisfied (基本满意)"
    // AssignmentState's codes: none, on-track, due-soon, overdue.
    static QString deadlineState(const QString &code);
    // An assignment's deadline as its page colours it (AssignmentService::DeadlineState):
    // closed, on-time, due-soon, overdue, extended, extended-overdue.
    static QString assignmentDeadline(const QString &code);

    // The words of official papers and exports (Chinese).
    static QString printedAppeal(const QString &code);          // pending -> 待研判
    static QString printedAssignment(const QString &code);      // returned -> 退回重办
    static QString printedMeeting(const QString &code);         // held -> 已召开
    static QString printedEvaluationLevel(const QString &code); // basic -> 基本满意

    // The printed words in SQL, so that exports stream rows as the database returns them:
    // CASE expr WHEN 'pending' THEN '待研判' … ELSE expr END (an unknown code stays as it is).
    // Plain SQL that SQLite and PostgreSQL read alike.
    enum class Printed { Appeal, Assignment, EvaluationLevel };
    static QString printedSqlCase(Printed vocabulary, const QString &expression);
};
