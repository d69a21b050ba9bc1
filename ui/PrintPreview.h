#pragma once

#include "forms/PrintableDocument.h"

#include <QCoreApplication>
#include <QList>

class QPagedPaintDevice;
class QPrintPreviewDialog;
class QWidget;

// The GUI's one way to show and print official documents: QPrintPreviewDialog over
// DocumentRenderer's pages (so preview, paper and PDF match), a note naming the fonts that
// stand in for missing ones (仿宋_GB2312 …), and a cancellable progress dialog for batches.
//
//     PrintPreview::show(FormPrinter(db).documents(request), this);
class PrintPreview {
    Q_DECLARE_TR_FUNCTIONS(PrintPreview)

public:
    // What the preview's toolbar offers besides printing: nothing more, or a "Save as…" that
    // writes PDF (and ODT for documents worth editing in WPS or Word).
    enum class Save { None, Pdf, PdfOrOdt };

    // Opens the preview modally; returns QDialog::Accepted when the user printed.
    static int show(const QList<PrintableDocument> &docs, QWidget *parent, Save save = Save::None);
    // The dialog, ready to exec() (for callers that add buttons, and for tests).
    static QPrintPreviewDialog *create(const QList<PrintableDocument> &docs, QWidget *parent,
                                       Save save = Save::None);

    // Asks for a file name and writes the PDF (or ODT when `odt` and the user picks .odt).
    static bool exportFile(const QList<PrintableDocument> &docs, QWidget *parent,
                           bool odtAllowed = false);
    // Writes a PDF with a progress dialog the user can cancel; shows errors in a message box
    // unless `quiet`. False when cancelled or failed.
    static bool writePdf(const QList<PrintableDocument> &docs, const QString &path, QWidget *parent,
                         bool quiet = false);
    // Paints on a printer (or the preview's printer) with the same progress dialog.
    static bool paint(const QList<PrintableDocument> &docs, QPagedPaintDevice *device,
                      QWidget *parent);

    // "Fonts substituted: 仿宋 → WenQuanYi Micro Hei; …", empty when all are installed.
    static QString substitutionNote();
};
