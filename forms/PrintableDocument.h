#pragma once

#include <QMarginsF>
#include <QPageLayout>
#include <QString>

// One document ready to print: its HTML and how it sits on the paper. Everything is A4.
struct PrintableDocument {
    enum class Layout {
        Form,     // the attachment forms: portrait, GB/T 9704 margins, no page numbers
        Official, // 纪要, 通告, 处理意见: GB/T 9704 margins and "— 1 —" page numbers
        Landscape // the problem list for leaders
    };

    QString name; // e.g. 议题办理情况表-12, used for file names and the preview's title
    QString html;
    Layout layout = Layout::Form;
    // A form that must stay on one sheet however long its texts (the 交办单, one per item):
    // its writing cells' text is set smaller rather than run on to a second page (PageFill).
    bool oneSheet = false;

    // GB/T 9704-2012: top 37 mm, left 28 mm, text block 156 × 225 mm on 210 × 297 mm.
    QMarginsF marginsMm() const {
        if (layout == Layout::Landscape)
            return {20.0, 20.0, 20.0, 22.0};
        return {28.0, 37.0, 26.0, 35.0};
    }
    QPageLayout::Orientation orientation() const {
        return layout == Layout::Landscape ? QPageLayout::Landscape : QPageLayout::Portrait;
    }
    bool pageNumbers() const { return layout != Layout::Form; }
};
