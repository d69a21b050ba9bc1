#include "forms/report/ReportHtml.h"

#include "forms/FormHtml.h"

using namespace Qt::StringLiterals;

QString ReportHtml::heading(const QString &text) {
    return u"<p style=\"%1 margin:0px; line-height:150%; white-space:pre-wrap;\">\u3000\u3000%2</p>"_s
        .arg(FormHtml::font(FormFonts::Role::Heading, 16), FormHtml::text(text));
}

QString ReportHtml::subHeading(const QString &text) {
    return u"<p style=\"%1 margin:0px; line-height:150%; white-space:pre-wrap;\">\u3000\u3000%2</p>"_s
        .arg(FormHtml::font(FormFonts::Role::SubHeading, 16), FormHtml::text(text));
}

QString ReportHtml::issuerLine(const QString &issuer, const QString &date) {
    return u"<table width=\"100%\" border=\"0\" cellspacing=\"0\" cellpadding=\"0\" "
           "style=\"margin-top:8px; margin-bottom:12px; %1\"><tr>"
           "<td align=\"left\" style=\"border-bottom:2px solid #000000;\">%2</td>"
           "<td align=\"right\" style=\"border-bottom:2px solid #000000;\">%3</td>"
           "</tr></table>"_s.arg(FormHtml::font(FormFonts::Role::Body, 16), FormHtml::text(issuer),
                                 FormHtml::text(date));
}

QString ReportHtml::table(const QList<FormTable::Column> &columns, const QList<QStringList> &rows,
                          qreal pointSize) {
    FormTable table(columns, pointSize, 156);
    for (const QStringList &row : rows)
        table.addRow(row);
    return table.html();
}

QString ReportHtml::percent(double rate) {
    if (rate < 0)
        return u"—"_s;
    return u"%1%"_s.arg(rate * 100.0, 0, 'f', 1);
}

QString ReportHtml::excerpt(const QString &text, int chars) {
    const QString flat = text.simplified();
    return flat.size() <= chars ? flat : flat.left(chars) + u"……"_s;
}
