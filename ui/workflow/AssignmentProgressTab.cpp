#include "ui/workflow/AssignmentProgressTab.h"

#include "ui_AssignmentProgressTab.h"

#include "core/Clock.h"
#include "ui/MessageLine.h"
#include "ui/TableRows.h"

using namespace Qt::StringLiterals;

namespace {
QString iso(const QDate &d) {
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}
} // namespace

AssignmentProgressTab::AssignmentProgressTab(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AssignmentProgressTab>()) {
    m_ui->setupUi(this);
    m_ui->reportDateEdit->setDate(Clock::today());
    connect(m_ui->addReportButton, &QPushButton::clicked, this, [this] {
        emit addRequested(m_ui->reportDateEdit->date(), m_ui->progressText->toPlainText());
    });
}

AssignmentProgressTab::~AssignmentProgressTab() = default;

void AssignmentProgressTab::clear() {
    m_ui->reportTable->setRowCount(0);
    m_ui->reportInfo->clear();
}

void AssignmentProgressTab::clearInputs() {
    m_ui->progressText->clear();
    m_ui->reportDateEdit->setDate(Clock::today());
}

bool AssignmentProgressTab::hasTyping() const {
    return !m_ui->progressText->toPlainText().trimmed().isEmpty();
}

void AssignmentProgressTab::clearNewReport() {
    m_ui->progressText->clear();
}

QString AssignmentProgressTab::infoText() const {
    return m_ui->reportInfo->text();
}

void AssignmentProgressTab::showReports(const QList<ProgressReport> &reports,
                                        const FollowUpService::ReportDates &dates, int intervalDays,
                                        bool open) {
    m_ui->addReportButton->setEnabled(open);
    m_ui->reportTable->setRowCount(0);
    for (const ProgressReport &r : reports)
        TableRows::append(m_ui->reportTable, {iso(r.reportDate), r.reporter, r.content});
    QStringList info;
    if (dates.firstDue.isValid())
        info << tr("First progress report due %1.").arg(iso(dates.firstDue));
    if (dates.next.isValid())
        info << tr("Next report (every %1 days) due %2.").arg(intervalDays).arg(iso(dates.next));
    QStringList missed;
    for (const QDate &m : dates.missed)
        missed << iso(m);
    if (!missed.isEmpty())
        info << tr("Missed reports: %1.").arg(missed.join(u", "_s));
    m_ui->reportInfo->setText(info.join(u' '));
    m_ui->reportInfo->setStyleSheet(MessageLine::styleSheet(
        missed.isEmpty() ? MessageLine::Kind::None : MessageLine::Kind::Error));
}
