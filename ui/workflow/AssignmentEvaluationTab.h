#pragma once

#include "core/workflow/Evaluation.h"

#include <QWidget>
#include <memory>

class QMenu;
namespace Ui {
class AssignmentEvaluationTab;
}

// 评价 (附件3): the enterprise's evaluation of a finished assignment — the level, its opinion
// and suggestions — and the evaluations recorded so far, one of which is printed.
class AssignmentEvaluationTab : public QWidget {
    Q_OBJECT

public:
    explicit AssignmentEvaluationTab(QWidget *parent = nullptr);
    ~AssignmentEvaluationTab() override;

    // `canEvaluate`: the item is done (the service refuses the rest too).
    void showEvaluations(const QList<Evaluation> &evaluations, bool canEvaluate);
    void clear();
    void clearInputs();     // another item, or the evaluation was recorded
    bool hasTyping() const; // an opinion or suggestions typed and not recorded
    void setPrintMenu(QMenu *menu);
    // The evaluation 附件3 prints: the selected one, else the latest; 0 when none.
    qint64 evaluationToPrint() const;

signals:
    void evaluateRequested(Evaluation::Level level, const QString &opinion,
                           const QString &suggestions, const QDate &on);

private:
    std::unique_ptr<Ui::AssignmentEvaluationTab> m_ui;
};
