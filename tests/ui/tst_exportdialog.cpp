// The export dialog (issue 13). The folder exported to is remembered, and what a killed export
// left there is tidied when the program starts (ExportFolders).
#include "core/Database.h"
#include "core/DatabaseInitializer.h"
#include "core/export/ExportFolders.h"
#include "core/export/PartFile.h"
#include "tests/ui/TestSettings.h"
#include "ui/ExportDialog.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestExportDialog : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Database m_db;

private slots:
    void initTestCase() {
        useTestSettings(u"tst_exportdialog"_s);
        QVERIFY(m_db.open(m_dir.filePath(u"office.sqlite"_s), Database::Create::IfMissing));
        QVERIFY(DatabaseInitializer(m_db).initialize(u"wushen"_s));
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
