#pragma once

#include "ui/Page.h"

#include <QDate>

class AssignmentDetailPanel;
class AssignmentsModel;
class Database;
class NextStepBanner;
class ListPrintMenu;
class QCheckBox;
class QLineEdit;
class QTableView;

// 交办 and 督办: every assignment with its deadline state in colour, and the detail panel where
// clerks record what happens to it.
class AssignmentsPage : public Page {
    Q_OBJECT

public:
    explicit AssignmentsPage(Database &db, QWidget *parent = nullptr);

    AssignmentsModel *model() const { return m_model; }
    AssignmentDetailPanel *detail() const { return m_detail; }
    ListPrintMenu *printMenu() const { return m_printMenu; }
    void setOpenOnly(bool openOnly);
    void selectAssignment(qint64 id);
    // Filters the list as the search box does (without its pause).
    void search(const QString &text);

public slots:
    void refresh() override;

private:
    // The row of `id`, loading further chunks until it is there; -1 when the list lacks it.
    int rowLoading(qint64 id);
    // Highlights the row of `id` when it is loaded (else nothing) and shows `id` in the panel.
    void showSelected(qint64 id);

    Database &m_db;
    NextStepBanner *m_nextStep = nullptr; // the first day's next step while the page is empty
    AssignmentsModel *m_model;
    QTableView *m_view;
    QLineEdit *m_search;
    QCheckBox *m_openOnly;
    AssignmentDetailPanel *m_detail;
    ListPrintMenu *m_printMenu;
};
