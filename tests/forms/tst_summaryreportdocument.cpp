#include "core/report/SummaryReportQuery.h"
#include "forms/ChineseFormat.h"
#include "forms/report/SummaryReportDocument.h"
#include "tests/support/CliRun.h"
#include "tests/support/SummaryReportFixture.h"
#include "tests/support/TestServer.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using SummaryReportFixture::d;

// The leaders' summary report as a clerk gets it from `qinqing-cli report summary`: the PDF's
// text (pdftotext) has every section and the fixture's figures, the ODT opens with them, and
// wrong options exit 2 with a message naming the option.
class TestSummaryReportDocument : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir;
    QString dbPath;

    using Run = CliRun::Result;
    Run cli(const QStringList &args) { return CliRun::run(dbPath, args); }

private slots:
    void initTestCase() {
        dbPath = TestServer::location(dir.path(), u"report.sqlite"_s);
        Database db;
        QVERIFY(db.open(dbPath));
        DatabaseInitializer init(db);
        QVERIFY2(init.initialize(u"wuhai"_s), qPrintable(init.errorString()));
        SummaryReportFixture::insert(db);
    }

    void pdfHasTheSectionsAndFigures() {
        const QString out = dir.filePath(u"月报.pdf"_s);
        const Run r = cli({u"report"_s, u"summary"_s, u"--month"_s, u"2024-11"_s, u"--out"_s, out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"乌海市“市长服务民营企业接待日”诉求办理情况月报（2024年11月）"_s));
        // The title breaks after the profile's name (GB/T 9704 7.3.3: 词意完整), not where the
        // line is full (…诉求办理 / 情况月报…): its first two lines as pdftotext lays them out.
        QProcess layout;
        layout.start(u"pdftotext"_s, {u"-layout"_s, u"-l"_s, u"1"_s, out, u"-"_s});
        QVERIFY(layout.waitForFinished(60000));
        const QStringList lines = QString::fromUtf8(layout.readAllStandardOutput())
                                      .remove(u' ')
                                      .split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.mid(0, 2), (QStringList{u"乌海市“市长服务民营企业接待日”"_s,
                                               u"诉求办理情况月报（2024年11月）"_s}));
        const QString text = CliRun::pdfText(out);
        const QStringList expected{
            u"乌海市“市长服务民营企业接待日”诉求办理情况月报（2024年11月）"_s,
            u"乌海市人民政府办公室"_s,
            u"一、基本情况"_s,
            u"2024年11月1日至11月30日，共收集企业诉求10件，涉及企业8家；交办6件，办结1件，"
            "其中按期办结1件，按期办结率100.0%。截至2024年11月30日，尚有逾期未办结事项2件。"_s,
            u"（一）按办理状态"_s,
            u"二、逾期未办结事项"_s,
            u"三、部门办理情况"_s,
            u"四、企业满意度评价"_s,
            u"本期收到企业评价3件，其中满意1件、基本满意1件、不满意1件，满意率66.7%。"_s,
            u"五、需领导研究决定的事项"_s,
            u"（一）提交上级研究事项（1件）"_s,
            u"补贴资金需自治区财政厅审批"_s,
            u"（二）暂缓解决事项（1件）"_s,
            u"受国土空间规划调整限制，已向企业解释"_s,
            u"六、共性问题及专题研究建议"_s,
            u"（一）同一领域集中反映的问题"_s,
            u"水电气33WH2024-1101、WH2024-1102、WH2024-1103"_s,
            u"（二）表述相同的问题"_s,
            u"污水管网接入33WH2024-1101、WH2024-1102、WH2024-1103"_s};
        qsizetype from = 0;
        for (const QString &e : expected) {
            const qsizetype at = text.indexOf(QString(e).remove(u' '), from);
            QVERIFY2(at >= 0, qPrintable(u"missing after offset %1: %2"_s.arg(from).arg(e)));
            from = at;
        }
        QVERIFY(text.contains(u"待研判220.0%"_s));
        QVERIFY(text.contains(u"合计10100%"_s));
        // The overdue list, most overdue first: 30 and 10 working days.
        QVERIFY(text.contains(u"WH2024-1001"_s));
        QVERIFY(text.indexOf(u"WH2024-1001"_s) < text.indexOf(u"2024年11月15日10"_s));
        QVERIFY(text.contains(u"2024年10月20日30"_s));
        // 丁's three letters about its boiler are one enterprise's problem: section 六 has the
        // 水电气 domain and the 污水管网接入 wording, nothing of 丁's.
        const QString common = text.mid(text.indexOf(u"六、共性问题"_s));
        QCOMPARE(common.count(u"WH2024-1101、WH2024-1102、WH2024-1103"_s), 2);
        QVERIFY(!common.contains(u"锅炉"_s));
        QVERIFY(!common.contains(u"WH2024-1104"_s));
    }

    void odtHasTheReport() {
        const QString out = dir.filePath(u"季报.odt"_s);
        const Run r =
            cli({u"report"_s, u"summary"_s, u"--quarter"_s, u"2024Q4"_s, u"--out"_s, out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFileInfo(out).size() > 1000);
        const QString xml = CliRun::flatOutput(u"unzip"_s, {u"-p"_s, out, u"content.xml"_s});
        QVERIFY(xml.contains(u"诉求办理情况季报（2024年第四季度）"_s));
        QVERIFY(xml.contains(u"六、共性问题及专题研究建议"_s));
        QVERIFY(xml.contains(u"污水管网接入"_s));
    }

    void customRange() {
        const QString out = dir.filePath(u"range.pdf"_s);
        const Run r = cli({u"report"_s, u"summary"_s, u"--from"_s, u"2024-10-01"_s, u"--to"_s,
                           u"2024-11-30"_s, u"--out"_s, out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString text = CliRun::pdfText(out);
        QVERIFY(text.contains(u"诉求办理情况报告（2024年10月1日至11月30日）"_s));
        // With October, 庚's first letter joins the 污水管网 group: four enterprises.
        QVERIFY(text.contains(u"共收集企业诉求11件"_s));
        QVERIFY(text.contains(u"污水管网接入44"_s));
    }

    void badInputNamesTheOption_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("named");
        const QString out = u"/tmp/never-written.pdf"_s;
        QTest::newRow("bad month")
            << QStringList{u"--month"_s, u"2024-13"_s, u"--out"_s, out} << u"--month"_s;
        QTest::newRow("bad quarter")
            << QStringList{u"--quarter"_s, u"2024Q5"_s, u"--out"_s, out} << u"--quarter"_s;
        QTest::newRow("from without to")
            << QStringList{u"--from"_s, u"2024-11-01"_s, u"--out"_s, out} << u"--to"_s;
        QTest::newRow("bad date") << QStringList{u"--from"_s,     u"2024-11-31"_s, u"--to"_s,
                                                 u"2024-12-01"_s, u"--out"_s,      out}
                                  << u"--from"_s;
        QTest::newRow("two forms")
            << QStringList{u"--month"_s, u"2024-11"_s, u"--quarter"_s, u"2024Q4"_s, u"--out"_s, out}
            << u"--quarter"_s;
        QTest::newRow("no period") << QStringList{u"--out"_s, out} << u"--month"_s;
        QTest::newRow("docx") << QStringList{u"--month"_s, u"2024-11"_s, u"--out"_s,
                                             u"/tmp/x.docx"_s}
                              << u"--out"_s;
        QTest::newRow("no out") << QStringList{u"--month"_s, u"2024-11"_s} << u"--out"_s;
        QTest::newRow("future") << QStringList{u"--month"_s, u"2099-01"_s, u"--out"_s, out}
                                << u"2099-01-01"_s;
    }

    void badInputNamesTheOption() {
        QFETCH(QStringList, args);
        QFETCH(QString, named);
        const Run r = cli(QStringList{u"report"_s, u"summary"_s} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(named), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(u"/tmp/never-written.pdf"_s));
        QCOMPARE(cli({u"report"_s, u"monthly"_s, u"--month"_s, u"2024-11"_s}).exitCode, 2);
    }

    void documentFromTheQuery() {
        // The same document without the CLI, as the dashboard's preview builds it.
        Database db;
        QVERIFY(db.open(dbPath));
        SummaryReportQuery query(db);
        SummaryReportQuery::Options o;
        o.today = d("2024-12-05");
        const auto report = query.build(ReportPeriod::month(2024, 11), o);
        QVERIFY(report);
        FormContext context;
        context.profileName = u"通辽经济技术开发区 政企畅谈会"_s;
        context.issuer = u"通辽经济技术开发区党政综合办公室"_s;
        SummaryReport r = *report;
        r.overdue[0].problem = u"<b>园区</b> & 道路"_s;
        const PrintableDocument doc = SummaryReportDocument::build(context, r, d("2024-12-05"));
        QCOMPARE(doc.name, u"通辽经济技术开发区政企畅谈会诉求办理情况月报（2024年11月）"_s);
        QCOMPARE(doc.layout, PrintableDocument::Layout::Official);
        QVERIFY(doc.html.contains(u"2024年12月5日"_s));
        // Values are escaped: an appeal's text can hold markup characters.
        QVERIFY(doc.html.contains(u"&lt;b&gt;园区&lt;/b&gt; &amp; 道路"_s));
        QVERIFY(!doc.html.contains(u"<b>园区"_s));
    }
};

QTEST_MAIN(TestSummaryReportDocument)
#include "tst_summaryreportdocument.moc"
