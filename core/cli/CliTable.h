#pragma once

#include <QList>
#include <QStringList>
#include <QVariantList>

class QTextStream;

// Rows printed by the listing verbs in the two formats scripts want: TSV with a header row
// (tabs and line breaks inside values become spaces, so every record is one line) or a JSON
// array of objects keyed by the column names (numbers stay numbers, missing values are null).
class CliTable {
public:
    explicit CliTable(const QStringList &columns)
        : m_columns(columns) {}

    void addRow(const QVariantList &values) { m_rows << values; }
    int rowCount() const { return int(m_rows.size()); }

    static QStringList formats() { return {QStringLiteral("tsv"), QStringLiteral("json")}; }
    void write(QTextStream &out, const QString &format) const;

private:
    QStringList m_columns;
    QList<QVariantList> m_rows;
};
