#include "ui/workflow/AssignmentResultTab.h"

#include "ui_AssignmentResultTab.h"

#include "core/Clock.h"
#include "ui/StoredText.h"

#include <algorithm>

AssignmentResultTab::AssignmentResultTab(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AssignmentResultTab>()) {
    m_ui->setupUi(this);
    m_ui->completedOnEdit->setDate(Clock::today());
    m_ui->feedbackOnEdit->setDate(Clock::today());
    m_ui->feedbackMethodCombo->addItems(
        {tr("Phone"), tr("Visit"), tr("Letter"), tr("12345 follow-up"), tr("Meeting")});
    connect(m_ui->completeButton, &QPushButton::clicked, this, [this] {
        emit completeRequested(m_ui->resultEdit->toPlainText(), m_ui->completedOnEdit->date());
    });
    connect(m_ui->feedbackButton, &QPushButton::clicked, this, [this] {
        emit feedbackRequested(m_ui->feedbackEdit->toPlainText(), m_ui->feedbackOnEdit->date(),
                               m_ui->feedbackMethodCombo->currentText());
    });
    connect(m_ui->supervisionButton, &QPushButton::clicked, this,
            [this] { emit supervisionRequested(m_ui->supervisionEdit->toPlainText()); });
}

AssignmentResultTab::~AssignmentResultTab() = default;

void AssignmentResultTab::clearInputs() {
    for (QPlainTextEdit *edit : {m_ui->resultEdit, m_ui->feedbackEdit, m_ui->supervisionEdit})
        StoredText::clear(edit);
    StoredText::clear(m_ui->completedOnEdit, Clock::today());
    StoredText::clear(m_ui->feedbackOnEdit, Clock::today());
    StoredText::clear(m_ui->feedbackMethodCombo);
}

bool AssignmentResultTab::hasTyping() const {
    // A changed day or way counts too: saved after a refresh, it would go over the colleague's.
    const auto edits = {m_ui->resultEdit, m_ui->feedbackEdit, m_ui->supervisionEdit};
    return std::any_of(edits.begin(), edits.end(), StoredText::typedOver) ||
           StoredText::changed(m_ui->completedOnEdit) ||
           StoredText::changed(m_ui->feedbackOnEdit) ||
           StoredText::changed(m_ui->feedbackMethodCombo);
}

void AssignmentResultTab::showAssignment(const Assignment &a) {
    // Handled again (重办): the stored result is the first round's, which the enterprise found
    // unsatisfactory. It is not shown as this round's (nor stored again unread); the field
    // starts empty and names it in its placeholder.
    const bool rehandled = a.rehandleCount > 0 && a.isOpen();
    StoredText::show(m_ui->resultEdit, rehandled ? QString() : a.result);
    m_ui->resultEdit->setPlaceholderText(
        rehandled && !a.result.isEmpty()
            ? tr("Handled again. The earlier result, found unsatisfactory: %1").arg(a.result)
            : QString());
    // A refresh (another desk saved something) keeps a date or way the clerk has changed.
    if (a.completedOn.isValid())
        StoredText::show(m_ui->completedOnEdit, a.completedOn);
    StoredText::show(m_ui->feedbackEdit, a.feedback);
    if (a.feedbackOn.isValid())
        StoredText::show(m_ui->feedbackOnEdit, a.feedbackOn);
    if (!a.feedbackMethod.isEmpty())
        StoredText::show(m_ui->feedbackMethodCombo, a.feedbackMethod);
    StoredText::show(m_ui->supervisionEdit, a.supervision);
    using S = Assignment::Status;
    const bool running =
        a.status == S::Assigned || a.status == S::InProgress || a.status == S::Escalated;
    m_ui->completeButton->setEnabled(running);
    m_ui->completedOnEdit->setEnabled(running);
}
