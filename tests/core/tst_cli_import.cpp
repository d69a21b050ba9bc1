#include "TestPaths.h"
#include "tests/support/CliRun.h"
#include "tests/support/Soffice.h"
#include "tests/support/TestServer.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// qinqing-cli import appeals / show appeal as a script and a clerk see them.
class TestCliImport : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    int m_file = 0;

    struct Run {
        int code = -1;
        QString out;
        QString err;
    };

    // `args` run with `path` as PATH (empty: the test's own).
    Run cli(const QStringList &args, const QString &path = {}) {
        const CliRun::Result r =
            CliRun::run(m_db, args,
                        path.isEmpty() ? QHash<QString, QString>{}
                                       : QHash<QString, QString>{{u"PATH"_s, path}});
        return {r.exitCode, r.out, r.err};
    }

    QString write(const QString &text) {
        const QString path = m_dir.filePath(u"cli-%1.csv"_s.arg(++m_file));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(text.toUtf8());
        return path;
    }

    static QString sample() { return QStringLiteral(QINQING_TEST_DATA_DIR "/appeals-sample.csv"); }

private slots:
    void initTestCase() {
        // The workbooks of tst_xlsximport, written by openpyxl.
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(u"/usr/bin/python3"_s,
                {QStringLiteral(QINQING_SOURCE_DIR "/tests/support/xlsx-fixtures.py"), sample(),
                 m_dir.path()});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAll().constData());
    }

    void init() {
        QVERIFY(!qEnvironmentVariable("QINQING_CLI").isEmpty());
        m_db = TestServer::location(m_dir.path(), u"cli-import-%1.sqlite"_s.arg(++m_file));
        QCOMPARE(cli({u"init"_s, u"--profile"_s, u"wushen"_s}).code, 0);
    }

    void importSample() {
        const Run r = cli({u"import"_s, u"appeals"_s, sample()});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(u"imported 10 appeals\n"_s), qPrintable(r.out));
        QVERIFY(r.out.contains(u"WS2024-0001 … WS2024-0010"_s));
        QVERIFY2(!r.err.contains(u"warning"_s), qPrintable(r.err));

        const Run show = cli({u"show"_s, u"appeal"_s, u"WS2024-0008"_s});
        QCOMPARE(show.code, 0);
        QVERIFY(show.out.contains(u"乌审旗博源天然气化工有限公司"_s));
        QVERIFY(show.out.contains(u"2024-06-21"_s));
        QVERIFY(show.out.contains(u"  1. 落户需开具多项证明；"_s)); // multi-line text indented
        QVERIFY(show.out.contains(u"乌审旗人力资源和社会保障局"_s));
        QVERIFY(show.out.contains(u"Enterprise 乌审旗博源天然气化工有限公司"_s));
        QVERIFY(show.out.contains(u"History"_s));
        QVERIFY(show.out.contains(u"created"_s));

        // By id as well; an unknown key is bad input.
        QCOMPARE(cli({u"show"_s, u"appeal"_s, u"8"_s}).out, show.out);
        const Run missing = cli({u"show"_s, u"appeal"_s, u"WS1999-0001"_s});
        QCOMPARE(missing.code, 2);
        QVERIFY(missing.err.contains(u"WS1999-0001"_s));
    }

    void warningsDoNotBlock() {
        const Run r = cli({u"import"_s, u"appeals"_s,
                           write(u"提交单位,统一社会信用代码,联系电话,提交日期,困难问题\n"
                                 "甲公司,91110000600037341K,8991510,2024-07-01,问题\n"_s)});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(u"imported 1 appeal\n"_s));
        QVERIFY2(r.err.contains(u"warning: row 2: 统一社会信用代码: "_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"warning: row 2: 联系电话: "_s), qPrintable(r.err));
    }

    void badRowsExitTwoAndWriteNothing() {
        const QString file = write(u"提交单位,提交日期,困难问题,紧急\n"
                                   "甲公司,2024-07-01,问题一,否\n"
                                   "乙公司,2024/7/32,问题二,否\n"
                                   "丙公司,2024-07-03,问题三,否\n"
                                   ",2024-07-04,问题四,很急吗\n"
                                   "戊公司,2024-07-05,问题五,是\n"_s);
        const Run r = cli({u"import"_s, u"appeals"_s, file});
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(u"row 3: 提交日期: \"2024/7/32\" is not a date"_s),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(u"row 5: 提交单位: is required"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"row 5: 紧急: \"很急吗\""_s), qPrintable(r.err));
        QVERIFY(r.err.contains(u"nothing imported: 2 rows have errors"_s));
        // Nothing was written: the sample still starts at number 0001.
        const Run after = cli({u"import"_s, u"appeals"_s, sample()});
        QCOMPARE(after.code, 0);
        QVERIFY(after.out.contains(u"WS2024-0001 … WS2024-0010"_s));
    }

    void workbookAndSheet() {
        const QString ledger = m_dir.filePath(u"ledger.xlsx"_s);
        const Run second = cli({u"import"_s, u"appeals"_s, ledger, u"--sheet"_s, u"第二批"_s});
        QCOMPARE(second.code, 0);
        QVERIFY2(second.out.startsWith(u"imported 1 appeal\n"_s), qPrintable(second.out));
        QVERIFY(second.out.contains(u"sheet: 第二批\n"_s));
        const Run first = cli({u"import"_s, u"appeals"_s, ledger});
        QCOMPARE(first.code, 0);
        QVERIFY2(first.out.startsWith(u"imported 10 appeals\n"_s), qPrintable(first.out));
        QVERIFY(first.out.contains(u"sheet: 汇总\n"_s));
        const Run show = cli({u"show"_s, u"appeal"_s, u"WS2024-0002"_s});
        QVERIFY2(show.out.contains(u"13947712345"_s), qPrintable(show.out));

        const Run none = cli({u"import"_s, u"appeals"_s, ledger, u"--sheet"_s, u"第三批"_s});
        QCOMPARE(none.code, 2);
        QVERIFY2(none.err.contains(u"the workbook has no sheet \"第三批\"; its sheets are 汇总, "
                                   "第二批"_s),
                 qPrintable(none.err));
        const Run bomb = cli({u"import"_s, u"appeals"_s, m_dir.filePath(u"bomb.xlsx"_s)});
        QCOMPARE(bomb.code, 2);
        QVERIFY2(bomb.err.contains(u"zip bomb"_s), qPrintable(bomb.err));
    }

    void hotlineWorkOrders() {
        // June: the built-in 12345 mapping; the hotline's own columns are listed, not refused.
        const Run june = cli({u"import"_s, u"appeals"_s, m_dir.filePath(u"12345-2024-06.xlsx"_s),
                              u"--mapping"_s, u"12345"_s});
        QCOMPARE(june.code, 0);
        QVERIFY2(june.out.startsWith(u"imported 3 appeals\n"_s), qPrintable(june.out));
        QVERIFY2(june.err.contains(u"columns not imported: 工单状态"_s), qPrintable(june.err));
        const Run first = cli({u"show"_s, u"appeal"_s, u"WS2024-0001"_s});
        QVERIFY2(first.out.contains(u"12345热线"_s), qPrintable(first.out));
        QVERIFY(first.out.contains(u"2024-06-03"_s));
        QVERIFY(first.out.contains(u"13947712345"_s));
        QVERIFY(first.out.contains(u"乌审旗自然资源局"_s));

        // July repeats two open orders (one of them twice): each is skipped and listed.
        const Run july = cli({u"import"_s, u"appeals"_s, m_dir.filePath(u"12345-2024-07.xlsx"_s),
                              u"--mapping"_s, u"12345"_s});
        QCOMPARE(july.code, 0);
        QVERIFY2(july.out.startsWith(u"imported 1 appeal\n"_s), qPrintable(july.out));
        QVERIFY(july.out.contains(u"skipped 3 work orders imported before:\n"_s));
        QVERIFY2(july.out.contains(u"  row 2: 工单编号: GD202406010001 was imported before as "
                                   "WS2024-0001: skipped\n"_s),
                 qPrintable(july.out));
        QVERIFY(
            july.out.contains(u"  row 5: 工单编号: GD202406010002 is also in row 3: skipped"_s));
        QVERIFY(july.out.contains(u"numbers: WS2024-0004"_s));
        QCOMPARE(cli({u"show"_s, u"appeal"_s, u"WS2024-0005"_s}).code, 2); // nothing doubled
        const Run again = cli({u"import"_s, u"appeals"_s, m_dir.filePath(u"12345-2024-07.xlsx"_s),
                               u"--mapping"_s, u"12345"_s});
        QCOMPARE(again.code, 0);
        QVERIFY2(again.out.startsWith(u"imported 0 appeals\n"_s), qPrintable(again.out));

        // August renamed 承办单位 to 处理部门: corrected once, remembered for September.
        const Run august =
            cli({u"import"_s, u"appeals"_s, m_dir.filePath(u"12345-2024-08.xlsx"_s), u"--mapping"_s,
                 u"12345"_s, u"--map"_s, u"处理部门=collecting_department"_s});
        QCOMPARE(august.code, 0);
        QVERIFY(
            cli({u"show"_s, u"appeal"_s, u"WS2024-0005"_s}).out.contains(u"乌审旗教育体育局"_s));
        const Run september =
            cli({u"import"_s, u"appeals"_s, m_dir.filePath(u"12345-2024-09.xlsx"_s), u"--mapping"_s,
                 u"12345"_s});
        QCOMPARE(september.code, 0);
        QVERIFY2(!september.err.contains(u"处理部门"_s), qPrintable(september.err));
        QVERIFY(cli({u"show"_s, u"appeal"_s, u"WS2024-0006"_s})
                    .out.contains(u"乌审旗住房和城乡建设局"_s));
        const Run list = cli({u"import"_s, u"mappings"_s});
        QCOMPARE(list.code, 0);
        QVERIFY2(list.out.contains(u"12345  channel 12345热线  工单编号=work_order,"_s),
                 qPrintable(list.out));
        QVERIFY(list.out.contains(u"处理部门=collecting_department"_s));
        QVERIFY(!list.out.contains(u"承办单位"_s));

        const Run unknown = cli({u"import"_s, u"appeals"_s, m_dir.filePath(u"12345-2024-09.xlsx"_s),
                                 u"--mapping"_s, u"粤商通"_s});
        QCOMPARE(unknown.code, 2);
        QVERIFY2(
            unknown.err.contains(u"there is no mapping named 粤商通; the mappings are 12345"_s),
            qPrintable(unknown.err));
        const Run badField =
            cli({u"import"_s, u"appeals"_s, m_dir.filePath(u"12345-2024-09.xlsx"_s), u"--mapping"_s,
                 u"12345"_s, u"--map"_s, u"处理部门=部门"_s});
        QCOMPARE(badField.code, 2);
        QVERIFY2(badField.err.contains(u"--map: \"处理部门=部门\": write COLUMN=FIELD"_s),
                 qPrintable(badField.err));
    }

    void xlsWorkOrders() {
        // The hotline's June orders as an Excel 97-2003 .xls: converted by LibreOffice, read
        // as the .xlsx; without LibreOffice the package to install is named.
        const QString xls = Soffice::convert(QStandardPaths::findExecutable(u"soffice"_s),
                                             m_dir.filePath(u"12345-2024-06.xlsx"_s),
                                             u"xls:MS Excel 97"_s, m_dir.filePath(u"xls"_s));
        QVERIFY2(!xls.isEmpty(), "LibreOffice Calc did not write the .xls");
        QVERIFY(QDir().mkpath(m_dir.filePath(u"empty"_s)));
        const Run missing = cli({u"import"_s, u"appeals"_s, xls, u"--mapping"_s, u"12345"_s},
                                m_dir.filePath(u"empty"_s));
        QCOMPARE(missing.code, 2);
        QVERIFY2(missing.err.startsWith(xls + u": it is an Excel 97-2003 workbook (.xls), which "
                                              "is read through LibreOffice, and LibreOffice is "
                                              "not installed: install the package "
                                              "libreoffice-calc-nogui"_s),
                 qPrintable(missing.err));
        const Run june = cli({u"import"_s, u"appeals"_s, xls, u"--mapping"_s, u"12345"_s});
        QCOMPARE(june.code, 0);
        QVERIFY2(june.out.startsWith(u"imported 3 appeals\n"_s), qPrintable(june.out + june.err));
        const Run first = cli({u"show"_s, u"appeal"_s, u"WS2024-0001"_s});
        QVERIFY(first.out.contains(u"2024-06-03"_s));
        QVERIFY(first.out.contains(u"13947712345"_s));
        const Run again = cli({u"import"_s, u"appeals"_s, xls, u"--mapping"_s, u"12345"_s});
        QVERIFY2(again.out.startsWith(u"imported 0 appeals\n"_s), qPrintable(again.out));
    }

    void dryRunAndUsage() {
        const Run dry = cli({u"import"_s, u"appeals"_s, sample(), u"--dry-run"_s});
        QCOMPARE(dry.code, 0);
        QVERIFY(dry.out.contains(u"10 appeals can be imported"_s));
        QCOMPARE(cli({u"show"_s, u"appeal"_s, u"1"_s}).code, 2); // nothing was written

        QCOMPARE(cli({u"import"_s, u"appeals"_s}).code, 2);
        QCOMPARE(cli({u"import"_s, u"meetings"_s, sample()}).code, 2);
        const Run missing = cli({u"import"_s, u"appeals"_s, m_dir.filePath(u"nope.csv"_s)});
        QCOMPARE(missing.code, 2);
        QVERIFY(missing.err.contains(u"nope.csv"_s));
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cli_import.moc"
