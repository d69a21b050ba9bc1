#pragma once

#include "forms/FormFonts.h"

#include <QString>
#include <QStringList>

// The HTML pieces the documents are built from. Every value from the database goes through
// text(), which escapes it (a 诉求 may well contain "<" or "&") and keeps its line breaks.
// Lengths are in CSS pixels at 96 dpi; QTextDocument scales them to the printer.
class FormHtml {
public:
    static QString text(const QString &value);
    static QString font(FormFonts::Role role, qreal pointSize);

    static QString attachmentLabel(const QString &label); // 附件1, 黑体, top left
    // The title centred, in lines broken where ChineseFormat::titleLines says: `words` (from
    // ChineseFormat::titleWords or built by the document) stay whole where a line holds them.
    // `lineMm`: the text block's width (156 mm portrait, 257 mm for the landscape lists).
    static QString title(const QStringList &words, qreal pointSize = 22, qreal lineMm = 156);
    // The lines title() prints.
    static QStringList titleLines(const QStringList &words, qreal pointSize = 22,
                                  qreal lineMm = 156);
    static QString rightLine(const QString &text, qreal pointSize = 14);
    static QString paragraph(const QString &html, qreal pointSize = 16, bool indent = true,
                             const QString &align = {});

    static QString tableStart(qreal pointSize = 14);
    static QString tableEnd() { return QStringLiteral("</table>"); }
    // A label cell: centred, never escaped twice (labels are constants). With a width in per
    // cent of the text block, a label too long for its column breaks into even lines
    // (联系人/及电话, 统一社会/信用代码), never leaving one character alone (企业负责/人).
    static QString label(const QString &text, int rowSpan = 1, int colSpan = 1,
                         const QString &width = {}, bool top = false, qreal pointSize = 14);
    // The lines a label of `pointSize` breaks into in a column `widthMm` wide (cell padding
    // included), measured in the font it prints in.
    static QStringList labelLines(const QString &text, qreal widthMm, qreal pointSize = 14);
    // Whether a value is so long that its label should sit at the top of the cell rather than
    // in the middle of a cell running over several pages.
    static bool isLong(const QString &value, int charsPerLine = 26);
    // A value cell holding `value` (escaped), at least `minLines` lines tall so that the blank
    // form leaves room to write by hand.
    static QString value(const QString &value, int colSpan = 1, int minLines = 1,
                         int charsPerLine = 26, int rowSpan = 1, const QString &width = {});
    // A writing cell (困难问题, 反馈情况 …): `value` at the top, the cell taking `weight` shares
    // of the page's free space (PageFill) so that the form fills its sheet.
    // `lead`: HTML above the value (the tick boxes of 总体评价意见).
    static QString writing(const QString &value, int weight, int colSpan = 1, int rowSpan = 1,
                           const QString &width = {}, const QString &lead = {});
    // Tick boxes for handwriting: "□满意　■基本满意　□不满意", each box at least 3.5 mm tall
    // whatever the font draws (WenQuanYi's □ is about 1 mm); `chosen` -1 for none.
    static QString tickBoxes(const QStringList &options, int chosen, qreal pointSize = 14,
                             const QString &separator = QStringLiteral("\u3000"));
    // The 注：1. … lines under a table.
    static QString footnotes(const QStringList &lines, qreal pointSize = 12);
    static QString pageBreak();
    // An empty line of the 22-line grid (GB/T 9704: 空一行).
    static QString blankLine();
    // GB/T 9704-2012 7.3.5.2, a document without a seal: the issuing office 右空二字, the date on
    // the next line, its first character two to the right of the office's first; a date longer
    // than the office's name stands 右空二字 and the office moves left to keep the two apart.
    // Positions are counted on the 28-character grid (Arabic digits take half a cell).
    static QString signature(const QString &issuer, const QString &date);
    // The 版记 (GB/T 9704 7.4) at the foot of the last page: 抄送 (when `copiedTo` is not
    // empty), then the issuing office 左空一字 and "date印发" 右空一字, between a thick rule above
    // and below and thin ones between, in 4号. PageFill::toFoot() moves it down to the foot.
    static QString recordBlock(const QStringList &copiedTo, const QString &issuer,
                               const QString &printedOn);
};
