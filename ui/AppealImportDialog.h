#pragma once

#include "core/import/AppealCsvImporter.h"

#include <QDialog>

class Database;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

// 导入…: appeals from an Excel workbook (an .xls converted by LibreOffice) or a CSV file, through
// the same all-or-nothing import as `qinqing-cli import appeals`. The clerk picks the file and, for
// a workbook, the sheet; for another system's export (12345 work orders) a mapping by name. The
// file's columns are shown beside the Qinqing field each goes to, proposed from the mapping or from
// the column's name; a corrected mapping is kept under its name when the import succeeds, so that
// next month's file imports without questions. "Check" reports without saving; every problem is
// listed as "row N: column: reason", work orders imported before as skipped.
class AppealImportDialog : public QDialog {
    Q_OBJECT

public:
    explicit AppealImportDialog(Database &db, QWidget *parent = nullptr);
    ~AppealImportDialog() override;

    void setFile(const QString &path);
    void setSheet(const QString &sheet);
    void setMappingName(const QString &name);
    // The field column `column` of the file goes to ("" when it is not imported).
    void setColumnField(const QString &column, const QString &field);
    QString columnField(const QString &column) const;
    QStringList sheets() const;

    // Runs the import (or the check) as the dialog stands; the report shows the result.
    AppealCsvImporter::Result run(bool dryRun);
    QString report() const;

signals:
    // Appeals were saved: the list should show them.
    void imported(int count);

private:
    void browse();
    void reload();
    void fillColumns(const QStringList &header);
    std::optional<ImportMapping> mapping(bool *changed) const;
    void showResult(const AppealCsvImporter::Result &r, bool dryRun);

    Database &m_db;
    QString m_file;      // the file m_bytes are of
    QByteArray m_bytes;  // as read, or as LibreOffice converted them
    QString m_readError; // why the file cannot be read (LibreOffice missing or failing)
    std::optional<ImportMapping> m_loaded; // the mapping as stored or built in
    QLineEdit *m_path;
    QComboBox *m_sheet;
    QComboBox *m_mapping;
    QLineEdit *m_channel;
    QTableWidget *m_columns;
    QPlainTextEdit *m_report;
    QPushButton *m_check;
    QPushButton *m_import;
};
