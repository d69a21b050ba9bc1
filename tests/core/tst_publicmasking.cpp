#include "TestPaths.h"
#include "core/ProfileRepository.h"
#include "core/export/ExportQuery.h"
#include "core/export/MaskedSource.h"
#include "core/export/PersonalDataMask.h"
#include "core/export/PublicMasker.h"
#include "core/export/TableExporter.h"
#include "tests/core/DashboardFixture.h"
#include "tests/support/CliRun.h"
#include "tests/support/SpreadsheetRead.h"
#include "tests/support/TestServer.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace DashboardFixture;

// The public (公开) export hides personal data: the masking corpus (tests/data/
// masking-corpus.tsv, over 200 hostile cases) through PersonalDataMask, and a whole export of a
// record whose texts name its people and numbers in every way the corpus does.
class TestPublicMasking : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir;

    static QString unescape(QString text) {
        return text.replace(u"\\n"_s, u"\n"_s).replace(u"\\t"_s, u"\t"_s);
    }

private slots:
    void corpus() {
        QFile file(QStringLiteral(QINQING_TEST_DATA_DIR "/masking-corpus.tsv"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        int cases = 0;
        QStringList failures;
        int line = 0;
        for (const QString &text : QString::fromUtf8(file.readAll()).split(u'\n')) {
            ++line;
            if (text.isEmpty() || text.startsWith(u'#'))
                continue;
            const QStringList f = text.split(u'\t');
            QVERIFY2(f.size() == 4, qPrintable(u"line %1: %2 columns"_s.arg(line).arg(f.size())));
            PersonalDataMask mask;
            for (const QString &name : f.at(0).split(u'|', Qt::SkipEmptyParts))
                mask.addName(name);
            for (const QString &phone : f.at(1).split(u'|', Qt::SkipEmptyParts))
                mask.addPhone(phone);
            const QString input = unescape(f.at(2));
            const QString want = unescape(f.at(3));
            const QString got = mask.apply(input);
            if (got != want)
                failures << u"line %1: %2\n   want %3\n    got %4"_s.arg(line).arg(input, want,
                                                                                   got);
            QCOMPARE(got.size(), input.size()); // masking keeps the text's shape
            ++cases;
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
        QVERIFY(cases >= 200);
    }

    void namesKeepTheirWholeSurname() {
        QCOMPARE(PublicMasker::maskName(u"欧阳娜娜"_s), u"欧阳**"_s);
        QCOMPARE(PublicMasker::maskName(u"司马光"_s), u"司马*"_s);
        QCOMPARE(PublicMasker::maskName(u"张三"_s), u"张*"_s);
        QCOMPARE(PublicMasker::maskName(u"李秀英"_s), u"李**"_s);
        QCOMPARE(PublicMasker::maskName(u"欧阳"_s), u"欧*"_s);
        QCOMPARE(PublicMasker::maskName(u" 王小明 "_s), u"王**"_s);
    }

    // A record whose enterprise, lead department and assignment hold people and numbers that
    // no public column shows; its texts mention all of them, unlabelled and oddly written.
    void recordsOwnPeopleAreMaskedEverywhere() {
        Database db;
        QVERIFY(db.open(TestServer::location(dir.path(), u"public.sqlite"_s)));
        DatabaseInitializer init(db);
        QVERIFY(init.initialize(u"wuhai"_s));
        const qint64 dept = department(db, u"市自然资源局"_s, u"0473-3998316"_s);
        exec(db, u"UPDATE departments SET contact = '慕容雪' WHERE id = ?"_s, {dept});
        const qint64 enterprise =
            exec(db,
                 u"INSERT INTO enterprises (name, responsible_person, phone, created_at, "
                 "updated_at) VALUES ('乌海市某某化工有限公司', '司马相如', '139 4771 2345', "
                 "'2024-01-01', '2024-01-01')"_s,
                 {});
        AppealSpec a;
        a.number = u"WH2024-0001"_s;
        a.person = u"欧阳娜娜"_s;
        a.phone = u"0477-7512368"_s;
        a.problem = u"欧阳娜娜反映：用地手续慢，请李 秀 英或司马相如协调（电话７５１２３６８，"
                    "手机+86 139-4771-2345，身份证150302 19900101 1234，邮箱onyang@163.com）；"
                    "已找慕容雪。负责人身份证号另附。"_s;
        const qint64 appealId = appeal(db, a);
        exec(db, u"UPDATE appeals SET enterprise_id = ? WHERE id = ?"_s, {enterprise, appealId});
        AssignmentSpec s = spec(appealId, dept, d("2024-03-18"), d("2024-04-17"));
        s.completedOn = d("2024-04-10");
        s.status = u"done"_s;
        const qint64 assignmentId = assignment(db, s);
        exec(db,
             u"UPDATE assignments SET lead_contact = '李秀英', lead_phone = '13800001111', "
             "result = '已由李秀英（13800001111）会同欧阳娜娜办结' WHERE id = ?"_s,
             {assignmentId});

        const RuleProfile wuhai = *ProfileRepository::builtIn(u"wuhai"_s);
        ExportQuery query(db);
        const std::unique_ptr<ExportSource> source =
            query.source(ExportQuery::Kind::ProblemList, {}, ExportQuery::Purpose::Publication);
        MaskedSource masked(*source, wuhai.publicFields);
        const QString path = dir.filePath(u"public.xlsx"_s);
        QString error;
        QVERIFY2(TableExporter::write(masked, path, {}, {}, &error), qPrintable(error));
        const QJsonArray rows = SpreadsheetRead::xlsxRows(path);
        QCOMPARE(rows.size(), 2);
        QString text;
        for (const QJsonValue &cell : rows.at(1).toArray())
            text += cell.toString() + u'|';
        for (const QString &secret :
             {u"娜娜"_s, u"相如"_s, u"秀 英"_s, u"秀英"_s, u"慕容雪"_s, u"７５１２３６８"_s,
              u"4771"_s, u"19900101"_s, u"onyang"_s, u"00001111"_s})
            QVERIFY2(!text.contains(secret), qPrintable(secret + u" in "_s + text));
        QVERIFY2(text.contains(u"欧阳**反映：用地手续慢，请李 * *或司马**协调"_s),
                 qPrintable(text));
        QVERIFY2(text.contains(u"负责人身份证号另附"_s), qPrintable(text)); // words stay
        QVERIFY2(text.contains(u"已由李**（138****1111）会同欧阳**办结"_s), qPrintable(text));

        // The command line's --public goes the same way.
        const QString csv = dir.filePath(u"public.csv"_s);
        const CliRun::Result r = CliRun::run(
            db.path(), {u"export"_s, u"problem-list"_s, u"--public"_s, u"--out"_s, csv});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString exported = QString::fromUtf8(f.readAll());
        QVERIFY2(!exported.contains(u"娜娜"_s) && !exported.contains(u"4771"_s),
                 qPrintable(exported));
        QVERIFY2(exported.contains(u"司马**"_s), qPrintable(exported));
    }
};

QTEST_GUILESS_MAIN(TestPublicMasking)
#include "tst_publicmasking.moc"
