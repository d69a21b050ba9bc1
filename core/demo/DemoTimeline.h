#pragma once

#include "core/Deadline.h"
#include "core/RuleProfile.h"
#include "core/WorkCalendar.h"

#include <QDate>

// When things happen in the demo world around its "today": the monthly meetings, how long
// after a meeting its assignments go out (none after today: a meeting's later items are not
// assigned yet), and their deadlines. The meeting day is chosen so that, as of today, some of
// its assignments are due within the profile's warning window and others later (for 乌审旗's
// 7/15 days about a week ago, for 30-day limits about a month ago), so the dashboard shows
// items overdue, due soon and on track. When the window's days were a long holiday one limit
// earlier (a week after 春节 or 国庆 for 7 days, a month after for 30 days) nothing can be due
// soon, as in reality: nothing was assigned during the holiday.
class DemoTimeline {
public:
    static constexpr int historyDays = 1413;       // the first appeals came in this long before
    static constexpr int lastSubmitDaysBefore = 3; // the newest appeal
    static constexpr int extensionDays = 15;       // an extension asks for this many more days

    DemoTimeline(const RuleProfile &profile, const WorkCalendar &calendar, const QDate &today);

    QDate today() const { return m_today; }
    // The first day appeals come in: historyDays before today, not before the calendar's first
    // known year.
    QDate firstSubmitDate() const;
    QDate lastSubmitDate() const { return m_today.addDays(-lastSubmitDaysBefore); }
    // The meeting day chosen in the six weeks before today; its day of the month is every
    // meeting's, so the next month's may be held before today too.
    QDate lastMeeting() const { return m_lastMeeting; }
    // The meeting of a month: on the last meeting's day of the month, or the next working day.
    QDate meetingDay(int year, int month) const;

    // Working days from a meeting to its assignments: the profile's assign-within time, or
    // (without one) 1 to 10 as the minutes are drafted and signed.
    int minAssignmentDelay() const;
    int maxAssignmentDelay() const;
    // The result deadline of an assignment made on `assignedOn` (30 days when the profile has
    // no result limit).
    Deadline resultDue(const QDate &assignedOn, bool multiDepartment) const;
    // The latest deadline the demo can write: the latest assignment of a held meeting (by
    // yesterday), the longer limit and an extension. `certain` is false when the calendar
    // cannot confirm it.
    Deadline latestDeadline() const;

private:
    QDate chooseLastMeeting() const;

    const RuleProfile &m_profile;
    const WorkCalendar &m_calendar;
    QDate m_today;
    QDate m_lastMeeting;
};
