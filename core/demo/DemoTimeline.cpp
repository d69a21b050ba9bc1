#include "core/demo/DemoTimeline.h"

#include <algorithm>

DemoTimeline::DemoTimeline(const RuleProfile &profile, const WorkCalendar &calendar,
                           const QDate &today)
    : m_profile(profile)
    , m_calendar(calendar)
    , m_today(today) {
    m_lastMeeting = chooseLastMeeting();
}

QDate DemoTimeline::firstSubmitDate() const {
    // Nothing before the official calendar's first year: its deadlines could not be counted.
    QDate first = m_today.addDays(-historyDays);
    const QList<int> years = m_calendar.knownYears();
    if (!years.isEmpty())
        first = std::max(first, m_calendar.nextWorkingDayOnOrAfter(QDate(years.first(), 1, 2)));
    return first;
}

int DemoTimeline::minAssignmentDelay() const {
    return m_profile.assignWithinWorkingDays > 0 ? m_profile.assignWithinWorkingDays : 1;
}

int DemoTimeline::maxAssignmentDelay() const {
    return m_profile.assignWithinWorkingDays > 0 ? m_profile.assignWithinWorkingDays : 10;
}

Deadline DemoTimeline::resultDue(const QDate &assignedOn, bool multiDepartment) const {
    Deadline due = m_profile.resultDeadline(m_calendar, assignedOn, multiDepartment);
    if (!due.isValid() || due.date <= assignedOn)
        due = m_calendar.addCalendarDays(assignedOn, 30);
    return due;
}

QDate DemoTimeline::chooseLastMeeting() const {
    // Of the working days in the six weeks before today, the one whose assignments (every
    // assignment delay, one or several departments) are most often due soon as of today while
    // some are due later; the latest of equals. Failing that, one with something due soon;
    // failing that, a week ago.
    const QDate windowEnd =
        m_calendar.addWorkingDays(m_today, std::max(1, m_profile.warningWindowWorkingDays)).date;
    QDate best;
    int bestSoon = 0;
    QDate dueSoonOnly;
    for (QDate day = m_today.addDays(-1); day >= m_today.addDays(-45); day = day.addDays(-1)) {
        if (!m_calendar.isWorkingDay(day))
            continue;
        int soon = 0;
        bool later = false;
        for (int delay = minAssignmentDelay(); delay <= maxAssignmentDelay(); ++delay) {
            const QDate assigned = m_calendar.addWorkingDays(day, delay).date;
            if (assigned >= m_today)
                break; // not assigned yet as of today
            for (bool multi : {false, true}) {
                const QDate due = resultDue(assigned, multi).date;
                soon += due > m_today && due <= windowEnd ? 1 : 0;
                later = later || due > windowEnd;
            }
        }
        if (later && soon > bestSoon) {
            best = day;
            bestSoon = soon;
        }
        if (soon > 0 && !dueSoonOnly.isValid())
            dueSoonOnly = day;
    }
    if (best.isValid())
        return best;
    if (dueSoonOnly.isValid())
        return dueSoonOnly;
    const QDate weekAgo = m_calendar.nextWorkingDayOnOrAfter(m_today.addDays(-8));
    return weekAgo < m_today ? weekAgo : m_today.addDays(-8);
}

QDate DemoTimeline::meetingDay(int year, int month) const {
    const int day = std::min(m_lastMeeting.day(), QDate(year, month, 1).daysInMonth());
    return m_calendar.nextWorkingDayOnOrAfter(QDate(year, month, day));
}

Deadline DemoTimeline::latestDeadline() const {
    // The meetings of the last three months that were held; their assignments go out by
    // yesterday at the latest (later ones are not made yet).
    Deadline latest;
    for (int back = 0; back <= 2; ++back) {
        const QDate month = m_today.addMonths(-back);
        const QDate meeting = meetingDay(month.year(), month.month());
        if (meeting >= m_today)
            continue;
        Deadline assigned = m_calendar.addWorkingDays(meeting, maxAssignmentDelay());
        if (assigned.date >= m_today)
            assigned.date = m_today.addDays(-1);
        for (bool multi : {false, true}) {
            const Deadline due = resultDue(assigned.date, multi);
            Deadline extended = m_calendar.addCalendarDays(due.date, extensionDays);
            extended.certain = extended.certain && due.certain && assigned.certain;
            if (!latest.isValid() || extended.date > latest.date ||
                (extended.date == latest.date && !extended.certain))
                latest = extended;
        }
    }
    return latest;
}
