#include "core/export/CsvExporter.h"

#include <QDate>
#include <QIODevice>

using namespace Qt::StringLiterals;

namespace {

// OWASP's advice against CSV injection: Excel, WPS and LibreOffice read a cell that starts
// with = + - @ (and, after their own trimming, a tab or a carriage return) as a formula, which
// can open links (=HYPERLINK) or run commands (DDE). A leading ' makes it text.
bool startsFormula(char first) {
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' ||
           first == '\r';
}

constexpr qsizetype flushAt = 64 * 1024;

} // namespace

void CsvExporter::appendField(QByteArray &line, QByteArrayView cell) {
    if (cell.isEmpty())
        return;
    bool quoted = false;
    for (const char c : cell) {
        if (c == ',' || c == '"' || c == '\n' || c == '\r' || c == '\0') {
            quoted = true;
            break;
        }
    }
    const bool neutralised = startsFormula(cell.front());
    if (!quoted) {
        if (neutralised)
            line += '\'';
        line += cell;
        return;
    }
    line += '"';
    if (neutralised)
        line += '\'';
    for (const char c : cell) {
        if (c == '"')
            line += "\"\"";
        else if (c != '\0')
            line += c;
    }
    line += '"';
}

QString CsvExporter::neutralise(const QString &field) {
    if (!field.isEmpty() && field.front().unicode() < 0x80 &&
        startsFormula(char(field.front().unicode())))
        return u'\'' + field;
    return field;
}

QString CsvExporter::quote(const QString &field) {
    QByteArray line;
    appendField(line, field.toUtf8());
    return QString::fromUtf8(line);
}

bool CsvExporter::write(ExportSource &source, QIODevice &device, const ExportProgress &progress,
                        QString *error) {
    const ExportTable &layout = source.layout();
    const qsizetype columns = layout.columns.size();
    QByteArray buffer;
    buffer.reserve(flushAt + 64 * 1024);
    buffer += "\xEF\xBB\xBF";
    for (qsizetype c = 0; c < columns; ++c) {
        if (c > 0)
            buffer += ',';
        appendField(buffer, layout.columns.at(c).header.toUtf8());
    }
    buffer += "\r\n";
    auto flush = [&]() {
        if (device.write(buffer) != buffer.size()) {
            if (error)
                *error = tr("Cannot write the CSV file: %1").arg(device.errorString());
            return false;
        }
        buffer.clear();
        return true;
    };
    std::unique_ptr<ExportRows> rows = source.rows(error);
    if (!rows)
        return false;
    const qint64 total = source.rowCount();
    QList<bool> isDate(columns);
    for (qsizetype c = 0; c < columns; ++c)
        isDate[c] = layout.columns.at(c).type == ExportColumn::Type::Date;
    int done = 0;
    while (rows->next()) {
        for (qsizetype c = 0; c < columns; ++c) {
            if (c > 0)
                buffer += ',';
            const QByteArrayView cell = rows->cell(int(c));
            if (!isDate.at(c) || ExportCell::date(cell).isValid())
                appendField(buffer, cell);
        }
        buffer += "\r\n";
        ++done;
        if (buffer.size() >= flushAt && !flush())
            return false;
        if (progress && done % 1000 == 0 && !progress(done, int(total))) {
            if (error)
                *error = tr("The export was cancelled.");
            return false;
        }
    }
    if (!rows->error().isEmpty()) {
        if (error)
            *error = rows->error();
        return false;
    }
    if (!flush())
        return false;
    if (progress && !progress(done, done)) {
        if (error)
            *error = tr("The export was cancelled.");
        return false;
    }
    return true;
}
