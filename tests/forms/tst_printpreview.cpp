// The GUI's print helper: the preview names the substituted fonts, and batches export through
// the same renderer (with a progress dialog) as the CLI.
#include "FormPrinter.h"
#include "PrintPreview.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestPrintPreview : public QObject {
    Q_OBJECT

private slots:
    void previewNamesSubstitutedFonts();
    void writesBatchPdf();
};

void TestPrintPreview::previewNamesSubstitutedFonts() {
    const QList<PrintableDocument> docs = {{u"测试"_s, u"<p>附件1</p>"_s, {}}};
    std::unique_ptr<QPrintPreviewDialog> dialog(PrintPreview::create(docs, nullptr));
    QVERIFY(dialog->windowTitle().contains(u"测试"_s));
    auto *label = dialog->findChild<QLabel *>(u"fontSubstitutionNote"_s);
    const QString note = PrintPreview::substitutionNote();
    // This machine has no 仿宋_GB2312, so the preview must say what stands in for it.
    QVERIFY(!QFontDatabase::families().contains(u"仿宋_GB2312"_s) ? !note.isEmpty() : true);
    if (note.isEmpty()) {
        QVERIFY(!label);
    } else {
        QVERIFY(label);
        QCOMPARE(label->text(), note);
        QVERIFY(note.contains(u"→"_s));
    }
}

void TestPrintPreview::writesBatchPdf() {
    QTemporaryDir dir;
    QList<PrintableDocument> docs;
    for (int i = 1; i <= 5; ++i)
        docs << PrintableDocument{u"单%1"_s.arg(i), u"<p>第%1份交办单</p>"_s.arg(i), {}};
    const QString path = dir.filePath(u"batch.pdf"_s);
    QVERIFY(PrintPreview::writePdf(docs, path, nullptr, true));
    QProcess p;
    p.start(u"pdftotext"_s, {u"-raw"_s, path, u"-"_s});
    QVERIFY(p.waitForFinished());
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    for (int i = 1; i <= 5; ++i)
        QVERIFY(text.contains(u"第%1份交办单"_s.arg(i)));
    QCOMPARE(text.count(u'\f'), 5); // one page each
}

QTEST_MAIN(TestPrintPreview)
#include "tst_printpreview.moc"
