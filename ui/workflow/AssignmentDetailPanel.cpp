#include "ui/workflow/AssignmentDetailPanel.h"

#include "core/Clock.h"
#include "core/Database.h"
#include "core/ProfileRepository.h"
#include "core/StatusLabels.h"
#include "core/queries/AssignmentSummaryQuery.h"
#include "core/queries/ChoiceLists.h"
#include "core/records/RecordNames.h"
#include "core/workflow/AssignmentMerge.h"
#include "core/workflow/AssignmentService.h"
#include "core/workflow/FollowUpService.h"
#include "ui/AssignmentConflictRows.h"
#include "ui/EditConflictDialog.h"
#include "ui/HistoryWidget.h"
#include "ui/MessageLine.h"
#include "ui/PrintMenu.h"
#include "ui/UserPrompt.h"
#include "ui/workflow/AssignmentEvaluationTab.h"
#include "ui/workflow/AssignmentExtensionsTab.h"
#include "ui/workflow/AssignmentHandlingTab.h"
#include "ui/workflow/AssignmentProgressTab.h"
#include "ui/workflow/AssignmentResultTab.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

AssignmentDetailPanel::AssignmentDetailPanel(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_summary(new QLabel(this))
    , m_message(new MessageLine(this))
    , m_handling(new AssignmentHandlingTab(this))
    , m_progress(new AssignmentProgressTab(this))
    , m_extensions(new AssignmentExtensionsTab(this))
    , m_result(new AssignmentResultTab(this))
    , m_evaluation(new AssignmentEvaluationTab(this))
    , m_history(new HistoryWidget(db, this)) {
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The summary and the message line keep their room whatever the item says, so that the
    // tabs and their buttons do not move under the pointer from one item to the next.
    const int line = fontMetrics().lineSpacing();
    m_summary->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_summary->setMinimumHeight(line * 6 + 4);
    m_message->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_message->setMinimumHeight(line * 2 + 2);
    // The department's sheet (附件2) and seed 002's 交办单 are what goes out with the item; the
    // filled 附件3 of an evaluation goes back to the file with it.
    m_printMenu = new PrintMenu(
        m_db, [this] { return m_id; }, this);
    m_printMenu->addDocument(tr("Handling sheet (附件2)"), FormPrinter::Kind::Form2);
    m_printMenu->addDocument(tr("Dispatch slip (交办单)"), FormPrinter::Kind::Dispatch);
    m_printMenu->addDocument(tr("Reminder notice (催办通知)"), FormPrinter::Kind::Reminder);
    m_printMenu->addDocument(tr("Blank evaluation form (附件3)"), FormPrinter::Kind::Form3, false,
                             true);
    m_printMenu->addDocument(
        tr("Evaluation form (附件3)"), FormPrinter::Kind::Form3,
        [this] { return evaluationToPrint(); },
        tr("No evaluation has been recorded for this assignment yet."));
    m_handling->setPrintMenu(m_printMenu);
    m_evaluation->setPrintMenu(m_printMenu);

    auto *tabs = new QTabWidget(this);
    tabs->addTab(m_handling, tr("Handling"));
    tabs->addTab(m_progress, tr("Progress"));
    tabs->addTab(m_extensions, tr("Extensions"));
    tabs->addTab(m_result, tr("Result && feedback"));
    tabs->addTab(m_evaluation, tr("Evaluation"));
    tabs->addTab(m_history, tr("History"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_message);
    layout->addWidget(tabs, 1);

    connect(m_handling, &AssignmentHandlingTab::startRequested, this,
            &AssignmentDetailPanel::start);
    connect(m_handling, &AssignmentHandlingTab::returnRequested, this,
            &AssignmentDetailPanel::returnToOffice);
    connect(m_handling, &AssignmentHandlingTab::escalateRequested, this,
            &AssignmentDetailPanel::escalate);
    connect(m_handling, &AssignmentHandlingTab::deferRequested, this,
            &AssignmentDetailPanel::defer);
    connect(m_handling, &AssignmentHandlingTab::reassignRequested, this,
            &AssignmentDetailPanel::reassign);
    connect(m_handling, &AssignmentHandlingTab::deadlineChangeRequested, this,
            &AssignmentDetailPanel::changeDeadline);
    connect(m_progress, &AssignmentProgressTab::addRequested, this,
            &AssignmentDetailPanel::addProgress);
    connect(m_extensions, &AssignmentExtensionsTab::requestRequested, this,
            &AssignmentDetailPanel::requestExtension);
    connect(m_extensions, &AssignmentExtensionsTab::decisionRequested, this,
            &AssignmentDetailPanel::decideLatestExtension);
    connect(m_result, &AssignmentResultTab::completeRequested, this,
            &AssignmentDetailPanel::complete);
    connect(m_result, &AssignmentResultTab::feedbackRequested, this,
            &AssignmentDetailPanel::saveFeedback);
    connect(m_result, &AssignmentResultTab::supervisionRequested, this,
            &AssignmentDetailPanel::saveSupervision);
    connect(m_evaluation, &AssignmentEvaluationTab::evaluateRequested, this,
            &AssignmentDetailPanel::evaluate);
    setAssignment(0);
}

void AssignmentDetailPanel::setAssignment(qint64 id) {
    if (id != m_id) {
        // Another item: text typed for one must never be stored on another.
        m_message->clearMessage();
        m_handling->clearInputs();
        m_progress->clearInputs();
        m_extensions->clearInputs();
        m_result->clearInputs();
        m_evaluation->clearInputs();
    }
    m_id = id;
    load();
}

bool AssignmentDetailPanel::mayLeave() {
    QStringList typed;
    if (m_handling->hasTyping())
        typed << tr("handling");
    if (m_progress->hasTyping())
        typed << tr("progress report");
    if (m_extensions->hasTyping())
        typed << tr("extension request");
    if (m_result->hasTyping())
        typed << tr("result, feedback or supervision");
    if (m_evaluation->hasTyping())
        typed << tr("evaluation");
    if (typed.isEmpty() || !m_id)
        return true;
    return UserPrompt::question(
               this, tr("Unsaved input"),
               tr("What you typed for this assignment is not saved (%1). Discard it?")
                   .arg(typed.join(tr(", "))),
               QMessageBox::Discard | QMessageBox::Cancel,
               QMessageBox::Cancel) == QMessageBox::Discard;
}

qint64 AssignmentDetailPanel::evaluationToPrint() const {
    return m_evaluation->evaluationToPrint();
}

QString AssignmentDetailPanel::message() const {
    return m_message->text();
}

QString AssignmentDetailPanel::summaryText() const {
    return m_summary->text();
}

QString AssignmentDetailPanel::reportText() const {
    return m_progress->infoText();
}

QString AssignmentDetailPanel::capText() const {
    return m_extensions->capText();
}

bool AssignmentDetailPanel::done(bool ok, const QString &error, const QString &success) {
    if (ok)
        m_message->showSuccess(success);
    else
        m_message->showError(error);
    if (ok) {
        m_refreshShown = true; // what the panel now shows is what the clerk saved
        load();
        emit changed();
    } else {
        load(); // a refused extension is recorded, so the table changes too
    }
    return ok;
}

bool AssignmentDetailPanel::takeStep(const std::function<bool(AssignmentService &)> &step,
                                     const std::function<void(Assignment &)> &yours,
                                     const QString &success) {
    AssignmentService s(m_db);
    if (m_shown.id == m_id)
        s.expectVersion(m_id, m_shown.version);
    if (step(s))
        return done(true, {}, success);
    const auto conflict = s.conflict();
    const auto stored = conflict ? s.find(m_id) : std::nullopt;
    if (!stored)
        return done(false, s.errorString(), {});
    // Three ways: what the panel showed, what this step makes of it, what is stored now.
    Assignment mine = m_shown;
    yours(mine);
    const AssignmentMerge merge(m_shown, mine, *stored);
    EditConflictDialog dialog(conflict->message(),
                              AssignmentConflictRows::of(m_db, merge, mine, *stored), this);
    dialog.exec();
    switch (dialog.choice()) {
    case EditConflictDialog::Choice::Reload:
        // The stored texts replace what was typed over them.
        m_handling->clearInputs();
        m_result->clearInputs();
        m_refreshShown = true;
        load();
        m_message->showError(tr("The panel shows the stored assignment now; nothing of yours "
                                "was saved."));
        return false;
    case EditConflictDialog::Choice::Overwrite: {
        // The step again, over the version just shown; yet another change is refused again.
        AssignmentService again(m_db);
        again.expectVersion(m_id, stored->version);
        m_shown = *stored;
        const bool ok = step(again);
        return done(ok, again.errorString(), success);
    }
    case EditConflictDialog::Choice::Back:
        break;
    }
    // Nothing reloaded: what the clerk typed stays, and so does the version it was typed on.
    m_message->showError(conflict->message());
    return false;
}

bool AssignmentDetailPanel::start() {
    return takeStep([this](AssignmentService &s) { return s.start(m_id); },
                    [](Assignment &a) { a.status = Assignment::Status::InProgress; },
                    tr("Handling started."));
}

bool AssignmentDetailPanel::returnToOffice(const QString &reason) {
    return takeStep([this, reason](AssignmentService &s) { return s.returnToOffice(m_id, reason); },
                    [](Assignment &a) { a.status = Assignment::Status::Returned; },
                    tr("Returned. Hand it to the right lead department."));
}

bool AssignmentDetailPanel::reassign(qint64 departmentId, const QString &reason) {
    // The department's own contact and phone go with it (the service's default).
    return takeStep(
        [this, departmentId, reason](AssignmentService &s) {
            return s.reassign(m_id, departmentId, {}, {}, reason);
        },
        [departmentId](Assignment &a) {
            a.status = Assignment::Status::Assigned;
            a.leadDepartmentId = departmentId;
            a.leadContact.clear();
            a.leadPhone.clear();
        },
        tr("Handed to %1.").arg(RecordNames::departmentName(m_db, departmentId)));
}

bool AssignmentDetailPanel::escalate(const QString &note) {
    return takeStep([this, note](AssignmentService &s) { return s.escalate(m_id, note); },
                    [note](Assignment &a) {
                        a.status = Assignment::Status::Escalated;
                        a.escalationNote = note.trimmed();
                    },
                    tr("Escalated to the higher level."));
}

bool AssignmentDetailPanel::defer(const QString &explanation) {
    return takeStep(
        [this, explanation](AssignmentService &s) { return s.defer(m_id, explanation); },
        [explanation](Assignment &a) {
            a.status = Assignment::Status::Deferred;
            a.explanation = explanation.trimmed();
        },
        tr("Deferred with explanation."));
}

bool AssignmentDetailPanel::complete(const QString &result, const QDate &on) {
    return takeStep(
        [this, result, on](AssignmentService &s) { return s.complete(m_id, result, on); },
        [result, on](Assignment &a) {
            a.status = Assignment::Status::Done;
            a.result = result.trimmed();
            a.completedOn = on;
        },
        tr("Result recorded; awaiting evaluation."));
}

bool AssignmentDetailPanel::changeDeadline(const QDate &due, const QString &reason) {
    return takeStep(
        [this, due, reason](AssignmentService &s) { return s.setDueDate(m_id, due, reason); },
        [due, reason](Assignment &a) {
            a.dueDate = due;
            a.dueReason = reason.trimmed();
        },
        tr("Deadline changed to %1.").arg(due.toString(Qt::ISODate)));
}

bool AssignmentDetailPanel::addProgress(const QDate &on, const QString &content) {
    FollowUpService s(m_db);
    const bool ok = s.addProgressReport(m_id, on, content) > 0;
    if (ok)
        m_progress->clearNewReport();
    return done(ok, s.errorString(), tr("Progress report added."));
}

bool AssignmentDetailPanel::requestExtension(const QString &reason, const QDate &requestedDue) {
    FollowUpService s(m_db);
    const bool ok = s.requestExtension(m_id, reason, requestedDue, Clock::today()) > 0;
    // The field also takes a refusal's reason: the request's must not become that.
    if (ok)
        m_extensions->clearReason();
    return done(ok, s.errorString(), tr("Extension requested; approve or refuse it."));
}

bool AssignmentDetailPanel::decideLatestExtension(bool approve, const QString &note) {
    // The request the panel shows, not whichever is pending now: after a colleague decided it
    // and a new one was made, a click must not decide a request the supervisor has not seen.
    FollowUpService s(m_db);
    if (!m_shownPendingExtension)
        return done(false, tr("There is no pending extension request."), {});
    const bool ok = approve ? s.approveExtension(m_shownPendingExtension, Clock::today())
                            : s.refuseExtension(m_shownPendingExtension, Clock::today(), note);
    if (ok)
        m_extensions->clearReason();
    return done(ok, s.errorString(),
                approve ? tr("Extension approved.") : tr("Extension refused."));
}

bool AssignmentDetailPanel::saveFeedback(const QString &feedback, const QDate &on,
                                         const QString &method) {
    return takeStep([this, feedback, on, method](
                        AssignmentService &s) { return s.setFeedback(m_id, feedback, on, method); },
                    [feedback, on, method](Assignment &a) {
                        a.feedback = feedback.trimmed();
                        a.feedbackOn = on;
                        a.feedbackMethod = method.trimmed();
                    },
                    tr("Feedback saved."));
}

bool AssignmentDetailPanel::saveSupervision(const QString &text) {
    return takeStep([this, text](AssignmentService &s) { return s.setSupervision(m_id, text); },
                    [text](Assignment &a) { a.supervision = text.trimmed(); },
                    tr("Supervision notes saved."));
}

bool AssignmentDetailPanel::evaluate(Evaluation::Level level, const QString &opinion,
                                     const QString &suggestions, const QDate &on) {
    FollowUpService s(m_db);
    Evaluation e;
    e.level = level;
    e.opinion = opinion;
    e.suggestions = suggestions;
    e.submitDate = on; // the evaluator is the appeal's enterprise (the service's default)
    const bool ok = s.evaluate(m_id, e) > 0;
    if (ok) // recorded: the same words must not be recorded a second time
        m_evaluation->clearInputs();
    return done(ok, s.errorString(),
                level == Evaluation::Level::Unsatisfied
                    ? tr("Unsatisfied: the assignment is reopened for handling again.")
                    : tr("Evaluation recorded."));
}

void AssignmentDetailPanel::load() {
    AssignmentSummaryQuery query(m_db);
    const auto summary = query.find(m_id, Clock::today());
    // The server away: the item stays selected and the line says why it cannot be shown.
    if (!summary && !query.errorString().isEmpty())
        m_message->showError(query.errorString());
    const Assignment *a = summary ? &summary->assignment : nullptr;
    setEnabled(a != nullptr);
    m_history->setRecord(u"assignment"_s, a ? m_id : 0);
    if (!a) {
        m_shown = {};
        m_shownPendingExtension = 0;
        m_refreshShown = false;
        m_summary->setText(tr("Select an assignment."));
        m_progress->clear();
        m_extensions->clear();
        m_evaluation->clear();
        return;
    }
    showSummary(*summary);
    FollowUpService s(m_db);
    m_handling->showAssignment(*a, ChoiceLists(m_db).departments());
    // A list that cannot be read is shown empty with the reason on the message line, never as
    // "no reports" or "no extensions" without a word.
    QString unread;
    const auto read = [&s, &unread](auto list) {
        if (unread.isEmpty())
            unread = s.readError();
        return list;
    };
    const QList<ProgressReport> reports = read(s.progressReports(m_id));
    m_progress->showReports(reports, read(s.reportDates(m_id, Clock::today())),
                            ProfileRepository(m_db).active().reportIntervalDays, a->isOpen());
    const QList<Extension> extensions = read(s.extensions(m_id));
    m_shownPendingExtension = 0;
    for (const Extension &e : extensions)
        if (e.status == Extension::Status::Pending)
            m_shownPendingExtension = e.id;
    m_extensions->showExtensions(extensions, extensionText(extensions, s.extensionCapText()),
                                 a->dueDate, a->isOpen());
    m_result->showAssignment(*a);
    m_evaluation->showEvaluations(read(s.evaluations(m_id)), a->status == Assignment::Status::Done);
    if (!unread.isEmpty())
        m_message->showError(unread);
    // A text typed over the stored one keeps the version it was typed on (takeStep).
    if (m_refreshShown || m_shown.id != m_id ||
        (!m_handling->hasTyping() && !m_result->hasTyping()))
        m_shown = *a;
    m_refreshShown = false;
}

QString AssignmentDetailPanel::extensionText(const QList<Extension> &extensions,
                                             const QString &cap) {
    // Only approved requests moved the deadline: a pending one is named apart, not counted as
    // an extension the item already had.
    int approved = 0;
    bool pending = false;
    for (const Extension &e : extensions) {
        approved += e.status == Extension::Status::Approved ? 1 : 0;
        pending = pending || e.status == Extension::Status::Pending;
    }
    QString text = cap.isEmpty()
                       ? tr("Extensions approved: %1; the profile sets no cap.").arg(approved)
                       : tr("Extensions approved: %1; %2.").arg(approved).arg(cap);
    if (pending)
        text += u' ' + tr("One request is waiting for a decision.");
    return text;
}

void AssignmentDetailPanel::showSummary(const AssignmentSummaryQuery::Summary &summary) {
    const Assignment &a = summary.assignment;
    QStringList coop;
    for (int i = 0; i < a.cooperators.size(); ++i) {
        const CooperatingDepartment &c = a.cooperators.at(i);
        coop << u"%1 (%2 %3)"_s.arg(summary.cooperatingDepartments.value(i).toHtmlEscaped(),
                                    c.contact.toHtmlEscaped(), c.phone.toHtmlEscaped());
    }
    QString due = a.dueDate.toString(Qt::ISODate);
    if (a.originalDueDate != a.dueDate)
        due += tr(" (originally %1)").arg(a.originalDueDate.toString(Qt::ISODate));
    if (a.dueUncertain)
        due += tr(" — calendar incomplete, estimate only");
    QString text = u"<b>%1</b> %2<br>"_s.arg(summary.appealNumber.toHtmlEscaped(),
                                             summary.subject.toHtmlEscaped()) +
                   tr("Lead department: %1 (%2 %3)")
                       .arg(summary.leadDepartment.toHtmlEscaped(), a.leadContact.toHtmlEscaped(),
                            a.leadPhone.toHtmlEscaped()) +
                   u"<br>"_s +
                   tr("Cooperating: %1").arg(coop.isEmpty() ? tr("none") : coop.join(u"; "_s)) +
                   u"<br>"_s +
                   tr("Status: %1 · Due: %2 · %3")
                       .arg(StatusLabels::assignment(Assignment::statusCode(a.status)), due,
                            StatusLabels::assignmentDeadline(
                                AssignmentService::deadlineStateCode(summary.deadlineState)));
    if (a.rehandleCount)
        text += u"<br>"_s + tr("Handled again %n time(s).", nullptr, a.rehandleCount);
    if (!a.dueReason.isEmpty())
        text += u"<br>"_s + tr("Deadline note: %1").arg(a.dueReason.toHtmlEscaped());
    m_summary->setText(text);
}
