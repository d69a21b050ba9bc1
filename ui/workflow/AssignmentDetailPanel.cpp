#include "ui/workflow/AssignmentDetailPanel.h"

#include "core/Clock.h"
#include "core/Database.h"
#include "core/ProfileRepository.h"
#include "core/StatusLabels.h"
#include "core/queries/AssignmentSummaryQuery.h"
#include "core/queries/ChoiceLists.h"
#include "core/records/RecordNames.h"
#include "core/workflow/AssignmentService.h"
#include "core/workflow/FollowUpService.h"
#include "ui/HistoryWidget.h"
#include "ui/MessageLine.h"
#include "ui/PrintMenu.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
QDateEdit *dateEdit(QWidget *parent) {
    auto *edit = new QDateEdit(Clock::today(), parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(u"yyyy-MM-dd"_s);
    return edit;
}

QTableWidget *table(const QStringList &headers, QWidget *parent) {
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    return t;
}

void addRow(QTableWidget *t, const QStringList &cells) {
    const int row = t->rowCount();
    t->insertRow(row);
    for (int c = 0; c < cells.size(); ++c)
        t->setItem(row, c, new QTableWidgetItem(cells.at(c)));
}

QString iso(const QDate &d) {
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

// Shows the stored value unless the clerk has typed over the value shown before: a reload
// after another action on the same item must not wipe a half-written text.
const char *const kShown = "shownValue";
void showStored(QPlainTextEdit *edit, const QString &value) {
    if (edit->toPlainText() == edit->property(kShown).toString())
        edit->setPlainText(value);
    edit->setProperty(kShown, value);
}

QString levelLabel(Evaluation::Level level) {
    return StatusLabels::evaluationLevel(Evaluation::levelCode(level));
}
} // namespace

AssignmentDetailPanel::AssignmentDetailPanel(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_summary(new QLabel(this))
    , m_message(new MessageLine(this))
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
    auto *tabs = new QTabWidget(this);
    tabs->addTab(buildHandlingTab(), tr("Handling"));
    tabs->addTab(buildProgressTab(), tr("Progress"));
    tabs->addTab(buildExtensionsTab(), tr("Extensions"));
    tabs->addTab(buildResultTab(), tr("Result && feedback"));
    tabs->addTab(buildEvaluationTab(), tr("Evaluation"));
    tabs->addTab(m_history, tr("History"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_message);
    layout->addWidget(tabs, 1);
    setAssignment(0);
}

QWidget *AssignmentDetailPanel::buildHandlingTab() {
    auto *w = new QWidget(this);
    auto *outer = new QVBoxLayout(w);
    auto *form = new QFormLayout;
    outer->addLayout(form);
    outer->addStretch(); // keep the rows together at the top of a tall panel
    m_note = new QPlainTextEdit(w);
    m_note->setPlaceholderText(tr("Reason for returning, note for the higher level, or the "
                                  "explanation given to the enterprise"));
    m_note->setObjectName(u"handlingNote"_s);
    m_note->setMaximumHeight(80);
    form->addRow(tr("Reason / note"), m_note);
    // Two by two: four in a row would make the panel wider than a 1024-pixel screen allows.
    auto *row = new QGridLayout;
    auto *startButton = m_startButton = new QPushButton(tr("Start handling"), w);
    auto *returnButton = m_returnButton = new QPushButton(tr("Return (wrong department)"), w);
    auto *escalateButton = m_escalateButton = new QPushButton(tr("Escalate to higher level"), w);
    auto *deferButton = m_deferButton = new QPushButton(tr("Defer with explanation"), w);
    row->addWidget(startButton, 0, 0);
    row->addWidget(returnButton, 0, 1);
    row->addWidget(escalateButton, 1, 0);
    row->addWidget(deferButton, 1, 1);
    form->addRow(row);
    // The department's sheet (附件2) and seed 002's 交办单 are what goes out with the item.
    auto *printButton = new QPushButton(tr("&Print"), w);
    auto *printMenu = m_printMenu = new PrintMenu(
        m_db, [this] { return m_id; }, this);
    printMenu->addDocument(tr("Handling sheet (附件2)"), FormPrinter::Kind::Form2);
    printMenu->addDocument(tr("Dispatch slip (交办单)"), FormPrinter::Kind::Dispatch);
    printMenu->addDocument(tr("Reminder notice (催办通知)"), FormPrinter::Kind::Reminder);
    printMenu->addDocument(tr("Blank evaluation form (附件3)"), FormPrinter::Kind::Form3, false,
                           true);
    printMenu->addDocument(
        tr("Evaluation form (附件3)"), FormPrinter::Kind::Form3,
        [this] { return evaluationToPrint(); },
        tr("No evaluation has been recorded for this assignment yet."));
    printButton->setMenu(printMenu);
    auto *printRow = new QHBoxLayout;
    printRow->addWidget(printButton);
    printRow->addStretch();
    form->addRow(printRow);
    m_newLead = new QComboBox(w);
    auto *reassignButton = m_reassignButton =
        new QPushButton(tr("Hand to this lead department"), w);
    auto *leadRow = new QHBoxLayout;
    leadRow->addWidget(m_newLead, 1);
    leadRow->addWidget(reassignButton);
    form->addRow(tr("New lead"), leadRow);
    m_newDue = dateEdit(w);
    auto *dueButton = m_dueButton = new QPushButton(tr("Change deadline (reason above)"), w);
    auto *dueRow = new QHBoxLayout;
    dueRow->addWidget(m_newDue, 1);
    dueRow->addWidget(dueButton);
    form->addRow(tr("New deadline"), dueRow);
    connect(dueButton, &QPushButton::clicked, this,
            [this] { changeDeadline(m_newDue->date(), m_note->toPlainText()); });
    connect(startButton, &QPushButton::clicked, this, &AssignmentDetailPanel::start);
    connect(returnButton, &QPushButton::clicked, this,
            [this] { returnToOffice(m_note->toPlainText()); });
    connect(escalateButton, &QPushButton::clicked, this,
            [this] { escalate(m_note->toPlainText()); });
    connect(deferButton, &QPushButton::clicked, this, [this] { defer(m_note->toPlainText()); });
    connect(reassignButton, &QPushButton::clicked, this,
            [this] { reassign(m_newLead->currentData().toLongLong(), m_note->toPlainText()); });
    return w;
}

QWidget *AssignmentDetailPanel::buildProgressTab() {
    auto *w = new QWidget(this);
    auto *layout = new QVBoxLayout(w);
    m_reportInfo = new QLabel(w);
    m_reportInfo->setObjectName(u"reportInfo"_s);
    m_reportInfo->setWordWrap(true);
    layout->addWidget(m_reportInfo);
    m_reports = table({tr("Date"), tr("Reporter"), tr("Progress")}, w);
    layout->addWidget(m_reports, 1);
    auto *form = new QFormLayout;
    m_reportDate = dateEdit(w);
    m_reportText = new QPlainTextEdit(w);
    m_reportText->setObjectName(u"progressText"_s);
    m_reportText->setMaximumHeight(70);
    form->addRow(tr("Date"), m_reportDate);
    form->addRow(tr("Progress"), m_reportText);
    auto *add = m_progressButton = new QPushButton(tr("Add progress report"), w);
    form->addRow(add);
    layout->addLayout(form);
    connect(add, &QPushButton::clicked, this,
            [this] { addProgress(m_reportDate->date(), m_reportText->toPlainText()); });
    return w;
}

QWidget *AssignmentDetailPanel::buildExtensionsTab() {
    auto *w = new QWidget(this);
    auto *layout = new QVBoxLayout(w);
    m_cap = new QLabel(w);
    m_cap->setWordWrap(true);
    layout->addWidget(m_cap);
    m_extensions =
        table({tr("Requested"), tr("New deadline"), tr("Reason"), tr("Decision"), tr("Note")}, w);
    layout->addWidget(m_extensions, 1);
    auto *form = new QFormLayout;
    m_extReason = new QLineEdit(w);
    m_extReason->setObjectName(u"extensionReason"_s);
    m_extReason->setPlaceholderText(tr("Why more time is needed; or why a request is refused"));
    m_extDate = dateEdit(w);
    form->addRow(tr("Reason"), m_extReason);
    form->addRow(tr("Requested deadline"), m_extDate);
    auto *row = new QHBoxLayout;
    auto *request = m_requestButton = new QPushButton(tr("Request extension"), w);
    auto *approve = m_approveButton = new QPushButton(tr("Approve pending request"), w);
    auto *refuse = m_refuseButton = new QPushButton(tr("Refuse pending request"), w);
    row->addWidget(request);
    row->addWidget(approve);
    row->addWidget(refuse);
    form->addRow(row);
    layout->addLayout(form);
    connect(request, &QPushButton::clicked, this,
            [this] { requestExtension(m_extReason->text(), m_extDate->date()); });
    connect(approve, &QPushButton::clicked, this, [this] { decideLatestExtension(true); });
    connect(refuse, &QPushButton::clicked, this,
            [this] { decideLatestExtension(false, m_extReason->text()); });
    return w;
}

QWidget *AssignmentDetailPanel::buildResultTab() {
    auto *w = new QWidget(this);
    auto *outer = new QVBoxLayout(w);
    auto *form = new QFormLayout;
    outer->addLayout(form);
    outer->addStretch();
    m_result = new QPlainTextEdit(w);
    m_result->setMaximumHeight(80);
    m_completedOn = dateEdit(w);
    auto *completeButton = m_completeButton = new QPushButton(tr("Record result (done)"), w);
    form->addRow(tr("Result (办理结果)"), m_result);
    form->addRow(tr("Completed on"), m_completedOn);
    form->addRow(completeButton);
    m_feedback = new QPlainTextEdit(w);
    m_feedback->setMaximumHeight(60);
    m_feedbackOn = dateEdit(w);
    m_feedbackMethod = new QComboBox(w);
    m_feedbackMethod->setEditable(true);
    m_feedbackMethod->addItems(
        {tr("Phone"), tr("Visit"), tr("Letter"), tr("12345 follow-up"), tr("Meeting")});
    auto *feedbackButton = new QPushButton(tr("Save feedback"), w);
    form->addRow(tr("Feedback to the enterprise"), m_feedback);
    form->addRow(tr("Feedback date"), m_feedbackOn);
    form->addRow(tr("Method"), m_feedbackMethod);
    form->addRow(feedbackButton);
    m_supervision = new QPlainTextEdit(w);
    m_supervision->setMaximumHeight(60);
    auto *supervisionButton = new QPushButton(tr("Save supervision notes"), w);
    form->addRow(tr("Supervision (督查情况)"), m_supervision);
    form->addRow(supervisionButton);
    connect(completeButton, &QPushButton::clicked, this,
            [this] { complete(m_result->toPlainText(), m_completedOn->date()); });
    connect(feedbackButton, &QPushButton::clicked, this, [this] {
        saveFeedback(m_feedback->toPlainText(), m_feedbackOn->date(),
                     m_feedbackMethod->currentText());
    });
    connect(supervisionButton, &QPushButton::clicked, this,
            [this] { saveSupervision(m_supervision->toPlainText()); });
    return w;
}

QWidget *AssignmentDetailPanel::buildEvaluationTab() {
    auto *w = new QWidget(this);
    auto *layout = new QVBoxLayout(w);
    auto *form = new QFormLayout;
    m_level = new QComboBox(w);
    m_level->setObjectName(u"evaluationLevel"_s);
    for (auto level :
         {Evaluation::Level::Satisfied, Evaluation::Level::Basic, Evaluation::Level::Unsatisfied})
        m_level->addItem(levelLabel(level), int(level));
    m_opinion = new QPlainTextEdit(w);
    m_opinion->setObjectName(u"evaluationOpinion"_s);
    m_opinion->setMaximumHeight(60);
    m_suggestions = new QLineEdit(w);
    m_suggestions->setObjectName(u"evaluationSuggestions"_s);
    m_evalDate = dateEdit(w);
    form->addRow(tr("Overall evaluation"), m_level);
    form->addRow(tr("Opinion"), m_opinion);
    form->addRow(tr("Other suggestions"), m_suggestions);
    form->addRow(tr("Date"), m_evalDate);
    auto *submit = m_evaluateButton = new QPushButton(tr("Record evaluation"), w);
    form->addRow(submit);
    layout->addLayout(form);
    m_evaluations = table({tr("Date"), tr("Evaluation"), tr("Opinion"), tr("Suggestions")}, w);
    layout->addWidget(m_evaluations, 1);
    // The filled 附件3 of the selected (or latest) evaluation goes back to the file with it.
    auto *print = new QPushButton(tr("&Print"), w);
    print->setObjectName(u"evaluationPrintButton"_s);
    print->setMenu(m_printMenu);
    auto *printRow = new QHBoxLayout;
    printRow->addStretch();
    printRow->addWidget(print);
    layout->addLayout(printRow);
    connect(submit, &QPushButton::clicked, this, [this] {
        evaluate(Evaluation::Level(m_level->currentData().toInt()), m_opinion->toPlainText(),
                 m_suggestions->text(), m_evalDate->date());
    });
    return w;
}

void AssignmentDetailPanel::setAssignment(qint64 id) {
    if (id != m_id) {
        m_message->clearMessage();
        clearInputs();
    }
    m_id = id;
    load();
}

void AssignmentDetailPanel::clearInputs() {
    for (QPlainTextEdit *edit :
         {m_note, m_reportText, m_result, m_feedback, m_supervision, m_opinion}) {
        edit->clear();
        edit->setProperty(kShown, QString());
    }
    for (QLineEdit *edit : {m_extReason, m_suggestions})
        edit->clear();
    for (QDateEdit *edit :
         {m_newDue, m_reportDate, m_extDate, m_completedOn, m_feedbackOn, m_evalDate})
        edit->setDate(Clock::today());
    m_level->setCurrentIndex(0);
    m_feedbackMethod->setCurrentIndex(0);
    m_newLead->clear();
}

void AssignmentDetailPanel::enableActions(const Assignment &a, bool pendingExtension) {
    using S = Assignment::Status;
    const auto in = [&a](std::initializer_list<S> states) {
        return std::find(states.begin(), states.end(), a.status) != states.end();
    };
    // The same steps AssignmentService allows from each state.
    m_startButton->setEnabled(in({S::Assigned, S::Escalated, S::Deferred}));
    m_returnButton->setEnabled(in({S::Assigned, S::InProgress}));
    m_escalateButton->setEnabled(in({S::Assigned, S::InProgress}));
    m_deferButton->setEnabled(in({S::Assigned, S::InProgress, S::Escalated}));
    const bool returned = a.status == S::Returned;
    m_newLead->setEnabled(returned);
    m_reassignButton->setEnabled(returned && m_newLead->count() > 0);
    const bool open = a.isOpen();
    m_newDue->setEnabled(open);
    m_dueButton->setEnabled(open);
    m_progressButton->setEnabled(open);
    m_requestButton->setEnabled(open && !pendingExtension);
    m_approveButton->setEnabled(open && pendingExtension);
    m_refuseButton->setEnabled(open && pendingExtension);
    m_completeButton->setEnabled(in({S::Assigned, S::InProgress, S::Escalated}));
    m_completedOn->setEnabled(m_completeButton->isEnabled());
    m_evaluateButton->setEnabled(a.status == S::Done);
}

qint64 AssignmentDetailPanel::evaluationToPrint() const {
    const int rows = m_evaluations->rowCount();
    if (rows == 0)
        return 0;
    const int row = m_evaluations->currentRow() >= 0 ? m_evaluations->currentRow() : rows - 1;
    return m_evaluations->item(row, 0)->data(Qt::UserRole).toLongLong();
}

QString AssignmentDetailPanel::message() const {
    return m_message->text();
}

QString AssignmentDetailPanel::summaryText() const {
    return m_summary->text();
}

QString AssignmentDetailPanel::reportText() const {
    return m_reportInfo->text();
}

QString AssignmentDetailPanel::capText() const {
    return m_cap->text();
}

bool AssignmentDetailPanel::done(bool ok, const QString &error, const QString &success) {
    if (ok)
        m_message->showSuccess(success);
    else
        m_message->showError(error);
    if (ok) {
        load();
        emit changed();
    } else {
        load(); // a refused extension is recorded, so the table changes too
    }
    return ok;
}

bool AssignmentDetailPanel::start() {
    AssignmentService s(m_db);
    const bool ok = s.start(m_id);
    return done(ok, s.errorString(), tr("Handling started."));
}

bool AssignmentDetailPanel::returnToOffice(const QString &reason) {
    AssignmentService s(m_db);
    const bool ok = s.returnToOffice(m_id, reason);
    return done(ok, s.errorString(), tr("Returned. Hand it to the right lead department."));
}

bool AssignmentDetailPanel::reassign(qint64 departmentId, const QString &reason) {
    AssignmentService s(m_db);
    // The department's own contact and phone go with it (the service's default).
    const bool ok = s.reassign(m_id, departmentId, {}, {}, reason);
    return done(ok, s.errorString(),
                tr("Handed to %1.").arg(RecordNames::departmentName(m_db, departmentId)));
}

bool AssignmentDetailPanel::escalate(const QString &note) {
    AssignmentService s(m_db);
    const bool ok = s.escalate(m_id, note);
    return done(ok, s.errorString(), tr("Escalated to the higher level."));
}

bool AssignmentDetailPanel::defer(const QString &explanation) {
    AssignmentService s(m_db);
    const bool ok = s.defer(m_id, explanation);
    return done(ok, s.errorString(), tr("Deferred with explanation."));
}

bool AssignmentDetailPanel::complete(const QString &result, const QDate &on) {
    AssignmentService s(m_db);
    const bool ok = s.complete(m_id, result, on);
    return done(ok, s.errorString(), tr("Result recorded; awaiting evaluation."));
}

bool AssignmentDetailPanel::changeDeadline(const QDate &due, const QString &reason) {
    AssignmentService s(m_db);
    const bool ok = s.setDueDate(m_id, due, reason);
    return done(ok, s.errorString(), tr("Deadline changed to %1.").arg(due.toString(Qt::ISODate)));
}

bool AssignmentDetailPanel::addProgress(const QDate &on, const QString &content) {
    FollowUpService s(m_db);
    const bool ok = s.addProgressReport(m_id, on, content) > 0;
    if (ok)
        m_reportText->clear();
    return done(ok, s.errorString(), tr("Progress report added."));
}

bool AssignmentDetailPanel::requestExtension(const QString &reason, const QDate &requestedDue) {
    FollowUpService s(m_db);
    const bool ok = s.requestExtension(m_id, reason, requestedDue, Clock::today()) > 0;
    // The field also takes a refusal's reason: the request's must not become that.
    if (ok)
        m_extReason->clear();
    return done(ok, s.errorString(), tr("Extension requested; approve or refuse it."));
}

bool AssignmentDetailPanel::decideLatestExtension(bool approve, const QString &note) {
    FollowUpService s(m_db);
    qint64 pending = 0;
    for (const Extension &e : s.extensions(m_id))
        if (e.status == Extension::Status::Pending)
            pending = e.id;
    if (!pending)
        return done(false, tr("There is no pending extension request."), {});
    const bool ok = approve ? s.approveExtension(pending, Clock::today())
                            : s.refuseExtension(pending, Clock::today(), note);
    if (ok)
        m_extReason->clear();
    return done(ok, s.errorString(),
                approve ? tr("Extension approved.") : tr("Extension refused."));
}

bool AssignmentDetailPanel::saveFeedback(const QString &feedback, const QDate &on,
                                         const QString &method) {
    AssignmentService s(m_db);
    const bool ok = s.setFeedback(m_id, feedback, on, method);
    return done(ok, s.errorString(), tr("Feedback saved."));
}

bool AssignmentDetailPanel::saveSupervision(const QString &text) {
    AssignmentService s(m_db);
    const bool ok = s.setSupervision(m_id, text);
    return done(ok, s.errorString(), tr("Supervision notes saved."));
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
    if (ok) { // recorded: the same words must not be recorded a second time
        m_opinion->clear();
        m_suggestions->clear();
        m_level->setCurrentIndex(0);
    }
    return done(ok, s.errorString(),
                level == Evaluation::Level::Unsatisfied
                    ? tr("Unsatisfied: the assignment is reopened for handling again.")
                    : tr("Evaluation recorded."));
}

void AssignmentDetailPanel::load() {
    FollowUpService s(m_db);
    const auto summary = AssignmentSummaryQuery(m_db).find(m_id, Clock::today());
    const Assignment *a = summary ? &summary->assignment : nullptr;
    setEnabled(a != nullptr);
    m_reports->setRowCount(0);
    m_extensions->setRowCount(0);
    m_evaluations->setRowCount(0);
    m_history->setRecord(u"assignment"_s, a ? m_id : 0);
    if (!a) {
        m_summary->setText(tr("Select an assignment."));
        m_reportInfo->clear();
        m_cap->clear();
        return;
    }
    const RuleProfile profile = ProfileRepository(m_db).active();
    QStringList coop;
    for (int i = 0; i < a->cooperators.size(); ++i) {
        const CooperatingDepartment &c = a->cooperators.at(i);
        coop << u"%1 (%2 %3)"_s.arg(summary->cooperatingDepartments.value(i).toHtmlEscaped(),
                                    c.contact.toHtmlEscaped(), c.phone.toHtmlEscaped());
    }
    QString due = a->dueDate.toString(Qt::ISODate);
    if (a->originalDueDate != a->dueDate)
        due += tr(" (originally %1)").arg(a->originalDueDate.toString(Qt::ISODate));
    if (a->dueUncertain)
        due += tr(" — calendar incomplete, estimate only");
    m_summary->setText(
        u"<b>%1</b> %2<br>"_s.arg(summary->appealNumber.toHtmlEscaped(),
                                  summary->subject.toHtmlEscaped()) +
        tr("Lead department: %1 (%2 %3)")
            .arg(summary->leadDepartment.toHtmlEscaped(), a->leadContact.toHtmlEscaped(),
                 a->leadPhone.toHtmlEscaped()) +
        u"<br>"_s + tr("Cooperating: %1").arg(coop.isEmpty() ? tr("none") : coop.join(u"; "_s)) +
        u"<br>"_s +
        tr("Status: %1 · Due: %2 · %3")
            .arg(StatusLabels::assignment(Assignment::statusCode(a->status)), due,
                 StatusLabels::assignmentDeadline(
                     AssignmentService::deadlineStateCode(summary->deadlineState))) +
        (a->rehandleCount ? u"<br>"_s + tr("Handled again %n time(s).", nullptr, a->rehandleCount)
                          : QString()));

    m_newLead->clear();
    for (const ChoiceLists::Choice &d : ChoiceLists(m_db).departments())
        if (d.id != a->leadDepartmentId)
            m_newLead->addItem(d.name, d.id);

    const QList<ProgressReport> reports = s.progressReports(m_id);
    for (const ProgressReport &r : reports)
        addRow(m_reports, {iso(r.reportDate), r.reporter, r.content});
    QStringList info;
    if (a->progressDue.isValid())
        info << tr("First progress report due %1.").arg(iso(a->progressDue));
    // Before the first report the next one due is that one: a second date 10 days after the
    // assignment (a day after it, for 乌海) only puzzled the clerk.
    const QDate next =
        reports.isEmpty() && a->progressDue.isValid() ? QDate() : s.nextReportDate(m_id);
    if (next.isValid())
        info << tr("Next report (every %1 days) due %2.")
                    .arg(profile.reportIntervalDays)
                    .arg(iso(next));
    QStringList missed;
    for (const QDate &m : s.missedReports(m_id, Clock::today()))
        missed << iso(m);
    if (!missed.isEmpty())
        info << tr("Missed reports: %1.").arg(missed.join(u", "_s));
    m_reportInfo->setText(info.join(u' '));
    m_reportInfo->setStyleSheet(MessageLine::styleSheet(
        missed.isEmpty() ? MessageLine::Kind::None : MessageLine::Kind::Error));

    bool pending = false;
    for (const Extension &e : s.extensions(m_id)) {
        pending = pending || e.status == Extension::Status::Pending;
        const QString decision = StatusLabels::extension(Extension::statusCode(e.status));
        addRow(m_extensions,
               {iso(e.requestedOn), iso(e.requestedDue), e.reason, decision, e.decisionNote});
    }
    const QString cap = s.extensionCapText();
    m_cap->setText(
        cap.isEmpty()
            ? tr("Extensions: %1 so far; the profile sets no cap.").arg(s.extensionsCounted(m_id))
            : tr("Extensions: %1 so far; the rules allow %2.")
                  .arg(s.extensionsCounted(m_id))
                  .arg(cap));
    if (a->dueDate.isValid()) {
        m_extDate->setDate(a->dueDate.addDays(7));
        m_newDue->setDate(a->dueDate);
    }
    if (!a->dueReason.isEmpty())
        m_summary->setText(m_summary->text() + u"<br>"_s +
                           tr("Deadline note: %1").arg(a->dueReason.toHtmlEscaped()));

    showStored(m_result, a->result);
    if (a->completedOn.isValid())
        m_completedOn->setDate(a->completedOn);
    showStored(m_feedback, a->feedback);
    if (a->feedbackOn.isValid())
        m_feedbackOn->setDate(a->feedbackOn);
    if (!a->feedbackMethod.isEmpty())
        m_feedbackMethod->setCurrentText(a->feedbackMethod);
    showStored(m_supervision, a->supervision);
    showStored(m_note, a->status == Assignment::Status::Escalated  ? a->escalationNote
                       : a->status == Assignment::Status::Deferred ? a->explanation
                                                                   : QString());
    for (const Evaluation &e : s.evaluations(m_id)) {
        addRow(m_evaluations, {iso(e.submitDate), levelLabel(e.level), e.opinion, e.suggestions});
        m_evaluations->item(m_evaluations->rowCount() - 1, 0)->setData(Qt::UserRole, e.id);
    }
    enableActions(*a, pending);
}
