#include "ui/ExportDialog.h"
#include "ui_ExportDialog.h"

#include "core/Clock.h"
#include "core/ProfileRepository.h"
#include "core/dashboard/DashboardBucket.h"
#include "core/export/ExportFolders.h"
#include "core/export/ExportQuery.h"
#include "core/export/MaskedSource.h"
#include "core/export/TableExporter.h"
#include "core/export/TableSource.h"
#include "forms/report/ExportTablePdf.h"
#include "ui/ExportProgressDialog.h"
#include "ui/SavedFileNotice.h"
#include "ui/UserPrompt.h"

#include <QApplication>
#include <QFileDialog>
#include <QPushButton>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

ExportDialog::ExportDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_ui(std::make_unique<Ui::ExportDialog>()) {
    m_ui->setupUi(this);
    setWindowTitle(tr("Export a list"));
    if (!TableExporter::hasPdfWriter())
        ExportTablePdf::registerWithExporter();
    m_ui->list->addItem(tr("Problem list (问题建议清单)"), int(List::ProblemList));
    m_ui->list->addItem(tr("Assignments (交办事项)"), int(List::Assignments));
    m_ui->list->addItem(tr("Evaluations (评价)"), int(List::Evaluations));
    m_ui->fromDate->setDate(QDate(Clock::today().year(), 1, 1));
    m_ui->toDate->setDate(Clock::today());
    connect(m_ui->useDatesCheck, &QCheckBox::toggled, m_ui->fromDate, &QWidget::setEnabled);
    connect(m_ui->useDatesCheck, &QCheckBox::toggled, m_ui->toDate, &QWidget::setEnabled);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
}

ExportDialog::~ExportDialog() = default;

void ExportDialog::setCurrentList(const QList<DashboardQuery::Detail> &rows, const QDate &asOf) {
    m_current = rows;
    m_currentAsOf = asOf;
    if (m_ui->list->findData(int(List::Current)) < 0)
        m_ui->list->insertItem(0,
                               tr("The dashboard's list (%n item(s))", nullptr, int(rows.size())),
                               int(List::Current));
    m_ui->list->setCurrentIndex(0);
}

void ExportDialog::setList(List list) {
    const int i = m_ui->list->findData(int(list));
    if (i >= 0)
        m_ui->list->setCurrentIndex(i);
}

void ExportDialog::setPublic(bool on) {
    m_ui->publicCheck->setChecked(on);
}

void ExportDialog::setDateRange(const QDate &from, const QDate &to) {
    m_ui->useDatesCheck->setChecked(from.isValid() || to.isValid());
    m_ui->fromDate->setDate(from);
    m_ui->toDate->setDate(to);
}

void ExportDialog::browse() {
    QString dir = ExportFolders::last();
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export to"), m_ui->path->text().isEmpty() ? dir : m_ui->path->text(),
        tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv);;PDF (*.pdf)"));
    if (!path.isEmpty())
        m_ui->path->setText(path);
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

std::unique_ptr<ExportSource> ExportDialog::makeSource() {
    const auto list = List(m_ui->list->currentData().toInt());
    if (list == List::Current) {
        m_currentTable = currentListTable(m_current, m_currentAsOf);
        return std::make_unique<TableSource>(m_currentTable);
    }
    ExportQuery::Filter filter;
    if (m_ui->useDatesCheck->isChecked()) {
        filter.from = m_ui->fromDate->date();
        filter.to = m_ui->toDate->date();
    }
    const ExportQuery::Kind kind = list == List::ProblemList   ? ExportQuery::Kind::ProblemList
                                   : list == List::Assignments ? ExportQuery::Kind::Assignments
                                                               : ExportQuery::Kind::Evaluations;
    return ExportQuery(m_db).source(kind, filter,
                                    m_ui->publicCheck->isChecked()
                                        ? ExportQuery::Purpose::Publication
                                        : ExportQuery::Purpose::Office);
}

bool ExportDialog::exportTo(const QString &path) {
    m_error.clear();
    m_rowCount = 0;
    // The rows stream from the database to the file; only the public version's masking and
    // the progress dialog stand between them.
    std::unique_ptr<ExportSource> source = makeSource();
    std::unique_ptr<MaskedSource> masked;
    if (m_ui->publicCheck->isChecked())
        masked =
            std::make_unique<MaskedSource>(*source, ProfileRepository(m_db).active().publicFields);
    ExportSource &rows = masked ? static_cast<ExportSource &>(*masked) : *source;
    QApplication::setOverrideCursor(Qt::WaitCursor); // counting a million rows takes a moment
    const qint64 total = rows.countRows();
    QApplication::restoreOverrideCursor();
    ExportProgressDialog progress(total, this);
    ExportFolders::remember(path); // before: a kill during the export leaves the folder known
    TableExporter::Options options;
    options.sheetPerGroup = m_ui->sheetsCheck->isChecked();
    const bool ok = TableExporter::write(rows, path, options, progress.callback(), &m_error);
    progress.finish(ok, path, m_error, tr("Export"));
    if (!ok)
        return false;
    m_rowCount = progress.rowsWritten();
    return true;
}

void ExportDialog::accept() {
    const QString path = m_ui->path->text().trimmed();
    if (!TableExporter::formatForPath(path)) {
        UserPrompt::warning(this, tr("Export"),
                            tr("File: \"%1\" must end in .xlsx, .csv or .pdf.").arg(path));
        return;
    }
    if (!exportTo(path))
        return;
    QDialog::accept();
    SavedFileNotice::show(parentWidget(), path);
}
