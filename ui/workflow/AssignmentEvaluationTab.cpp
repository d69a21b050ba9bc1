#include "ui/workflow/AssignmentEvaluationTab.h"

#include "ui_AssignmentEvaluationTab.h"

#include "core/Clock.h"
#include "core/StatusLabels.h"
#include "ui/TableRows.h"

namespace {
QString levelLabel(Evaluation::Level level) {
    return StatusLabels::evaluationLevel(Evaluation::levelCode(level));
}
} // namespace

AssignmentEvaluationTab::AssignmentEvaluationTab(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AssignmentEvaluationTab>()) {
    m_ui->setupUi(this);
    m_ui->evaluationDateEdit->setDate(Clock::today());
    for (auto level :
         {Evaluation::Level::Satisfied, Evaluation::Level::Basic, Evaluation::Level::Unsatisfied})
        m_ui->evaluationLevel->addItem(levelLabel(level), int(level));
    connect(m_ui->evaluateButton, &QPushButton::clicked, this, [this] {
        emit evaluateRequested(Evaluation::Level(m_ui->evaluationLevel->currentData().toInt()),
                               m_ui->evaluationOpinion->toPlainText(),
                               m_ui->evaluationSuggestions->text(),
                               m_ui->evaluationDateEdit->date());
    });
}

AssignmentEvaluationTab::~AssignmentEvaluationTab() = default;

void AssignmentEvaluationTab::setPrintMenu(QMenu *menu) {
    // The filled 附件3 of the selected (or latest) evaluation goes back to the file with it.
    m_ui->evaluationPrintButton->setMenu(menu);
}

void AssignmentEvaluationTab::clear() {
    m_ui->evaluationTable->setRowCount(0);
}

void AssignmentEvaluationTab::clearInputs() {
    m_ui->evaluationOpinion->clear();
    m_ui->evaluationSuggestions->clear();
    m_ui->evaluationLevel->setCurrentIndex(0);
    m_ui->evaluationDateEdit->setDate(Clock::today());
}

bool AssignmentEvaluationTab::hasTyping() const {
    return !m_ui->evaluationOpinion->toPlainText().trimmed().isEmpty() ||
           !m_ui->evaluationSuggestions->text().trimmed().isEmpty();
}

void AssignmentEvaluationTab::showEvaluations(const QList<Evaluation> &evaluations,
                                              bool canEvaluate) {
    m_ui->evaluateButton->setEnabled(canEvaluate);
    // A refresh keeps the evaluation the clerk selected to print.
    QTableWidget *t = m_ui->evaluationTable;
    const QTableWidgetItem *current = t->currentRow() >= 0 ? t->item(t->currentRow(), 0) : nullptr;
    const qint64 selected = current ? current->data(Qt::UserRole).toLongLong() : 0;
    t->setRowCount(0);
    for (const Evaluation &e : evaluations) {
        QTableWidgetItem *first = TableRows::append(
            t, {e.submitDate.toString(Qt::ISODate), levelLabel(e.level), e.opinion, e.suggestions});
        first->setData(Qt::UserRole, e.id);
        if (selected && e.id == selected)
            t->setCurrentCell(t->rowCount() - 1, 0);
    }
}

qint64 AssignmentEvaluationTab::evaluationToPrint() const {
    const QTableWidget *t = m_ui->evaluationTable;
    const int rows = t->rowCount();
    if (rows == 0)
        return 0;
    const int row = t->currentRow() >= 0 ? t->currentRow() : rows - 1;
    return t->item(row, 0)->data(Qt::UserRole).toLongLong();
}
