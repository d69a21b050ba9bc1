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
    // A label cell: centred, never escaped twice (labels are constants).
    static QString label(const QString &text, int rowSpan = 1, int colSpan = 1,
                         const QString &width = {}, bool top = false);
    // Whether a value is so long that its label should sit at the top of the cell rather than
    // in the middle of a cell running over several pages.
    static bool isLong(const QString &value, int charsPerLine = 26);
    // A value cell holding `value` (escaped), at least `minLines` lines tall so that the blank
    // form leaves room to write by hand.
    static QString value(const QString &value, int colSpan = 1, int minLines = 1,
                         int charsPerLine = 26, int rowSpan = 1, const QString &width = {});
    // The 注：1. … lines under a table.
    static QString footnotes(const QStringList &lines, qreal pointSize = 12);
    static QString pageBreak();
};
