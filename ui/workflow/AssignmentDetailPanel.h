#pragma once

#include "core/Assignment.h"
#include "core/workflow/Evaluation.h"

#include <QDate>
#include <QWidget>

class Database;
class HistoryWidget;
class MessageLine;
class PrintMenu;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

// Everything about one assignment: departments with contacts, status actions, progress
// reports (and the next report date under 十日一报), extensions with the profile's cap, result,
// feedback, supervision, evaluation and history. Problems appear in the panel's message line,
// never in a modal box, so that a clerk can correct the field and retry.
class AssignmentDetailPanel : public QWidget {
    Q_OBJECT

public:
    explicit AssignmentDetailPanel(Database &db, QWidget *parent = nullptr);

    qint64 assignmentId() const { return m_id; }
    void setAssignment(qint64 id);
    QString message() const;
    QString summaryText() const;
    QString reportText() const;
    QString capText() const;
    // The evaluation 附件3 prints: the one selected in the evaluation tab, else the latest.
    qint64 evaluationToPrint() const;

    // The actions behind the buttons, also used by tests.
    bool start();
    bool returnToOffice(const QString &reason);
    bool reassign(qint64 departmentId, const QString &reason);
    bool escalate(const QString &note);
    bool defer(const QString &explanation);
    bool complete(const QString &result, const QDate &on);
    bool changeDeadline(const QDate &due, const QString &reason);
    bool addProgress(const QDate &on, const QString &content);
    bool requestExtension(const QString &reason, const QDate &requestedDue);
    bool decideLatestExtension(bool approve, const QString &note = {});
    bool saveFeedback(const QString &feedback, const QDate &on, const QString &method);
    bool saveSupervision(const QString &text);
    bool evaluate(Evaluation::Level level, const QString &opinion, const QString &suggestions,
                  const QDate &on);

signals:
    void changed();

private:
    QWidget *buildHandlingTab();
    QWidget *buildProgressTab();
    QWidget *buildExtensionsTab();
    QWidget *buildResultTab();
    QWidget *buildEvaluationTab();
    void load();
    // A different assignment: every input goes back to empty (or the record's own value in
    // load()), so that text typed for one item can never be stored on another.
    void clearInputs();
    // Only what the item's state allows is enabled (the service refuses the rest anyway).
    void enableActions(const Assignment &a, bool pendingExtension);
    bool done(bool ok, const QString &error, const QString &success);

    Database &m_db;
    qint64 m_id = 0;

    QLabel *m_summary;
    QPushButton *m_startButton = nullptr;
    QPushButton *m_returnButton = nullptr;
    QPushButton *m_escalateButton = nullptr;
    QPushButton *m_deferButton = nullptr;
    QPushButton *m_reassignButton = nullptr;
    QPushButton *m_dueButton = nullptr;
    QPushButton *m_progressButton = nullptr;
    QPushButton *m_requestButton = nullptr;
    QPushButton *m_approveButton = nullptr;
    QPushButton *m_refuseButton = nullptr;
    QPushButton *m_completeButton = nullptr;
    QPushButton *m_evaluateButton = nullptr;
    MessageLine *m_message;
    QPlainTextEdit *m_note;
    QComboBox *m_newLead;
    QDateEdit *m_newDue;
    QTableWidget *m_reports;
    QLabel *m_reportInfo;
    QDateEdit *m_reportDate;
    QPlainTextEdit *m_reportText;
    QTableWidget *m_extensions;
    QLabel *m_cap;
    QLineEdit *m_extReason;
    QDateEdit *m_extDate;
    QPlainTextEdit *m_result;
    QDateEdit *m_completedOn;
    QPlainTextEdit *m_feedback;
    QDateEdit *m_feedbackOn;
    QComboBox *m_feedbackMethod;
    QPlainTextEdit *m_supervision;
    QComboBox *m_level;
    QPlainTextEdit *m_opinion;
    QLineEdit *m_suggestions;
    QDateEdit *m_evalDate;
    QTableWidget *m_evaluations;
    HistoryWidget *m_history;
    PrintMenu *m_printMenu = nullptr;
};
