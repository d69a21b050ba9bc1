#pragma once

#include "core/Appeal.h"
#include "core/records/RecordMerge.h"

// The fields of an appeal as the merge and the conflict dialog know them, in the order of the
// paper form.
enum class AppealField {
    Number,
    SubmittingUnit, // with the enterprise it names
    ResponsiblePerson,
    Phone,
    SubmitDate,
    Channel,
    CollectingDepartment,
    Problem,
    Suggestions,
    PriorHandling,
    Domain,
    IndustryWide,
    Urgent,
    Screening, // status, reason and note: one decision
    DuplicateOf,
    Topic,
};

// The three-way merge (RecordMerge) of an appeal's form: a clerk's corrections put over the
// version another desk saved after the form read it, so that saving "mine" never quietly takes
// back another desk's phone number or screening decision the clerk did not touch.
class AppealMerge : public RecordMerge<Appeal, AppealField> {
public:
    using Field = AppealField;

    AppealMerge(const Appeal &loaded, const Appeal &yours, const Appeal &stored);
};
