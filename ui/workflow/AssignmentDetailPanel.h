#pragma once

#include "core/queries/AssignmentSummaryQuery.h"
#include "core/workflow/Evaluation.h"
#include "core/workflow/Extension.h"

#include <QDate>
#include <QWidget>

#include <functional>

class AssignmentEvaluationTab;
class AssignmentExtensionsTab;
class AssignmentHandlingTab;
class AssignmentProgressTab;
class AssignmentResultTab;
class AssignmentService;
class Database;
class HistoryWidget;
class MessageLine;
class PrintMenu;
class QLabel;

// Everything about one assignment: a heading (departments with contacts, status, deadline)
// over one tab per step — handling, progress reports (and the next report date under
// 十日一报), extensions with the profile's cap, result and feedback, the evaluation — and the
// history. Each tab is a widget with its .ui file that asks for an action; the panel carries
// it out through the services and shows the outcome in its message line, never in a modal
// box, so that a clerk can correct the field and retry.
class AssignmentDetailPanel : public QWidget {
    Q_OBJECT

public:
    explicit AssignmentDetailPanel(Database &db, QWidget *parent = nullptr);

    qint64 assignmentId() const { return m_id; }
    void setAssignment(qint64 id);
    // Before the page shows another item: what was typed here and not saved is thrown away
    // only when the clerk says so (不保存); 取消 or Esc keeps it. True: go on.
    bool mayLeave();
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
    void load();
    // Takes a step over the version the panel showed (no lost update). Refused because another
    // desk changed the assignment since, it shows what changed (EditConflictDialog) and does
    // as the clerk chooses: reload, take the step again over the stored version (it writes its
    // own fields only, so the other desk's other changes stay), or go back to what was typed.
    // `yours` puts what the step writes on the assignment as shown, for the dialog.
    bool takeStep(const std::function<bool(AssignmentService &)> &step,
                  const std::function<void(Assignment &)> &yours, const QString &success);
    void showSummary(const AssignmentSummaryQuery::Summary &summary);
    static QString extensionText(const QList<Extension> &extensions, const QString &cap);
    bool done(bool ok, const QString &error, const QString &success);

    Database &m_db;
    qint64 m_id = 0;
    qint64 m_shownPendingExtension = 0; // the request the extensions tab shows as waiting
    // The assignment as the panel showed it: kept while the clerk types over a stored text, so
    // that a refresh cannot make a step taken on older values look current.
    Assignment m_shown;
    bool m_refreshShown = false; // the next load() takes the stored version as shown

    QLabel *m_summary;
    MessageLine *m_message;
    AssignmentHandlingTab *m_handling;
    AssignmentProgressTab *m_progress;
    AssignmentExtensionsTab *m_extensions;
    AssignmentResultTab *m_result;
    AssignmentEvaluationTab *m_evaluation;
    HistoryWidget *m_history;
    PrintMenu *m_printMenu = nullptr;
};
