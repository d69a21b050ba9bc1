/* The raw floor for an .xlsx export, for the export benchmark (export-benchmark.sh): the same
 * SELECT through SQLite's C API straight into libxlsxwriter in constant-memory mode, with the
 * same formats (bold header row, frozen, autofilter, column widths, wrapped long texts, real
 * date cells). Nothing a program could leave out.
 *
 *   xlsx_baseline DATABASE SQLFILE TYPES OUT.xlsx
 *
 * TYPES has a letter per column: T text, L long text (wrapped), D date (YYYY-MM-DD), I integer.
 * The header row is the column names of the SELECT.
 */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xlsxwriter.h>

static char *read_file(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *text = malloc((size_t)n + 1);
    if (text && fread(text, 1, (size_t)n, f) != (size_t)n) {
        free(text);
        text = NULL;
    }
    if (text)
        text[n] = '\0';
    fclose(f);
    return text;
}

int main(int argc, char **argv) {
    if (argc != 5) {
        fprintf(stderr, "usage: %s DATABASE SQLFILE TYPES OUT.xlsx\n", argv[0]);
        return 2;
    }
    const char *types = argv[3];
    const int columns = (int)strlen(types);
    char *sql = read_file(argv[2]);
    sqlite3 *db = NULL;
    sqlite3_stmt *stmt = NULL;
    if (!sql || sqlite3_open_v2(argv[1], &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK ||
        sqlite3_prepare_v2(db, sql, -1, &stmt, NULL) != SQLITE_OK) {
        fprintf(stderr, "%s\n", db ? sqlite3_errmsg(db) : "cannot read the SQL");
        return 1;
    }
    lxw_workbook_options options = {
        .constant_memory = LXW_TRUE, .tmpdir = NULL, .use_zip64 = LXW_FALSE};
    lxw_workbook *wb = workbook_new_opt(argv[4], &options);
    lxw_worksheet *ws = workbook_add_worksheet(wb, "list");
    lxw_format *header = workbook_add_format(wb);
    format_set_bold(header);
    format_set_text_wrap(header);
    format_set_align(header, LXW_ALIGN_CENTER);
    format_set_align(header, LXW_ALIGN_VERTICAL_CENTER);
    format_set_bg_color(header, 0xD9E1F2);
    format_set_border(header, LXW_BORDER_THIN);
    lxw_format *text = workbook_add_format(wb);
    format_set_align(text, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *wrapped = workbook_add_format(wb);
    format_set_text_wrap(wrapped);
    format_set_align(wrapped, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *date = workbook_add_format(wb);
    format_set_num_format(date, "yyyy-mm-dd");
    format_set_align(date, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *integer = workbook_add_format(wb);
    format_set_num_format(integer, "0");
    format_set_align(integer, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *formats[128];
    worksheet_set_row(ws, 0, 24, NULL);
    for (int c = 0; c < columns; ++c) {
        formats[c] = types[c] == 'L'   ? wrapped
                     : types[c] == 'D' ? date
                     : types[c] == 'I' ? integer
                                       : text;
        worksheet_set_column(ws, (lxw_col_t)c, (lxw_col_t)c, types[c] == 'L' ? 40 : 12, formats[c]);
        worksheet_write_string(ws, 0, (lxw_col_t)c, sqlite3_column_name(stmt, c), header);
    }
    worksheet_freeze_panes(ws, 1, 0);
    lxw_row_t row = 0;
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        ++row;
        for (int c = 0; c < columns; ++c) {
            const char *cell = (const char *)sqlite3_column_text(stmt, c);
            if (!cell || !*cell)
                continue;
            if (types[c] == 'D') {
                lxw_datetime dt = {atoi(cell), atoi(cell + 5), atoi(cell + 8), 0, 0, 0.0};
                worksheet_write_datetime(ws, row, (lxw_col_t)c, &dt, formats[c]);
            } else if (types[c] == 'I') {
                worksheet_write_number(ws, row, (lxw_col_t)c, atof(cell), formats[c]);
            } else {
                worksheet_write_string(ws, row, (lxw_col_t)c, cell, formats[c]);
            }
        }
    }
    if (row > 0)
        worksheet_autofilter(ws, 0, 0, row, (lxw_col_t)(columns - 1));
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    free(sql);
    return workbook_close(wb) == LXW_NO_ERROR ? 0 : 1;
}
