#include "core/export/XlsxWriter.h"

#include <QDate>
#include <QFile>
#include <QHash>
#include <xlsxwriter.h>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype maxCellText = 32767; // Excel's limit per cell, in characters

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

struct Sheet {
    lxw_worksheet *ws = nullptr;
    lxw_row_t next = 1; // the row the next record goes to (0 is the header)
};

lxw_worksheet *addSheet(lxw_workbook *wb, const QString &name, const ExportTable &layout,
                        const Formats &f) {
    lxw_worksheet *ws = workbook_add_worksheet(wb, name.toUtf8().constData());
    if (!ws)
        return nullptr;
    worksheet_set_row(ws, 0, 24, nullptr);
    for (int c = 0; c < layout.columns.size(); ++c) {
        const ExportColumn &col = layout.columns.at(c);
        worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), col.width, cellFormat(f, col.type));
        worksheet_write_string(ws, 0, lxw_col_t(c), col.header.toUtf8().constData(), f.header);
    }
    worksheet_freeze_panes(ws, 1, 0);
    return ws;
}

// A text cell as libxlsxwriter takes it: NUL-terminated, at most Excel's 32,767 characters
// (cut at a character boundary), without NUL bytes inside. Usually the cell itself.
const char *cellText(QByteArrayView cell, QByteArray &copy) {
    const bool hasNul = cell.contains('\0');
    if (cell.size() <= maxCellText && !hasNul)
        return cell.data(); // sources hand out NUL-terminated cells
    copy.clear();
    qsizetype characters = 0;
    for (const char c : cell) {
        const bool lead = (uchar(c) & 0xC0) != 0x80;
        if (lead && ++characters > maxCellText)
            break;
        if (c != '\0')
            copy += c;
    }
    return copy.constData();
}

lxw_error writeRow(lxw_worksheet *ws, lxw_row_t r, const ExportTable &layout, const ExportRows &row,
                   const Formats &f, QByteArray &copy) {
    for (int c = 0; c < layout.columns.size(); ++c) {
        const ExportColumn::Type type = layout.columns.at(c).type;
        const QByteArrayView cell = row.cell(c);
        if (cell.isEmpty())
            continue;
        lxw_format *fmt = cellFormat(f, type);
        lxw_error err = LXW_NO_ERROR;
        if (type == ExportColumn::Type::Date) {
            const QDate d = ExportCell::date(cell);
            if (!d.isValid())
                continue;
            lxw_datetime dt{d.year(), d.month(), d.day(), 0, 0, 0.0};
            err = worksheet_write_datetime(ws, r, lxw_col_t(c), &dt, fmt);
        } else if (type == ExportColumn::Type::Integer) {
            err = worksheet_write_number(ws, r, lxw_col_t(c), cell.toByteArray().toDouble(), fmt);
        } else {
            // Always a string cell, never a formula: =HYPERLINK(…) stays text.
            err = worksheet_write_string(ws, r, lxw_col_t(c), cellText(cell, copy), fmt);
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

bool XlsxWriter::write(ExportSource &source, const QString &path, const Options &options,
                       const ExportProgress &progress, QString *error) {
    const ExportTable &layout = source.layout();
    const int groupCol = options.sheetPerGroup ? layout.columnIndex(layout.groupByKey) : -1;
    QStringList groups;
    if (groupCol >= 0) {
        const std::optional<QStringList> found = source.groups(error);
        if (!found)
            return false;
        groups = *found;
    }
    std::unique_ptr<ExportRows> rows = source.rows(error);
    if (!rows)
        return false;

    const QByteArray file = QFile::encodeName(path);
    lxw_workbook_options wbOptions{};
    wbOptions.constant_memory = LXW_TRUE;
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
    const QString mainName = sheetName(layout.title.isEmpty() ? u"清单"_s : layout.title, taken);
    taken << mainName;
    Sheet main{addSheet(wb, mainName, layout, f)};
    // A sheet per group, in the groups' order, filled in the same pass as the main sheet.
    QHash<QByteArray, Sheet> sheets;
    lxw_error err = main.ws ? LXW_NO_ERROR : LXW_ERROR_MEMORY_MALLOC_FAILED;
    auto groupSheet = [&](const QByteArray &group) -> Sheet * {
        auto it = sheets.find(group);
        if (it != sheets.end())
            return &it.value();
        const QString g = QString::fromUtf8(group);
        const QString name = sheetName(g.isEmpty() ? u"未指定"_s : g, taken);
        taken << name;
        Sheet s{addSheet(wb, name, layout, f)};
        if (!s.ws)
            return nullptr;
        return &sheets.insert(group, s).value();
    };
    for (const QString &g : std::as_const(groups)) {
        if (err == LXW_NO_ERROR && !groupSheet(g.toUtf8()))
            err = LXW_ERROR_MEMORY_MALLOC_FAILED;
    }
    const qint64 total = source.rowCount();
    int done = 0;
    bool cancelled = false;
    QByteArray copy;
    while (err == LXW_NO_ERROR && !cancelled && rows->next()) {
        err = writeRow(main.ws, main.next++, layout, *rows, f, copy);
        if (err == LXW_NO_ERROR && groupCol >= 0) {
            Sheet *s = groupSheet(rows->cell(groupCol).toByteArray());
            err = s ? writeRow(s->ws, s->next++, layout, *rows, f, copy)
                    : LXW_ERROR_MEMORY_MALLOC_FAILED;
        }
        ++done;
        cancelled = progress && done % 1000 == 0 && !progress(done, int(total));
    }
    const QString readError = rows->error();
    if (err == LXW_NO_ERROR && !cancelled && readError.isEmpty()) {
        if (main.next > 1)
            worksheet_autofilter(main.ws, 0, 0, main.next - 1,
                                 lxw_col_t(layout.columns.size() - 1));
        cancelled = progress && !progress(done, done);
    }
    if (cancelled || err != LXW_NO_ERROR || !readError.isEmpty()) {
        lxw_workbook_free(wb); // frees without writing the file
        QFile::remove(path);
        if (error)
            *error = cancelled              ? tr("The export was cancelled.")
                     : !readError.isEmpty() ? readError
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
