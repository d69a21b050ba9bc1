#pragma once

#include "core/dashboard/DashboardQuery.h"
#include "core/export/ExportSource.h"

#include <QDialog>
#include <memory>

class Database;

namespace Ui {
class ExportDialog;
}

// Exports a list to .xlsx, .csv or .pdf: the problem list, the assignments, the evaluations or
// the list the dashboard shows. Optional date range, public version (公开: only the profile's
// public fields, personal data masked) and a sheet per department. The rows stream from the
// database to the file, so a million rows take little memory; the progress dialog counts them
// and can cancel, and a cancelled or failed export leaves no file behind. Layout in
// ExportDialog.ui.
class ExportDialog : public QDialog {
    Q_OBJECT

public:
    enum class List { ProblemList, Assignments, Evaluations, Current };

    explicit ExportDialog(Database &db, QWidget *parent = nullptr);
    ~ExportDialog() override;

    // Offers "the dashboard's list" as a choice and selects it.
    void setCurrentList(const QList<DashboardQuery::Detail> &rows, const QDate &asOf);
    void setList(List list);
    void setPublic(bool on);
    void setDateRange(const QDate &from, const QDate &to);

    // Runs the export to `path` with the progress dialog; false when cancelled or failed
    // (the reason went to the user, and to lastError()).
    bool exportTo(const QString &path);
    QString lastError() const { return m_error; }
    int lastRowCount() const { return m_rowCount; }

    // The dashboard's rows as a table with Chinese headers.
    static ExportTable currentListTable(const QList<DashboardQuery::Detail> &rows,
                                        const QDate &asOf);

private:
    void browse();
    void accept() override;
    std::unique_ptr<ExportSource> makeSource();

    Database &m_db;
    QList<DashboardQuery::Detail> m_current;
    QDate m_currentAsOf;
    ExportTable m_currentTable; // the dashboard's list while it is exported
    std::unique_ptr<Ui::ExportDialog> m_ui;
    QString m_error;
    int m_rowCount = 0;
};
