#pragma once

#include "forms/PrintableDocument.h"

#include <QCoreApplication>
#include <QList>
#include <functional>
#include <memory>

class QPagedPaintDevice;
class QPainter;
class QPaintDevice;
class QTextDocument;

// Lays documents out on A4 and paints them page by page on a printer or PDF writer, so that
// preview, print and PDF export are the same pixels. Paginates itself (rather than
// QTextDocument::print) to keep GB/T 9704's margins and its "— 1 —" page numbers. Long table
// cells flow on to the next page: QTextDocument moves whole lines past page boundaries and
// each page is drawn clipped to its text block.
class DocumentRenderer {
    Q_DECLARE_TR_FUNCTIONS(DocumentRenderer)

public:
    // Called after each document; return false to cancel the rest.
    using Progress = std::function<bool(int done, int total)>;

    DocumentRenderer();
    ~DocumentRenderer();

    // Paints `docs` one after another, each starting on a new page. False on failure or
    // cancel (errorString() says which).
    bool print(const QList<PrintableDocument> &docs, QPagedPaintDevice *device,
               const Progress &progress = {});
    bool writePdf(const QList<PrintableDocument> &docs, const QString &path,
                  const Progress &progress = {});

    // The same one document at a time, for a list too long to lay out at once: begin(), then
    // add() for each piece (each starts on a new page; with `continuePageNumbers` its pages
    // are numbered on from the last), then end(). Each piece is laid out, painted and freed
    // before the next, so memory does not grow with the list.
    bool begin(QPagedPaintDevice *device, const PrintableDocument &first);
    bool add(const PrintableDocument &doc, bool continuePageNumbers = false);
    bool end();
    // OpenDocument text for editing in WPS or Word (layout is the word processor's).
    bool writeOdt(const PrintableDocument &doc, const QString &path);

    int pagesPrinted() const { return m_pages; }
    bool wasCancelled() const { return m_cancelled; }
    QString errorString() const { return m_error; }

    // The document laid out on a body of `bodySize` device pixels of `device`; with
    // `splitAtPageBreaks` its paragraphs are split where pages break (as printed).
    static std::unique_ptr<QTextDocument> layout(const PrintableDocument &doc, QPaintDevice *device,
                                                 const QSizeF &bodySize,
                                                 bool splitAtPageBreaks = true);
    // "仿宋 → WenQuanYi Micro Hei" for every role whose preferred font is missing.
    static QStringList fontSubstitutions();

private:
    QPagedPaintDevice *m_device = nullptr;
    std::unique_ptr<QPainter> m_painter;
    int m_docs = 0;       // documents added since begin()
    int m_pageNumber = 0; // the number printed on the last page
    int m_pages = 0;
    bool m_cancelled = false;
    QString m_error;
};
