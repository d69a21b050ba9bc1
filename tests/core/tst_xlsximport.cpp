#include "TestPaths.h"
#include "core/Database.h"
#include "core/DatabaseInitializer.h"
#include "core/import/AppealCsvImporter.h"
#include "core/import/ExcelCellValue.h"
#include "core/import/ImportMapping.h"
#include "core/import/OfficeConverter.h"
#include "core/import/WorkOrderLedger.h"
#include "core/import/XlsxReader.h"
#include "core/records/AppealRepository.h"
#include "tests/support/Soffice.h"
#include "tests/support/TestServer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Excel workbooks imported as their CSV is: written by openpyxl (tests/support/xlsx-fixtures.py
// makes them at test time) and by LibreOffice Calc from the committed sample CSV, plus the
// damaged and hostile workbooks a clerk may be sent.
class TestXlsxImport : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_file = 0;
    const QString m_sample = QStringLiteral(QINQING_TEST_DATA_DIR "/appeals-sample.csv");

    QString fixture(const QString &name) const { return m_dir.filePath(name); }

    static QByteArray bytes(const QString &path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static QString messages(const QList<AppealCsvImporter::Message> &list) {
        QStringList out;
        for (const auto &m : list)
            out << m.toString();
        return out.join(u'\n');
    }

    std::unique_ptr<Database> freshDatabase() {
        auto db = std::make_unique<Database>();
        if (!db->open(TestServer::location(m_dir.path(), u"x-%1.sqlite"_s.arg(++m_file))))
            qFatal("open: %s", qPrintable(db->errorString()));
        DatabaseInitializer init(*db);
        if (!init.initialize(u"wushen"_s))
            qFatal("initialize: %s", qPrintable(init.errorString()));
        return db;
    }

    // Every imported appeal as one line of its fields, its enterprise's code and department.
    static QStringList appeals(Database &db) {
        QSqlQuery q(db.sql());
        q.exec(u"SELECT a.number, a.submitting_unit, e.uscc, a.responsible_person, a.phone, "
               "a.submit_date, a.channel, a.problem, a.suggestions, a.prior_handling, a.domain, "
               "a.scope, a.urgency, COALESCE(d.name, '') FROM appeals a "
               "LEFT JOIN enterprises e ON e.id = a.enterprise_id "
               "LEFT JOIN departments d ON d.id = a.collecting_department_id ORDER BY a.number"_s);
        QStringList out;
        while (q.next()) {
            QStringList fields;
            for (int i = 0; i < 14; ++i)
                fields << q.value(i).toString();
            out << fields.join(u" | "_s);
        }
        return out;
    }

    // The appeals a fresh database holds after importing `path` (sheet `sheet`).
    QStringList imported(const QString &path, const QString &sheet = {}) {
        auto db = freshDatabase();
        AppealCsvImporter importer(*db);
        importer.setSheet(sheet);
        const auto r = importer.importFile(path);
        if (!r.ok)
            qWarning("%s: %s", qPrintable(path), qPrintable(messages(r.errors)));
        return appeals(*db);
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(u"/usr/bin/python3"_s,
                {QStringLiteral(QINQING_SOURCE_DIR "/tests/support/xlsx-fixtures.py"), m_sample,
                 m_dir.path()});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAll().constData());
    }

    void cellValues() {
        using V = ExcelCellValue;
        QCOMPARE(V::numberText(u"13947712345"_s), u"13947712345"_s);
        QCOMPARE(V::numberText(u"1.3947712345E10"_s), u"13947712345"_s);
        QCOMPARE(V::numberText(u"13947712345.0"_s), u"13947712345"_s);
        QCOMPARE(V::numberText(u"9.1150626E+17"_s), u"911506260000000000"_s);
        QCOMPARE(V::numberText(u"0.25"_s), u"0.25"_s);
        QCOMPARE(V::numberText(u"-3"_s), u"-3"_s);
        QCOMPARE(V::numberText(u"abc"_s), u"abc"_s);
        QCOMPARE(V::kindOf(14, {}), V::Kind::Date);
        QCOMPARE(V::kindOf(31, {}), V::Kind::Date); // yyyy"年"m"月"d"日" of the Chinese Excel
        QCOMPARE(V::kindOf(22, {}), V::Kind::DateTime);
        QCOMPARE(V::kindOf(0, {}), V::Kind::Number);
        QCOMPARE(V::kindOf(49, {}), V::Kind::Number); // @, text
        QCOMPARE(V::kindOf(176, u"yyyy\"年\"m\"月\"d\"日\""_s), V::Kind::Date);
        QCOMPARE(V::kindOf(177, u"[$-804]yyyy/m/d h:mm"_s), V::Kind::DateTime);
        QCOMPARE(V::kindOf(178, u"0.00E+00"_s), V::Kind::Number);
        QCOMPARE(V::kindOf(179, u"[Red]0.00;\"day\"0"_s), V::Kind::Number);
        QCOMPARE(V::kindOf(180, u"[h]:mm"_s), V::Kind::Time);
        QCOMPARE(V::text(u"45478"_s, V::Kind::Date, false), u"2024-07-05"_s);
        QCOMPARE(V::text(u"44016"_s, V::Kind::Date, true), u"2024-07-05"_s);
        QCOMPARE(V::text(u"45478.5"_s, V::Kind::DateTime, false), u"2024-07-05 12:00"_s);
        QCOMPARE(V::text(u"1"_s, V::Kind::Date, false), u"1900-01-01"_s);
        QCOMPARE(V::text(u"60"_s, V::Kind::Date, false), u"60"_s); // 1900-02-29 never was
        QCOMPARE(V::text(u"61"_s, V::Kind::Date, false), u"1900-03-01"_s);
        QCOMPARE(V::unescape(u"a_x000D_b_x005F_c"_s), u"a\rb_c"_s);
    }

    void openpyxlLedgerAsItsCsv() {
        // Title row, two-row merged header, date cells under three formats, phones as
        // numbers, empty formatted rows at the end, a second sheet: the same ten appeals.
        const QStringList fromCsv = imported(m_sample);
        QCOMPARE(fromCsv.size(), 10);
        QCOMPARE(imported(fixture(u"ledger.xlsx"_s)), fromCsv);
        QVERIFY(fromCsv.first().contains(u"| 13947712345 |"_s));

        XlsxReader reader;
        QVERIFY2(reader.read(bytes(fixture(u"ledger.xlsx"_s))), qPrintable(reader.error()));
        QCOMPARE(reader.sheetNames(), (QStringList{u"汇总"_s, u"第二批"_s}));
        const auto records = reader.records();
        QCOMPARE(records.first().row, 1); // the title
        QCOMPARE(records.at(1).fields.value(0), u"编号"_s);
        QCOMPARE(records.at(2).row, 3); // the lower header row: 编号 merged down into it
        QCOMPARE(records.at(2).fields.value(0), u"编号"_s);
        QCOMPARE(records.at(2).fields.value(1), u"提交单位"_s);
        QCOMPARE(records.last().row, 13); // no empty rows after the last appeal
        QCOMPARE(records.at(3).fields.value(4), u"13947712345"_s);
        QCOMPARE(records.at(3).fields.value(5), u"2024-07-05"_s);
    }

    void namedSheet() {
        const QStringList second = imported(fixture(u"ledger.xlsx"_s), u" 第二批 "_s);
        QCOMPARE(second.size(), 1);
        QVERIFY(second.first().contains(
            u"乌审旗第二批测试公司 |  | 赵敏 | 15004770987 | 2024-07-08"_s));

        auto db = freshDatabase();
        AppealCsvImporter importer(*db);
        importer.setSheet(u"第三批"_s);
        const auto r = importer.importFile(fixture(u"ledger.xlsx"_s));
        QVERIFY(!r.ok);
        QCOMPARE(messages(r.errors),
                 u"the workbook has no sheet \"第三批\"; its sheets are 汇总, 第二批"_s);
    }

    void rowNumbersAsExcelShowsThem() {
        // A bad cell is named by the row Excel shows (the title is row 1), nothing is saved.
        auto db = freshDatabase();
        AppealCsvImporter importer(*db);
        const auto r = importer.importFile(fixture(u"bad-row.xlsx"_s));
        QVERIFY(!r.ok);
        QCOMPARE(r.rowsWithErrors, 1);
        QVERIFY2(messages(r.errors).startsWith(u"row 4: 提交日期: \"下周\" is not a date"_s),
                 qPrintable(messages(r.errors)));
        QCOMPARE(appeals(*db).size(), 0);
    }

    void date1904AndBooleans() {
        const QStringList rows = imported(fixture(u"date1904.xlsx"_s));
        QCOMPARE(rows.size(), 1);
        QVERIFY2(rows.first().contains(u"| 2024-07-05 |"_s), qPrintable(rows.first()));
        QVERIFY2(rows.first().endsWith(u"| urgent | "_s), qPrintable(rows.first()));
        XlsxReader reader;
        QVERIFY(reader.read(bytes(fixture(u"date1904.xlsx"_s))));
        QCOMPARE(reader.records().at(1).fields.value(1), u"2024-07-05 09:30"_s);
    }

    void inlineStringsAndFloats() {
        XlsxReader reader;
        QVERIFY2(reader.read(bytes(fixture(u"inline.xlsx"_s))), qPrintable(reader.error()));
        const QStringList row = reader.records().at(1).fields;
        QCOMPARE(row, (QStringList{u"乌审旗内联公司"_s, u"13947712345"_s, u"2024年7月5日"_s,
                                   u"a_b 问题"_s, u"911506260000000000"_s}));
    }

    void libreOfficeConversionAsItsCsv() {
        const QString soffice = QStandardPaths::findExecutable(u"soffice"_s);
        QVERIFY2(!soffice.isEmpty(), "LibreOffice (soffice) is not installed");
        const QString csv = fixture(u"lo.csv"_s);
        QVERIFY(QFile::copy(m_sample, csv));
        // CSV:44,34,76,1 = comma, double quote, UTF-8, from line 1: how Calc opens the sample.
        const QString xlsx = Soffice::convert(soffice, csv, u"xlsx"_s, m_dir.path(),
                                              {u"--infilter=CSV:44,34,76,1"_s});
        QVERIFY2(!xlsx.isEmpty(),
                 "LibreOffice Calc did not convert the CSV: apt-get install "
                 "libreoffice-calc-nogui (installer/bootstrap.sh test installs it)");
        QCOMPARE(imported(xlsx), imported(m_sample));
    }

    void xlsThroughLibreOffice() {
        // The openpyxl ledger saved as Excel 97-2003 by LibreOffice (title row, merged header,
        // date cells, phones as numbers, two sheets), and as WPS's .et: the CSV's appeals.
        const QString soffice = QStandardPaths::findExecutable(u"soffice"_s);
        QVERIFY2(!soffice.isEmpty(), "LibreOffice (soffice) is not installed");
        const QString xls = Soffice::convert(soffice, fixture(u"ledger.xlsx"_s),
                                             u"xls:MS Excel 97"_s, m_dir.filePath(u"xls"_s));
        QVERIFY2(!xls.isEmpty(), "LibreOffice Calc did not write the .xls");
        const QByteArray original = bytes(xls);
        QVERIFY(original.startsWith("\xD0\xCF\x11\xE0"));
        QCOMPARE(imported(xls), imported(m_sample));
        QCOMPARE(imported(xls, u"第二批"_s).size(), 1);
        const QString et = m_dir.filePath(u"xls/ledger.et"_s);
        QVERIFY(QFile::copy(xls, et));
        QCOMPARE(imported(et), imported(m_sample));
        // The file itself untouched, and no lock file left beside it.
        QCOMPARE(bytes(xls), original);
        QCOMPARE(QDir(m_dir.filePath(u"xls"_s)).entryList(QDir::Files | QDir::Hidden),
                 (QStringList{u"ledger.et"_s, u"ledger.xls"_s}));
    }

    void odsThroughLibreOffice() {
        const QString ods =
            Soffice::convert(QStandardPaths::findExecutable(u"soffice"_s),
                             fixture(u"ledger.xlsx"_s), u"ods"_s, m_dir.filePath(u"ods"_s));
        QVERIFY2(!ods.isEmpty(), "LibreOffice Calc did not write the .ods");
        QCOMPARE(imported(ods), imported(m_sample));
    }

    void webPageNamedXls() {
        // What many systems export as "Excel": an HTML table named .xls.
        const QString rows = u"提交单位,联系电话,提交日期,困难问题\n"
                             "乌审旗网页导出公司,13947712345,2024-07-05,网页表格里的问题\n"_s;
        QString html = u"<html><head><meta charset=\"utf-8\"></head><body><table>"_s;
        for (const QString &line : rows.split(u'\n', Qt::SkipEmptyParts))
            html += u"<tr><td>"_s + line.split(u',').join(u"</td><td>"_s) + u"</td></tr>"_s;
        html += u"</table></body></html>"_s;
        const QString xls = m_dir.filePath(u"web.xls"_s);
        const QString csv = m_dir.filePath(u"web.csv"_s);
        for (const auto &[path, text] : {std::pair{xls, html}, std::pair{csv, rows}}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text.toUtf8());
        }
        const QStringList fromCsv = imported(csv);
        QCOMPARE(fromCsv.size(), 1);
        QCOMPARE(imported(xls), fromCsv);
    }

    void xlsWithoutLibreOffice() {
        // No soffice on PATH: the message names the file and the package to install.
        const QByteArray path = qgetenv("PATH");
        QVERIFY(QDir().mkpath(m_dir.filePath(u"empty"_s)));
        qputenv("PATH", m_dir.filePath(u"empty"_s).toLocal8Bit());
        auto db = freshDatabase();
        const auto r = AppealCsvImporter(*db).importFile(fixture(u"old.xls"_s));
        qputenv("PATH", path);
        QVERIFY(!r.ok);
        QCOMPARE(messages(r.errors),
                 fixture(u"old.xls"_s) +
                     u": it is an Excel 97-2003 workbook (.xls), which is read through "
                     "LibreOffice, and LibreOffice is not installed: install the package "
                     "libreoffice-calc-nogui (sudo apt install libreoffice-calc-nogui), or save "
                     "the file as .xlsx in Excel or WPS and import that"_s);
        QCOMPARE(appeals(*db).size(), 0);
    }

    void hungLibreOfficeStopped() {
        // A LibreOffice that never finishes (here a script that waits for a child of its own)
        // is stopped at the timeout with what it started; 取消 stops it at once.
        const QString pidFile = m_dir.filePath(u"hung.pid"_s);
        const QString script = m_dir.filePath(u"hung-soffice"_s);
        QFile f(script);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/sh\nsleep 300 &\necho $! > '" + pidFile.toLocal8Bit() + "'\nwait\n");
        f.close();
        QVERIFY(f.setPermissions(f.permissions() | QFile::ExeOwner));
        qputenv("QINQING_SOFFICE", script.toLocal8Bit());
        OfficeConverter converter(OfficeConverter::Target::Workbook);
        converter.setTimeout(1000);
        QElapsedTimer timer;
        timer.start();
        const auto out = converter.convert(bytes(fixture(u"old.xls"_s)));
        QVERIFY(timer.elapsed() < 10000);
        QCOMPARE(out.error, u"LibreOffice did not convert it within 1 s and was stopped"_s);
        QVERIFY(out.bytes.isEmpty());
        const QString stat = u"/proc/%1/stat"_s.arg(QString::fromLatin1(bytes(pidFile).trimmed()));
        // Gone, or a zombie waiting for init to collect it.
        QTRY_VERIFY(!QFile::exists(stat) || bytes(stat).contains(") Z "));

        converter.setWaitHook([] { return false; });
        const auto cancelled = converter.convert(bytes(fixture(u"old.xls"_s)));
        qunsetenv("QINQING_SOFFICE");
        QCOMPARE(cancelled.error, u"the conversion was cancelled"_s);
    }

    void deletedAppealReleasesItsWorkOrder() {
        // Qinqing deletes no appeal; an administrator can (DELETE in sqlite3 or psql, say after
        // a wrong import). Its work order then guards nothing: the corrected or next file
        // imports it again, said as a warning and kept in the import's audit entry. An order
        // screened out (不予受理) is still an appeal and stays skipped.
        auto db = freshDatabase();
        auto hotline = [&db, this](const QString &file) {
            AppealCsvImporter importer(*db);
            importer.setMapping(*ImportMapping::builtIn(u"12345"_s));
            return importer.importFile(fixture(file));
        };
        const auto june = hotline(u"12345-2024-06.xlsx"_s);
        QVERIFY2(june.ok, qPrintable(messages(june.errors)));
        QCOMPARE(june.numbers, (QStringList{u"WS2024-0001"_s, u"WS2024-0002"_s, u"WS2024-0003"_s}));
        QSqlQuery q(db->sql());
        QVERIFY(q.exec(u"DELETE FROM appeals WHERE number = 'WS2024-0001'"_s));
        QVERIFY(q.exec(u"UPDATE appeals SET status = 'rejected' WHERE number = 'WS2024-0002'"_s));

        const auto july = hotline(u"12345-2024-07.xlsx"_s);
        QVERIFY2(july.ok, qPrintable(messages(july.errors)));
        QCOMPARE(july.imported, 2); // GD202406010001 again, GD202407010001 new
        QCOMPARE(messages(july.warnings),
                 u"row 2: 工单编号: GD202406010001 was imported before as an appeal that has "
                 "since been deleted: imported again"_s);
        QCOMPARE(messages(july.skipped),
                 u"row 3: 工单编号: GD202406010002 was imported before as WS2024-0002: skipped\n"
                 "row 5: 工单编号: GD202406010002 is also in row 3: skipped"_s);
        const QString again = july.numbers.first();
        QCOMPARE(WorkOrderLedger(*db).importedAs(u"12345"_s, u"GD202406010001"_s), again);
        QVERIFY(q.exec(u"SELECT detail FROM audit_log WHERE action = 'appeals_imported' "
                       "ORDER BY id DESC"_s));
        QVERIFY(q.next());
        QVERIFY2(q.value(0).toString().contains(
                     u"\"work_orders_imported_again\":[\"GD202406010001\"]"_s),
                 qPrintable(q.value(0).toString()));

        // Imported once more, the order is the new appeal's: skipped as any other.
        const auto august = hotline(u"12345-2024-07.xlsx"_s);
        QCOMPARE(august.imported, 0);
        QVERIFY(messages(august.skipped)
                    .startsWith(u"row 2: 工单编号: GD202406010001 was imported before as "_s +
                                again + u": skipped"_s));
    }

    void hostileWorkbooks_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("not a zip") << u"not-a-zip.xlsx"_s << u"is not an .xlsx workbook"_s;
        // Converted by LibreOffice, told the file is an .xls: not opened as text instead.
        QTest::newRow("damaged Excel 97-2003")
            << u"old.xls"_s
            << u"old.xls: LibreOffice could not read it as an Excel 97-2003 workbook (.xls): "
               "the file is damaged, or it is another kind of file"_s;
        QTest::newRow("no workbook part")
            << u"no-workbook.xlsx"_s << u"it has no xl/workbook.xml"_s;
        QTest::newRow("sheet part missing")
            << u"no-sheet-part.xlsx"_s << u"the part xl/worksheets/sheet1.xml is missing"_s;
        QTest::newRow("malformed XML") << u"malformed.xlsx"_s << u"the workbook is damaged"_s;
        QTest::newRow("shared string out of range")
            << u"bad-string-index.xlsx"_s << u"refers to text number 7"_s;
        QTest::newRow("huge shared-string table")
            << u"huge-sst.xlsx"_s << u"more than 2,000,000 different texts"_s;
        QTest::newRow("zip bomb") << u"bomb.xlsx"_s << u"a damaged file or a zip bomb"_s;
        QTest::newRow("a Word document") << u"word.xlsx"_s << u"Word document"_s;
    }

    void hostileWorkbooks() {
        QFETCH(QString, file);
        QFETCH(QString, message);
        auto db = freshDatabase();
        AppealCsvImporter importer(*db);
        QElapsedTimer timer;
        timer.start();
        const auto r = importer.importFile(fixture(file));
        QVERIFY2(timer.elapsed() < 30000, "a hostile workbook took more than 30 s");
        QVERIFY(!r.ok);
        QVERIFY2(messages(r.errors).contains(message), qPrintable(messages(r.errors)));
        QCOMPARE(appeals(*db).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestXlsxImport)
#include "tst_xlsximport.moc"
