#include "forms/ChineseFormat.h"
#include "forms/FormPrinter.h"
#include "forms/report/ReminderNotice.h"
#include "tests/support/CliRun.h"
#include "tests/support/PdfWords.h"
#include "tests/support/SummaryReportFixture.h"
#include "tests/support/TestServer.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using SummaryReportFixture::d;

// The 催办通知 of an overdue assignment, printed as a clerk does with `qinqing-cli print reminder`
// and read back with pdftotext: addressed to the lead department, the item with the deadline in
// force on the date and the working days overdue, the extensions, the report-by date counted on
// the calendar, the issuing office, and the cooperating departments copied.
class TestReminderNotice : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir;
    QString dbPath;
    SummaryReportFixture::Ids ids;
    qint64 extended = 0;
    qint64 meetingId = 0;

    using Run = CliRun::Result;
    Run cli(const QStringList &args) { return CliRun::run(dbPath, args); }
    QString print(const QStringList &args, int *pages = nullptr) {
        const QString out = dir.filePath(u"notice%1.pdf"_s.arg(args.join(u'_')).remove(u'-'));
        const Run r =
            cli(QStringList{u"print"_s, u"reminder"_s} + args + QStringList{u"--out"_s, out});
        if (r.exitCode != 0) {
            qWarning() << r.err;
            return {};
        }
        if (pages)
            *pages = r.out.section(u", "_s, 1).section(u' ', 0, 0).toInt();
        return CliRun::pdfText(out);
    }

private slots:
    void initTestCase() {
        dbPath = TestServer::location(dir.path(), u"reminder.sqlite"_s);
        Database db;
        QVERIFY(db.open(dbPath));
        DatabaseInitializer init(db);
        QVERIFY2(init.initialize(u"wuhai"_s), qPrintable(init.errorString()));
        ids = SummaryReportFixture::insert(db);
        // Due 11-05, extended on 11-08 to 11-18, handled with 市生态环境局.
        const qint64 appeal = SummaryReportFixture::appeal(
            db, "WH2024-1120", u"乌海市午阳光伏有限公司"_s, "2024-10-28", u"用地"_s, u"走访"_s,
            u"光伏项目用地预审意见迟迟未出具。"_s);
        extended = SummaryReportFixture::assign(db, appeal, ids.deptB, "2024-10-29", "2024-11-05",
                                                "in_progress");
        DashboardFixture::extension(db, extended, d("2024-11-08"), d("2024-11-05"),
                                    d("2024-11-18"));
        DashboardFixture::exec(
            db,
            u"INSERT INTO assignment_cooperators (assignment_id, department_id) VALUES (?, ?)"_s,
            {extended, ids.deptC});
        meetingId = DashboardFixture::meeting(db, d("2024-10-25"), u"第四季度接待日"_s);
        DashboardFixture::exec(db, u"UPDATE assignments SET meeting_id = ? WHERE id IN (?, ?, ?)"_s,
                               {meetingId, ids.a1Assignment, ids.oldOverdue, extended});
        db.setSetting(u"office.phone"_s, u"0473-8991510"_s);
    }

    void overdueItem() {
        const QString text =
            print({u"--id"_s, QString::number(ids.a1Assignment), u"--as-of"_s, u"2024-11-30"_s});
        QVERIFY(!text.isEmpty());
        // Saturday 11-30 + 3 working days: 12-02, 12-03, 12-04.
        // GB/T 9704: 版头 (the office), 发文字号, title; dated the day it counts to (--as-of).
        const QStringList expected{
            u"乌海市人民政府办公室"_s, u"催办〔2024〕"_s, u"企业诉求事项催办通知"_s,
            u"市自然资源局："_s,
            u"你单位牵头承办的乌海市甲元能源有限公司诉求事项（编号：WH2024-1101），"
            "于2024年11月5日交办，办理时限为2024年11月15日，截至2024年11月30日已逾期10个工作日，"
            "至今尚未办结，现予催办。"_s,
            u"诉求事项：园区污水管网接入审批慢，影响投产。"_s,
            u"于2024年12月4日前将办理进展及结果书面报送乌海市人民政府办公室"_s,
            u"须书面说明理由并按规定申请延期。"_s, u"联系电话：0473-8991510。"_s,
            u"乌海市人民政府办公室"_s, u"2024年11月30日"_s,
            // 版记: 印发机关 and 印发日期.
            u"乌海市人民政府办公室"_s, u"2024年11月30日印发"_s};
        qsizetype from = 0;
        for (const QString &e : expected) {
            const qsizetype at = text.indexOf(e, from);
            QVERIFY2(at >= 0, qPrintable(u"missing after %1: %2\n%3"_s.arg(from).arg(e, text)));
            from = at + e.size();
        }
        QVERIFY(!text.contains(u"抄送"_s)); // no cooperating department
    }

    void extensionsAndCopies() {
        // On 11-07 the extension was not yet approved: the first deadline was in force.
        QString text = print({u"--id"_s, QString::number(extended), u"--as-of"_s, u"2024-11-07"_s});
        QVERIFY2(text.contains(u"办理时限为2024年11月5日，截至2024年11月7日已逾期2个工作日"_s),
                 qPrintable(text));
        QVERIFY(!text.contains(u"延期1次"_s));
        // On 11-29 it runs past the extended one: 11-19 to 11-29, nine working days.
        int pages = 0;
        text = print({u"--id"_s, QString::number(extended), u"--as-of"_s, u"2024-11-29"_s}, &pages);
        QVERIFY(pages >= 1 && pages <= 2); // the 版记 may take the back page
        QVERIFY2(text.contains(u"你单位牵头承办、市生态环境局配合办理的乌海市午阳光伏有限公司"
                               "诉求事项"_s),
                 qPrintable(text));
        QVERIFY(text.contains(u"办理时限为2024年11月18日（原定2024年11月5日，经批准延期1次），"
                              "截至2024年11月29日已逾期9个工作日"_s));
        QVERIFY(text.contains(u"市工信局："_s));
        QVERIFY(text.contains(u"请配合单位主动对接"_s));
        QVERIFY(text.contains(u"抄送：市生态环境局。"_s));
    }

    void wholeMeeting() {
        // The meeting's overdue items on 11-30, one notice a page, by lead department.
        int pages = 0;
        const QString text = print(
            {u"--meeting"_s, QString::number(meetingId), u"--as-of"_s, u"2024-11-30"_s}, &pages);
        QVERIFY(pages >= 3 && pages <= 6);
        QVERIFY(text.indexOf(u"市工信局："_s) < text.indexOf(u"市生态环境局："_s));
        QVERIFY(text.indexOf(u"市生态环境局："_s) < text.indexOf(u"市自然资源局："_s));
        QVERIFY(text.contains(u"已逾期30个工作日"_s));
    }

    void refusedInput() {
        // Not overdue (due 12-20), a missing record, no record at all, a bad date.
        Run r = cli({u"print"_s, u"reminder"_s, u"--id"_s, QString::number(ids.a2Assignment),
                     u"--as-of"_s, u"2024-11-30"_s, u"--out"_s, dir.filePath(u"x.pdf"_s)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"not overdue"_s), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(dir.filePath(u"x.pdf"_s)));
        r = cli({u"print"_s, u"reminder"_s, u"--id"_s, u"99999"_s, u"--out"_s,
                 dir.filePath(u"x.pdf"_s)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"99999"_s));
        r = cli({u"print"_s, u"reminder"_s, u"--out"_s, dir.filePath(u"x.pdf"_s)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"--id"_s));
        r = cli({u"print"_s, u"reminder"_s, u"--id"_s, QString::number(ids.a1Assignment),
                 u"--as-of"_s, u"30.11.2024"_s, u"--out"_s, dir.filePath(u"x.pdf"_s)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"--as-of"_s));
        r = cli({u"print"_s, u"form2"_s, u"--id"_s, QString::number(ids.a1Assignment), u"--as-of"_s,
                 u"2024-11-30"_s, u"--out"_s, dir.filePath(u"x.pdf"_s)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"--as-of"_s));
    }

    void blankAndOdt() {
        const QString text = print({u"--blank"_s});
        QVERIFY(text.contains(u"××："_s));
        QVERIFY(text.contains(u"已逾期××个工作日"_s));
        const QString odt = dir.filePath(u"notice.odt"_s);
        const Run r = cli({u"print"_s, u"reminder"_s, u"--id"_s, QString::number(ids.a1Assignment),
                           u"--as-of"_s, u"2024-11-30"_s, u"--out"_s, odt});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(CliRun::flatOutput(u"unzip"_s, {u"-p"_s, odt, u"content.xml"_s})
                    .contains(u"已逾期10个工作日"_s));
    }

    // GB/T 9704 7.3.5.2: the office 右空二字, the date under it two characters further right;
    // the 版记 at the foot of the page with the 印发 line.
    void signatureAndRecordBlock() {
        const QString out = dir.filePath(u"placed.pdf"_s);
        const Run r = cli({u"print"_s, u"reminder"_s, u"--id"_s, QString::number(extended),
                           u"--as-of"_s, u"2024-11-29"_s, u"--out"_s, out});
        QCOMPARE(r.exitCode, 0);
        const QList<QList<PdfWords::Word>> pages = PdfWords::pages(out);
        QList<PdfWords::Word> words;
        for (const auto &page : pages)
            words += page;
        constexpr double mm = 72.0 / 25.4;
        const double cell = 156.0 / 28 * mm;
        const PdfWords::Word *signature = nullptr, *date = nullptr, *printed = nullptr;
        for (const PdfWords::Word &w : words) {
            if (w.text == u"乌海市人民政府办公室"_s && w.box.left() > 60 * mm && !signature &&
                w.box.top() > 80 * mm)
                signature = &w;
            if (w.text == u"2024年11月29日"_s)
                date = &w;
            if (w.text.endsWith(u"印发"_s))
                printed = &w;
        }
        QVERIFY(signature && date && printed);
        // 右空二字: the office ends two cells before the line's end (184 mm).
        QVERIFY2(qAbs(signature->box.right() - (184 * mm - 2 * cell)) < 0.4 * cell,
                 qPrintable(QString::number(signature->box.right() / mm)));
        QVERIFY2(qAbs(date->box.left() - signature->box.left() - 2 * cell) < 0.4 * cell,
                 qPrintable(QString::number((date->box.left() - signature->box.left()) / cell)));
        QVERIFY(date->box.top() > signature->box.top());
        QVERIFY(std::any_of(pages.last().begin(), pages.last().end(), [](const auto &w) {
            return w.text.endsWith(u"印发"_s); // on the last page
        }));
        // The 版记 ends at the foot of the text block (262 mm), under the signature.
        QVERIFY2(printed->box.bottom() > 250 * mm && printed->box.bottom() <= 262 * mm + 1,
                 qPrintable(QString::number(printed->box.bottom() / mm)));
        QVERIFY(CliRun::pdfText(out).contains(u"抄送：市生态环境局。"_s));
    }

    // `overdue` and `print reminder` chase the same items: one escalated (提交上级) and waiting
    // for the higher level is in neither.
    void overdueAndReminderAgree() {
        Database db;
        QVERIFY(db.open(dbPath));
        const qint64 appeal = SummaryReportFixture::appeal(
            db, "WH2024-1130", u"乌海市丙辰化工有限公司"_s, "2024-10-20", u"环保"_s, u"走访"_s,
            u"排污许可变更需自治区审批。"_s);
        const qint64 escalated = SummaryReportFixture::assign(db, appeal, ids.deptC, "2024-10-21",
                                                              "2024-11-04", "escalated");
        SummaryReportFixture::setColumn(db, "assignments", escalated, "escalated_on",
                                        u"2024-11-01"_s);
        db.close();
        const Run list = cli({u"overdue"_s, u"--as-of"_s, u"2024-11-30"_s});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.contains(u"WH2024-1101"_s));
        QVERIFY2(!list.out.contains(u"WH2024-1130"_s), qPrintable(list.out));
        const Run r = cli({u"print"_s, u"reminder"_s, u"--id"_s, QString::number(escalated),
                           u"--as-of"_s, u"2024-11-30"_s, u"--out"_s, dir.filePath(u"e.pdf"_s)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"escalated"_s), qPrintable(r.err));
        // Every item `overdue` lists gets a notice.
        for (const QString &line : list.out.split(u'\n', Qt::SkipEmptyParts).mid(1)) {
            const QString id = line.section(u'\t', 0, 0);
            const Run n = cli({u"print"_s, u"reminder"_s, u"--id"_s, id, u"--as-of"_s,
                               u"2024-11-30"_s, u"--out"_s, dir.filePath(u"n%1.pdf"_s.arg(id))});
            QVERIFY2(n.exitCode == 0, qPrintable(id + u": "_s + n.err));
        }
    }

    void selectionFromAList() {
        // The dashboard's list: only the overdue ones of the selection get a notice.
        Database db;
        QVERIFY(db.open(dbPath));
        FormPrinter printer(db);
        QList<PrintableDocument> docs = printer.reminderNotices(
            {ids.a1Assignment, ids.a2Assignment, ids.oldOverdue}, d("2024-11-30"));
        QCOMPARE(docs.size(), 2);
        QVERIFY(docs.first().name.startsWith(ReminderNotice::title()));
        QCOMPARE(docs.first().layout, PrintableDocument::Layout::Official);
        docs = printer.reminderNotices({ids.a2Assignment}, d("2024-11-30"));
        QVERIFY(docs.isEmpty());
        QVERIFY(printer.errorString().contains(u"2024-11-30"_s));

        // The cap on extensions (乌审旗: at most 2) is quoted once it is reached.
        ReminderNoticeData n;
        n.leadDepartment = u"旗自然资源局"_s;
        n.appealNumber = u"WS2024-0007"_s;
        n.extensions = 2;
        n.extensionCap = 2;
        n.asOf = n.reportBy = d("2024-11-29");
        n.problem = u"<厂房>&用地"_s;
        FormContext context;
        context.issuer = u"乌审旗政务服务与数据管理局"_s;
        const PrintableDocument doc = ReminderNotice::build(context, &n, d("2024-11-29"));
        QVERIFY(doc.html.contains(u"已延期2次，按规定不得再申请延期"_s));
        QVERIFY(doc.html.contains(u"&lt;厂房&gt;&amp;用地"_s));
        n.extensions = 1;
        QVERIFY(ReminderNotice::build(context, &n, d("2024-11-29"))
                    .html.contains(u"（延期申请不得超过2次）"_s));
    }
};

QTEST_MAIN(TestReminderNotice)
#include "tst_remindernotice.moc"
