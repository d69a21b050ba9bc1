#pragma once

#include "core/export/ExportTable.h"

#include <QMenu>
#include <functional>
#include <optional>

class QHeaderView;
class QTableView;
class QTreeWidget;
class SqlTableModel;

// The Print menu of a list page (appeals, assignments, topics, meetings, enterprises,
// departments and leaders): print
// preview, print and save as PDF (or .xlsx/.csv) of exactly the rows the list's current filter
// and sort give — all of them, not only the ones loaded into the view — with the columns the
// view shows in the order it shows them. The paper is an official one: Chinese headers and
// words whatever the screen language, the list's title, a line saying which filter was applied
// and when it was printed, landscape A4 with page numbers (ExportTablePdf, like the exports).
class ListPrintMenu : public QMenu {
    Q_OBJECT

public:
    // The filter in Chinese words, e.g. "受理情况：已受理；检索：用地"; empty: no filter.
    using Description = std::function<QString()>;

    ListPrintMenu(SqlTableModel *model, QTableView *view, const QString &title,
                  Description description, QWidget *parent = nullptr);
    // A short list held whole in a tree widget (departments, leaders); `chineseHeaders` by
    // column, as the tree's own headers follow the screen language.
    ListPrintMenu(QTreeWidget *tree, const QString &title, const QStringList &chineseHeaders,
                  QWidget *parent = nullptr);

    // The list as it would be printed now; nullopt on a database error (errorString()).
    std::optional<ExportTable> table();
    QString errorString() const { return m_error; }

    // Above this many rows the user is asked first (a long list takes a while to lay out).
    static constexpr int confirmRows = 2000;

public slots:
    void preview();
    void print();
    // Asks for a file name when `path` is empty; .pdf, .xlsx or .csv by its suffix.
    bool saveAs(const QString &path = {});

private:
    void addActions();
    std::optional<ExportTable> tableToPrint(); // table() with the error and size questions
    std::optional<ExportTable> modelTable();
    std::optional<ExportTable> treeTable();
    static QList<int> shownColumns(const QHeaderView *header);

    SqlTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QTreeWidget *m_tree = nullptr;
    QStringList m_treeHeaders;
    QString m_title;
    Description m_description;
    QString m_sortLine; // 按编号降序排列
    QString m_error;
};
