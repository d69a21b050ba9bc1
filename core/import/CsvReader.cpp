#include "core/import/CsvReader.h"

using namespace Qt::StringLiterals;

bool CsvReader::Record::isBlank() const {
    for (const QString &f : fields) {
        if (!f.trimmed().isEmpty())
            return false;
    }
    return true;
}

CsvReader::CsvReader(QChar delimiter)
    : m_delimiter(delimiter) {}

QChar CsvReader::guessDelimiter(const QString &text) {
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool quoted = false;
    for (QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r'))
            break;
        else if (!quoted && c == u',')
            ++commas;
        else if (!quoted && c == u';')
            ++semicolons;
        else if (!quoted && c == u'\t')
            ++tabs;
    }
    if (tabs > commas && tabs >= semicolons)
        return u'\t';
    if (semicolons > commas)
        return u';';
    return u',';
}

bool CsvReader::parse(const QString &text) {
    m_records.clear();
    m_error.clear();
    const qsizetype n = text.size();
    qsizetype i = 0;
    int line = 1;
    int row = 0;

    while (i < n) {
        Record record;
        record.row = ++row;
        record.line = line;
        QString field;
        bool endOfRecord = false;
        while (!endOfRecord) {
            if (i < n && text[i] == u'"' && field.isEmpty()) {
                // A quoted field: runs to the next quote that is not doubled.
                const int startLine = line;
                ++i;
                bool closed = false;
                while (i < n) {
                    const QChar c = text[i];
                    if (c == u'"') {
                        if (i + 1 < n && text[i + 1] == u'"') {
                            field += u'"';
                            i += 2;
                            continue;
                        }
                        ++i;
                        closed = true;
                        break;
                    }
                    if (c == u'\r') {
                        // CRLF and CR inside a cell are one line break, kept as \n.
                        field += u'\n';
                        ++line;
                        i += (i + 1 < n && text[i + 1] == u'\n') ? 2 : 1;
                        continue;
                    }
                    if (c == u'\n')
                        ++line;
                    field += c;
                    ++i;
                }
                if (!closed) {
                    m_error = tr("line %1 (row %2): a quoted field is not closed; a \" is "
                                 "missing")
                                  .arg(startLine)
                                  .arg(record.row);
                    return false;
                }
            }
            // Unquoted text, or what follows a closing quote, up to the delimiter or line end.
            while (i < n && text[i] != m_delimiter && text[i] != u'\n' && text[i] != u'\r')
                field += text[i++];
            if (i < n && text[i] == m_delimiter) {
                record.fields << field;
                field.clear();
                ++i;
                if (record.fields.size() >= maxFields) {
                    m_error = tr("line %1 (row %2): more than %3 columns; this is not a list of "
                                 "appeals, or it is damaged")
                                  .arg(record.line)
                                  .arg(record.row)
                                  .arg(maxFields);
                    return false;
                }
                continue;
            }
            record.fields << field;
            if (i < n) {
                i += (text[i] == u'\r' && i + 1 < n && text[i + 1] == u'\n') ? 2 : 1;
                ++line;
            }
            endOfRecord = true;
        }
        m_records << record;
    }
    return true;
}
