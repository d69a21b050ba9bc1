#pragma once

#include <QDialog>

class Database;
class HistoryWidget;
class QTabWidget;

// One appeal as keyed in, with its tabs: the fields of the paper form, and the history from
// the audit log.
class AppealDetailDialog : public QDialog {
    Q_OBJECT

public:
    AppealDetailDialog(Database &db, qint64 appealId, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    HistoryWidget *history() const { return m_history; }

private:
    QWidget *createFieldsTab(qint64 appealId);
    QWidget *createScansTab(qint64 appealId);

    Database &m_db;
    QTabWidget *m_tabs;
    HistoryWidget *m_history;
};
