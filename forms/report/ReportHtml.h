#pragma once

#include "forms/FormTable.h"

#include <QList>
#include <QString>
#include <QStringList>

// The pieces of the leaders' reports and notices beyond FormHtml's: GB/T 9704 headings
// (一、 in 黑体, （一） in 楷体), the issuing office and date under the title, and plain tables
// of figures. Values are escaped here; headers and labels are constants.
class ReportHtml {
public:
    static QString heading(const QString &text);    // 一、基本情况
    static QString subHeading(const QString &text); // （一）按办理状态
    // Issuing office left, date right, over a rule: as the minutes carry them.
    static QString issuerLine(const QString &issuer, const QString &date);

    // A table of the text block's width, its columns as wide as their content needs.
    static QString table(const QList<FormTable::Column> &columns, const QList<QStringList> &rows,
                         qreal pointSize = 12);

    static QString percent(double rate); // 85.7%; "—" for a negative rate (no data)
    // The first `chars` characters of a long text, ending in "……".
    static QString excerpt(const QString &text, int chars);
};
