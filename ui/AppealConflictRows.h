#pragma once

#include "ui/EditConflictDialog.h"

#include <QCoreApplication>

struct Appeal;
class AppealMerge;
class Database;

// What the conflict dialog lists for an appeal saved at another desk meanwhile: each field the
// other desk changed, the clerk's own value beside it where the clerk changed it too, in the
// order of the paper form and named as everywhere else in the program (FieldLabels).
class AppealConflictRows {
    Q_DECLARE_TR_FUNCTIONS(AppealConflictRows)

public:
    static QList<EditConflictDialog::Difference> of(Database &db, const AppealMerge &merge,
                                                    const Appeal &yours, const Appeal &stored);
};
