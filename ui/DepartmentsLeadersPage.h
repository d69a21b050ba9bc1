#pragma once

#include "ui/Page.h"

class Database;
class NextStepBanner;
class HistoryWidget;
class QLabel;
class QTreeWidget;

// 部门与领导: the departments that collect and handle appeals (with contact and phone for the
// 办理情况表), and the leaders who chair meetings, with their domains (seed 002) and liaison
// enterprises (seed 003: 2–3 each, checked against the profile).
class DepartmentsLeadersPage : public Page {
    Q_OBJECT

public:
    explicit DepartmentsLeadersPage(Database &db, QWidget *parent = nullptr);

    QTreeWidget *departments() const { return m_departments; }
    QTreeWidget *leaders() const { return m_leaders; }

public slots:
    void refresh() override;
    void editDepartment(bool create);
    void editLeader(bool create);

private:
    void showHistory(const QString &entity, QTreeWidget *tree);

    Database &m_db;
    NextStepBanner *m_nextStep = nullptr; // the first day's next step while the page is empty
    QTreeWidget *m_departments;
    QTreeWidget *m_leaders;
    QLabel *m_liaisonNote;
    HistoryWidget *m_history;
};
