#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

// A list ready to be written to .xlsx, .csv or .pdf: typed columns with Chinese headers (the
// office works in Chinese whatever the screen language) and rows of values. Dates are QDate
// so that spreadsheets receive real date cells, not text.
struct ExportColumn {
    enum class Type { Text, LongText, Date, Integer };
    enum class Privacy { None, PersonName, Phone }; // what PublicMasker must hide

    QString key;    // stable field name, e.g. "number"; RuleProfile::publicFields uses these
    QString header; // 编号, 提交单位 ...
    Type type = Type::Text;
    int width = 12; // characters, for spreadsheets and PDF column proportions
    Privacy privacy = Privacy::None;
};

struct ExportTable {
    QString title;       // 问题建议清单 ..., used for sheet and PDF titles
    QString description; // printed under the PDF's title: the filter, the date printed
    QString groupByKey;  // when set, a sheet per value of this column is possible (部门)
    QList<ExportColumn> columns;
    // Read by PublicMasker only, never written: the people and phone numbers the record holds
    // besides its columns (the enterprise's, the lead department's contact), so that they are
    // masked wherever the texts mention them. Their values follow the columns' in each row.
    QList<ExportColumn> privateColumns;
    QList<QVariantList> rows;

    int columnIndex(const QString &key) const {
        for (int i = 0; i < columns.size(); ++i) {
            if (columns.at(i).key == key)
                return i;
        }
        return -1;
    }
    QStringList keys() const {
        QStringList k;
        for (const ExportColumn &c : columns)
            k << c.key;
        return k;
    }
};
