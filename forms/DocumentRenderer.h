#pragma once

#include "forms/PrintableDocument.h"

#include <QCoreApplication>
#include <QList>
#include <functional>
#include <memory>

class QPagedPaintDevice;
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

    // Paints `docs` one after another, each starting on a new page. False on failure or
    // cancel (errorString() says which).
    bool print(const QList<PrintableDocument> &docs, QPagedPaintDevice *device,
               const Progress &progress = {});
    bool writePdf(const QList<PrintableDocument> &docs, const QString &path,
                  const Progress &progress = {});
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
    int m_pages = 0;
    bool m_cancelled = false;
    QString m_error;
};
