// The GUI's print helper: the preview names the substituted fonts, and batches export through
// the same renderer (with a progress dialog) as the CLI.
#include "forms/FormPrinter.h"
#include "ui/PrintPreview.h"

#include <QApplication>
#include <QBoxLayout>
#include <QDir>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QScreen>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestPrintPreview : public QObject {
    Q_OBJECT

private slots:
    void previewNamesSubstitutedFonts();
    void writesBatchPdf();
    void cancelledBatchLeavesTheOldFile();
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
        // At the top, so that it is on screen however tall the preview.
        auto *box = qobject_cast<QBoxLayout *>(dialog->layout());
        QVERIFY(box);
        QCOMPARE(box->indexOf(label), 0);
    }
    // Never taller than the screen (the offscreen screen is 800 × 600).
    QVERIFY(dialog->height() <= QGuiApplication::primaryScreen()->availableGeometry().height());
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

void TestPrintPreview::cancelledBatchLeavesTheOldFile() {
    // A meeting's 300 sheets, cancelled from the progress dialog soon after they start.
    QTemporaryDir dir;
    QList<PrintableDocument> docs;
    for (int i = 1; i <= 300; ++i)
        docs << PrintableDocument{u"单%1"_s.arg(i), u"<p>第%1份办理情况表</p>"_s.arg(i), {}};
    const QString path = dir.filePath(u"sheets.pdf"_s);
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("the sheets printed last week");
    old.close();
    bool found = false;
    QTimer::singleShot(0, [&found] { // at the first document's progress
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *progress = qobject_cast<QProgressDialog *>(w)) {
                // As the clerk does: the dialog's Cancel button.
                if (auto *button = progress->findChild<QPushButton *>()) {
                    found = true;
                    button->click();
                }
            }
        }
    });
    QVERIFY(!PrintPreview::writePdf(docs, path, nullptr, true));
    QVERIFY(found);
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("the sheets printed last week"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"sheets.pdf"_s});
    // Not cancelled, the new sheets replace the old file.
    QVERIFY(PrintPreview::writePdf(docs.mid(0, 5), path, nullptr, true));
    old.close();
    QVERIFY(old.open(QIODevice::ReadOnly));
    QVERIFY(old.readAll().startsWith("%PDF"));
}

QTEST_MAIN(TestPrintPreview)
#include "tst_printpreview.moc"
