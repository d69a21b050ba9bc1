// The export dialog (issue 13). A long export (a PDF list of 50,000 rows runs for minutes): the
// progress shows, 取消 and Esc stop it within a moment, while the rows are measured or written;
// no file and no hidden part file is left, the clerk is told it was cancelled, and the dialog
// stays usable for the next try. The folder exported to is remembered, and what a killed export
// left there is tidied when the program starts (ExportFolders).
#include "core/Database.h"
#include "core/DatabaseInitializer.h"
#include "core/demo/DemoDataGenerator.h"
#include "core/export/ExportFolders.h"
#include "core/export/PartFile.h"
#include "tests/ui/TestSettings.h"
#include "ui/ExportDialog.h"
#include "ui/UserPrompt.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProgressDialog>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <functional>

using namespace Qt::StringLiterals;

class TestExportDialog : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Database m_db;

    QStringList filesIn(const QString &folder) const {
        return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System);
    }

    struct Cancelled {
        bool ok = true; // what exportTo() returned
        bool progressShown = false;
        bool busyAtCancel = false; // the bar moving to and fro: nothing written yet
        qint64 msToStop = -1;      // from the key or click to exportTo() returning
    };

    // Exports the problem list to `path` and cancels it with `how` once the progress dialog
    // shows: while the rows are measured (the bar busy) or, `writing`, once some are written.
    Cancelled exportAndCancel(ExportDialog &dialog, const QString &path, bool writing,
                              const std::function<void(QProgressDialog *)> &how) {
        Cancelled result;
        QElapsedTimer sinceCancel;
        QTimer poll;
        poll.setInterval(20);
        connect(&poll, &QTimer::timeout, &dialog, [&] {
            auto *progress = dialog.findChild<QProgressDialog *>();
            if (!progress || !progress->isVisible() || sinceCancel.isValid() ||
                (writing && progress->value() <= 0))
                return;
            result.progressShown = true;
            result.busyAtCancel = progress->maximum() == 0;
            sinceCancel.start();
            how(progress);
        });
        poll.start();
        UserPrompt::takeAskedCount();
        UserPrompt::setNextAnswer(QMessageBox::Ok); // the message is answered, not shown
        result.ok = dialog.exportTo(path);
        poll.stop();
        if (sinceCancel.isValid())
            result.msToStop = sinceCancel.elapsed();
        return result;
    }

private slots:
    void initTestCase() {
        useTestSettings(u"tst_exportdialog"_s);
        QVERIFY(m_db.open(m_dir.filePath(u"office.sqlite"_s), Database::Create::IfMissing));
        QVERIFY(DatabaseInitializer(m_db).initialize(u"wushen"_s));
        DemoDataGenerator::Options options;
        options.appeals = 5000; // some seconds of PDF: its rows are measured for a moment
        options.seed = 13;
        options.today = DemoDataGenerator::fixedReferenceDate();
        QVERIFY(DemoDataGenerator(m_db).generate(options));
        QVERIFY(QDir().mkpath(m_dir.filePath(u"out"_s)));
    }

    void cancelStopsTheExport_data() {
        QTest::addColumn<bool>("escape");
        QTest::addColumn<bool>("writing");
        QTest::newRow("取消 while measuring") << false << false;
        QTest::newRow("取消 while writing") << false << true;
        QTest::newRow("Esc while measuring") << true << false;
        QTest::newRow("Esc while writing") << true << true;
    }

    void cancelStopsTheExport() {
        QFETCH(bool, escape);
        QFETCH(bool, writing);
        const QString folder = m_dir.filePath(u"out"_s);
        const QString path = folder + u"/问题清单.pdf"_s;
        ExportDialog dialog(m_db);
        dialog.setList(ExportDialog::List::ProblemList);
        dialog.show();
        const Cancelled c =
            exportAndCancel(dialog, path, writing, [escape](QProgressDialog *progress) {
                if (escape)
                    QTest::keyClick(progress, Qt::Key_Escape);
                else
                    QTest::mouseClick(progress->findChild<QPushButton *>(), Qt::LeftButton);
            });
        QVERIFY2(c.progressShown, "the export ended before its progress showed");
        QCOMPARE(c.busyAtCancel, !writing); // shown while measuring, not a bar stuck at 0 %
        QVERIFY(!c.ok);
        QVERIFY2(c.msToStop < 2000, qPrintable(u"%1 ms"_s.arg(c.msToStop)));
        QCOMPARE(filesIn(folder), QStringList()); // no file, no hidden part file
        QCOMPARE(UserPrompt::takeAskedCount(), 1);
        QVERIFY2(UserPrompt::lastText().contains(u"cancelled: nothing was written to"_s),
                 qPrintable(UserPrompt::lastText()));
        // The dialog is still there and works: the next export of a short list completes.
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.isEnabled());
        QVERIFY(!dialog.findChild<QProgressDialog *>() ||
                !dialog.findChild<QProgressDialog *>()->isVisible());
        dialog.setList(ExportDialog::List::Evaluations);
        const QString csv = folder + u"/评价.csv"_s;
        UserPrompt::setNextAnswer(QMessageBox::Ok);
        QVERIFY2(dialog.exportTo(csv), qPrintable(dialog.lastError()));
        QVERIFY(QFile::exists(csv));
        QVERIFY(QFile::remove(csv));
        QVERIFY(!QApplication::overrideCursor());
    }

    // The dialog remembers where it exported to; a part file a killed export left there (a
    // network share has no unnamed files) goes when the program starts, a live one stays.
    void startTidiesTheFoldersExportedTo() {
        const QString share = m_dir.filePath(u"share"_s);
        QVERIFY(QDir().mkpath(share));
        ExportDialog dialog(m_db);
        dialog.setList(ExportDialog::List::Evaluations);
        QVERIFY2(dialog.exportTo(share + u"/评价.csv"_s), qPrintable(dialog.lastError()));
        QCOMPARE(ExportFolders::last(), share);
        QCOMPARE(ExportFolders::recent().value(0), share);

        const QString stale = share + u"/.问题清单.pdf.k9Zq2B.part"_s;
        QFile f(stale);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("%PDF-1.4 half");
        f.close();
        qputenv("QINQING_PART_FILES", "named");
        PartFile live(share + u"/另一份.xlsx"_s);
        QString error;
        QVERIFY2(live.open(&error), qPrintable(error)); // that removed the stale one already
        qunsetenv("QINQING_PART_FILES");
        QVERIFY(!QFile::exists(stale));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        ExportFolders::removeStaleParts(); // what GuiApplication::start() runs
        QVERIFY(!QFile::exists(stale));
        QVERIFY(QFile::exists(live.writePath()));
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
