#include "TestPaths.h"
#include "core/Database.h"
#include "core/DatabaseInitializer.h"
#include "core/import/AppealCsvImporter.h"
#include "core/import/ExcelCellValue.h"
#include "core/import/XlsxReader.h"
#include "core/records/AppealRepository.h"
#include "tests/support/Soffice.h"
#include "tests/support/TestServer.h"

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

    void hostileWorkbooks_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("not a zip") << u"not-a-zip.xlsx"_s << u"is not an .xlsx workbook"_s;
        QTest::newRow("Excel 97-2003") << u"old.xls"_s << u"Excel 97-2003 workbook (.xls)"_s;
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
