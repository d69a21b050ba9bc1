#include "forms/FormHtml.h"

#include "forms/ChineseFormat.h"

#include <QFontMetricsF>

using namespace Qt::StringLiterals;

QString FormHtml::text(const QString &value) {
    QString html = value.toHtmlEscaped();
    html.replace(u"\r\n"_s, u"\n"_s);
    html.replace(u'\n', u"<br/>"_s);
    return html;
}

QString FormHtml::font(FormFonts::Role role, qreal pointSize) {
    // The installed family first (it is what prints); the official one after it, which
    // DocumentRenderer::writeOdt names in the .odt for the clerk's WPS or Word.
    const QString installed = FormFonts::family(role);
    const QString official = FormFonts::preferredFamily(role);
    return u"font-family:%1; font-size:%2pt;"_s
        .arg(installed == official ? u"'%1'"_s.arg(installed)
                                   : u"'%1','%2'"_s.arg(installed, official))
        .arg(pointSize);
}

QString FormHtml::attachmentLabel(const QString &label) {
    return u"<p style=\"%1 margin-bottom:6px;\">%2</p>"_s.arg(font(FormFonts::Role::Heading, 16),
                                                              text(label));
}

QStringList FormHtml::titleLines(const QStringList &words, qreal pointSize, qreal lineMm) {
    // Measured in the font it prints in, relative to a Chinese character (one em).
    const QFontMetricsF metrics(FormFonts::font(FormFonts::Role::Title, pointSize));
    const qreal em = metrics.horizontalAdvance(u'\u4e2d');
    const qreal lineEms = lineMm / (pointSize * 25.4 / 72) - 0.25; // a little to spare
    return ChineseFormat::titleLines(words, lineEms, [&](QStringView piece) {
        return metrics.horizontalAdvance(piece.toString()) / em;
    });
}

QString FormHtml::title(const QStringList &words, qreal pointSize, qreal lineMm) {
    QStringList lines;
    for (const QString &line : titleLines(words, pointSize, lineMm))
        lines << text(line);
    return u"<p align=\"center\" style=\"%1 margin-top:6px; margin-bottom:10px;\">%2</p>"_s.arg(
        font(FormFonts::Role::Title, pointSize), lines.join(u"<br/>"_s));
}

QString FormHtml::rightLine(const QString &lineText, qreal pointSize) {
    return u"<p align=\"right\" style=\"%1 margin-bottom:4px;\">%2</p>"_s.arg(
        font(FormFonts::Role::Body, pointSize), text(lineText));
}

QString FormHtml::paragraph(const QString &html, qreal pointSize, bool indent,
                            const QString &align) {
    // GB/T 9704: first line indented by two characters, 22 lines a page (a 28 pt pitch: 150 %
    // of the 3号 font's natural line height).
    // Two full-width spaces, as typists indent official documents: Qt does not scale CSS
    // text-indent to the printer's resolution, and the spaces survive ODT export too.
    const QString lead = indent ? u"\u3000\u3000"_s : QString();
    const QString alignAttr = align.isEmpty() ? QString() : u" align=\"%1\""_s.arg(align);
    return u"<p%1 style=\"%2 margin:0px; line-height:150%; white-space:pre-wrap;\">%3%4</p>"_s.arg(
        alignAttr, font(FormFonts::Role::Body, pointSize), lead, html);
}

QString FormHtml::tableStart(qreal pointSize) {
    return u"<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"6\" "
           "style=\"border-collapse:collapse; border-style:solid; border-color:#000000; %1\">"_s
               .arg(font(FormFonts::Role::Body, pointSize));
}

bool FormHtml::isLong(const QString &value, int charsPerLine) {
    return value.size() > 20 * charsPerLine;
}

QString FormHtml::label(const QString &labelText, int rowSpan, int colSpan, const QString &width,
                        bool top) {
    QString attrs;
    if (rowSpan > 1)
        attrs += u" rowspan=\"%1\""_s.arg(rowSpan);
    if (colSpan > 1)
        attrs += u" colspan=\"%1\""_s.arg(colSpan);
    if (!width.isEmpty())
        attrs += u" width=\"%1\""_s.arg(width);
    return u"<td align=\"center\" valign=\"%1\"%2>%3</td>"_s.arg(top ? u"top"_s : u"middle"_s,
                                                                 attrs, text(labelText));
}

QString FormHtml::value(const QString &valueText, int colSpan, int minLines, int charsPerLine,
                        int rowSpan, const QString &width) {
    // Estimate how many lines the text takes and pad with empty lines up to minLines.
    int lines = 0;
    for (const QString &para : valueText.split(u'\n'))
        lines += std::max<int>(1, int((para.size() + charsPerLine - 1) / charsPerLine));
    if (valueText.isEmpty())
        lines = 1;
    QString html = valueText.isEmpty() ? u"&nbsp;"_s : text(valueText);
    for (int i = lines; i < minLines; ++i)
        html += u"<br/>&nbsp;"_s;
    QString attrs;
    if (rowSpan > 1)
        attrs += u" rowspan=\"%1\""_s.arg(rowSpan);
    if (colSpan > 1)
        attrs += u" colspan=\"%1\""_s.arg(colSpan);
    if (!width.isEmpty())
        attrs += u" width=\"%1\""_s.arg(width);
    return u"<td valign=\"middle\"%1>%2</td>"_s.arg(attrs, html);
}

QString FormHtml::footnotes(const QStringList &lines, qreal pointSize) {
    QString html;
    for (const QString &l : lines)
        html += u"<p style=\"%1 margin:0px; margin-top:2px;\">%2</p>"_s.arg(
            font(FormFonts::Role::Body, pointSize), text(l));
    return html;
}

QString FormHtml::pageBreak() {
    return u"<p style=\"page-break-before:always; margin:0px;\"></p>"_s;
}
