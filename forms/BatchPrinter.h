#pragma once

#include "forms/PrintableDocument.h"

#include <QObject>

class QPagedPaintDevice;

// Prints many documents into one output (e.g. every assignment sheet of a meeting, each on its
// own pages and grouped by lead department) with progress the GUI can show and cancel.
// Runs in the caller's thread and lets events through between documents, so a progress
// dialog's Cancel button works without threads touching fonts or the paint device.
class BatchPrinter : public QObject {
    Q_OBJECT

public:
    explicit BatchPrinter(QObject *parent = nullptr);

    bool print(const QList<PrintableDocument> &docs, QPagedPaintDevice *device);
    bool writePdf(const QList<PrintableDocument> &docs, const QString &path);

    bool wasCancelled() const { return m_cancelled; }
    int pagesPrinted() const { return m_pages; }
    QString errorString() const { return m_error; }

public slots:
    void cancel() { m_cancelled = true; }

signals:
    void progress(int done, int total);

private:
    bool run(const QList<PrintableDocument> &docs, QPagedPaintDevice *device,
             const QString &pdfPath);

    bool m_cancelled = false;
    int m_pages = 0;
    QString m_error;
};
