#pragma once

#include "core/CalendarDay.h"
#include "core/Deadline.h"
#include "core/DeadlineUnit.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>

// The official working-day calendar: which dates are days off and which weekend days are
// make-up working days, for the years whose State Council notice is known.
//
// Counting follows 民法典 第二百零一条、第二百零三条: the start day is not counted; N working
// days end on the Nth working day after the start; N calendar days end N days after the start,
// moved to the next working day when that day is not one.
class WorkCalendar {
    Q_DECLARE_TR_FUNCTIONS(WorkCalendar)

public:
    WorkCalendar() = default;

    // The 2023-2026 calendar shipped with Qinqing.
    static WorkCalendar builtIn();

    // Adds the official arrangement of whole years: the days those years had are replaced, so
    // a re-imported notice leaves nothing stale behind. Listed days outside `years` (a notice
    // for 2023 lists 2022-12-31) are kept without marking their year as known.
    void mergeYears(const QList<int> &years, const QList<CalendarDay> &days);
    void setDay(const CalendarDay &day); // an exception for a single date
    void clearDay(const QDate &date);    // back to the ordinary Monday-Friday rule
    void setYearKnown(int year, bool known);
    // The database's calendar could not be read (`why`): no year is known, so every deadline
    // counted with this calendar is uncertain and gives that reason instead of passing for
    // an established date.
    void setUnreadable(const QString &why);
    bool isUnreadable() const { return !m_unreadable.isEmpty(); }

    bool isYearKnown(int year) const { return m_years.contains(year); }
    // The year whose State Council notice the office should import now, 0 when none: the
    // current year if it is missing, and from November on (the notice comes out in October or
    // November) the next one, which every 30-day deadline set then runs into.
    int yearToImport(const QDate &today) const;
    QList<int> knownYears() const;
    QList<CalendarDay> exceptions() const; // sorted by date
    QList<CalendarDay> exceptionsInYear(int year) const;

    bool isWorkingDay(const QDate &date) const;
    QString holidayName(const QDate &date) const;

    Deadline addWorkingDays(const QDate &start, int days) const;
    Deadline addCalendarDays(const QDate &start, int days) const;
    Deadline add(const QDate &start, int amount, DeadlineUnit unit) const;

    // Working days after `from` up to and including `to` (0 when to <= from).
    int workingDaysBetween(const QDate &from, const QDate &to) const;
    // The first working day on or after `date`.
    QDate nextWorkingDayOnOrAfter(const QDate &date) const;
    // The Nth working day before `date` (for lead times such as "15 working days ahead").
    Deadline subtractWorkingDays(const QDate &date, int days) const;

private:
    QString uncertainReason(int year) const;

    QHash<QDate, CalendarDay> m_days;
    QSet<int> m_years;
    QString m_unreadable;
};
