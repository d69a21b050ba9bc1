#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

class Database;
class WorkCalendar;

// A temporary table `qinqing_workdays (day, ord)` where ord counts the working days from a fixed
// start, so that SQL can total "working days from assignment to completion" over thousands of
// rows as ord(completed) - ord(assigned) instead of walking the calendar row by row in C++.
// The table lives on the connection and is rebuilt only when the calendar or the range changes.
class WorkdayOrdinals {
    Q_DECLARE_TR_FUNCTIONS(WorkdayOrdinals)

public:
    static QString tableName() { return QStringLiteral("qinqing_workdays"); }

    // Makes the table cover at least [from, to]. False with `error` set on failure.
    static bool ensure(Database &db, const WorkCalendar &calendar, const QDate &from,
                       const QDate &to, QString *error);
};
