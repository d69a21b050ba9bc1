#include "core/demo/DemoDataGeneratorRun.h"

#include "core/demo/DemoTexts.h"

using namespace Qt::StringLiterals;

// An accepted appeal's assignment after a held meeting, and what its age implies: progress
// reports, an extension request, the result and feedback, the enterprise's evaluation.
void DemoDataGenerator::Run::createAssignment(qint64 appealId, const EnterpriseInfo *ent,
                                              const QString &unit, MeetingInfo &meeting, int domain,
                                              qint64 topicId) {
    const auto &info = DemoTexts::domains().at(domain);
    const QDate ref = m_today;
    const qint64 lead = m_departmentIds.value(
        chance(70) ? info.leadDepartments.first() : DemoTexts::pick(rng, info.leadDepartments));
    const bool multi = chance(25);
    // Within the profile's assign-within time; without one, over the next two weeks.
    const int spread = m_timeline->maxAssignmentDelay() - m_timeline->minAssignmentDelay();
    const int delay =
        m_timeline->minAssignmentDelay() + (spread > 0 ? int(below(quint32(spread + 1))) : 0);
    const QDate assignedOn = m_calendar.addWorkingDays(meeting.date, delay).date;
    if (assignedOn >= ref)
        return; // not assigned yet: the appeal waits in its topic
    const Deadline due = m_timeline->resultDue(assignedOn, multi);
    const Deadline progress = m_profile.progressDeadline(m_calendar, assignedOn);
    // Older assignments are mostly finished; recent ones mostly still open. A few old ones stay
    // open so that the overdue list has something to show.
    static const QStringList oldMix = {u"evaluated"_s, u"done"_s,     u"deferred"_s,
                                       u"escalated"_s, u"returned"_s, u"in_progress"_s,
                                       u"assigned"_s};
    static const int oldWeights[] = {60, 33, 4, 1, 1, 1, 0};
    static const int newWeights[] = {10, 15, 5, 5, 5, 35, 25};
    const int *weights = due.date < ref.addDays(-60) ? oldWeights : newWeights;
    int roll = int(below(100));
    int index = 0;
    while (roll >= weights[index] && index < 6)
        roll -= weights[index++];
    QString status = oldMix.at(index);
    QDate completed;
    if (status == "done"_L1 || status == "evaluated"_L1) {
        completed = assignedOn.addDays(1 + below(quint32(assignedOn.daysTo(due.date) + 10)));
        if (completed >= ref)
            completed = ref.addDays(-1);
    }
    QDate evaluatedOn = completed.isValid() ? completed.addDays(3 + below(20)) : QDate();
    if (status == "evaluated"_L1 && evaluatedOn >= ref)
        status = u"done"_s;
    // An approved extension (延期) moves due_date and keeps original_due_date.
    const bool extended = chance(10) && status != "deferred"_L1;
    QString extStatus;
    if (extended)
        extStatus = chance(60) ? u"approved"_s : (chance(60) ? u"refused"_s : u"pending"_s);
    const QDate requestedDue =
        m_calendar.addCalendarDays(due.date, DemoTimeline::extensionDays).date;
    const QDate currentDue = extStatus == "approved"_L1 ? requestedDue : due.date;
    const QString department = m_departmentIds.key(lead);
    // An escalated or deferred item went into that state halfway between its assignment and
    // its deadline (or yesterday, whichever is earlier), so that the dashboard of an earlier
    // day shows it as it was then. No random draw: the rest of the data stays as it was.
    const QDate lastDay = std::min(due.date, ref.addDays(-1));
    const QDate since = std::min(
        assignedOn.addDays(std::max<qint64>(1, assignedOn.daysTo(lastDay) / 2)), ref.addDays(-1));
    const qint64 assignmentId =
        insert(u"assignments"_s,
               {u"appeal_id"_s,
                u"topic_id"_s,
                u"meeting_id"_s,
                u"lead_department_id"_s,
                u"lead_contact"_s,
                u"lead_phone"_s,
                u"multi_department"_s,
                u"assigned_on"_s,
                u"progress_due"_s,
                u"due_date"_s,
                u"original_due_date"_s,
                u"due_uncertain"_s,
                u"due_reason"_s,
                u"status"_s,
                u"result"_s,
                u"completed_on"_s,
                u"feedback"_s,
                u"feedback_on"_s,
                u"feedback_method"_s,
                u"supervision"_s,
                u"escalation_note"_s,
                u"explanation"_s,
                u"rehandle_count"_s,
                u"escalated_on"_s,
                u"deferred_on"_s,
                u"created_at"_s,
                u"updated_at"_s},
               {appealId,
                topicId,
                meeting.id,
                lead,
                DemoTexts::personName(rng),
                DemoTexts::mobilePhone(rng),
                multi ? 1 : 0,
                isoDay(assignedOn),
                isoDay(progress.date),
                isoDay(currentDue),
                isoDay(due.date),
                due.certain ? 0 : 1,
                due.certain ? QString() : due.reason,
                status,
                completed.isValid() ? DemoTexts::pick(rng, DemoTexts::resultTexts()) : QString(),
                isoDay(completed),
                completed.isValid() ? DemoTexts::pick(rng, DemoTexts::feedbackTexts()) : QString(),
                isoDay(completed.isValid() ? completed.addDays(1) : QDate()),
                completed.isValid() ? u"电话"_s : QString(),
                currentDue < ref && !completed.isValid() ? u"已超期，启动督查程序。"_s : QString(),
                status == "escalated"_L1 ? u"涉及上级审批权限，已提交上级研究。"_s : QString(),
                status == "deferred"_L1 ? u"受现行政策限制暂无法解决，已向企业书面解释说明。"_s
                                        : QString(),
                status == "returned"_L1 ? 1 : 0,
                isoDay(status == "escalated"_L1 ? since : QDate()),
                isoDay(status == "deferred"_L1 ? since : QDate()),
                timestamp(assignedOn),
                timestamp(assignedOn)});
    ++summary.assignments;
    if (multi) {
        const qint64 other = m_departmentIds.value(DemoTexts::pick(rng, info.leadDepartments));
        if (other != lead) {
            insert(u"assignment_cooperators"_s,
                   {u"assignment_id"_s, u"department_id"_s, u"contact"_s, u"phone"_s},
                   {assignmentId, other, DemoTexts::personName(rng), DemoTexts::mobilePhone(rng)});
        }
    }
    if (extended) {
        const QDate requestedOn =
            assignedOn.addDays(std::max<qint64>(1, assignedOn.daysTo(due.date) - 2));
        const bool decided = extStatus != "pending"_L1;
        insert(u"extensions"_s,
               {u"assignment_id"_s, u"requested_on"_s, u"reason"_s, u"requested_due"_s, u"status"_s,
                u"decided_on"_s, u"decided_by"_s, u"previous_due"_s},
               {assignmentId, isoDay(requestedOn),
                DemoTexts::pick(rng, DemoTexts::extensionReasons()), isoDay(requestedDue),
                extStatus, decided ? isoDay(requestedOn.addDays(1)) : QString(),
                decided ? u"督查室"_s : QString(),
                extStatus == "approved"_L1 ? isoDay(due.date) : QString()});
        ++summary.extensions;
    }
    const QDate reportsUntil = completed.isValid() ? completed : std::min(ref, currentDue);
    if (status != "assigned"_L1 && status != "deferred"_L1 && reportsUntil > assignedOn) {
        const int reports = 1 + int(below(2));
        for (int i = 0; i < reports; ++i) {
            const QDate day =
                assignedOn.addDays(1 + below(quint32(assignedOn.daysTo(reportsUntil))));
            insert(u"progress_reports"_s,
                   {u"assignment_id"_s, u"report_date"_s, u"content"_s, u"reporter"_s},
                   {assignmentId, isoDay(day), DemoTexts::pick(rng, DemoTexts::progressTexts()),
                    department});
            ++summary.progressReports;
        }
    }
    if (status == "evaluated"_L1) {
        static const char *levels[] = {"satisfied", "basic", "unsatisfied"};
        const int r = int(below(100));
        const int level = r < 70 ? 0 : (r < 92 ? 1 : 2);
        insert(u"evaluations"_s,
               {u"assignment_id"_s, u"evaluating_unit"_s, u"responsible_person"_s, u"phone"_s,
                u"submit_date"_s, u"level"_s, u"opinion"_s, u"suggestions"_s},
               {assignmentId, unit, ent ? ent->person : DemoTexts::personName(rng),
                ent ? ent->phone : DemoTexts::mobilePhone(rng), isoDay(evaluatedOn),
                QString::fromLatin1(levels[level]),
                DemoTexts::pick(rng, DemoTexts::opinions(level)), QString()});
        ++summary.evaluations;
    }
}
