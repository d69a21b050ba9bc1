#include "ui/AssignmentConflictRows.h"

#include "core/StatusLabels.h"
#include "core/records/RecordNames.h"
#include "core/workflow/AssignmentMerge.h"

using namespace Qt::StringLiterals;

namespace {

// "text (detail)", or the text alone when there is no detail.
QString withDetail(const QString &text, const QString &detail) {
    return detail.isEmpty() ? text : AssignmentConflictRows::tr("%1 (%2)").arg(text, detail);
}

QString value(Database &db, AssignmentMerge::Field field, const Assignment &a) {
    using F = AssignmentMerge::Field;
    switch (field) {
    case F::Status:
        return StatusLabels::assignment(Assignment::statusCode(a.status));
    case F::LeadDepartment:
        return withDetail(RecordNames::departmentName(db, a.leadDepartmentId),
                          QStringList{a.leadContact, a.leadPhone}.join(u' ').trimmed());
    case F::Deadline:
        return withDetail(a.dueDate.toString(Qt::ISODate), a.dueReason);
    case F::EscalationNote:
        return a.escalationNote;
    case F::Explanation:
        return a.explanation;
    case F::Result:
        return withDetail(a.result, a.completedOn.toString(Qt::ISODate));
    case F::Feedback:
        return withDetail(
            a.feedback,
            QStringList{a.feedbackOn.toString(Qt::ISODate), a.feedbackMethod}.join(u' ').trimmed());
    case F::Supervision:
        return a.supervision;
    }
    return {};
}

} // namespace

QList<EditConflictDialog::Difference> AssignmentConflictRows::of(Database &db,
                                                                 const AssignmentMerge &merge,
                                                                 const Assignment &yours,
                                                                 const Assignment &stored) {
    return EditConflictDialog::differences(
        merge, yours, stored,
        [&db](AssignmentMerge::Field field, const Assignment &a) { return value(db, field, a); });
}
