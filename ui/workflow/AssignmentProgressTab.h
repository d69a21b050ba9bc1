#pragma once

#include "core/workflow/FollowUpService.h"

#include <QWidget>
#include <memory>

namespace Ui {
class AssignmentProgressTab;
}

// 进展: the progress reports filed for an assignment, the report dates due (十日一报) and
// missed, and a new report to add.
class AssignmentProgressTab : public QWidget {
    Q_OBJECT

public:
    explicit AssignmentProgressTab(QWidget *parent = nullptr);
    ~AssignmentProgressTab() override;

    // `intervalDays`: the profile's report interval, named beside the next date; `open`: a
    // report can be added (the item still runs).
    void showReports(const QList<ProgressReport> &reports,
                     const FollowUpService::ReportDates &dates, int intervalDays, bool open);
    void clear();
    void clearInputs();     // another item
    void clearNewReport();  // after it was added
    bool hasTyping() const; // a report typed and not added
    QString infoText() const;

signals:
    void addRequested(const QDate &on, const QString &content);

private:
    std::unique_ptr<Ui::AssignmentProgressTab> m_ui;
};
