#pragma once

#include "AssignmentService.h"
#include "SqlTableModel.h"
#include "WorkCalendar.h"

#include <QDate>

// Assignments with their deadline state coloured: overdue red, extended (an approved
// extension moved the deadline) blue, extended and overdue again dark orange, due within the
// profile's warning window amber.
class AssignmentsModel : public SqlTableModel {
    Q_OBJECT

public:
    enum { DeadlineStateRole = RawRole + 1 };

    explicit AssignmentsModel(Database &db, QObject *parent = nullptr);

    void setToday(const QDate &today) { m_today = today; }
    void setOpenOnly(bool openOnly);
    static QString statusLabel(Assignment::Status status);
    static QString deadlineStateLabel(AssignmentService::DeadlineState state);

public slots:
    void refreshRules(); // reloads calendar and warning window from the database

protected:
    QString selectSql() const override;
    QVariant displayValue(int column, const QVariant &raw) const override;
    QVariant extraData(int row, int column, int role) const override;

private:
    AssignmentService::DeadlineState stateOf(int row) const;

    WorkCalendar m_calendar;
    int m_warningWindow = 3;
    QDate m_today = QDate::currentDate();
    bool m_openOnly = false;
};
