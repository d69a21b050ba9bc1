#pragma once

#include "core/workflow/DeadlineSettlement.h"

#include <QTreeWidget>

// The open assignments whose deadlines a calendar change moves: item, lead department, which
// deadline, old and new date and by how much, one row each; below the rows what else the
// change settled (estimates confirmed, those still estimates, those set by hand).
class DeadlineMovesView : public QTreeWidget {
    Q_OBJECT

public:
    explicit DeadlineMovesView(QWidget *parent = nullptr);

    void setReport(const DeadlineSettlement::Report &report);

    // One sentence for above the list: "3 deadlines move; 5 estimates are confirmed."
    static QString summary(const DeadlineSettlement::Report &report, bool beforeSaving);
};
