#pragma once

#include "core/Assignment.h"
#include "core/queries/ChoiceLists.h"

#include <QWidget>
#include <memory>

class QMenu;
namespace Ui {
class AssignmentHandlingTab;
}

// 处理: an assignment's status actions (start, return to the office, escalate, defer) with the
// reason or note they need, handing a returned item to another lead department, moving the
// deadline with a reason, and the papers that go out with it. The panel carries the actions
// out; this tab only asks for them. The four status buttons stand two by two: in a row they
// would make the panel wider than a 1024-pixel screen allows.
class AssignmentHandlingTab : public QWidget {
    Q_OBJECT

public:
    explicit AssignmentHandlingTab(QWidget *parent = nullptr);
    ~AssignmentHandlingTab() override;

    // `departments`: every department; the current lead is left out of the new leads. Only
    // the steps the item's state allows are enabled (AssignmentService refuses the rest too).
    void showAssignment(const Assignment &a, const QList<ChoiceLists::Choice> &departments);
    // Another item: every input empty, so that text typed for one is never stored on another.
    void clearInputs();
    // The clerk has typed over a stored text here and not saved it.
    bool hasTyping() const;
    void setPrintMenu(QMenu *menu);

signals:
    void startRequested();
    void returnRequested(const QString &reason);
    void escalateRequested(const QString &note);
    void deferRequested(const QString &explanation);
    void reassignRequested(qint64 departmentId, const QString &reason);
    void deadlineChangeRequested(const QDate &due, const QString &reason);

private:
    QString note() const;

    std::unique_ptr<Ui::AssignmentHandlingTab> m_ui;
};
