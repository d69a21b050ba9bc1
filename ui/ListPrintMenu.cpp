#include "ui/ListPrintMenu.h"

#include "core/Clock.h"
#include "core/export/ExportFolders.h"
#include "core/export/TableExporter.h"
#include "forms/ChineseFormat.h"
#include "forms/report/ExportTablePdf.h"
#include "ui/ExportProgressDialog.h"
#include "ui/PrintPreview.h"
#include "ui/SavedFileNotice.h"
#include "ui/SqlTableModel.h"
#include "ui/UserPrompt.h"

#include <QApplication>
#include <QDate>
#include <QFileDialog>
#include <QHeaderView>
#include <QPrintDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QTableView>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace {

// Roughly how many half-width columns a text takes in the printed font: a Chinese character
// is two, a Latin letter or digit a little over one.
int displayWidth(const QString &text) {
    int tenths = 0;
    for (const QChar c : text)
        tenths += c.unicode() >= 0x2E80 ? 20 : 12;
    return (tenths + 9) / 10;
}

class BusyCursor {
public:
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor &) = delete;
    BusyCursor &operator=(const BusyCursor &) = delete;
};

} // namespace

ListPrintMenu::ListPrintMenu(SqlTableModel *model, QTableView *view, const QString &title,
                             Description description, QWidget *parent)
    : QMenu(tr("Print &list"), parent)
    , m_model(model)
    , m_view(view)
    , m_title(title)
    , m_description(std::move(description)) {
    addActions();
}

ListPrintMenu::ListPrintMenu(QTreeWidget *tree, const QString &title,
                             const QStringList &chineseHeaders, QWidget *parent)
    : QMenu(tr("Print &list"), parent)
    , m_tree(tree)
    , m_treeHeaders(chineseHeaders)
    , m_title(title) {
    addActions();
}

void ListPrintMenu::addActions() {
    addAction(tr("Print pre&view…"), this, &ListPrintMenu::preview);
    addAction(tr("&Print…"), this, &ListPrintMenu::print);
    addAction(tr("&Save as PDF, Excel or CSV…"), this, [this] { saveAs(); });
}

QList<int> ListPrintMenu::shownColumns(const QHeaderView *header) {
    // The columns the clerk sees, in the order the clerk moved them to.
    QList<int> shown;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (logical >= 0 && !header->isSectionHidden(logical))
            shown << logical;
    }
    return shown;
}

std::optional<ExportTable> ListPrintMenu::modelTable() {
    QList<QVariantList> rows;
    if (!m_model->readAllRows(&rows)) {
        m_error = tr("The list could not be read: %1").arg(m_model->lastError());
        return std::nullopt;
    }
    const QList<int> shown = shownColumns(m_view->horizontalHeader());
    const QList<SqlTableModel::Column> &columns = m_model->columns();
    ExportTable t;
    for (int logical : shown) {
        const SqlTableModel::Column &c = columns.at(logical);
        ExportColumn column;
        column.key = c.key;
        column.header = c.printTitle.isEmpty() ? c.title : c.printTitle;
        t.columns << column;
    }
    t.rows.reserve(rows.size());
    for (const QVariantList &row : std::as_const(rows)) {
        QVariantList out;
        out.reserve(shown.size());
        for (int logical : shown)
            out << m_model->printValue(logical, row.value(logical + 1));
        t.rows << out;
    }
    const int sorted = m_model->sortColumn();
    if (sorted >= 0 && sorted < columns.size()) {
        const SqlTableModel::Column &c = columns.at(sorted);
        m_sortLine =
            u"按%1%2排列"_s.arg(c.printTitle.isEmpty() ? c.title : c.printTitle,
                                m_model->sortOrder() == Qt::AscendingOrder ? u"升序"_s : u"降序"_s);
    }
    return t;
}

std::optional<ExportTable> ListPrintMenu::treeTable() {
    ExportTable t;
    const QList<int> shown = shownColumns(m_tree->header());
    for (int logical : shown) {
        ExportColumn column;
        column.key = u"c%1"_s.arg(logical);
        column.header = m_treeHeaders.value(logical, m_tree->headerItem()->text(logical));
        t.columns << column;
    }
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_tree->topLevelItem(i);
        QVariantList out;
        for (int logical : shown)
            out << item->text(logical);
        t.rows << out;
    }
    return t;
}

std::optional<ExportTable> ListPrintMenu::table() {
    m_error.clear();
    m_sortLine.clear();
    std::optional<ExportTable> t = m_model ? modelTable() : treeTable();
    if (!t)
        return std::nullopt;
    t->title = m_title;
    // Typed columns, so that a spreadsheet gets date cells and wrapped long texts, as wide as
    // their longest value (a Chinese character counts two), long texts wrapping at 40: the
    // paper's proportions follow the contents, not how the clerk happened to size the screen.
    for (int c = 0; c < t->columns.size(); ++c) {
        ExportColumn &column = t->columns[c];
        bool dates = false;
        int widest = displayWidth(column.header);
        for (const QVariantList &row : std::as_const(t->rows)) {
            const QVariant &v = row.at(c);
            if (v.typeId() == QMetaType::QDate) {
                dates = true;
                widest = std::max(widest, 16); // 2024年10月23日
            } else {
                widest = std::max(widest, displayWidth(v.toString()));
            }
        }
        column.width = std::clamp(widest, 4, 40) + 2; // + the cell's padding and borders
        if (dates)
            column.type = ExportColumn::Type::Date;
        else if (widest > 40)
            column.type = ExportColumn::Type::LongText;
    }

    QStringList line;
    const QString filter = m_description ? m_description() : QString();
    line << u"筛选条件：%1"_s.arg(filter.isEmpty() ? u"无（全部）"_s : filter);
    if (!m_sortLine.isEmpty())
        line << m_sortLine;
    line << u"打印日期：%1"_s.arg(ChineseFormat::date(Clock::today()));
    t->description = line.join(u"　　"_s);
    return t;
}

std::optional<ExportTable> ListPrintMenu::tableToPrint() {
    std::optional<ExportTable> t;
    {
        BusyCursor busy;
        t = table();
    }
    if (!t) {
        UserPrompt::warning(parentWidget(), tr("Print list"), m_error);
        return std::nullopt;
    }
    const int rows = int(t->rows.size());
    if (rows > confirmRows &&
        UserPrompt::question(parentWidget(), tr("Print list"),
                             tr("The list has %n row(s); laying them out takes a while. Print "
                                "all of them? (Narrow the filter to print fewer.)",
                                nullptr, rows),
                             QMessageBox::Yes | QMessageBox::No,
                             QMessageBox::No) != QMessageBox::Yes)
        return std::nullopt;
    return t;
}

void ListPrintMenu::preview() {
    const std::optional<ExportTable> t = tableToPrint();
    if (t)
        PrintPreview::show({ExportTablePdf::document(*t)}, parentWidget(), PrintPreview::Save::Pdf);
}

void ListPrintMenu::print() {
    const std::optional<ExportTable> t = tableToPrint();
    if (!t)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(t->title);
    QPrintDialog dialog(&printer, parentWidget());
    if (dialog.exec() != QDialog::Accepted)
        return;
    BusyCursor busy;
    PrintPreview::paint({ExportTablePdf::document(*t)}, &printer, parentWidget());
}

bool ListPrintMenu::saveAs(const QString &chosenPath) {
    QString path = chosenPath;
    if (path.isEmpty()) {
        QString dir = ExportFolders::last();
        if (dir.isEmpty())
            dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        QString selected;
        path = QFileDialog::getSaveFileName(
            parentWidget(), tr("Save %1 as").arg(m_title), dir + u'/' + m_title + u".pdf"_s,
            tr("PDF (*.pdf);;Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"), &selected);
        if (path.isEmpty())
            return false;
        if (!TableExporter::formatForPath(path))
            path += selected.contains(u"xlsx"_s)  ? u".xlsx"_s
                    : selected.contains(u"csv"_s) ? u".csv"_s
                                                  : u".pdf"_s;
    }
    const std::optional<ExportTable> t = tableToPrint();
    if (!t)
        return false;
    if (!TableExporter::hasPdfWriter())
        ExportTablePdf::registerWithExporter();
    QString error;
    ExportProgressDialog progress(t->rows.size(), parentWidget());
    ExportFolders::remember(path);
    const bool ok = TableExporter::write(*t, path, {}, progress.callback(), &error);
    progress.finish(ok, path, error, tr("Save list"));
    if (!ok) {
        m_error = error;
    } else if (chosenPath.isEmpty()) {
        SavedFileNotice::show(parentWidget(), path); // the clerk chose it: say where it went
    }
    return ok;
}
