#include "core/export/XlsxWriter.h"

#include <QDate>
#include <QFile>
#include <QMap>
#include <xlsxwriter.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int maxCellText = 32767; // Excel's limit per cell

struct Formats {
    lxw_format *header = nullptr;
    lxw_format *text = nullptr;
    lxw_format *wrapped = nullptr;
    lxw_format *date = nullptr;
    lxw_format *integer = nullptr;
};

Formats makeFormats(lxw_workbook *wb) {
    Formats f;
    f.header = workbook_add_format(wb);
    format_set_bold(f.header);
    format_set_text_wrap(f.header);
    format_set_align(f.header, LXW_ALIGN_CENTER);
    format_set_align(f.header, LXW_ALIGN_VERTICAL_CENTER);
    format_set_bg_color(f.header, 0xD9E1F2);
    format_set_border(f.header, LXW_BORDER_THIN);
    f.text = workbook_add_format(wb);
    format_set_align(f.text, LXW_ALIGN_VERTICAL_TOP);
    f.wrapped = workbook_add_format(wb);
    format_set_text_wrap(f.wrapped);
    format_set_align(f.wrapped, LXW_ALIGN_VERTICAL_TOP);
    f.date = workbook_add_format(wb);
    format_set_num_format(f.date, "yyyy-mm-dd");
    format_set_align(f.date, LXW_ALIGN_VERTICAL_TOP);
    f.integer = workbook_add_format(wb);
    format_set_num_format(f.integer, "0");
    format_set_align(f.integer, LXW_ALIGN_VERTICAL_TOP);
    return f;
}

lxw_format *cellFormat(const Formats &f, ExportColumn::Type type) {
    switch (type) {
    case ExportColumn::Type::LongText:
        return f.wrapped;
    case ExportColumn::Type::Date:
        return f.date;
    case ExportColumn::Type::Integer:
        return f.integer;
    case ExportColumn::Type::Text:
        break;
    }
    return f.text;
}

lxw_worksheet *addSheet(lxw_workbook *wb, const QString &name, const ExportTable &table,
                        const Formats &f) {
    lxw_worksheet *ws = workbook_add_worksheet(wb, name.toUtf8().constData());
    if (!ws)
        return nullptr;
    for (int c = 0; c < table.columns.size(); ++c) {
        const ExportColumn &col = table.columns.at(c);
        worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), col.width, cellFormat(f, col.type));
        worksheet_write_string(ws, 0, lxw_col_t(c), col.header.toUtf8().constData(), f.header);
    }
    worksheet_set_row(ws, 0, 24, nullptr);
    worksheet_freeze_panes(ws, 1, 0);
    return ws;
}

lxw_error writeRow(lxw_worksheet *ws, lxw_row_t r, const ExportTable &table,
                   const QVariantList &row, const Formats &f) {
    for (int c = 0; c < table.columns.size(); ++c) {
        const ExportColumn &col = table.columns.at(c);
        const QVariant v = row.value(c);
        lxw_format *fmt = cellFormat(f, col.type);
        lxw_error err = LXW_NO_ERROR;
        if (col.type == ExportColumn::Type::Date && v.typeId() == QMetaType::QDate &&
            v.toDate().isValid()) {
            const QDate d = v.toDate();
            lxw_datetime dt{d.year(), d.month(), d.day(), 0, 0, 0.0};
            err = worksheet_write_datetime(ws, r, lxw_col_t(c), &dt, fmt);
        } else if (col.type == ExportColumn::Type::Integer && !v.isNull() &&
                   !v.toString().isEmpty()) {
            err = worksheet_write_number(ws, r, lxw_col_t(c), v.toDouble(), fmt);
        } else {
            const QString text = v.typeId() == QMetaType::QDate ? QString() : v.toString();
            if (!text.isEmpty())
                err = worksheet_write_string(ws, r, lxw_col_t(c),
                                             text.left(maxCellText).toUtf8().constData(), fmt);
        }
        if (err != LXW_NO_ERROR)
            return err;
    }
    return LXW_NO_ERROR;
}

} // namespace

QString XlsxWriter::sheetName(const QString &wanted, const QStringList &taken) {
    QString base = wanted.trimmed();
    for (QChar bad : {u'[', u']', u':', u'*', u'?', u'/', u'\\'})
        base.replace(bad, u'_');
    if (base.startsWith(u'\''))
        base[0] = u'_';
    if (base.isEmpty())
        base = u"Sheet"_s;
    QString name = base.left(31);
    for (int n = 2; taken.contains(name, Qt::CaseInsensitive); ++n) {
        const QString suffix = u"(%1)"_s.arg(n);
        name = base.left(31 - suffix.size()) + suffix;
    }
    return name;
}

bool XlsxWriter::write(const ExportTable &table, const QString &path, const Options &options,
                       const ExportProgress &progress, QString *error) {
    const QByteArray file = QFile::encodeName(path);
    lxw_workbook_options wbOptions{};
    wbOptions.constant_memory = LXW_FALSE;
    wbOptions.tmpdir = nullptr;
    wbOptions.use_zip64 = LXW_FALSE;
    lxw_workbook *wb = workbook_new_opt(file.constData(), &wbOptions);
    if (!wb) {
        if (error)
            *error = tr("Cannot create the workbook %1.").arg(path);
        return false;
    }
    const Formats f = makeFormats(wb);
    QStringList taken;
    const QString mainName = sheetName(table.title.isEmpty() ? u"清单"_s : table.title, taken);
    taken << mainName;
    lxw_worksheet *main = addSheet(wb, mainName, table, f);
    const int groupCol = options.sheetPerGroup ? table.columnIndex(table.groupByKey) : -1;
    QMap<QString, QList<int>> groups; // sorted by name so the sheets come out in a stable order
    if (groupCol >= 0) {
        for (int r = 0; r < table.rows.size(); ++r)
            groups[table.rows.at(r).value(groupCol).toString()] << r;
    }
    const int total = int(table.rows.size()) * (groupCol >= 0 ? 2 : 1);
    int done = 0;
    lxw_error err = main ? LXW_NO_ERROR : LXW_ERROR_MEMORY_MALLOC_FAILED;
    auto step = [&]() {
        ++done;
        return !progress || (done % 500 != 0 && done != total) || progress(done, total);
    };
    bool cancelled = false;
    for (int r = 0; err == LXW_NO_ERROR && !cancelled && r < table.rows.size(); ++r) {
        err = writeRow(main, lxw_row_t(r + 1), table, table.rows.at(r), f);
        cancelled = !step();
    }
    if (main && err == LXW_NO_ERROR && !table.rows.isEmpty())
        worksheet_autofilter(main, 0, 0, lxw_row_t(table.rows.size()),
                             lxw_col_t(table.columns.size() - 1));
    for (auto it = groups.cbegin(); err == LXW_NO_ERROR && !cancelled && it != groups.cend();
         ++it) {
        const QString name = sheetName(it.key().isEmpty() ? u"未指定"_s : it.key(), taken);
        taken << name;
        lxw_worksheet *ws = addSheet(wb, name, table, f);
        if (!ws) {
            err = LXW_ERROR_MEMORY_MALLOC_FAILED;
            break;
        }
        lxw_row_t out = 1;
        for (int r : it.value()) {
            err = writeRow(ws, out++, table, table.rows.at(r), f);
            if (err != LXW_NO_ERROR || (cancelled = !step()))
                break;
        }
    }
    if (cancelled || err != LXW_NO_ERROR) {
        lxw_workbook_free(wb); // frees without writing the file
        QFile::remove(path);
        if (error)
            *error = cancelled ? tr("The export was cancelled.")
                               : tr("Cannot write the workbook %1: %2")
                                     .arg(path, QString::fromUtf8(lxw_strerror(err)));
        return false;
    }
    err = workbook_close(wb);
    if (err != LXW_NO_ERROR) {
        QFile::remove(path);
        if (error)
            *error = tr("Cannot write the workbook %1: %2")
                         .arg(path, QString::fromUtf8(lxw_strerror(err)));
        return false;
    }
    return true;
}
