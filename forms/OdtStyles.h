#pragma once

#include "forms/OdtTables.h"
#include "forms/PrintableDocument.h"

#include <QByteArray>
#include <QCoreApplication>

// What Qt's ODF writer (QTextDocumentWriter "odf") leaves out of an .odt. It writes content.xml
// only: no page size, no margins, no footer, so WPS and Word opened the minutes on their
// default page without page numbers; and its fonts and sizes only for Latin text, so Writer
// showed the Chinese in its default font and size. OdtStyles adds a styles.xml with the
// document's page — A4, the GB/T 9704 margins (text block 156 × 225 mm at 37 mm from the top,
// 28 mm from the left), its 22-line grid and, for official documents, the "— N —" footer 7 mm
// under the block (odd pages right, even pages left, one character in) — lists it in the
// manifest, gives every text style its Asian (and complex-script) font, size and weight, and
// narrows 3号 text to 28 characters a line. libzip edits the archive in place, so "mimetype"
// stays its first, uncompressed entry as ODF requires.
class OdtStyles {
    Q_DECLARE_TR_FUNCTIONS(OdtStyles)

public:
    static QByteArray stylesXml(const PrintableDocument &doc);
    // content.xml with style:font-family-asian etc. beside each fo:font-family, fo:font-size
    // and fo:font-weight.
    static QByteArray withAsianFonts(QByteArray contentXml);
    // content.xml with the 3号 text narrowed to 28 characters a line (official documents).
    static QByteArray onDocumentGrid(QByteArray contentXml);
    // content.xml with the titles (and the 版头) off the 22-line grid, where Writer gave each of
    // their lines two grid lines (the title's second line 20 mm under its first), and the
    // 一、 headings (all in 黑体) kept with the paragraph after them, as the PDF keeps them
    // (KeepTogether): Writer left 二、 and 五、 alone at a page's foot.
    static QByteArray headingsAndTitles(QByteArray contentXml);
    // False (and `error`) when the file is not a zip archive or cannot be rewritten. `tables`:
    // what the document's tables need that Qt's writer leaves out (OdtTables).
    static bool apply(const QString &odtPath, const PrintableDocument &doc, QString *error,
                      const QList<OdtTables::Table> &tables = {});
};
