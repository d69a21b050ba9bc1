#pragma once

#include "core/Deadline.h"
#include "core/RuleProfile.h"
#include "core/WorkCalendar.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

// The profile's rules for planning a meeting, without storage: cadence per period, the number
// of enterprise representatives, and the lead times counted backwards in working days (乌海:
// 通告 15 working days ahead; 河源: 企业问题目录 4 working days ahead).
class MeetingPlanner {
    Q_DECLARE_TR_FUNCTIONS(MeetingPlanner)

public:
    struct Warning {
        QString code;    // cadence_full, cadence_short, representatives_few, ..., notice_late
        QString message; // says which rule, the numbers and the dates
    };

    struct Period {
        QDate first;
        QDate last;
        QString label; // 2024-07, 2024 Q3, 2024
        bool isValid() const { return first.isValid(); }
    };

    MeetingPlanner(const RuleProfile &profile, const WorkCalendar &calendar);

    // The cadence period (month, quarter, year) holding `date`; invalid when the profile has none.
    Period period(const QDate &date) const;

    // Lead times: invalid Deadline when the profile sets none.
    Deadline noticeDue(const QDate &meetingDate) const;
    Deadline catalogueDue(const QDate &meetingDate) const;
    // 乌审旗: problems assigned within 1 working day after the meeting.
    Deadline assignBy(const QDate &meetingDate) const;

    // Everything that does not fit the profile for a meeting on `meetingDate`, planned on
    // `today`, with `representatives` enterprises and `otherMeetingsInPeriod` other meetings
    // (not cancelled) in the same period.
    QList<Warning> check(const QDate &meetingDate, const QDate &today, int representatives,
                         int otherMeetingsInPeriod) const;

    // Human-readable lines of the rules that apply, for the planning screen.
    QStringList ruleSummary() const;

    // Leaders' domains are stored as one text ("工业, 能源、交通"); this splits them.
    static QStringList splitDomains(const QString &text);
    // True when the appeal's domain is one of the leader's domains (or contains / is contained
    // in one, so that 工业 matches 工业和信息化).
    static bool domainMatches(const QStringList &leaderDomains, const QString &appealDomain);

private:
    RuleProfile m_profile;
    WorkCalendar m_calendar;
};
