#pragma once

#include <QWidget>

class Database;
class QPushButton;
class QTreeWidget;

// 走访记录 of one enterprise (seed 003): date, leader, people, findings, follow-up and the
// appeals that came out of each visit; "Add visit…" records a new one.
class VisitLogWidget : public QWidget {
    Q_OBJECT

public:
    explicit VisitLogWidget(Database &db, QWidget *parent = nullptr);

    void setEnterprise(qint64 enterpriseId);
    int visitCount() const;

public slots:
    void refresh();
    void addVisit();

private:
    Database &m_db;
    qint64 m_enterpriseId = 0;
    QTreeWidget *m_tree;
    QPushButton *m_add;
};
