#pragma once

// Reads exported files back the way users' tools read them: .xlsx through openpyxl (Debian's
// python3-openpyxl, hence /usr/bin/python3, which sees it), .csv through Python's csv module
// with utf-8-sig, as Excel and WPS honour the byte-order mark.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QtDebug>

namespace SpreadsheetRead {

// {sheets: [{name, freeze, widths, wrap, types, rows: [[cell...]]}]}; dates as
// {"date": "YYYY-MM-DD"} so that a test sees whether a cell is a real date; `types` holds
// openpyxl's data type of every cell ('s' text, 'n' number, 'd' date, 'f' formula). Text is
// read as Excel reads it: the _xHHHH_ escapes of control characters (ECMA-376's ST_Xstring,
// which libxlsxwriter writes for a carriage return) decoded.
inline QJsonObject xlsx(const QString &path) {
    const QString script = QStringLiteral(R"PY(
import json, re, sys, datetime, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": []}
for ws in wb.worksheets:
    rows = []
    types = []
    for row in ws.iter_rows():
        cells = []
        for c in row:
            v = c.value
            if isinstance(v, (datetime.datetime, datetime.date)):
                v = {"date": v.strftime("%Y-%m-%d")}
            elif isinstance(v, str):
                v = re.sub(r"_x([0-9A-Fa-f]{4})_", lambda m: chr(int(m.group(1), 16)), v)
            cells.append(v)
        rows.append(cells)
        types.append([c.data_type for c in row])
    widths = {k: v.width for k, v in ws.column_dimensions.items()}
    wrap = [bool(c.alignment.wrap_text) for c in ws[2]] if ws.max_row >= 2 else []
    out["sheets"].append({"name": ws.title, "freeze": ws.freeze_panes, "widths": widths,
                          "wrap": wrap, "types": types, "rows": rows})
print(json.dumps(out, ensure_ascii=False))
)PY");
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), script, path});
    if (!p.waitForFinished(600000) || p.exitCode() != 0)
        qWarning() << p.readAllStandardError();
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

// The rows of the first sheet.
inline QJsonArray xlsxRows(const QString &path) {
    return xlsx(path)
        .value(QLatin1String("sheets"))
        .toArray()
        .first()
        .toObject()
        .value(QLatin1String("rows"))
        .toArray();
}

inline QJsonArray csv(const QString &path) {
    QProcess p;
    p.start(
        QStringLiteral("/usr/bin/python3"),
        {QStringLiteral("-c"),
         QStringLiteral("import csv,json,sys\nwith open(sys.argv[1], newline='', "
                        "encoding='utf-8-sig') as f:\n    print(json.dumps(list(csv.reader(f)), "
                        "ensure_ascii=False))"),
         path});
    p.waitForFinished(600000);
    return QJsonDocument::fromJson(p.readAllStandardOutput()).array();
}

} // namespace SpreadsheetRead
