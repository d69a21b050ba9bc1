#pragma once

#include "AppealListQuery.h"

#include <QWidget>

class Database;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QTimer;

// The filters above the appeals list: search text, status, lead department, deadline state,
// meeting and a submission date range. They combine (AND) and are remembered between runs
// under `settingsGroup` in QSettings.
class AppealFilterBar : public QWidget {
    Q_OBJECT

public:
    AppealFilterBar(Database &db, const QString &settingsGroup, QWidget *parent = nullptr);

    AppealListQuery::Filter filter() const;
    QLineEdit *searchEdit() const { return m_search; }

public slots:
    void reset();
    // Re-reads departments and meetings (they may have changed elsewhere).
    void reloadChoices();

signals:
    void filterChanged();

private:
    void remember();
    void restore();
    void changed();

    Database &m_db;
    QString m_group;
    QLineEdit *m_search;
    QComboBox *m_status;
    QComboBox *m_department;
    QComboBox *m_deadline;
    QComboBox *m_meeting;
    QCheckBox *m_dateRange;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QTimer *m_searchTimer;
    bool m_restoring = false;
};
