// qinqing-forms-benchmark [N]: prints N (default 1,000) filled assignment sheets of one meeting
// into one PDF, as a clerk's batch print does, and reports the time of each step in Markdown.
#include "core/Database.h"
#include "core/DatabaseInitializer.h"
#include "core/TransactionGuard.h"
#include "forms/BatchPrinter.h"
#include "forms/FormPrinter.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int n = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000;
    QTextStream out(stdout);
    QTemporaryDir dir;
    Database db;
    if (!db.open(dir.filePath(u"bench.sqlite"_s)) ||
        !DatabaseInitializer(db).initialize(u"wushen"_s))
        return 1;
    {
        TransactionGuard guard(db.sql());
        QSqlQuery q(db.sql());
        const QString now = u"2024-07-01T00:00:00"_s;
        for (int d = 1; d <= 12; ++d)
            q.exec(u"INSERT INTO departments(id,name,contact,phone) VALUES (%1,'部门%1','联系人%1',"
                   "'0477-75600%1')"_s.arg(d));
        q.exec(
            u"INSERT INTO meetings(id,meeting_date,created_at) VALUES (1,'2024-07-05','%1')"_s.arg(
                now));
        for (int i = 1; i <= n; ++i) {
            q.prepare(
                u"INSERT INTO appeals(id,number,submitting_unit,submit_date,problem,suggestions,"
                "created_at,updated_at) VALUES (?,?,?,?,?,?,?,?)"_s);
            q.addBindValue(i);
            q.addBindValue(u"WS2024-%1"_s.arg(i, 4, 10, QLatin1Char('0')));
            q.addBindValue(u"第%1号企业有限公司"_s.arg(i));
            q.addBindValue(u"2024-07-01"_s);
            q.addBindValue(
                u"企业反映用地审批、用电报装和融资担保等环节办理周期长，影响项目按期投产。"_s
                    .repeated(4));
            q.addBindValue(u"建议开通重点项目审批绿色通道。"_s);
            q.addBindValue(now);
            q.addBindValue(now);
            q.exec();
            q.exec(
                u"INSERT INTO assignments(id,appeal_id,meeting_id,lead_department_id,assigned_on,"
                "due_date,original_due_date,result,feedback,created_at,updated_at) VALUES "
                "(%1,%1,1,%2,'2024-07-08','2024-07-23','2024-07-23','已办结。','已电话反馈企业。',"
                "'%3','%3')"_s.arg(i)
                    .arg(i % 12 + 1)
                    .arg(now));
            q.exec(
                u"INSERT INTO assignment_cooperators(assignment_id,department_id) VALUES (%1,%2),(%1,%3)"_s
                    .arg(i)
                    .arg((i + 1) % 12 + 1)
                    .arg((i + 2) % 12 + 1));
        }
        guard.commit();
    }
    QElapsedTimer timer;
    timer.start();
    FormPrinter::Request r;
    r.kind = FormPrinter::Kind::Form2;
    r.meetingId = 1;
    const auto docs = FormPrinter(db).documents(r);
    const qint64 loadMs = timer.restart();
    BatchPrinter batch;
    const QString path = dir.filePath(u"sheets.pdf"_s);
    if (!batch.writePdf(docs, path)) {
        out << batch.errorString() << Qt::endl;
        return 1;
    }
    const qint64 printMs = timer.elapsed();
    out << "| step | time |\n|---|---|\n";
    out << "| load " << docs.size() << " assignment sheets (SQL + HTML) | " << loadMs << " ms |\n";
    out << "| lay out and write one PDF (" << batch.pagesPrinted() << " A4 pages, "
        << QFileInfo(path).size() / 1024 << " KiB) | " << printMs << " ms |\n";
    out << "| total | " << loadMs + printMs << " ms |" << Qt::endl;
    return 0;
}
