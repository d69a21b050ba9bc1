#pragma once

#include "core/report/ReportPeriod.h"

#include <QDialog>
#include <memory>

namespace Ui {
class SummaryReportDialog;
}

// Chooses the period of the leaders' summary report: a month (月报), a quarter (季报) or any
// range of days. Proposes last month, as the report is usually written after it ends. Layout
// in SummaryReportDialog.ui.
class SummaryReportDialog : public QDialog {
    Q_OBJECT

public:
    explicit SummaryReportDialog(const QDate &today, QWidget *parent = nullptr);
    ~SummaryReportDialog() override;

    ReportPeriod period() const;
    void setPeriod(const ReportPeriod &period);

private:
    void updateState();

    std::unique_ptr<Ui::SummaryReportDialog> m_ui;
    QDate m_today;
};
