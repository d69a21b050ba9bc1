#include "ui/PrintPreview.h"

#include "core/export/ExportFolders.h"
#include "core/export/PartFile.h"
#include "forms/BatchPrinter.h"
#include "forms/DocumentFile.h"
#include "forms/DocumentRenderer.h"
#include "ui/SavedFileNotice.h"

#include <QBoxLayout>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QScreen>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace {

// Batches of more than this many documents get a progress dialog.
constexpr int progressThreshold = 3;

bool runBatch(const QList<PrintableDocument> &docs, QPagedPaintDevice *device, const QString &path,
              QWidget *parent, QString *error) {
    BatchPrinter batch;
    std::unique_ptr<QProgressDialog> progress;
    if (docs.size() > progressThreshold) {
        progress = std::make_unique<QProgressDialog>(
            PrintPreview::tr("Printing %n document(s)…", nullptr, int(docs.size())),
            PrintPreview::tr("Cancel"), 0, int(docs.size()), parent);
        progress->setWindowModality(Qt::WindowModal);
        progress->setMinimumDuration(300);
        QObject::connect(&batch, &BatchPrinter::progress, progress.get(),
                         &QProgressDialog::setValue);
        QObject::connect(progress.get(), &QProgressDialog::canceled, &batch, &BatchPrinter::cancel);
    }
    const bool ok = device ? batch.print(docs, device) : batch.writePdf(docs, path);
    if (!ok && error)
        *error = batch.errorString();
    return ok;
}

} // namespace

QString PrintPreview::substitutionNote() {
    const QStringList subs = DocumentRenderer::fontSubstitutions();
    if (subs.isEmpty())
        return {};
    return tr("Fonts substituted (the official fonts are not installed): %1")
        .arg(subs.join(u"; "_s));
}

QPrintPreviewDialog *PrintPreview::create(const QList<PrintableDocument> &docs, QWidget *parent,
                                          Save save) {
    // The dialog does not own a printer it is given; the paint connection below keeps it
    // alive exactly as long as the dialog.
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setPageSize(QPageSize(QPageSize::A4));
    if (!docs.isEmpty())
        printer->setDocName(docs.first().name);
    auto *dialog = new QPrintPreviewDialog(printer.get(), parent);
    dialog->setWindowTitle(docs.isEmpty() ? tr("Print preview")
                                          : tr("Print preview – %1").arg(docs.first().name));
    QObject::connect(dialog, &QPrintPreviewDialog::paintRequested, dialog,
                     [docs, dialog, printer](QPrinter *p) { paint(docs, p, dialog); });
    const QString note = substitutionNote();
    if (!note.isEmpty()) {
        auto *label = new QLabel(note, dialog);
        label->setObjectName(u"fontSubstitutionNote"_s);
        label->setWordWrap(true);
        label->setStyleSheet(u"background: #fff4d6; padding: 4px;"_s);
        // At the top, where it is seen before printing (at the bottom it fell below the
        // screen's edge of a tall preview). Qt's toolbar and pages are one inner main window.
        if (auto *box = qobject_cast<QBoxLayout *>(dialog->layout()))
            box->insertWidget(0, label);
    }
    if (save != Save::None) {
        if (auto *toolbar = dialog->findChild<QToolBar *>()) {
            toolbar->addSeparator();
            QAction *action = toolbar->addAction(save == Save::PdfOrOdt ? tr("Save as PDF or ODT…")
                                                                        : tr("Save as PDF…"));
            action->setObjectName(u"saveAsFile"_s);
            QObject::connect(action, &QAction::triggered, dialog, [docs, dialog, save] {
                exportFile(docs, dialog, save == Save::PdfOrOdt);
            });
        }
    }
    // An A4 page at a readable size, but never taller than the screen (1366 × 768 laptops).
    QSize size(900, 1000);
    if (const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size() - QSize(40, 60));
    dialog->resize(size);
    return dialog;
}

int PrintPreview::show(const QList<PrintableDocument> &docs, QWidget *parent, Save save) {
    std::unique_ptr<QPrintPreviewDialog> dialog(create(docs, parent, save));
    return dialog->exec();
}

bool PrintPreview::paint(const QList<PrintableDocument> &docs, QPagedPaintDevice *device,
                         QWidget *parent) {
    QString error;
    const bool ok = runBatch(docs, device, {}, parent, &error);
    if (!ok && !error.isEmpty())
        QMessageBox::warning(parent, tr("Print"), error);
    return ok;
}

bool PrintPreview::writePdf(const QList<PrintableDocument> &docs, const QString &path,
                            QWidget *parent, bool quiet) {
    // Written out of sight and given its name when complete (PartFile): a cancelled batch
    // leaves no half file behind, never spoils an older file of the same name, and the file
    // gets the user's usual permissions (a temporary file's 0600 kept the office out).
    PartFile part(path);
    QString error;
    bool ok = part.open(&error) && runBatch(docs, nullptr, part.writePath(), parent, &error) &&
              part.commit(&error);
    if (!ok && !quiet)
        QMessageBox::warning(parent, tr("Export"), error);
    return ok;
}

bool PrintPreview::exportFile(const QList<PrintableDocument> &docs, QWidget *parent,
                              bool odtAllowed) {
    if (docs.isEmpty())
        return false;
    QString filter = tr("PDF (*.pdf)");
    if (odtAllowed)
        filter += u";;"_s + tr("OpenDocument text for WPS or Word (*.odt)");
    const QString name = docs.first().name + u".pdf"_s;
    const QString folder = ExportFolders::last();
    QString path =
        QFileDialog::getSaveFileName(parent, tr("Export %1").arg(docs.first().name),
                                     folder.isEmpty() ? name : folder + u'/' + name, filter);
    if (path.isEmpty())
        return false;
    ExportFolders::remember(path);
    if (odtAllowed && path.endsWith(u".odt"_s, Qt::CaseInsensitive)) {
        DocumentRenderer renderer;
        QString error;
        if (!DocumentFile::write(renderer, docs, path, &error)) {
            QMessageBox::warning(parent, tr("Export"), error);
            return false;
        }
        SavedFileNotice::show(parent, path);
        return true;
    }
    if (!path.endsWith(u".pdf"_s, Qt::CaseInsensitive))
        path += u".pdf"_s;
    if (!writePdf(docs, path, parent))
        return false;
    SavedFileNotice::show(parent, path);
    return true;
}
