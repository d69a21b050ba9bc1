#pragma once

#include "core/Assignment.h"

#include <QWidget>
#include <memory>

namespace Ui {
class AssignmentResultTab;
}

// 办理结果 and 反馈: the result of the handling with its date, the feedback given to the
// enterprise (when and how) and the supervision notes (督查情况).
class AssignmentResultTab : public QWidget {
    Q_OBJECT

public:
    explicit AssignmentResultTab(QWidget *parent = nullptr);
    ~AssignmentResultTab() override;

    // Only a running item can get its result (the service refuses the rest too).
    void showAssignment(const Assignment &a);
    void clearInputs(); // another item
    // The clerk has typed over a stored text here and not saved it.
    bool hasTyping() const;

signals:
    void completeRequested(const QString &result, const QDate &on);
    void feedbackRequested(const QString &feedback, const QDate &on, const QString &method);
    void supervisionRequested(const QString &text);

private:
    std::unique_ptr<Ui::AssignmentResultTab> m_ui;
};
