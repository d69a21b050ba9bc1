#include "ExportDialog.h"

#include "DashboardBucket.h"
#include "ExportQuery.h"
#include "ExportTablePdf.h"
#include "ProfileRepository.h"
#include "PublicMasker.h"
#include "TableExporter.h"
#include "UserPrompt.h"

#include <QApplication>
#include <QBoxLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

ExportDialog::ExportDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db) {
    setWindowTitle(tr("Export a list"));
    if (!TableExporter::hasPdfWriter())
        ExportTablePdf::registerWithExporter();
    auto *form = new QFormLayout;
    m_list = new QComboBox(this);
    m_list->setObjectName(u"list"_s);
    m_list->addItem(tr("Problem list (问题建议清单)"), int(List::ProblemList));
    m_list->addItem(tr("Assignments (交办事项)"), int(List::Assignments));
    m_list->addItem(tr("Evaluations (评价)"), int(List::Evaluations));
    form->addRow(tr("List:"), m_list);
    m_useDates = new QCheckBox(tr("Only from"), this);
    m_from = new QDateEdit(QDate(QDate::currentDate().year(), 1, 1), this);
    m_to = new QDateEdit(QDate::currentDate(), this);
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(u"yyyy-MM-dd"_s);
        e->setEnabled(false);
    }
    connect(m_useDates, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_useDates, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_useDates);
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(tr("to"), this));
    dates->addWidget(m_to);
    form->addRow(tr("Dates:"), dates);
    m_public = new QCheckBox(tr("Public version (公开): only public fields, names and phone "
                                "numbers masked"),
                             this);
    form->addRow(QString(), m_public);
    m_sheets = new QCheckBox(tr("Spreadsheet: also a sheet per lead department"), this);
    form->addRow(QString(), m_sheets);
    m_path = new QLineEdit(this);
    m_path->setObjectName(u"path"_s);
    m_path->setPlaceholderText(tr("a file ending in .xlsx, .csv or .pdf"));
    auto *browseButton = new QPushButton(tr("Browse…"), this);
    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    auto *file = new QHBoxLayout;
    file->addWidget(m_path, 1);
    file->addWidget(browseButton);
    form->addRow(tr("File:"), file);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void ExportDialog::setCurrentList(const QList<DashboardQuery::Detail> &rows, const QDate &asOf) {
    m_current = rows;
    m_currentAsOf = asOf;
    if (m_list->findData(int(List::Current)) < 0)
        m_list->insertItem(0, tr("The dashboard's list (%n item(s))", nullptr, int(rows.size())),
                           int(List::Current));
    m_list->setCurrentIndex(0);
}

void ExportDialog::setList(List list) {
    const int i = m_list->findData(int(list));
    if (i >= 0)
        m_list->setCurrentIndex(i);
}

void ExportDialog::setPublic(bool on) {
    m_public->setChecked(on);
}

void ExportDialog::setDateRange(const QDate &from, const QDate &to) {
    m_useDates->setChecked(from.isValid() || to.isValid());
    m_from->setDate(from);
    m_to->setDate(to);
}

void ExportDialog::browse() {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export to"), m_path->text().isEmpty() ? dir : m_path->text(),
        tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv);;PDF (*.pdf)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

ExportTable ExportDialog::currentListTable(const QList<DashboardQuery::Detail> &rows,
                                           const QDate &asOf) {
    ExportTable t;
    t.title = u"督查事项清单（截至%1）"_s.arg(asOf.toString(u"yyyy年M月d日"_s));
    t.groupByKey = u"leadDepartment"_s;
    using T = ExportColumn::Type;
    t.columns = {{u"number"_s, u"编号"_s, T::Text, 14, ExportColumn::Privacy::None},
                 {u"submittingUnit"_s, u"提交单位"_s, T::LongText, 24, ExportColumn::Privacy::None},
                 {u"problem"_s, u"困难问题"_s, T::LongText, 48, ExportColumn::Privacy::None},
                 {u"leadDepartment"_s, u"牵头承办部门"_s, T::Text, 18, ExportColumn::Privacy::None},
                 {u"assignedOn"_s, u"交办日期"_s, T::Date, 12, ExportColumn::Privacy::None},
                 {u"dueDate"_s, u"办理期限"_s, T::Date, 12, ExportColumn::Privacy::None},
                 {u"overdueDays"_s, u"超期工作日"_s, T::Integer, 10, ExportColumn::Privacy::None},
                 {u"status"_s, u"督办状态"_s, T::Text, 10, ExportColumn::Privacy::None}};
    for (const DashboardQuery::Detail &d : rows)
        t.rows << QVariantList{d.appealNumber,
                               d.enterprise,
                               d.problem,
                               d.department,
                               d.assignedOn,
                               d.dueDate,
                               d.overdueWorkingDays > 0 ? QVariant(d.overdueWorkingDays)
                                                        : QVariant(),
                               DashboardBuckets::chineseLabel(d.bucket)};
    return t;
}

std::optional<ExportTable> ExportDialog::buildTable() {
    const auto list = List(m_list->currentData().toInt());
    if (list == List::Current)
        return currentListTable(m_current, m_currentAsOf);
    ExportQuery::Filter filter;
    if (m_useDates->isChecked()) {
        filter.from = m_from->date();
        filter.to = m_to->date();
    }
    ExportQuery query(m_db);
    const ExportQuery::Kind kind = list == List::ProblemList   ? ExportQuery::Kind::ProblemList
                                   : list == List::Assignments ? ExportQuery::Kind::Assignments
                                                               : ExportQuery::Kind::Evaluations;
    std::optional<ExportTable> table = query.build(kind, filter);
    if (!table)
        m_error = query.errorString();
    return table;
}

bool ExportDialog::exportTo(const QString &path) {
    m_error.clear();
    m_rowCount = 0;
    std::optional<ExportTable> table = buildTable();
    if (table && m_public->isChecked())
        table = PublicMasker::apply(*table, ProfileRepository(m_db).active().publicFields);
    if (!table) {
        UserPrompt::warning(this, tr("Export"), m_error);
        return false;
    }
    QProgressDialog progress(tr("Exporting %n row(s)…", nullptr, int(table->rows.size())),
                             tr("Cancel"), 0, std::max<int>(1, int(table->rows.size())), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    TableExporter::Options options;
    options.sheetPerGroup = m_sheets->isChecked();
    const bool ok = TableExporter::write(
        *table, path, options,
        [&](int done, int total) {
            progress.setMaximum(total);
            progress.setValue(done);
            QCoreApplication::processEvents(); // keeps Cancel clickable on the GUI thread
            return !progress.wasCanceled();
        },
        &m_error);
    progress.reset();
    if (!ok) {
        UserPrompt::warning(this, tr("Export"), m_error);
        return false;
    }
    m_rowCount = int(table->rows.size());
    return true;
}

void ExportDialog::accept() {
    const QString path = m_path->text().trimmed();
    if (!TableExporter::formatForPath(path)) {
        UserPrompt::warning(this, tr("Export"),
                            tr("File: \"%1\" must end in .xlsx, .csv or .pdf.").arg(path));
        return;
    }
    if (exportTo(path))
        QDialog::accept();
}
