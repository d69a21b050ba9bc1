#include "../core/DashboardFixture.h"
#include "ExportQuery.h"
#include "ExportTablePdf.h"
#include "TableExporter.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace DashboardFixture;

// Exported lists as PDF: searchable Chinese text, through TableExporter (temp file + rename)
// and through `qinqing-cli export --out FILE.pdf`.
class TestExportPdf : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir;
    Database db;

    static QString pdfText(const QString &path) {
        QProcess p;
        p.start(u"pdftotext"_s, {u"-raw"_s, path, u"-"_s});
        p.waitForFinished(60000);
        // Narrow columns wrap long values over lines; compare the text without line breaks.
        return QString::fromUtf8(p.readAllStandardOutput()).remove(u'\n').remove(u' ');
    }

private slots:
    void initTestCase() {
        QVERIFY(db.open(dir.filePath(u"pdf.sqlite"_s)));
        DatabaseInitializer init(db);
        QVERIFY(init.initialize(u"wuhai"_s));
        const qint64 dept = department(db, u"市自然资源局"_s);
        AppealSpec a;
        a.number = u"WH2024-0042"_s;
        assignment(db, spec(appeal(db, a), dept, d("2024-03-18"), d("2024-04-17")));
        ExportTablePdf::registerWithExporter();
    }

    void writesSearchablePdf() {
        ExportQuery q(db);
        const ExportTable table = *q.build(ExportQuery::Kind::ProblemList, {});
        const QString path = dir.filePath(u"清单.pdf"_s);
        QString error;
        QVERIFY2(TableExporter::write(table, path, {}, {}, &error), qPrintable(error));
        const QString text = pdfText(path);
        QVERIFY2(text.contains(u"问题建议清单"_s), qPrintable(text.left(200)));
        QVERIFY(text.contains(u"WH2024-0042"_s));
        QVERIFY(text.contains(u"市自然资源局"_s));
    }

    void cliWritesPdf() {
        const QString out = dir.filePath(u"cli.pdf"_s);
        QProcess p;
        p.start(qEnvironmentVariable("QINQING_CLI"),
                {u"--db"_s, db.path(), u"export"_s, u"assignments"_s, u"--out"_s, out});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(pdfText(out).contains(u"交办事项清单"_s));
    }
};

QTEST_MAIN(TestExportPdf)
#include "tst_exportpdf.moc"
