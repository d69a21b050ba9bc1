#pragma once

#include "ui/Page.h"

class Database;
class NextStepBanner;
class EnterpriseListModel;
class HistoryWidget;
class QLineEdit;
class QTableView;
class QTabWidget;
class QTreeWidget;
class VisitLogWidget;

// 企业: the registry of enterprises with their tags and liaison leaders; below the list, the
// selected enterprise's appeals, its visit log (走访记录) and its history.
class EnterprisesPage : public Page {
    Q_OBJECT

public:
    explicit EnterprisesPage(Database &db, QWidget *parent = nullptr);

    EnterpriseListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    qint64 currentEnterpriseId() const;

public slots:
    void refresh() override;
    void addEnterprise();
    void editEnterprise();

private:
    void showDetails();

    Database &m_db;
    NextStepBanner *m_nextStep = nullptr; // the first day's next step while the page is empty
    EnterpriseListModel *m_model;
    QLineEdit *m_search;
    QTableView *m_view;
    QTabWidget *m_tabs;
    QTreeWidget *m_appeals;
    VisitLogWidget *m_visits;
    HistoryWidget *m_history;
};
