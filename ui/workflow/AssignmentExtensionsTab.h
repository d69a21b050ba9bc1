#pragma once

#include "core/workflow/Extension.h"

#include <QWidget>
#include <memory>

namespace Ui {
class AssignmentExtensionsTab;
}

// 延期: an assignment's extension requests with their decisions, the profile's cap, and a new
// request or the decision on the pending one. The reason field serves both: why more time
// is needed, or why a request is refused.
class AssignmentExtensionsTab : public QWidget {
    Q_OBJECT

public:
    explicit AssignmentExtensionsTab(QWidget *parent = nullptr);
    ~AssignmentExtensionsTab() override;

    // `due`: the current deadline, a request proposes a week after it; `open`: the item still
    // runs. A new request waits for the decision on a pending one.
    void showExtensions(const QList<Extension> &extensions, const QString &capText,
                        const QDate &due, bool open);
    void clear();
    void clearInputs();     // another item
    void clearReason();     // once a request or decision is recorded
    bool hasTyping() const; // a reason or a day chosen and not used
    QString capText() const;

signals:
    void requestRequested(const QString &reason, const QDate &requestedDue);
    void decisionRequested(bool approve, const QString &note);

private:
    std::unique_ptr<Ui::AssignmentExtensionsTab> m_ui;
};
