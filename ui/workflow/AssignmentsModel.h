#pragma once

#include "core/WorkCalendar.h"
#include "core/workflow/AssignmentService.h"
#include "ui/SqlTableModel.h"

class AssignmentListQuery;

#include <QColor>
#include <QDate>

// Assignments with their deadline state coloured: overdue red, extended (an extension
// approved by "today", AssignmentState::isExtended, as the dashboard counts it) blue, extended
// and overdue again dark orange, due within the profile's warning window amber. A deadline
// changed with a reason shows its original date beside it but is not "extended".
class AssignmentsModel : public SqlTableModel {
    Q_OBJECT

public:
    enum { DeadlineStateRole = RawRole + 1 };

    explicit AssignmentsModel(Database &db, QObject *parent = nullptr);

    void setOpenOnly(bool openOnly);
    // Rows whose appeal number, submitting unit, subject or lead department contains `text`.
    void setSearch(const QString &text);

    // The row colour of a deadline state (invalid: none), also shown in the page's legend.
    static QColor deadlineColour(AssignmentService::DeadlineState state);

public slots:
    void refreshRules(); // reloads calendar and warning window from the database

protected:
    QVariant displayValue(int column, const QVariant &raw) const override;
    QVariant extraData(int row, int column, int role) const override;
    QVariant printValue(int column, const QVariant &raw) const override;

private:
    AssignmentService::DeadlineState stateOf(int row) const;

    Database &m_db;
    AssignmentListQuery *m_query; // owned by the base
    WorkCalendar m_calendar;
    int m_warningWindow = 3;
};
