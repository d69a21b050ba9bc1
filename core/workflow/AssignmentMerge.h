#pragma once

#include "core/Assignment.h"
#include "core/records/RecordMerge.h"

// The parts of an assignment that the desks change (the assignment page's tabs), in their
// order there.
enum class AssignmentField {
    Status,
    LeadDepartment, // with its contact and phone
    Deadline,       // with the reason it moved
    EscalationNote,
    Explanation,
    Result,   // with its date
    Feedback, // with its date and way
    Supervision,
};

// The three-way merge (RecordMerge) of an assignment: a step taken at a desk whose screen is
// older than the stored assignment, put over what another desk saved meanwhile.
class AssignmentMerge : public RecordMerge<Assignment, AssignmentField> {
public:
    using Field = AssignmentField;

    AssignmentMerge(const Assignment &loaded, const Assignment &yours, const Assignment &stored);
};
