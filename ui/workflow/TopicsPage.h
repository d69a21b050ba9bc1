#pragma once

#include "ui/Page.h"

class AppealQueueModel;
class Database;
class NextStepBanner;
class QCheckBox;
class QComboBox;
class MessageLine;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableView;
class TopicsModel;

// 议题研判: screen the appeals that came in, bundle accepted ones into topics (同类同批), mark
// urgent topics (急事优先) and hand topics to departments to prepare before the meeting.
class TopicsPage : public Page {
    Q_OBJECT

public:
    explicit TopicsPage(Database &db, QWidget *parent = nullptr);

    AppealQueueModel *appealModel() const { return m_appeals; }
    TopicsModel *topicModel() const { return m_topics; }
    QString message() const;

public slots:
    void refresh() override;
    void screenSelected(); // opens the ScreeningDialog (window-modal, not blocking)
    bool createTopic();    // from the selected accepted appeals and the title field
    bool setCurrentUrgent(bool urgent);
    bool handToDepartment();     // the current topic to the chosen department
    bool removeSelectedAppeal(); // out of the current topic

    // For tests: select rows by record id.
    void selectAppeals(const QList<qint64> &ids);
    QList<qint64> selectedAppealIds() const;
    void selectTopic(qint64 id);
    qint64 currentTopicId() const;
    void setTopicTitle(const QString &title);
    void setDepartment(qint64 departmentId);

private:
    void showTopic();

    Database &m_db;
    NextStepBanner *m_nextStep = nullptr; // the first day's next step while the page is empty
    AppealQueueModel *m_appeals;
    TopicsModel *m_topics;
    QTableView *m_appealView;
    QTableView *m_topicView;
    QCheckBox *m_showScreened;
    QLineEdit *m_title;
    QCheckBox *m_urgent;
    QListWidget *m_topicAppeals;
    QListWidget *m_topicDepartments;
    QComboBox *m_department;
    MessageLine *m_message;
};
