#pragma once

#include <QString>

class QTextDocument;

// A paper form is one sheet whose writing cells (困难问题, 议题主要内容, 办理结果, 反馈情况 …)
// share the page: laid out at their natural height the blank forms used 55–65 % of the page
// and left 21 mm to write a 反馈情况 by hand. After the document is laid out on its page, the
// free space under the form is shared among the cells marked with mark(), in
// proportion to their weights, as padding under their text. A form that runs over its page is
// left to flow (a 5,000-character 困难问题 on 附件1 needs its pages), unless it must stay on one
// sheet (the 交办单, one per item): then the text of its writing cells, and failing that of the
// whole table, is set smaller until it fits.
class PageFill {
public:
    // A writing cell's content marked with its share: wrapped in a named anchor, which the
    // HTML import keeps on the text (an empty cell holds &nbsp;).
    static QString mark(const QString &cellHtml, int weight);
    // `doc` laid out with its page size set (the text block). Returns the space added (in the
    // document's units), negative when text had to shrink.
    static qreal apply(QTextDocument *doc, bool onePage);
    // Moves the 版记 (FormHtml::recordBlock) down to the foot of the page it ends on (GB/T 9704
    // 7.4: 版记 at the foot of the last page). False when the document has none.
    static bool toFoot(QTextDocument *doc);
};
