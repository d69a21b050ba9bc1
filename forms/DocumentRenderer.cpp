#include "forms/DocumentRenderer.h"

#include "forms/FormFonts.h"
#include "forms/KeepTogether.h"
#include "forms/OdtStyles.h"
#include "forms/PageFill.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QFontMetricsF>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextFragment>
#include <QTextFrame>
#include <QTextLayout>

using namespace Qt::StringLiterals;

namespace {

QPageLayout pageLayoutFor(const PrintableDocument &doc) {
    QPageLayout layout(QPageSize(QPageSize::A4), doc.orientation(), QMarginsF(),
                       QPageLayout::Millimeter);
    layout.setMode(QPageLayout::FullPageMode);
    return layout;
}

void applyLayout(QPagedPaintDevice *device, const PrintableDocument &doc) {
    // Printers keep their own minimum margins; full-page mode puts the origin at the paper's
    // corner so that our margins are measured from the edge as GB/T 9704 measures them.
    if (auto *printer = dynamic_cast<QPrinter *>(device))
        printer->setFullPage(true);
    device->setPageLayout(pageLayoutFor(doc));
}

void drawPageNumber(QPainter &painter, QPaintDevice *device, const QRectF &body, int number,
                    qreal dotsPerMm) {
    // GB/T 9704 7.5: 4号 half-width numerals between em dashes, 7 mm below the text block;
    // odd pages to the right, even pages to the left, each one character in.
    QFont font(FormFonts::font(FormFonts::Role::PageNumber, 14), device);
    painter.setFont(font);
    painter.setPen(Qt::black);
    const qreal inset = 14.0 / 72.0 * 25.4 * dotsPerMm;
    const QRectF box(body.left() + inset, body.bottom() + 7 * dotsPerMm, body.width() - 2 * inset,
                     10 * dotsPerMm);
    const Qt::Alignment align = (number % 2 ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop;
    painter.drawText(box, align, u"— %1 —"_s.arg(number));
}

// Qt's QTextLayout::draw also paints the last line above its clip, so a paragraph running
// over a page break would put that line's text (invisible, clipped) at the top of the next
// page's PDF text, and search and copy would find it twice. Splitting such paragraphs where
// the page breaks leaves every block on one page, which the layout culls exactly. Lines keep
// their places: the split happens at a line start and the continuation gets no indent.
void splitBlocksAtPageBreaks(QTextDocument *doc) {
    const qreal pageHeight = doc->pageSize().height();
    auto *layout = doc->documentLayout();
    // Every split one layout calls for is made in one edit block (one relayout), the last
    // first so that the earlier positions stay valid: each edit inside a table lays the whole
    // table out again, and a printed list of a few hundred rows took minutes split by split.
    // The next pass checks the new layout and is normally empty.
    bool split = false;
    for (int pass = 0; pass < 8; ++pass) {
        QList<int> starts; // positions of lines that begin a new page inside a paragraph
        for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
            const QTextLayout *lines = block.layout();
            if (!lines || lines->lineCount() < 2)
                continue;
            const qreal top = layout->blockBoundingRect(block).top();
            int page = int((top + lines->lineAt(0).y() + 1) / pageHeight);
            for (int i = 1; i < lines->lineCount(); ++i) {
                const int linePage = int((top + lines->lineAt(i).y() + 1) / pageHeight);
                if (linePage != page)
                    starts << block.position() + lines->lineAt(i).textStart();
                page = linePage;
            }
        }
        if (starts.isEmpty())
            break;
        split = true;
        QTextCursor cursor(doc);
        cursor.beginEditBlock();
        for (auto it = starts.crbegin(); it != starts.crend(); ++it) {
            const int at = *it;
            cursor.setPosition(at);
            // After a <br/> the break becomes the paragraph break; keeping the separator
            // would leave an empty line at the end of the first half, to be split forever.
            if (doc->characterAt(at - 1) == QChar::LineSeparator) {
                cursor.setPosition(at - 1);
                cursor.deleteChar();
            }
            cursor.insertBlock();
            QTextBlockFormat format = cursor.blockFormat();
            format.setTextIndent(0);
            format.setTopMargin(0);
            cursor.setBlockFormat(format);
        }
        cursor.endEditBlock();
    }
    // The incremental relayout after the edits can leave the document's height stale (pages
    // at the end went missing); a page-size change forces a full layout. Without edits the
    // layout is whole already: two more layouts of every page of a long list cost seconds.
    if (!split)
        return;
    const QSizeF size = doc->pageSize();
    doc->setPageSize(QSizeF(size.width(), size.height() + 1));
    doc->setPageSize(size);
}

// GB/T 9704-2012 5.2.2: a page of 22 lines of 28 characters of 3号 text in the 156 × 225 mm
// block. A 3号 (16 pt) character is 5.64 mm wide, so 28 of them need 158 mm: each character
// cell is narrowed to 156/28 mm by a small negative letter spacing, as word processors do with
// their document grid; and every line of the body (the blocks FormHtml::paragraph makes, marked
// by their 150 % line height) gets a fixed pitch of 225/22 mm, whatever the font's own height.
void applyDocumentGrid(QTextDocument *doc, QPaintDevice *device) {
    // Qt takes both lengths in pixels at 96 dpi and scales them to the device itself.
    const QSizeF body = doc->pageSize();
    const qreal scaleY = device->logicalDpiY() / 96.0;
    const qreal scaleX = device->logicalDpiX() / 96.0;
    const qreal pitch = (body.height() / 22 - 0.5) / scaleY;
    const qreal cell = body.width() / 28 - 0.5;
    QTextCursor cursor(doc);
    cursor.beginEditBlock();
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat format = block.blockFormat();
        if (format.lineHeightType() != QTextBlockFormat::ProportionalHeight)
            continue;
        format.setLineHeight(pitch, QTextBlockFormat::FixedHeight);
        cursor.setPosition(block.position());
        cursor.setBlockFormat(format);
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            QTextCharFormat chars = fragment.charFormat();
            if (qAbs(chars.font().pointSizeF() - 16) > 0.1)
                continue; // only 3号 text sits on the grid
            const qreal advance = QFontMetricsF(chars.font(), device).horizontalAdvance(u'\u4e2d');
            chars.setFontLetterSpacingType(QFont::AbsoluteSpacing);
            chars.setFontLetterSpacing((cell - advance) / scaleX);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(chars);
        }
    }
    cursor.endEditBlock();
}

// The .odt is edited on the clerk's machine, where the official fonts usually are: each run
// names the last family of its list (FormHtml::font puts the official one there), runs
// without a family the body's. Qt 6.4's writer writes "Sans" unless the old FontFamily
// property is set too.
void nameOfficialFonts(QTextDocument *doc) {
    const QString body = FormFonts::preferredFamily(FormFonts::Role::Body);
    const auto official = [&body](QTextCharFormat chars) {
        const QStringList families = chars.fontFamilies().toStringList();
        const QString family = families.isEmpty() ? body : families.constLast();
        chars.setProperty(QTextFormat::OldFontFamily, family); // what Qt 6.4 reads
        chars.setFontFamilies({family});
        return chars;
    };
    QTextCursor cursor(doc);
    cursor.beginEditBlock();
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        cursor.setPosition(block.position());
        cursor.setBlockCharFormat(official(block.charFormat()));
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(official(fragment.charFormat()));
        }
    }
    cursor.endEditBlock();
}

} // namespace

std::unique_ptr<QTextDocument> DocumentRenderer::layout(const PrintableDocument &doc,
                                                        QPaintDevice *device,
                                                        const QSizeF &bodySize,
                                                        bool splitAtPageBreaks) {
    auto text = std::make_unique<QTextDocument>();
    text->documentLayout()->setPaintDevice(device);
    text->setDefaultFont(FormFonts::font(FormFonts::Role::Body, 14));
    text->setDocumentMargin(0);
    text->setPageSize(bodySize);
    text->setHtml(doc.html);
    if (doc.layout == PrintableDocument::Layout::Official)
        applyDocumentGrid(text.get(), device);
    if (doc.layout == PrintableDocument::Layout::Form && bodySize.height() > 0)
        PageFill::apply(text.get(), doc.oneSheet);
    if (splitAtPageBreaks) {
        KeepTogether::apply(text.get());
        splitBlocksAtPageBreaks(text.get());
        PageFill::toFoot(text.get());
    }
    return text;
}

DocumentRenderer::DocumentRenderer() = default;
DocumentRenderer::~DocumentRenderer() = default;

bool DocumentRenderer::print(const QList<PrintableDocument> &docs, QPagedPaintDevice *device,
                             const Progress &progress) {
    if (docs.isEmpty()) {
        m_pages = 0;
        m_cancelled = false;
        m_error = tr("There is nothing to print.");
        return false;
    }
    if (!begin(device, docs.first()))
        return false;
    for (int k = 0; k < docs.size(); ++k) {
        add(docs.at(k));
        if (progress && !progress(k + 1, int(docs.size()))) {
            m_cancelled = true;
            m_error =
                tr("Printing was cancelled after %1 of %2 documents.").arg(k + 1).arg(docs.size());
            end();
            return false;
        }
    }
    return end();
}

bool DocumentRenderer::begin(QPagedPaintDevice *device, const PrintableDocument &first) {
    m_pages = 0;
    m_docs = 0;
    m_pageNumber = 0;
    m_cancelled = false;
    m_error.clear();
    m_device = device;
    applyLayout(device, first);
    m_painter = std::make_unique<QPainter>();
    if (!m_painter->begin(device)) {
        m_painter.reset();
        m_error = tr("Cannot start printing (the printer or file refused).");
        return false;
    }
    return true;
}

bool DocumentRenderer::add(const PrintableDocument &doc, bool continuePageNumbers) {
    if (!m_painter)
        return false;
    QPagedPaintDevice *device = m_device;
    QPainter &painter = *m_painter;
    if (m_docs++ > 0) {
        applyLayout(device, doc);
        device->newPage();
    }
    if (!continuePageNumbers)
        m_pageNumber = 0;
    const qreal dotsPerMm = device->logicalDpiY() / 25.4;
    const QSizeF paper = QPageSize(QPageSize::A4).size(QPageSize::Millimeter);
    const QSizeF paperMm = doc.orientation() == QPageLayout::Landscape ? paper.transposed() : paper;
    const QMarginsF m = doc.marginsMm();
    const QRectF body(m.left() * dotsPerMm, m.top() * dotsPerMm,
                      (paperMm.width() - m.left() - m.right()) * dotsPerMm,
                      (paperMm.height() - m.top() - m.bottom()) * dotsPerMm);
    const auto text = layout(doc, device, body.size());
    const int pages = text->pageCount();
    for (int p = 0; p < pages; ++p) {
        if (p > 0)
            device->newPage();
        painter.save();
        painter.translate(body.left(), body.top() - p * body.height());
        QAbstractTextDocumentLayout::PaintContext ctx;
        // Lines touching the page's edges exactly belong to the neighbouring page; the
        // layout only skips lines wholly outside the clip, and a clipped line would still
        // be in the PDF's text (extracted twice), so keep the clip one dot inside.
        ctx.clip = QRectF(0, p * body.height() + 1, body.width(), body.height() - 2);
        ctx.palette.setColor(QPalette::Text, Qt::black);
        painter.setClipRect(ctx.clip);
        text->documentLayout()->draw(&painter, ctx);
        painter.restore();
        ++m_pageNumber;
        if (doc.pageNumbers())
            drawPageNumber(painter, device, body, m_pageNumber, dotsPerMm);
        ++m_pages;
    }
    return true;
}

bool DocumentRenderer::end() {
    if (!m_painter)
        return false;
    const bool ok = m_painter->end();
    m_painter.reset();
    m_device = nullptr;
    if (!ok && m_error.isEmpty())
        m_error = tr("Cannot finish the printout (the printer or file refused).");
    return ok && !m_cancelled;
}

bool DocumentRenderer::writePdf(const QList<PrintableDocument> &docs, const QString &path,
                                const Progress &progress) {
    QPdfWriter writer(path);
    writer.setResolution(600);
    writer.setCreator(u"Qinqing"_s);
    if (!docs.isEmpty())
        writer.setTitle(docs.first().name);
    const bool ok = print(docs, &writer, progress);
    if (!ok && m_error.isEmpty())
        m_error = tr("Cannot write the PDF file %1.").arg(path);
    return ok;
}

bool DocumentRenderer::writeOdt(const PrintableDocument &doc, const QString &path) {
    QTextDocument text;
    text.setDefaultFont(FormFonts::font(FormFonts::Role::Body, 14));
    text.setHtml(doc.html);
    nameOfficialFonts(&text);
    QTextDocumentWriter writer(path, "odf");
    if (!writer.write(&text)) {
        m_error = tr("Cannot write the OpenDocument file %1: %2")
                      .arg(path, writer.device() ? writer.device()->errorString() : QString());
        return false;
    }
    return OdtStyles::apply(path, doc, &m_error, OdtTables::describe(text));
}

QStringList DocumentRenderer::fontSubstitutions() {
    QStringList list;
    for (FormFonts::Role role : FormFonts::allRoles()) {
        const QString s = FormFonts::substitution(role);
        if (!s.isEmpty() && !list.contains(s))
            list << s;
    }
    return list;
}
