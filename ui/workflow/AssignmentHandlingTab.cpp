#include "ui/workflow/AssignmentHandlingTab.h"

#include "ui_AssignmentHandlingTab.h"

#include "core/Clock.h"
#include "ui/StoredText.h"

#include <algorithm>

AssignmentHandlingTab::AssignmentHandlingTab(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AssignmentHandlingTab>()) {
    m_ui->setupUi(this);
    m_ui->newDueEdit->setDate(Clock::today());
    connect(m_ui->startButton, &QPushButton::clicked, this, &AssignmentHandlingTab::startRequested);
    connect(m_ui->returnButton, &QPushButton::clicked, this,
            [this] { emit returnRequested(note()); });
    connect(m_ui->escalateButton, &QPushButton::clicked, this,
            [this] { emit escalateRequested(note()); });
    connect(m_ui->deferButton, &QPushButton::clicked, this,
            [this] { emit deferRequested(note()); });
    connect(m_ui->reassignButton, &QPushButton::clicked, this, [this] {
        emit reassignRequested(m_ui->newLeadCombo->currentData().toLongLong(), note());
    });
    connect(m_ui->deadlineButton, &QPushButton::clicked, this,
            [this] { emit deadlineChangeRequested(m_ui->newDueEdit->date(), note()); });
}

AssignmentHandlingTab::~AssignmentHandlingTab() = default;

QString AssignmentHandlingTab::note() const {
    return m_ui->handlingNote->toPlainText();
}

void AssignmentHandlingTab::setPrintMenu(QMenu *menu) {
    m_ui->printButton->setMenu(menu);
}

void AssignmentHandlingTab::clearInputs() {
    StoredText::clear(m_ui->handlingNote);
    StoredText::clear(m_ui->newDueEdit, Clock::today());
    m_ui->newLeadCombo->clear();
}

bool AssignmentHandlingTab::hasTyping() const {
    return StoredText::typedOver(m_ui->handlingNote) || StoredText::changed(m_ui->newDueEdit);
}

void AssignmentHandlingTab::showAssignment(const Assignment &a,
                                           const QList<ChoiceLists::Choice> &departments) {
    // A refresh (another desk saved something) keeps the department and the new deadline the
    // clerk has chosen and not yet used.
    const QVariant chosen = m_ui->newLeadCombo->currentData();
    m_ui->newLeadCombo->clear();
    for (const ChoiceLists::Choice &d : departments)
        if (d.id != a.leadDepartmentId)
            m_ui->newLeadCombo->addItem(d.name, d.id);
    if (chosen.isValid())
        m_ui->newLeadCombo->setCurrentIndex(std::max(0, m_ui->newLeadCombo->findData(chosen)));
    if (a.dueDate.isValid())
        StoredText::show(m_ui->newDueEdit, a.dueDate);
    // The note of the state it waits in, so that the clerk sees what was written.
    using S = Assignment::Status;
    StoredText::show(m_ui->handlingNote, a.status == S::Escalated  ? a.escalationNote
                                         : a.status == S::Deferred ? a.explanation
                                                                   : QString());
    // The same steps AssignmentService allows from each state.
    const auto in = [&a](std::initializer_list<S> states) {
        return std::find(states.begin(), states.end(), a.status) != states.end();
    };
    m_ui->startButton->setEnabled(in({S::Assigned, S::Escalated, S::Deferred}));
    m_ui->returnButton->setEnabled(in({S::Assigned, S::InProgress}));
    m_ui->escalateButton->setEnabled(in({S::Assigned, S::InProgress}));
    m_ui->deferButton->setEnabled(in({S::Assigned, S::InProgress, S::Escalated}));
    const bool returned = a.status == S::Returned;
    m_ui->newLeadCombo->setEnabled(returned);
    m_ui->reassignButton->setEnabled(returned && m_ui->newLeadCombo->count() > 0);
    m_ui->newDueEdit->setEnabled(a.isOpen());
    m_ui->deadlineButton->setEnabled(a.isOpen());
}
