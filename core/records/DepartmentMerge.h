#pragma once

#include "core/Department.h"
#include "core/records/RecordMerge.h"

// The fields of a department as the merge and the conflict dialog know them, in the order of
// the department dialog.
enum class DepartmentField {
    Name,
    ShortName,
    Contact,
    Phone,
    Level,
};

// The three-way merge (RecordMerge) of a department's dialog: a clerk's changes put over the
// version another desk saved after the dialog read it; what only the other desk changed stays.
class DepartmentMerge : public RecordMerge<Department, DepartmentField> {
public:
    using Field = DepartmentField;

    DepartmentMerge(const Department &loaded, const Department &yours, const Department &stored);
};
