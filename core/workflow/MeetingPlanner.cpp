#include "core/workflow/MeetingPlanner.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

MeetingPlanner::MeetingPlanner(const RuleProfile &profile, const WorkCalendar &calendar)
    : m_profile(profile)
    , m_calendar(calendar) {}

MeetingPlanner::Period MeetingPlanner::period(const QDate &date) const {
    Period p;
    if (!date.isValid())
        return p;
    switch (m_profile.cadencePeriod) {
    case RuleProfile::CadencePeriod::Month:
        p.first = QDate(date.year(), date.month(), 1);
        p.last = p.first.addMonths(1).addDays(-1);
        p.label = date.toString(u"yyyy-MM"_s);
        break;
    case RuleProfile::CadencePeriod::Quarter: {
        const int q = (date.month() - 1) / 3;
        p.first = QDate(date.year(), q * 3 + 1, 1);
        p.last = p.first.addMonths(3).addDays(-1);
        p.label = u"%1 Q%2"_s.arg(date.year()).arg(q + 1);
        break;
    }
    case RuleProfile::CadencePeriod::Year:
        p.first = QDate(date.year(), 1, 1);
        p.last = QDate(date.year(), 12, 31);
        p.label = QString::number(date.year());
        break;
    case RuleProfile::CadencePeriod::None:
        break;
    }
    return p;
}

Deadline MeetingPlanner::noticeDue(const QDate &meetingDate) const {
    if (m_profile.noticeLeadWorkingDays <= 0)
        return {};
    return m_calendar.subtractWorkingDays(meetingDate, m_profile.noticeLeadWorkingDays);
}

Deadline MeetingPlanner::catalogueDue(const QDate &meetingDate) const {
    if (m_profile.catalogueLeadWorkingDays <= 0)
        return {};
    return m_calendar.subtractWorkingDays(meetingDate, m_profile.catalogueLeadWorkingDays);
}

Deadline MeetingPlanner::assignBy(const QDate &meetingDate) const {
    if (m_profile.assignWithinWorkingDays <= 0)
        return {};
    return m_calendar.addWorkingDays(meetingDate, m_profile.assignWithinWorkingDays);
}

QList<MeetingPlanner::Warning> MeetingPlanner::check(const QDate &meetingDate, const QDate &today,
                                                     int representatives,
                                                     int otherMeetingsInPeriod) const {
    QList<Warning> out;
    if (!meetingDate.isValid()) {
        out << Warning{u"date_missing"_s, tr("Date: the meeting has no valid date.")};
        return out;
    }
    if (today.isValid() && meetingDate < today)
        out << Warning{u"date_past"_s,
                       tr("Date: %1 is already past (today is %2).")
                           .arg(meetingDate.toString(Qt::ISODate), today.toString(Qt::ISODate))};
    if (!m_calendar.isWorkingDay(meetingDate))
        out << Warning{u"date_day_off"_s,
                       tr("Date: %1 is not a working day%2.")
                           .arg(meetingDate.toString(Qt::ISODate),
                                m_calendar.holidayName(meetingDate).isEmpty()
                                    ? QString()
                                    : u" (%1)"_s.arg(m_calendar.holidayName(meetingDate)))};

    const Period p = period(meetingDate);
    const int perPeriod = m_profile.meetingsPerPeriod;
    if (p.isValid() && perPeriod > 0) {
        const int total = otherMeetingsInPeriod + 1;
        // Monthly and quarterly regimes hold one meeting a period: a second one is worth a
        // second look. A yearly minimum (乌海: at least 4) is short until the count is reached.
        if (m_profile.cadencePeriod != RuleProfile::CadencePeriod::Year &&
            otherMeetingsInPeriod >= perPeriod)
            out << Warning{u"cadence_full"_s,
                           tr("Cadence: period %1 already has %2 meeting(s); the profile asks for "
                              "%3 per period (%4).")
                               .arg(p.label)
                               .arg(otherMeetingsInPeriod)
                               .arg(perPeriod)
                               .arg(m_profile.cadenceNote)};
        if (total < perPeriod)
            out << Warning{u"cadence_short"_s,
                           tr("Cadence: period %1 has only %2 of at least %3 meetings planned "
                              "(%4).")
                               .arg(p.label)
                               .arg(total)
                               .arg(perPeriod)
                               .arg(m_profile.cadenceNote)};
    }

    if (m_profile.representativesMin > 0 && representatives < m_profile.representativesMin)
        out << Warning{u"representatives_few"_s,
                       tr("Representatives: %1 enterprise(s) invited; the profile asks for at "
                          "least %2.")
                           .arg(representatives)
                           .arg(m_profile.representativesMin)};
    if (m_profile.representativesMax > 0 && representatives > m_profile.representativesMax)
        out << Warning{u"representatives_many"_s,
                       tr("Representatives: %1 enterprises invited; the profile allows at most %2.")
                           .arg(representatives)
                           .arg(m_profile.representativesMax)};

    const Deadline notice = noticeDue(meetingDate);
    if (notice.isValid() && today.isValid() && today > notice.date)
        out << Warning{u"notice_late"_s,
                       tr("Notice: the notice (通告) had to be published by %1, %2 working days "
                          "before the meeting; today is %3.")
                           .arg(notice.date.toString(Qt::ISODate))
                           .arg(m_profile.noticeLeadWorkingDays)
                           .arg(today.toString(Qt::ISODate))};
    const Deadline catalogue = catalogueDue(meetingDate);
    if (catalogue.isValid() && today.isValid() && today > catalogue.date)
        out << Warning{u"catalogue_late"_s,
                       tr("Problem catalogue: the catalogue (企业问题目录) was due by %1, %2 "
                          "working days before the meeting; today is %3.")
                           .arg(catalogue.date.toString(Qt::ISODate))
                           .arg(m_profile.catalogueLeadWorkingDays)
                           .arg(today.toString(Qt::ISODate))};
    for (const Deadline &d : {notice, catalogue}) {
        if (d.isValid() && !d.certain) {
            out << Warning{u"calendar_incomplete"_s, d.reason};
            break;
        }
    }
    return out;
}

QStringList MeetingPlanner::ruleSummary() const {
    QStringList lines;
    if (m_profile.meetingsPerPeriod > 0)
        lines << tr("Cadence: %1").arg(m_profile.cadenceNote);
    if (m_profile.representativesMin > 0 && m_profile.representativesMax > 0)
        lines << tr("Representatives: %1 to %2 enterprises")
                     .arg(m_profile.representativesMin)
                     .arg(m_profile.representativesMax);
    else if (m_profile.representativesMin > 0)
        lines << tr("Representatives: at least %1 enterprises").arg(m_profile.representativesMin);
    if (m_profile.noticeLeadWorkingDays > 0)
        lines << tr("Notice (通告): %1 working days before the meeting")
                     .arg(m_profile.noticeLeadWorkingDays);
    if (m_profile.catalogueLeadWorkingDays > 0)
        lines << tr("Problem catalogue (企业问题目录): %1 working days before the meeting")
                     .arg(m_profile.catalogueLeadWorkingDays);
    if (m_profile.assignWithinWorkingDays > 0)
        lines << tr("Assign within %1 working day(s) after the meeting")
                     .arg(m_profile.assignWithinWorkingDays);
    if (m_profile.domainMatching)
        lines << tr("Appeals go to the meeting whose chairing leader receives their domain");
    return lines;
}

QStringList MeetingPlanner::splitDomains(const QString &text) {
    static const QRegularExpression sep(u"[,，、;；/\\s]+"_s);
    return text.split(sep, Qt::SkipEmptyParts);
}

bool MeetingPlanner::domainMatches(const QStringList &leaderDomains, const QString &appealDomain) {
    const QString domain = appealDomain.trimmed();
    if (domain.isEmpty())
        return false;
    for (const QString &d : leaderDomains) {
        if (d.compare(domain, Qt::CaseInsensitive) == 0 ||
            domain.contains(d, Qt::CaseInsensitive) || d.contains(domain, Qt::CaseInsensitive))
            return true;
    }
    return false;
}
