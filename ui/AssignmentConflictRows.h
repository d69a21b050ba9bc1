#pragma once

#include "ui/EditConflictDialog.h"

#include <QCoreApplication>

struct Assignment;
class AssignmentMerge;
class Database;

// What the conflict dialog lists for an assignment changed at another desk after the panel
// showed it: each part the other desk changed, the clerk's own value beside it where the step
// the clerk took changes it too, named as everywhere else in the program (FieldLabels).
class AssignmentConflictRows {
    Q_DECLARE_TR_FUNCTIONS(AssignmentConflictRows)

public:
    static QList<EditConflictDialog::Difference> of(Database &db, const AssignmentMerge &merge,
                                                    const Assignment &yours,
                                                    const Assignment &stored);
};
