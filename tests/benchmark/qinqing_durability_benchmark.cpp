// qinqing-durability-benchmark: what synchronous=FULL (issue 13: a reported commit survives a
// power cut) costs against SQLite's NORMAL, on a demo office's file: a clerk's single saves
// (one commit each), a 3,000-row import (one commit, after its snapshot) and the snapshot
// alone (VACUUM INTO). Markdown on standard output; see tests/benchmark/README.md.
#include "core/Database.h"
#include "core/DatabaseInitializer.h"
#include "core/TransactionGuard.h"
#include "core/backup/DatabaseBackup.h"
#include "core/demo/DemoDataGenerator.h"
#include "core/import/AppealCsvImporter.h"
#include "tests/benchmark/BenchmarkTiming.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

QByteArray csv(int rows, int round) {
    QByteArray data = "编号,提交单位,统一社会信用代码,企业负责人,联系电话,提交日期,渠道,"
                      "困难问题,意见建议,备注,领域,行业性（是/否）,紧急,收集部门\n";
    for (int i = 1; i <= rows; ++i)
        data += u",基准企业%1-%2,,王建军,13947712345,2024-07-05,报名申请表,第%1号诉求：用地预审"
                "未批复。,建议明确时限。,,自然资源,否,,自然资源局\n"_s.arg(i)
                    .arg(round)
                    .toUtf8();
    return data;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
        {u"dir"_s, u"folder for the database (a real disk, not tmpfs)"_s, u"DIR"_s, u"."_s});
    parser.addOption({u"appeals"_s, u"demo appeals in the file"_s, u"N"_s, u"10000"_s});
    parser.addOption({u"saves"_s, u"single saves per run"_s, u"N"_s, u"100"_s});
    parser.addOption(
        {u"runs"_s, u"runs per measurement, the median is reported"_s, u"R"_s, u"5"_s});
    parser.process(app);
    const int saves = parser.value(u"saves"_s).toInt();
    const int runs = parser.value(u"runs"_s).toInt();
    QTemporaryDir dir(QDir(parser.value(u"dir"_s)).filePath(u"durability-XXXXXX"_s));
    const QString path = dir.filePath(u"office.sqlite"_s);
    QTextStream out(stdout);
    Database db;
    if (!db.open(path) || !DatabaseInitializer(db).initialize(u"wushen"_s)) {
        out << db.errorString() << Qt::endl;
        return 1;
    }
    DemoDataGenerator::Options options;
    options.appeals = parser.value(u"appeals"_s).toInt();
    if (!DemoDataGenerator(db).generate(options)) {
        out << "demo failed" << Qt::endl;
        return 1;
    }
    out << "| " << options.appeals << " appeals, median of " << runs
        << " | NORMAL wall | NORMAL CPU | FULL wall | FULL CPU | FULL/NORMAL wall |\n"
        << "|---|---|---|---|---|---|\n";
    int round = 0;
    auto measure = [&](const QString &what, const std::function<void()> &work) {
        Timing t[2];
        for (int full = 0; full < 2; ++full) {
            QSqlQuery(db.sql()).exec(full ? u"PRAGMA synchronous = FULL"_s
                                          : u"PRAGMA synchronous = NORMAL"_s);
            t[full] = BenchmarkTiming::median(runs, work);
        }
        out << "| " << what << " | " << BenchmarkTiming::ms(t[0].wall) << " | "
            << BenchmarkTiming::ms(t[0].cpu) << " | " << BenchmarkTiming::ms(t[1].wall) << " | "
            << BenchmarkTiming::ms(t[1].cpu) << " | "
            << QString::number(t[1].wall / std::max(t[0].wall, 0.001), 'f', 2) << "× |" << Qt::endl;
    };
    measure(u"%1 single saves (one commit each)"_s.arg(saves), [&] {
        QSqlQuery q(db.sql());
        q.prepare(u"UPDATE appeals SET suggestions = ? WHERE id = ?"_s);
        for (int i = 1; i <= saves; ++i) {
            TransactionGuard tx(db.sql());
            q.addBindValue(u"已电话回访 %1"_s.arg(++round));
            q.addBindValue(i);
            q.exec();
            tx.commit();
        }
    });
    measure(u"snapshot of the file (VACUUM INTO)"_s, [&] {
        const QString file = dir.filePath(u"snapshot.sqlite"_s);
        QFile::remove(file);
        QString error;
        DatabaseBackup::vacuumInto(db.sql(), file, &error);
    });
    measure(u"import of 3,000 appeals (snapshot included)"_s, [&] {
        AppealCsvImporter importer(db);
        importer.importData(csv(3000, ++round));
    });
    return 0;
}
