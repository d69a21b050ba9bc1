#pragma once

#include "core/Appeal.h"

#include <QString>

// One row of an import file, checked and ready to store: the appeal, and what finds or makes
// its enterprise (the credit code), its collecting department and its work order.
struct ImportedAppealRow {
    int row = 0; // the spreadsheet row the clerk sees
    Appeal appeal;
    QString uscc;
    QString department;
    QString workOrder;
};
