#include "forms/FormHtml.h"

#include "forms/ChineseFormat.h"
#include "forms/PageFill.h"

#include <QFontMetricsF>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <functional>

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

namespace {

using Ems = std::function<qreal(QStringView)>;

// Titles and labels come back on every sheet of a batch (1,000 assignment sheets share one
// title and a dozen labels), and breaking one measures every piece that might make a line,
// each shaped in its font: 9 % of a batch's time. The lines are kept per role, text, size,
// width and family (the installed families do not change while the program runs).
// `breakLines` gets the width of a piece in ems of the font it prints in (a Chinese
// character is one em).
QStringList measured(FormFonts::Role role, const QStringList &words, qreal pointSize, qreal lineMm,
                     const std::function<QStringList(const Ems &)> &breakLines) {
    thread_local QHash<QString, QStringList> lines;
    const auto number = [](qreal x) {
        return QString::number(x, 'g', QLocale::FloatingPointShortest);
    };
    const QString key = QString::number(int(role)) + u'\x1f' + FormFonts::family(role) + u'\x1f' +
                        number(pointSize) + u'\x1f' + number(lineMm) + u'\x1f' +
                        words.join(u'\x1e');
    if (const auto it = lines.constFind(key); it != lines.constEnd())
        return *it;
    if (lines.size() > 2000)
        lines.clear(); // a long session's titles of many meetings
    const QFontMetricsF metrics(FormFonts::font(role, pointSize));
    const qreal em = metrics.horizontalAdvance(u'\u4e2d');
    return *lines.insert(key, breakLines([&](QStringView piece) {
                             return metrics.horizontalAdvance(piece.toString()) / em;
                         }));
}

} // namespace

QStringList FormHtml::titleLines(const QStringList &words, qreal pointSize, qreal lineMm) {
    return measured(FormFonts::Role::Title, words, pointSize, lineMm, [&](const Ems &ems) {
        const qreal lineEms = lineMm / (pointSize * 25.4 / 72) - 0.25; // a little to spare
        return ChineseFormat::titleLines(words, lineEms, ems);
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

QStringList FormHtml::labelLines(const QString &labelText, qreal widthMm, qreal pointSize) {
    return measured(FormFonts::Role::Label, {labelText}, pointSize, widthMm, [&](const Ems &ems) {
        // The cell's padding (cellpadding 6 px = 1.6 mm a side) and rule are not for text.
        const qreal usable = widthMm - 2 * 6 * 25.4 / 96 - 0.6;
        const qreal lineEms = usable / (pointSize * 25.4 / 72);
        QStringList lines;
        // A zero-width space marks where the label's words meet (总体评价​意见): a break
        // goes there first, as the seeds break them.
        for (const QString &part : labelText.split(u'\n'))
            lines << ChineseFormat::titleLines(part.split(QChar(0x200B)), lineEms, ems);
        return lines;
    });
}

QString FormHtml::label(const QString &labelText, int rowSpan, int colSpan, const QString &width,
                        bool top, qreal pointSize) {
    QString html = text(QString(labelText).remove(QChar(0x200B)));
    if (width.endsWith(u'%')) {
        const qreal widthMm = QStringView(width).chopped(1).toDouble() * 156 / 100;
        QStringList lines;
        for (const QString &line : labelLines(labelText, widthMm, pointSize))
            lines << text(line);
        html = lines.join(u"<br/>"_s);
    }
    QString attrs;
    if (rowSpan > 1)
        attrs += u" rowspan=\"%1\""_s.arg(rowSpan);
    if (colSpan > 1)
        attrs += u" colspan=\"%1\""_s.arg(colSpan);
    if (!width.isEmpty())
        attrs += u" width=\"%1\""_s.arg(width);
    return u"<td align=\"center\" valign=\"%1\"%2>%3</td>"_s.arg(top ? u"top"_s : u"middle"_s,
                                                                 attrs, html);
}

QString FormHtml::writing(const QString &valueText, int weight, int colSpan, int rowSpan,
                          const QString &width, const QString &lead) {
    QString attrs;
    if (rowSpan > 1)
        attrs += u" rowspan=\"%1\""_s.arg(rowSpan);
    if (colSpan > 1)
        attrs += u" colspan=\"%1\""_s.arg(colSpan);
    if (!width.isEmpty())
        attrs += u" width=\"%1\""_s.arg(width);
    QString html = valueText.isEmpty() ? u"&nbsp;"_s : text(valueText);
    if (!lead.isEmpty())
        html = valueText.isEmpty() ? lead : lead + u"<br/>"_s + html;
    return u"<td valign=\"top\"%1>%2</td>"_s.arg(attrs, PageFill::mark(html, weight));
}

QString FormHtml::tickBoxes(const QStringList &options, int chosen, qreal pointSize,
                            const QString &separator) {
    // The box's own size: how tall the font draws □ relative to its em, once per font.
    static QHash<QString, qreal> inkPerEm;
    const QString family = FormFonts::family(FormFonts::Role::Body);
    if (!inkPerEm.contains(family)) {
        const QFontMetricsF m(FormFonts::font(FormFonts::Role::Body, 72));
        const qreal em = m.horizontalAdvance(u'\u4e2d');
        inkPerEm.insert(family, em > 0 ? m.boundingRect(QChar(0x25A1)).height() / em : 1);
    }
    const qreal ratio = std::max<qreal>(0.05, inkPerEm.value(family));
    // 3.8 mm of ink: a pen's tick fits, with a little over GB's 3.5 mm to spare.
    const qreal boxPoints = std::clamp<qreal>(3.8 / (ratio * 25.4 / 72), pointSize, 4 * pointSize);
    QStringList parts;
    for (int i = 0; i < options.size(); ++i)
        parts << u"<span style=\"font-size:%1pt;\">%2</span>%3"_s.arg(boxPoints, 0, 'f', 1)
                     .arg(i == chosen ? u"■"_s : u"□"_s, text(options.at(i)));
    return parts.join(separator);
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

QString FormHtml::blankLine() {
    return paragraph(u"&nbsp;"_s, 16, false);
}

namespace {

// Width in half cells of the grid: Chinese characters and full-width punctuation take a cell,
// ASCII letters and digits half of one.
int halfCells(const QString &text) {
    int n = 0;
    for (QChar c : text)
        n += c.unicode() < 0x80 ? 1 : 2;
    return n;
}

QString leading(int halves) {
    halves = std::max(0, halves);
    return QString(halves / 2, QChar(0x3000)) + (halves % 2 ? QString(QChar(0x2002)) : QString());
}

} // namespace

QString FormHtml::signature(const QString &issuer, const QString &date) {
    constexpr int line = 2 * 28, two = 2 * 2;
    int signatureAt = line - two - halfCells(issuer);
    int dateAt = signatureAt + two;
    if (dateAt + halfCells(date) > line - two) {
        dateAt = line - two - halfCells(date);
        signatureAt = dateAt - two;
    }
    return paragraph(text(leading(signatureAt) + issuer), 16, false) +
           paragraph(text(leading(dateAt) + date), 16, false);
}

QString FormHtml::recordBlock(const QStringList &copiedTo, const QString &issuer,
                              const QString &printedOn) {
    // Rules in CSS pixels: 0.35 mm (thick) and 0.25 mm (thin) as GB/T 9704 7.4.1 recommends.
    const QString thick = u"1.3px solid #000000"_s, thin = u"1px solid #000000"_s;
    const QString font = FormHtml::font(FormFonts::Role::Body, 14);
    QString html = u"<table width=\"100%\" border=\"0\" cellspacing=\"0\" cellpadding=\"1\" "
                   "style=\"%1\"><tr>"_s.arg(font);
    const QString anchor = u"<a name=\"qqfoot\">"_s;
    // 右空一字: Qt drops trailing spaces when it aligns right, so an empty last column of one
    // 4号 character (4.94 mm of 156) holds the space. It spans every row, which also keeps
    // KeepTogether from cutting the 版记 in two: it moves on whole.
    const int rows = copiedTo.isEmpty() ? 1 : 2;
    const QString margin =
        u"<td width=\"3%\" rowspan=\"%1\" style=\"border-top:%2; border-bottom:%2;\"></td>"_s.arg(
            QString::number(rows), thick);
    if (!copiedTo.isEmpty())
        html += u"<td colspan=\"2\" style=\"border-top:%1; border-bottom:%2;\">%3\u3000抄送："
                "%4。</a></td>%5</tr><tr>"_s.arg(thick, thin, anchor, text(copiedTo.join(u"、"_s)),
                                                 margin);
    const QString top = copiedTo.isEmpty() ? thick : thin;
    const QString cell = u"style=\"border-top:%1; border-bottom:%2;\""_s.arg(top, thick);
    html += u"<td width=\"57%\" %1>%2\u3000%3%4</td><td width=\"40%\" align=\"right\" "
            "%1>%5印发</td>%6</tr></table>"_s.arg(
                cell, copiedTo.isEmpty() ? anchor : QString(), text(issuer),
                copiedTo.isEmpty() ? u"</a>"_s : QString(), text(printedOn),
                copiedTo.isEmpty() ? margin : QString());
    return html;
}
