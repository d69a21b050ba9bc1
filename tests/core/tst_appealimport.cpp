#include "TestPaths.h"
#include "core/AuditLog.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/DatabaseInitializer.h"
#include "core/import/AppealCsvImporter.h"
#include "core/import/CsvReader.h"
#include "core/import/LooseValueParser.h"
#include "core/import/TextFileDecoder.h"
#include "core/records/AppealNumbering.h"
#include "core/records/AppealRepository.h"
#include "core/records/EnterpriseRepository.h"
#include "tests/support/TestServer.h"

#include <QFile>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// CSV files as offices save them, imported all-or-nothing into a real SQLite file.
class TestAppealImport : public QObject {
    Q_OBJECT

private:
    Clock::Fixed m_today{QDate(2024, 7, 10)}; // "today" of the future-date rule
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_file = 0;

    const QString header = u"编号,提交单位,统一社会信用代码,企业负责人,联系电话,提交日期,渠道,"
                           "困难问题,意见建议,备注（前期问题困难反映情况及初步结果）,领域,"
                           "行业性（是/否）,紧急,收集部门\r\n"_s;

    int count(const QString &table) {
        QSqlQuery q(m_db->sql());
        if (!q.exec(u"SELECT count(*) FROM "_s + table) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

    QString write(const QByteArray &bytes) {
        const QString path = m_dir.filePath(u"import-%1.csv"_s.arg(++m_file));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(bytes);
        return path;
    }

    AppealCsvImporter importer() { return AppealCsvImporter(*m_db); }

    static QString messages(const QList<AppealCsvImporter::Message> &list) {
        QStringList out;
        for (const auto &m : list)
            out << m.toString();
        return out.join(u'\n');
    }

private slots:
    void init() {
        m_db = std::make_unique<Database>();
        QVERIFY2(
            m_db->open(TestServer::location(m_dir.path(), u"import-%1.sqlite"_s.arg(++m_file))),
            qPrintable(m_db->errorString()));
        DatabaseInitializer init(*m_db);
        QVERIFY2(init.initialize(u"wushen"_s), qPrintable(init.errorString()));
    }

    void cleanup() { m_db.reset(); }

    void csvReader() {
        CsvReader reader;
        const QString text = u"a,b,c\r\n\"x, y\",\"he said \"\"hi\"\"\",\"line1\r\nline2\"\n"
                             "\n,,\nlast,row,\"\""_s;
        QVERIFY2(reader.parse(text), qPrintable(reader.error()));
        const auto records = reader.records();
        QCOMPARE(records.size(), 5);
        QCOMPARE(records.at(1).fields,
                 (QStringList{u"x, y"_s, u"he said \"hi\""_s, u"line1\nline2"_s}));
        QCOMPARE(records.at(1).row, 2);
        QCOMPARE(records.at(1).line, 2);
        QVERIFY(records.at(2).isBlank()); // the empty line is spreadsheet row 3
        QCOMPARE(records.at(2).row, 3);
        QCOMPARE(records.at(2).line, 4);
        QVERIFY(records.at(3).isBlank());
        QCOMPARE(records.at(4).fields, (QStringList{u"last"_s, u"row"_s, QString()}));
        QCOMPARE(records.at(4).row, 5);
        QCOMPARE(records.at(4).line, 6);

        QVERIFY(!reader.parse(u"a,b\n1,\"open\n2,3\n"_s));
        QVERIFY(reader.error().contains(u"line 2"_s));
        QCOMPARE(CsvReader::guessDelimiter(u"a\tb\tc\n1,2\t3"_s), QChar(u'\t'));
        QCOMPARE(CsvReader::guessDelimiter(u"\"a,b\";c;d\n"_s), QChar(u';'));
        QCOMPARE(CsvReader::guessDelimiter(u"a,b;c,d\n"_s), QChar(u','));
    }

    void decoder() {
        const QString text = u"提交单位,困难问题\n乌审旗某公司,用地\n"_s;
        const auto plain = TextFileDecoder::decode(text.toUtf8());
        QVERIFY(plain.ok);
        QCOMPARE(plain.encoding, TextFileDecoder::Encoding::Utf8);
        QCOMPARE(plain.text, text);
        const auto bom = TextFileDecoder::decode("\xEF\xBB\xBF" + text.toUtf8());
        QCOMPARE(bom.encoding, TextFileDecoder::Encoding::Utf8Bom);
        QCOMPARE(bom.text, text);
        QStringEncoder gb("GB18030");
        QVERIFY(gb.isValid());
        const QByteArray gbBytes = gb(text);
        QVERIFY(gbBytes != text.toUtf8());
        const auto decoded = TextFileDecoder::decode(gbBytes);
        QVERIFY(decoded.ok);
        QCOMPARE(decoded.encoding, TextFileDecoder::Encoding::Gb18030);
        QCOMPARE(decoded.text, text);
        QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
        const auto wide = TextFileDecoder::decode(utf16(text));
        QCOMPARE(wide.encoding, TextFileDecoder::Encoding::Utf16Le);
        QCOMPARE(wide.text, text);
    }

    void looseValues() {
        for (const QString &s :
             {u"2024-07-05"_s, u"2024-7-5"_s, u"2024/7/5"_s, u"2024.7.5"_s, u"2024年7月5日"_s,
              u"2024年07月05日"_s, u"20240705"_s, u"2024/7/5 0:00"_s, u"２０２４－７－５"_s})
            QCOMPARE(LooseValueParser::parseDate(s), std::optional<QDate>(QDate(2024, 7, 5)));
        for (const QString &s : {u"2024-02-30"_s, u"7/5/2024"_s, u"24-7-5"_s, u"下周"_s, u""_s})
            QVERIFY2(!LooseValueParser::parseDate(s), qPrintable(s));
        QCOMPARE(LooseValueParser::parseYesNo(u"是"_s), std::optional<bool>(true));
        QCOMPARE(LooseValueParser::parseYesNo(u" 否 "_s), std::optional<bool>(false));
        QCOMPARE(LooseValueParser::parseYesNo(u""_s), std::optional<bool>(false));
        QCOMPARE(LooseValueParser::parseYesNo(u"Yes"_s), std::optional<bool>(true));
        QVERIFY(!LooseValueParser::parseYesNo(u"也许"_s));
    }

    void sampleFileImports() {
        // The committed sample: UTF-8 with BOM, ten rows, a multi-line cell, a comma in a cell.
        auto i = importer();
        const auto r = i.importFile(QStringLiteral(QINQING_TEST_DATA_DIR "/appeals-sample.csv"));
        QVERIFY2(r.ok, qPrintable(messages(r.errors)));
        QCOMPARE(r.imported, 10);
        QCOMPARE(r.encoding, u"UTF-8 with BOM"_s);
        QVERIFY2(r.warnings.isEmpty(), qPrintable(messages(r.warnings)));
        QCOMPARE(r.numbers.first(), u"WS2024-0001"_s);
        QCOMPARE(r.numbers.last(), u"WS2024-0010"_s);
        QCOMPARE(count(u"appeals"_s), 10);
        QCOMPARE(count(u"enterprises"_s), 10);

        AppealRepository appeals(*m_db);
        const auto multi = appeals.findByNumber(u"WS2024-0008"_s);
        QVERIFY(multi);
        QVERIFY(multi->problem.contains(u"\n1. 落户需开具多项证明；\n2."_s));
        const auto debts = appeals.findByNumber(u"WS2024-0009"_s);
        QVERIFY(debts->problem.contains(u"2,300万元"_s));
        QVERIFY(debts->industryWide);
        QVERIFY(debts->urgent);
        QCOMPARE(appeals.findByNumber(u"WS2024-0003"_s)->submitDate, QDate(2024, 7, 2));
        const auto first = appeals.findByNumber(u"WS2024-0001"_s);
        QCOMPARE(
            first->priorHandling,
            u"2024年5月已向旗自然资源局书面反映，答复正在审核。"_s.replace(u"已向"_s, u"曾向"_s));
        const auto enterprise = EnterpriseRepository(*m_db).find(first->enterpriseId);
        QCOMPARE(enterprise->name, u"乌审旗蒙泰能源化工有限公司"_s);
        QCOMPARE(enterprise->uscc.size(), 18);
        QVERIFY(first->collectingDepartmentId > 0);

        QSqlQuery q(m_db->sql());
        QVERIFY(q.exec(u"SELECT count(*) FROM audit_log WHERE entity = 'import'"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(AuditLog(*m_db).history(u"appeal"_s, first->id).first().action, u"created"_s);
    }

    void encodings_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        const QString text = header +
                             u",乌审旗蒙泰能源化工有限公司,,王建军,13947712345,2024年7月5日,"
                             "报名申请表,用地预审未批复,,,,否,是,\r\n"_s;
        QTest::newRow("UTF-8") << text.toUtf8() << u"UTF-8"_s;
        QTest::newRow("UTF-8 with BOM")
            << QByteArray("\xEF\xBB\xBF" + text.toUtf8()) << u"UTF-8 with BOM"_s;
        QStringEncoder gb("GB18030");
        QTest::newRow("GB18030") << QByteArray(gb(text)) << u"GB18030"_s;
    }

    void encodings() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        auto i = importer();
        const auto r = i.importFile(write(bytes));
        QVERIFY2(r.ok, qPrintable(messages(r.errors)));
        QCOMPARE(r.encoding, encoding);
        const auto a = AppealRepository(*m_db).findByNumber(r.numbers.first());
        QCOMPARE(a->submittingUnit, u"乌审旗蒙泰能源化工有限公司"_s);
        QCOMPARE(a->problem, u"用地预审未批复"_s);
        QCOMPARE(a->submitDate, QDate(2024, 7, 5));
        QVERIFY(a->urgent);
    }

    void englishHeaderAndQuotedCells() {
        const QString text =
            u"number,Submitting Unit,USCC,responsible_person,phone,submit_date,problem,"
            "suggestions,industry_wide\n"
            "HAND-1,\"内蒙古鑫盛新材料科技有限公司\",91110000600037341l,陈鑫,0473—8991510,"
            "2024/6/27,\"研发费用加计扣除：\n1. 流程不清楚，\n2. 担心\"\"多缴\"\"税款\",,no\n"_s;
        auto i = importer();
        const auto r = i.importFile(write(text.toUtf8()));
        QVERIFY2(r.ok, qPrintable(messages(r.errors)));
        QVERIFY2(r.warnings.isEmpty(), qPrintable(messages(r.warnings)));
        const auto a = AppealRepository(*m_db).findByNumber(u"HAND-1"_s);
        QVERIFY(a);
        QCOMPARE(a->problem, u"研发费用加计扣除：\n1. 流程不清楚，\n2. 担心\"多缴\"税款"_s);
        QCOMPARE(a->phone, u"0473—8991510"_s); // kept as typed
        QCOMPARE(EnterpriseRepository(*m_db).find(a->enterpriseId)->uscc, u"91110000600037341L"_s);
    }

    void badRowsWriteNothing() {
        // Five appeals, rows 2-6; rows 3 and 5 are bad. The enterprise of row 2 is new.
        Enterprise existing;
        existing.name = u"乌审旗天元煤炭运销有限公司"_s;
        QVERIFY(EnterpriseRepository(*m_db).insert(existing));
        const int appealsBefore = count(u"appeals"_s);
        const int enterprisesBefore = count(u"enterprises"_s);
        const int auditBefore = count(u"audit_log"_s);
        const QString text =
            header + u",新公司甲,,甲,13947712345,2024-07-01,,问题甲,,,,否,否,\r\n"
                     ",新公司乙,,乙,13947712345,2024-13-01,,问题乙,,,,否,否,\r\n"
                     ",乌审旗天元煤炭运销有限公司,,丙,13947712345,2024-07-02,,问题丙,,,,否,否,\r\n"
                     ",新公司丁,,丁,13947712345,2024-07-03,,,,,,也许,否,\r\n"
                     ",新公司戊,,戊,12345678,2024-07-04,,问题戊,,,,否,否,\r\n"_s;
        auto i = importer();
        const auto r = i.importFile(write(text.toUtf8()));
        QVERIFY(!r.ok);
        QCOMPARE(r.imported, 0);
        const QString errors = messages(r.errors);
        QCOMPARE(r.errors.size(), 3);
        QCOMPARE(r.errors.at(0).row, 3);
        QCOMPARE(r.errors.at(0).field, u"提交日期"_s);
        QVERIFY2(r.errors.at(0).toString().startsWith(u"row 3: 提交日期: \"2024-13-01\""_s),
                 qPrintable(errors));
        QVERIFY(errors.contains(u"row 5: 行业性（是/否）: \"也许\""_s));
        QVERIFY(errors.contains(u"row 5: 困难问题: is required"_s));
        QCOMPARE(r.warnings.size(), 1); // row 6's phone is odd but does not block
        QCOMPARE(r.warnings.first().row, 6);
        QCOMPARE(r.warnings.first().field, u"联系电话"_s);
        QCOMPARE(count(u"appeals"_s), appealsBefore);
        QCOMPARE(count(u"enterprises"_s), enterprisesBefore);
        QCOMPARE(count(u"audit_log"_s), auditBefore);
        QCOMPARE(count(u"departments"_s), 0);
    }

    void headerProblems() {
        auto i = importer();
        auto r = i.importFile(write(
            u"提交单位,预算,提交日期,困难问题,编号,number\n甲,1,2024-07-01,问题,,\n"_s.toUtf8()));
        QVERIFY(!r.ok);
        const QString errors = messages(r.errors);
        QVERIFY2(errors.contains(u"row 1: 预算: unknown column"_s), qPrintable(errors));
        QVERIFY2(errors.contains(u"row 1: number: names the same field as the column 编号"_s),
                 qPrintable(errors));
        r = i.importFile(write(u"提交单位,提交日期\n甲,2024-07-01\n"_s.toUtf8()));
        QVERIFY(!r.ok);
        QVERIFY2(messages(r.errors).contains(u"困难问题: the column is missing"_s),
                 qPrintable(messages(r.errors)));
        QCOMPARE(count(u"appeals"_s), 0);
    }

    void numbersCollide() {
        Appeal a;
        a.number = u"WS2024-0001"_s;
        a.submittingUnit = u"甲"_s;
        a.problem = u"问题"_s;
        a.submitDate = QDate(2024, 7, 1);
        QVERIFY(AppealRepository(*m_db).insert(a));
        const QString text = u"序号,编号,提交单位,提交日期,困难问题\n"
                             "1,WS2024-0001,乙,2024-07-01,问题\n"
                             "2,X-7,丙,2024-07-01,问题\n"
                             "3,X-7,丁,2024-07-01,问题\n"
                             "4,,戊,2024-07-01,问题\n"_s;
        auto i = importer();
        const auto r = i.importFile(write(text.toUtf8()));
        const QString errors = messages(r.errors);
        QCOMPARE(r.errors.size(), 2);
        QVERIFY2(errors.contains(u"row 2: 编号: WS2024-0001 is already used"_s),
                 qPrintable(errors));
        QVERIFY2(errors.contains(u"row 4: 编号: X-7 is also the number in row 3"_s),
                 qPrintable(errors));
        QCOMPARE(count(u"appeals"_s), 1);
    }

    void enterpriseMatching() {
        Enterprise known;
        known.name = u"乌审旗博源天然气化工有限公司"_s;
        QVERIFY(EnterpriseRepository(*m_db).insert(known));
        const QString text = u"提交单位,统一社会信用代码,提交日期,困难问题\n"
                             "乌审旗博源天然气化工有限公司,91150626MA0N6X8K2N,2024-07-01,甲\n"
                             "博源化工（简称）,91150626MA0N6X8K2N,2024-07-02,乙\n"
                             "新企业,,2024-07-03,丙\n"
                             "新企业,,2024-07-04,丁\n"_s;
        auto i = importer();
        const auto r = i.importFile(write(text.toUtf8()));
        QVERIFY2(r.ok, qPrintable(messages(r.errors)));
        QCOMPARE(r.createdEnterprises, QStringList{u"新企业"_s});
        QCOMPARE(count(u"enterprises"_s), 2);
        // The file's code filled the stored record's gap; row 3 matched by that code.
        QCOMPARE(EnterpriseRepository(*m_db).find(known.id)->uscc, u"91150626MA0N6X8K2N"_s);
        AppealRepository appeals(*m_db);
        QCOMPARE(appeals.forEnterprise(known.id).size(), 2);
        QCOMPARE(appeals.findByNumber(r.numbers.at(1))->submittingUnit, u"博源化工（简称）"_s);
    }

    // More rows than one statement stores (BatchInsert: 1,000): every row once, numbered in
    // order, with its enterprise, department and history; and a statement that fails after
    // others have run leaves nothing of the import (all or nothing, as row by row).
    void manyRowsAllOrNothing() {
        QString text = u"提交单位,提交日期,困难问题,收集部门\n"_s;
        for (int row = 1; row <= 2500; ++row)
            text += u"企业%1,2024-07-01,问题%2,部门%3\n"_s.arg(row % 300).arg(row).arg(row % 7);
        const QString path = write(text.toUtf8());
        // A rule the checks do not know breaks row 2,222, in the third statement.
        Appeal clash;
        clash.submittingUnit = u"甲"_s;
        clash.problem = u"问题2222"_s;
        clash.submitDate = QDate(2024, 7, 1);
        QVERIFY(AppealRepository(*m_db).insert(clash));
        QSqlQuery q(m_db->sql());
        QVERIFY(q.exec(u"CREATE UNIQUE INDEX test_problem_once ON appeals (problem)"_s));
        const int entries = count(u"audit_log"_s);
        auto r = importer().importFile(path);
        QVERIFY(!r.ok);
        QCOMPARE(count(u"appeals"_s), 1);
        QCOMPARE(count(u"enterprises"_s), 0);
        QCOMPARE(count(u"departments"_s), 0);
        QCOMPARE(count(u"audit_log"_s), entries);

        QVERIFY(q.exec(u"DROP INDEX test_problem_once"_s));
        r = importer().importFile(path);
        QVERIFY2(r.ok, qPrintable(messages(r.errors)));
        QCOMPARE(r.imported, 2500);
        QCOMPARE(count(u"appeals"_s), 2501);
        QCOMPARE(count(u"enterprises"_s), 300);
        QCOMPARE(count(u"departments"_s), 7);
        // created: 2,500 appeals, 300 enterprises, 7 departments; and the import itself.
        QCOMPARE(count(u"audit_log"_s), entries + 2500 + 300 + 7 + 1);
        const QString pattern = AppealNumbering(*m_db).pattern();
        QCOMPARE(r.numbers.first(), AppealNumbering::format(pattern, 2024, 2));
        QCOMPARE(r.numbers.last(), AppealNumbering::format(pattern, 2024, 2501));
        AppealRepository appeals(*m_db);
        const Appeal last = *appeals.findByNumber(r.numbers.last());
        QCOMPARE(last.problem, u"问题2500"_s);
        QCOMPARE(EnterpriseRepository(*m_db).find(last.enterpriseId)->name, u"企业100"_s);
        QVERIFY(last.collectingDepartmentId > 0);
        QCOMPARE(AuditLog(*m_db).history(u"appeal"_s, last.id).size(), 1);
    }

    void titleRowAndBlankRows() {
        // A title row above the header, blank rows and a 序号 column, as ledgers have them.
        const QString text = u"乌审旗政务服务“亲清”政企恳谈会议题表,,,\n"
                             "序号,提交企业,提交日期,困难问题\n"
                             ",,,\n"
                             "1,甲公司,2024-07-01,问题\n"
                             "\n"
                             "2,乙公司,2024-07-01,\n"_s;
        auto i = importer();
        const auto r = i.importFile(write(text.toUtf8()));
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors.first().row, 6); // the row as Excel numbers it
        QCOMPARE(r.errors.first().field, u"困难问题"_s);
    }

    void dryRunWritesNothing() {
        auto i = importer();
        i.setDryRun(true);
        const auto r = i.importFile(QStringLiteral(QINQING_TEST_DATA_DIR "/appeals-sample.csv"));
        QVERIFY(r.ok);
        QCOMPARE(r.imported, 10);
        QCOMPARE(count(u"appeals"_s), 0);
        QCOMPARE(count(u"enterprises"_s), 0);
    }

    void unreadableFiles() {
        auto i = importer();
        auto r = i.importFile(m_dir.filePath(u"missing.csv"_s));
        QVERIFY(!r.ok);
        QVERIFY(messages(r.errors).contains(u"no such file"_s));
        r = i.importFile(write(QByteArray()));
        QVERIFY(!r.ok);
        r = i.importFile(write("\xEF\xBB\xBF\xFF\xFE\x80"));
        QVERIFY(!r.ok);
        QVERIFY(messages(r.errors).contains(u"UTF-8"_s));
    }
};

QTEST_GUILESS_MAIN(TestAppealImport)
#include "tst_appealimport.moc"
