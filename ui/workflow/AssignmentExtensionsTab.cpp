#include "ui/workflow/AssignmentExtensionsTab.h"

#include "ui_AssignmentExtensionsTab.h"

#include "core/Clock.h"
#include "core/StatusLabels.h"
#include "ui/StoredText.h"
#include "ui/TableRows.h"

namespace {
QString iso(const QDate &d) {
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}
} // namespace

AssignmentExtensionsTab::AssignmentExtensionsTab(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AssignmentExtensionsTab>()) {
    m_ui->setupUi(this);
    m_ui->requestedDueEdit->setDate(Clock::today());
    connect(m_ui->requestButton, &QPushButton::clicked, this, [this] {
        emit requestRequested(m_ui->extensionReason->text(), m_ui->requestedDueEdit->date());
    });
    connect(m_ui->approveButton, &QPushButton::clicked, this,
            [this] { emit decisionRequested(true, {}); });
    connect(m_ui->refuseButton, &QPushButton::clicked, this,
            [this] { emit decisionRequested(false, m_ui->extensionReason->text()); });
}

AssignmentExtensionsTab::~AssignmentExtensionsTab() = default;

void AssignmentExtensionsTab::clear() {
    m_ui->extensionTable->setRowCount(0);
    m_ui->capLabel->clear();
}

void AssignmentExtensionsTab::clearInputs() {
    m_ui->extensionReason->clear();
    StoredText::clear(m_ui->requestedDueEdit, Clock::today());
}

bool AssignmentExtensionsTab::hasTyping() const {
    return !m_ui->extensionReason->text().trimmed().isEmpty() ||
           StoredText::changed(m_ui->requestedDueEdit);
}

void AssignmentExtensionsTab::clearReason() {
    m_ui->extensionReason->clear();
    // The day asked for is used: the next reload offers a week past the new deadline again.
    StoredText::clear(m_ui->requestedDueEdit, m_ui->requestedDueEdit->date());
}

QString AssignmentExtensionsTab::capText() const {
    return m_ui->capLabel->text();
}

void AssignmentExtensionsTab::showExtensions(const QList<Extension> &extensions,
                                             const QString &capText, const QDate &due, bool open) {
    m_ui->extensionTable->setRowCount(0);
    bool pending = false;
    for (const Extension &e : extensions) {
        pending = pending || e.status == Extension::Status::Pending;
        TableRows::append(m_ui->extensionTable,
                          {iso(e.requestedOn), iso(e.requestedDue), e.reason,
                           StatusLabels::extension(Extension::statusCode(e.status)),
                           e.decisionNote});
    }
    m_ui->capLabel->setText(capText);
    m_ui->requestButton->setEnabled(open && !pending);
    m_ui->approveButton->setEnabled(open && pending);
    m_ui->refuseButton->setEnabled(open && pending);
    // A week past the deadline is offered; a refresh keeps a day the clerk has chosen instead.
    if (due.isValid())
        StoredText::show(m_ui->requestedDueEdit, due.addDays(7));
}
