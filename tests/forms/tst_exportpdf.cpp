#include "core/export/ExportQuery.h"
#include "core/export/TableExporter.h"
#include "forms/report/ExportTablePdf.h"
#include "tests/core/DashboardFixture.h"
#include "tests/support/TestServer.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
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

    static int pageCount(const QString &path) {
        QProcess info;
        info.start(u"pdfinfo"_s, {path});
        info.waitForFinished(60000);
        return QString::fromUtf8(info.readAllStandardOutput())
            .section(u"Pages:"_s, 1)
            .section(u'\n', 0, 0)
            .trimmed()
            .toInt();
    }

private slots:
    void initTestCase() {
        QVERIFY(db.open(TestServer::location(dir.path(), u"pdf.sqlite"_s)));
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

    void rowsAreNeverCutByPageBreaks() {
        // 300 rows of two to four lines: each row, its header row and its last line on one
        // page; every page but the first starts with the header row again.
        ExportTable table;
        table.title = u"分页测试"_s;
        table.description = u"筛选条件：无（全部）"_s;
        table.columns = {{u"number"_s, u"编号"_s, ExportColumn::Type::Text, 10},
                         {u"text"_s, u"内容"_s, ExportColumn::Type::LongText, 30},
                         {u"end"_s, u"末列"_s, ExportColumn::Type::Text, 10}};
        for (int i = 1; i <= 300; ++i) {
            const QString n = u"R%1"_s.arg(i, 4, 10, QChar(u'0'));
            table.rows << QVariantList{
                n, u"企业用地审批周期长，希望加快办理。"_s.repeated(2 + i % 4) + u"止"_s + n,
                u"末"_s + n};
        }
        const QString path = dir.filePath(u"rows.pdf"_s);
        QString error;
        QVERIFY2(TableExporter::write(table, path, {}, {}, &error), qPrintable(error));
        const int pages = pageCount(path);
        QVERIFY(pages > 5);
        int seen = 0;
        for (int page = 1; page <= pages; ++page) {
            QProcess p;
            p.start(u"pdftotext"_s, {u"-raw"_s, u"-f"_s, QString::number(page), u"-l"_s,
                                     QString::number(page), path, u"-"_s});
            p.waitForFinished(60000);
            const QString text =
                QString::fromUtf8(p.readAllStandardOutput()).remove(u'\n').remove(u' ');
            if (page > 1)
                QVERIFY2(text.startsWith(u"编号内容末列"_s), qPrintable(text.left(40)));
            static const QRegularExpression start(u"(?<!止|末)(R\\d{4})"_s);
            for (auto it = start.globalMatch(text); it.hasNext();) {
                const QString n = it.next().captured(1);
                ++seen;
                QVERIFY2(text.contains(u"止"_s + n) && text.contains(u"末"_s + n),
                         qPrintable(u"%1 cut on page %2"_s.arg(n).arg(page)));
            }
        }
        QCOMPARE(seen, 300);
    }

    // A list longer than the pieces the PDF is laid out in: page numbers run on, every row is
    // printed once, progress rises to the total, and a cancel leaves the old file as it was.
    void longListStreamsPageByPage() {
        ExportTable table;
        table.title = u"长清单"_s;
        table.columns = {{u"number"_s, u"编号"_s, ExportColumn::Type::Text, 10},
                         {u"text"_s, u"内容"_s, ExportColumn::Type::LongText, 30},
                         {u"day"_s, u"日期"_s, ExportColumn::Type::Date, 12}};
        for (int i = 1; i <= 1000; ++i)
            table.rows << QVariantList{u"L%1"_s.arg(i, 4, 10, QChar(u'0')),
                                       u"企业反映用地审批慢。"_s.repeated(1 + i % 3),
                                       QDate(2024, 1, 1).addDays(i)};
        const QString path = dir.filePath(u"long.pdf"_s);
        QList<int> done;
        QList<int> totals;
        QString error;
        QVERIFY2(TableExporter::write(
                     table, path, {},
                     [&](int rows, int total) {
                         totals << total;
                         done << rows;
                         return true;
                     },
                     &error),
                 qPrintable(error));
        QVERIFY(done.size() > 5); // page by page, not once at the end
        for (int total : totals)
            QCOMPARE(total, 1000);
        QCOMPARE(done.last(), 1000);
        QVERIFY(std::is_sorted(done.begin(), done.end()));
        const int pages = pageCount(path);
        QVERIFY(pages > 20);
        const QString text = pdfText(path);
        QVERIFY2(text.contains(u"—%1—"_s.arg(pages)), qPrintable(text.right(200)));
        QVERIFY(text.contains(u"共1000条"_s));
        for (int i = 1; i <= 1000; ++i)
            QCOMPARE(text.count(u"L%1"_s.arg(i, 4, 10, QChar(u'0'))), 1);

        const QString old = dir.filePath(u"cancelled.pdf"_s);
        QFile f(old);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("old");
        f.close();
        QVERIFY(!TableExporter::write(
            table, old, {}, [](int rows, int) { return rows < 300; }, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("old"));
        QVERIFY(QDir(dir.path()).entryList({u"*.part"_s}, QDir::Files | QDir::Hidden).isEmpty());
    }

    // A filter that matches nothing (a meeting without items) gives the list's title and
    // header row, not a crash: the page packing measured a first row that was not there.
    void emptyListGivesItsHeader() {
        ExportQuery q(db);
        ExportQuery::Filter none;
        none.meetingId = 999999;
        const std::unique_ptr<ExportSource> rows =
            q.source(ExportQuery::Kind::ProblemList, none, ExportQuery::Purpose::Office);
        const QString path = dir.filePath(u"empty.pdf"_s);
        QString error;
        QVERIFY2(TableExporter::write(*rows, path, {}, {}, &error), qPrintable(error));
        const QString text = pdfText(path);
        QVERIFY2(text.contains(u"问题建议清单"_s), qPrintable(text.left(200)));
        QVERIFY(!text.contains(u"WH2024-0042"_s));
        QCOMPARE(pageCount(path), 1);
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
