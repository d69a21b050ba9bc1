#include "forms/BatchPrinter.h"

#include "forms/DocumentRenderer.h"

#include <QCoreApplication>

BatchPrinter::BatchPrinter(QObject *parent)
    : QObject(parent) {}

bool BatchPrinter::print(const QList<PrintableDocument> &docs, QPagedPaintDevice *device) {
    return run(docs, device, {});
}

bool BatchPrinter::writePdf(const QList<PrintableDocument> &docs, const QString &path) {
    return run(docs, nullptr, path);
}

bool BatchPrinter::run(const QList<PrintableDocument> &docs, QPagedPaintDevice *device,
                       const QString &pdfPath) {
    m_cancelled = false;
    DocumentRenderer renderer;
    const auto step = [this](int done, int total) {
        emit progress(done, total);
        QCoreApplication::processEvents();
        return !m_cancelled;
    };
    emit progress(0, int(docs.size()));
    const bool ok =
        device ? renderer.print(docs, device, step) : renderer.writePdf(docs, pdfPath, step);
    m_pages = renderer.pagesPrinted();
    m_error = renderer.errorString();
    return ok;
}
