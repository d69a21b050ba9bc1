#include "core/workflow/AssignmentMerge.h"

using namespace Qt::StringLiterals;

namespace {
// Each part with the column that names it (FieldLabels) and the members that make it up.
template <typename F> void forEachField(F &&visit) {
    using Field = AssignmentField;
    visit(Field::Status, u"status"_s, std::make_tuple(&Assignment::status));
    visit(Field::LeadDepartment, u"lead_department"_s,
          std::make_tuple(&Assignment::leadDepartmentId, &Assignment::leadContact,
                          &Assignment::leadPhone));
    visit(Field::Deadline, u"due_date"_s,
          std::make_tuple(&Assignment::dueDate, &Assignment::dueReason));
    visit(Field::EscalationNote, u"escalation_note"_s,
          std::make_tuple(&Assignment::escalationNote));
    visit(Field::Explanation, u"explanation"_s, std::make_tuple(&Assignment::explanation));
    visit(Field::Result, u"result"_s,
          std::make_tuple(&Assignment::result, &Assignment::completedOn));
    visit(Field::Feedback, u"feedback"_s,
          std::make_tuple(&Assignment::feedback, &Assignment::feedbackOn,
                          &Assignment::feedbackMethod));
    visit(Field::Supervision, u"supervision"_s, std::make_tuple(&Assignment::supervision));
}
} // namespace

AssignmentMerge::AssignmentMerge(const Assignment &loaded, const Assignment &yours,
                                 const Assignment &stored)
    : RecordMerge(loaded, yours, stored, [](auto &&visit) { forEachField(visit); }) {}
