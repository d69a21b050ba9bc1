#include "ui/AppealImportDialog.h"

#include "core/NumberText.h"
#include "core/import/AppealCsvColumns.h"
#include "core/import/ImportMappingRepository.h"
#include "core/import/OfficeConverter.h"
#include "ui/ConversionProgress.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
const QString kWorkOrder = u"work_order"_s;
} // namespace

AppealImportDialog::AppealImportDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_path(new QLineEdit)
    , m_sheet(new QComboBox)
    , m_mapping(new QComboBox)
    , m_channel(new QLineEdit)
    , m_columns(new QTableWidget(0, 2))
    , m_report(new QPlainTextEdit)
    , m_check(new QPushButton(tr("&Check")))
    , m_import(new QPushButton(tr("&Import"))) {
    setWindowTitle(tr("Import appeals"));
    m_path->setObjectName(u"importPath"_s);
    m_sheet->setObjectName(u"importSheet"_s);
    m_mapping->setObjectName(u"importMapping"_s);
    m_channel->setObjectName(u"importChannel"_s);
    m_columns->setObjectName(u"importColumns"_s);
    m_report->setObjectName(u"importReport"_s);
    m_import->setObjectName(u"importButton"_s);
    m_check->setObjectName(u"checkButton"_s);

    auto *browse = new QPushButton(tr("&Browse…"));
    connect(browse, &QPushButton::clicked, this, &AppealImportDialog::browse);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    // Read when another path is typed, not each time the field loses focus: an .xls is
    // converted by LibreOffice again on every read.
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        if (m_path->text() != m_file)
            setFile(m_path->text());
    });

    m_mapping->setEditable(true); // a new name keeps a new mapping
    m_mapping->addItem(tr("(Qinqing's column names)"), QString());
    for (const ImportMapping &m : ImportMappingRepository(m_db).list())
        m_mapping->addItem(m.name, m.name);
    m_mapping->setToolTip(tr("How another system's export names its columns (12345: the "
                             "hotline's work orders). Type a new name to keep the columns "
                             "below under it."));
    // Read again when a sheet or a mapping is chosen, or a new name typed in full: not on
    // every keystroke, as a file is read whole.
    connect(m_sheet, &QComboBox::currentIndexChanged, this, &AppealImportDialog::reload);
    connect(m_mapping, &QComboBox::currentIndexChanged, this, &AppealImportDialog::reload);
    connect(m_mapping->lineEdit(), &QLineEdit::editingFinished, this, &AppealImportDialog::reload);
    m_channel->setToolTip(tr("The 渠道 of the imported appeals when the file has none"));

    m_columns->setHorizontalHeaderLabels({tr("Column in the file"), tr("Qinqing field")});
    m_columns->horizontalHeader()->setStretchLastSection(true);
    m_columns->verticalHeader()->hide();
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_report->setReadOnly(true);
    m_report->setPlaceholderText(tr("Check the file first: every problem is listed here with "
                                    "its row and column; nothing is saved until all rows are "
                                    "right."));

    auto *form = new QFormLayout;
    form->addRow(tr("&File:"), fileRow);
    form->addRow(tr("&Sheet:"), m_sheet);
    form->addRow(tr("&Mapping:"), m_mapping);
    form->addRow(tr("C&hannel:"), m_channel);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_check, QDialogButtonBox::ActionRole);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_check, &QPushButton::clicked, this, [this] { run(true); });
    connect(m_import, &QPushButton::clicked, this, [this] { run(false); });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_columns, 1);
    layout->addWidget(m_report, 1);
    layout->addWidget(buttons);
    m_check->setEnabled(false);
    m_import->setEnabled(false);
    resize(720, 600);
}

AppealImportDialog::~AppealImportDialog() {
    // QDialog's destructor hides the window, which moves the focus out of the path field
    // after this dialog's members are gone: it must not read the file into them then.
    m_path->disconnect(this);
}

void AppealImportDialog::browse() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import appeals"), m_path->text(),
        tr("Spreadsheets (*.xlsx *.xls *.et *.ods *.csv *.txt);;Excel workbook (*.xlsx "
           "*.xls);;CSV (*.csv *.txt)"));
    if (!path.isEmpty())
        setFile(path);
}

void AppealImportDialog::setFile(const QString &path) {
    m_path->setText(path);
    m_file = path;
    QFile file(path);
    m_bytes.clear();
    m_readError.clear();
    if (file.size() <= AppealCsvImporter::maxFileBytes && file.open(QIODevice::ReadOnly))
        m_bytes = file.readAll();
    // An .xls converted once here, not on every reload (LibreOffice takes seconds).
    if (OfficeConverter::needsConversion(m_bytes, OfficeConverter::Target::Workbook)) {
        const QString name = QFileInfo(path).fileName();
        ConversionProgress progress(this, name);
        OfficeConverter converter(OfficeConverter::Target::Workbook);
        converter.setWaitHook(progress.hook());
        const OfficeConverter::Output converted = converter.convert(m_bytes);
        m_bytes = converted.bytes;
        if (!converted.error.isEmpty())
            m_readError = name + u": "_s + converted.error;
    }
    {
        const QSignalBlocker block(m_sheet);
        m_sheet->clear();
    }
    reload();
}

void AppealImportDialog::setSheet(const QString &sheet) {
    m_sheet->setCurrentIndex(m_sheet->findText(sheet));
}

void AppealImportDialog::setMappingName(const QString &name) {
    const int index = m_mapping->findData(name);
    if (index >= 0) {
        m_mapping->setCurrentIndex(index);
    } else {
        m_mapping->setEditText(name);
        reload();
    }
}

QStringList AppealImportDialog::sheets() const {
    QStringList out;
    for (int i = 0; i < m_sheet->count(); ++i)
        out << m_sheet->itemText(i);
    return out;
}

// The file's sheets and header read again, the columns proposed from the mapping.
void AppealImportDialog::reload() {
    const QString name =
        m_mapping->currentIndex() == 0 && m_mapping->currentText() == m_mapping->itemText(0)
            ? QString()
            : m_mapping->currentText().trimmed();
    m_loaded = name.isEmpty() ? std::nullopt : ImportMappingRepository(m_db).find(name);
    m_channel->setText(m_loaded ? m_loaded->channel : QString());
    m_channel->setEnabled(!name.isEmpty());
    AppealCsvImporter importer(m_db);
    importer.setSheet(m_sheet->currentText());
    if (m_loaded)
        importer.setMapping(*m_loaded);
    const AppealCsvImporter::Preview preview = importer.preview(m_bytes);
    if (sheets() != preview.sheets) {
        const QSignalBlocker block(m_sheet);
        m_sheet->clear();
        m_sheet->addItems(preview.sheets);
        m_sheet->setCurrentText(preview.sheet);
    }
    m_sheet->setEnabled(preview.sheets.size() > 1);
    fillColumns(preview.header);
    m_report->setPlainText(!m_readError.isEmpty() ? m_readError
                           : m_bytes.isEmpty() && !m_path->text().isEmpty()
                               ? tr("%1 cannot be read.").arg(m_path->text())
                               : preview.error);
    m_check->setEnabled(preview.error.isEmpty() && !preview.header.isEmpty());
    m_import->setEnabled(m_check->isEnabled());
}

void AppealImportDialog::fillColumns(const QStringList &header) {
    m_columns->setRowCount(0);
    const bool mapped =
        m_mapping->currentIndex() != 0 || m_mapping->currentText() != m_mapping->itemText(0);
    for (const QString &cell : header) {
        const QString column = cell.trimmed();
        if (column.isEmpty())
            continue;
        const int row = m_columns->rowCount();
        m_columns->insertRow(row);
        m_columns->setItem(row, 0, new QTableWidgetItem(column));
        auto *field = new QComboBox;
        field->addItem(tr("— not imported —"), QString());
        field->addItem(tr("工单编号 (work order number)"), kWorkOrder);
        for (const QString &f : AppealCsvColumns::fields())
            field->addItem(AppealCsvColumns::chineseHeader(f), f);
        QString proposed = AppealCsvColumns::fieldFor(column);
        if (m_loaded && m_loaded->isKeyColumn(column))
            proposed = kWorkOrder;
        else if (m_loaded && !m_loaded->fieldFor(column).isEmpty())
            proposed = m_loaded->fieldFor(column);
        field->setCurrentIndex(std::max(0, field->findData(proposed)));
        // Without a mapping the columns are read by their names: shown, not chosen.
        field->setEnabled(mapped);
        m_columns->setCellWidget(row, 1, field);
    }
    m_columns->resizeColumnToContents(0);
}

void AppealImportDialog::setColumnField(const QString &column, const QString &field) {
    for (int row = 0; row < m_columns->rowCount(); ++row)
        if (m_columns->item(row, 0)->text() == column) {
            auto *combo = qobject_cast<QComboBox *>(m_columns->cellWidget(row, 1));
            combo->setCurrentIndex(std::max(0, combo->findData(field)));
        }
}

QString AppealImportDialog::columnField(const QString &column) const {
    for (int row = 0; row < m_columns->rowCount(); ++row)
        if (m_columns->item(row, 0)->text() == column)
            return qobject_cast<QComboBox *>(m_columns->cellWidget(row, 1))
                ->currentData()
                .toString();
    return {};
}

// The mapping as the table and the channel stand; `changed` when it differs from the one
// stored or built in (it is then kept after a successful import).
std::optional<ImportMapping> AppealImportDialog::mapping(bool *changed) const {
    *changed = false;
    const QString name = m_mapping->currentText().trimmed();
    if (m_mapping->currentIndex() == 0 && name == m_mapping->itemText(0))
        return std::nullopt;
    ImportMapping m;
    m.name = name;
    m.channel = m_channel->text().trimmed();
    for (int row = 0; row < m_columns->rowCount(); ++row) {
        const QString column = m_columns->item(row, 0)->text();
        const QString field = columnField(column);
        if (field == kWorkOrder)
            m.keyColumn = column;
        else if (!field.isEmpty())
            m.columns.insert(column, field);
    }
    // Columns of the stored mapping that this file lacks stay in it.
    if (m_loaded) {
        for (auto it = m_loaded->columns.cbegin(); it != m_loaded->columns.cend(); ++it)
            if (m.fieldFor(it.key()).isEmpty() && !m.columns.values().contains(it.value()) &&
                m_columns->findItems(it.key(), Qt::MatchExactly).isEmpty())
                m.columns.insert(it.key(), it.value());
        if (m.keyColumn.isEmpty())
            m.keyColumn = m_loaded->keyColumn;
    }
    *changed = !m_loaded || m_loaded->channel != m.channel || m_loaded->keyColumn != m.keyColumn ||
               m_loaded->columns != m.columns;
    return m;
}

AppealCsvImporter::Result AppealImportDialog::run(bool dryRun) {
    AppealCsvImporter importer(m_db);
    importer.setDryRun(dryRun);
    importer.setSheet(m_sheet->currentText());
    bool changed = false;
    if (const auto m = mapping(&changed))
        importer.setMapping(*m, changed);
    const AppealCsvImporter::Result r = importer.importData(m_bytes);
    showResult(r, dryRun);
    if (r.ok && !dryRun) {
        m_import->setEnabled(false); // once: the same file again would only skip or double
        if (changed)
            m_loaded = mapping(&changed);
        emit imported(r.imported);
    }
    return r;
}

void AppealImportDialog::showResult(const AppealCsvImporter::Result &r, bool dryRun) {
    QStringList lines;
    if (r.ok)
        lines << (dryRun ? tr("%1 appeals can be imported; nothing saved yet.")
                         : tr("%1 appeals imported."))
                     .arg(NumberText::grouped(r.imported));
    else
        // No English plural forms are installed: spell both out.
        lines << (r.rowsWithErrors == 1  ? tr("Nothing imported: 1 row has errors.")
                  : r.rowsWithErrors > 1 ? tr("Nothing imported: %1 rows have errors.")
                                               .arg(NumberText::grouped(r.rowsWithErrors))
                                         : tr("Nothing imported."));
    if (!r.ok)
        for (const AppealCsvImporter::Message &m : r.errors)
            lines << m.toString();
    if (r.omittedErrors > 0)
        lines << tr("… and %1 more errors").arg(NumberText::grouped(r.omittedErrors));
    if (!r.skipped.isEmpty())
        lines << tr("Skipped, imported before:");
    for (const AppealCsvImporter::Message &m : r.skipped)
        lines << u"  "_s + m.toString();
    if (!r.ignoredColumns.isEmpty())
        lines << tr("Columns not imported: %1").arg(r.ignoredColumns.join(u", "_s));
    for (const AppealCsvImporter::Message &m : r.warnings)
        lines << tr("Warning: %1").arg(m.toString());
    if (!r.numbers.isEmpty())
        lines << tr("Numbers: %1 … %2").arg(r.numbers.first(), r.numbers.last());
    m_report->setPlainText(lines.join(u'\n'));
}

QString AppealImportDialog::report() const {
    return m_report->toPlainText();
}
