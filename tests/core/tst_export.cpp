#include "core/ProfileRepository.h"
#include "core/export/CsvExporter.h"
#include "core/export/ExportQuery.h"
#include "core/export/PublicMasker.h"
#include "core/export/TableExporter.h"
#include "tests/core/DashboardFixture.h"
#include "tests/support/SpreadsheetRead.h"
#include "tests/support/TestServer.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace DashboardFixture;

// Exports read back the way users' tools read them (tests/support/SpreadsheetRead.h).
class TestExport : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir;
    Database db;
    qint64 meetingId = 0;

    static QJsonObject readXlsx(const QString &path) { return SpreadsheetRead::xlsx(path); }
    static QJsonArray readCsv(const QString &path) { return SpreadsheetRead::csv(path); }

    static QString cellText(const QVariant &v) {
        return v.typeId() == QMetaType::QDate ? v.toDate().toString(Qt::ISODate) : v.toString();
    }

    ExportTable problemList() {
        ExportQuery q(db);
        const auto t = q.build(ExportQuery::Kind::ProblemList, {});
        if (!t)
            qWarning() << q.errorString();
        return t.value_or(ExportTable{});
    }

private slots:
    void initTestCase() {
        QVERIFY(db.open(TestServer::location(dir.path(), u"export.sqlite"_s)));
        DatabaseInitializer init(db);
        QVERIFY(init.initialize(u"wuhai"_s));
        const qint64 land = department(db, u"市自然资源局"_s);
        const qint64 industry = department(db, u"市工业和信息化局"_s);
        meetingId = meeting(db, d("2024-03-15"), u"第一次接待日"_s);
        AppealSpec a;
        a.number = u"WH2024-0001"_s;
        a.problem = u"项目用地手续办理缓慢，联系人张三，电话13912345678，座机0473-8991510。"_s;
        const qint64 a1 = appeal(db, a);
        a.number = u"WH2024-0002"_s;
        a.unit = u"乌海市某某能源有限公司"_s;
        a.person = u"李红梅"_s;
        a.phone = u"0473-3998316"_s;
        a.submitted = d("2024-02-20");
        a.domain = u"融资"_s;
        a.problem = u"贷款审批慢, 需要\"绿色通道\"\n请李红梅（法人）协调。"_s;
        const qint64 a2 = appeal(db, a);
        a.number = u"WH2024-0003"_s;
        a.submitted = d("2024-03-01");
        a.problem = u"尚未交办的问题"_s;
        appeal(db, a);
        AssignmentSpec s1 = spec(a1, land, d("2024-03-18"), d("2024-04-17"));
        s1.meetingId = meetingId;
        s1.status = u"evaluated"_s;
        s1.completedOn = d("2024-04-10");
        const qint64 as1 = assignment(db, s1);
        AssignmentSpec s2 = spec(a2, industry, d("2024-03-18"), d("2024-04-17"));
        s2.meetingId = meetingId;
        assignment(db, s2);
        evaluation(db, as1, d("2024-04-15"), u"satisfied"_s);
    }

    void xlsxRoundTrip() {
        const ExportTable table = problemList();
        QCOMPARE(table.rows.size(), 3);
        const QString path = dir.filePath(u"问题清单.xlsx"_s);
        QString error;
        QVERIFY2(TableExporter::write(table, path, {}, {}, &error), qPrintable(error));
        const QJsonObject book = readXlsx(path);
        const QJsonArray sheets = book.value("sheets"_L1).toArray();
        QCOMPARE(sheets.size(), 1);
        const QJsonObject sheet = sheets.first().toObject();
        QCOMPARE(sheet.value("name"_L1).toString(), u"问题建议清单"_s);
        QCOMPARE(sheet.value("freeze"_L1).toString(), u"A2"_s);
        const QJsonArray rows = sheet.value("rows"_L1).toArray();
        QCOMPARE(rows.size(), table.rows.size() + 1);
        const QJsonArray header = rows.first().toArray();
        for (int c = 0; c < table.columns.size(); ++c)
            QCOMPARE(header.at(c).toString(), table.columns.at(c).header);
        for (int r = 0; r < table.rows.size(); ++r) {
            const QJsonArray got = rows.at(r + 1).toArray();
            for (int c = 0; c < table.columns.size(); ++c) {
                const QVariant want = table.rows.at(r).value(c);
                const QJsonValue cell = got.at(c);
                if (want.typeId() == QMetaType::QDate) {
                    QVERIFY2(cell.isObject(), qPrintable(table.columns.at(c).header));
                    QCOMPARE(cell.toObject().value("date"_L1).toString(),
                             want.toDate().toString(Qt::ISODate));
                } else if (cellText(want).isEmpty()) {
                    QVERIFY(cell.isNull());
                } else {
                    QCOMPARE(cell.toString(), want.toString());
                }
            }
        }
        // Column widths and wrapping as the table asks: 困难问题 is wide and wrapped.
        const int problem = table.columnIndex(u"problem"_s);
        QVERIFY(sheet.value("wrap"_L1).toArray().at(problem).toBool());
        QVERIFY(!sheet.value("wrap"_L1).toArray().at(0).toBool());
        QVERIFY(sheet.value("widths"_L1).toObject().value("H"_L1).toDouble() > 40);
        QVERIFY(QDir(dir.path()).entryList({u"*.part"_s}, QDir::Files | QDir::Hidden).isEmpty());
    }

    void sheetPerDepartment() {
        ExportQuery q(db);
        const ExportTable table = *q.build(ExportQuery::Kind::Assignments, {});
        const QString path = dir.filePath(u"assignments.xlsx"_s);
        QString error;
        QVERIFY2(TableExporter::write(table, path, {true}, {}, &error), qPrintable(error));
        const QJsonArray sheets = readXlsx(path).value("sheets"_L1).toArray();
        QStringList names;
        for (const QJsonValue &s : sheets)
            names << s.toObject().value("name"_L1).toString();
        QCOMPARE(names, (QStringList{u"交办事项清单"_s, u"市工业和信息化局"_s, u"市自然资源局"_s}));
        for (int i = 1; i < sheets.size(); ++i)
            QCOMPARE(sheets.at(i).toObject().value("rows"_L1).toArray().size(), 2);
    }

    void csvOpensWithChinese() {
        const ExportTable table = problemList();
        const QString path = dir.filePath(u"问题清单.csv"_s);
        QString error;
        QVERIFY2(TableExporter::write(table, path, {}, {}, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // Excel and WPS need the BOM for UTF-8
        QVERIFY(bytes.contains("\r\n"));
        const QJsonArray rows = readCsv(path);
        QCOMPARE(rows.size(), table.rows.size() + 1);
        QCOMPARE(rows.first().toArray().at(0).toString(), u"编号"_s);
        QCOMPARE(rows.first().toArray().at(7).toString(), u"困难问题"_s);
        for (int r = 0; r < table.rows.size(); ++r) {
            for (int c = 0; c < table.columns.size(); ++c)
                QCOMPARE(rows.at(r + 1).toArray().at(c).toString(),
                         cellText(table.rows.at(r).value(c)));
        }
    }

    void publicExportHasNoPersonalData() {
        const RuleProfile wuhai = *ProfileRepository::builtIn(u"wuhai"_s);
        const ExportTable masked = PublicMasker::apply(problemList(), wuhai.publicFields);
        QCOMPARE(masked.keys(), (QStringList{u"number"_s, u"submittingUnit"_s, u"submitDate"_s,
                                             u"domain"_s, u"problem"_s, u"leadDepartment"_s,
                                             u"status"_s, u"result"_s, u"completedOn"_s}));
        const QString csv = dir.filePath(u"public.csv"_s);
        const QString xlsx = dir.filePath(u"public.xlsx"_s);
        QString error;
        QVERIFY2(TableExporter::write(masked, csv, {}, {}, &error), qPrintable(error));
        QVERIFY2(TableExporter::write(masked, xlsx, {}, {}, &error), qPrintable(error));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll()) +
                             QString::fromUtf8(QJsonDocument(readXlsx(xlsx)).toJson());
        static const QRegularExpression mobile(u"1[3-9]\\d{9}"_s);
        static const QRegularExpression landline(u"0\\d{2,3}-?\\d{7,8}"_s);
        QVERIFY(!text.contains(mobile));
        QVERIFY(!text.contains(landline));
        for (const QString &name : {u"张三"_s, u"李红梅"_s, u"赵六"_s, u"李四"_s})
            QVERIFY2(!text.contains(name), qPrintable(name));
        QVERIFY(text.contains(u"联系人张*"_s));
        QVERIFY(text.contains(u"139****5678"_s));
        QVERIFY(text.contains(u"项目用地手续办理缓慢"_s)); // the substance stays readable
    }

    void maskingRules_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("mobile") << u"电话13912345678。"_s << u"电话139****5678。"_s;
        QTest::newRow("+86 mobile") << u"+8613912345678"_s << u"+86139****5678"_s;
        QTest::newRow("landline") << u"0473-8991510"_s << u"0473-****510"_s;
        QTest::newRow("id number")
            << u"身份证150302199001011234"_s << u"身份证150302********1234"_s;
        QTest::newRow("hotline kept") << u"拨打12345热线"_s << u"拨打12345热线"_s;
        QTest::newRow("labelled name") << u"负责人：王小明"_s << u"负责人：王**"_s;
    }

    void maskingRules() {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(PublicMasker::maskText(input, {}), expected);
    }

    void cancelLeavesNothingBehind() {
        ExportTable big = problemList();
        for (int i = 0; i < 12; ++i)
            big.rows += big.rows;
        QVERIFY(big.rows.size() > 10000);
        for (const QString &name : {u"cancel.xlsx"_s, u"cancel.csv"_s}) {
            const QString path = dir.filePath(name);
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old");
            old.close();
            int calls = 0;
            QString error;
            const bool ok = TableExporter::write(
                big, path, {}, [&](int done, int) { return ++calls < 3 && done < 5000; }, &error);
            QVERIFY(!ok);
            QVERIFY(!error.isEmpty());
            QVERIFY(old.open(QIODevice::ReadOnly));
            QCOMPARE(old.readAll(), QByteArray("old"));
            old.close();
        }
        QVERIFY(QDir(dir.path()).entryList({u"*.part"_s}, QDir::Files | QDir::Hidden).isEmpty());
        QString error;
        QVERIFY(!TableExporter::write(big, dir.filePath(u"missing/x.xlsx"_s), {}, {}, &error));
        QVERIFY(error.contains(u"missing"_s));
        QVERIFY(!TableExporter::write(big, dir.filePath(u"x.txt"_s), {}, {}, &error));
    }

    void filters() {
        ExportQuery q(db);
        ExportQuery::Filter f;
        f.from = d("2024-02-01");
        QCOMPARE(q.build(ExportQuery::Kind::ProblemList, f)->rows.size(), 2);
        f = {};
        f.meetingId = meetingId;
        QCOMPARE(q.build(ExportQuery::Kind::ProblemList, f)->rows.size(), 2);
        const ExportTable evaluations = *q.build(ExportQuery::Kind::Evaluations, {});
        QCOMPARE(evaluations.rows.size(), 1);
        QCOMPARE(evaluations.rows.first().value(evaluations.columnIndex(u"level"_s)).toString(),
                 u"满意"_s);
    }

    void cli() {
        const QString cliPath = qEnvironmentVariable("QINQING_CLI");
        QVERIFY(QFile::exists(cliPath));
        const QString out = dir.filePath(u"cli-public.xlsx"_s);
        QProcess p;
        p.start(cliPath,
                {u"--db"_s, db.path(), u"export"_s, u"problem-list"_s, u"--public"_s, u"--from"_s,
                 u"2024-01-01"_s, u"--to"_s, u"2024-12-31"_s, u"--out"_s, out});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(QString::fromUtf8(p.readAllStandardOutput()).contains(out));
        const QJsonArray rows = readXlsx(out)
                                    .value("sheets"_L1)
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value("rows"_L1)
                                    .toArray();
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.first().toArray().size(), 9);

        p.start(cliPath, {u"--db"_s, db.path(), u"export"_s, u"nonsense"_s, u"--out"_s, out});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        p.start(cliPath, {u"--db"_s, db.path(), u"export"_s, u"assignments"_s, u"--out"_s,
                          dir.filePath(u"x.doc"_s)});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
