// The printed documents as paper (issue 11): the official typefaces, searchable text, the
// 交办单 on one sheet, blank forms that fill their page with room to write, tick boxes a pen
// can tick, labels that do not leave a character alone, the minutes' deadlines and numbers.
// Read back from the PDFs with poppler (pdftotext, pdffonts, pdftoppm) as a clerk would see
// them.
#include "core/Database.h"
#include "core/DatabaseInitializer.h"
#include "forms/DocumentRenderer.h"
#include "forms/FormFonts.h"
#include "forms/FormPrinter.h"
#include "forms/report/ReminderNotice.h"
#include "tests/forms/FormsTestData.h"
#include "tests/support/PdfWords.h"
#include "tests/support/TestServer.h"

#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>
#include <climits>

using namespace Qt::StringLiterals;

namespace {

constexpr double mm = 72.0 / 25.4; // PDF points per millimetre

QString run(const QString &program, const QStringList &args) {
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pageCount(const QString &pdf) {
    static const QRegularExpression re(u"Pages:\\s+(\\d+)"_s);
    return re.match(run(u"pdfinfo"_s, {pdf})).captured(1).toInt();
}

// The page rendered in grey at `dpi`.
QImage raster(const QString &pdf, int page, int dpi) {
    const QString base = pdf + u"-p%1"_s.arg(page);
    run(u"pdftoppm"_s,
        {u"-r"_s, QString::number(dpi), u"-gray"_s, u"-png"_s, u"-f"_s, QString::number(page),
         u"-l"_s, QString::number(page), u"-singlefile"_s, pdf, base});
    return QImage(base + u".png"_s).convertToFormat(QImage::Format_Grayscale8);
}

// The rows (in mm from the top) where a dark horizontal rule runs over at least `spanMm` of
// the page: a table's borders.
QList<double> rules(const QImage &img, int dpi, double spanMm) {
    QList<double> ys;
    const int need = int(spanMm / 25.4 * dpi);
    for (int y = 0; y < img.height(); ++y) {
        const uchar *line = img.constScanLine(y);
        int run = 0, best = 0;
        for (int x = 0; x < img.width(); ++x) {
            run = line[x] < 200 ? run + 1 : 0; // thin rules are antialiased grey
            best = std::max(best, run);
        }
        if (best >= need) {
            const double at = y * 25.4 / dpi;
            if (ys.isEmpty() || at - ys.last() > 0.6)
                ys << at;
        }
    }
    return ys;
}

bool isIdeograph(QChar c) {
    return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF;
}

} // namespace

class TestPaper : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_dir.setAutoRemove(!qEnvironmentVariableIsSet("QINQING_KEEP_TEST_FILES"));
        qInfo() << "documents in" << m_dir.path();
        QVERIFY2(m_db.open(TestServer::location(m_dir.path(), u"paper.sqlite"_s)),
                 qPrintable(m_db.errorString()));
        DatabaseInitializer init(m_db);
        QVERIFY2(init.initialize(u"wushen"_s), qPrintable(init.errorString()));
        QString error;
        QVERIFY2(FormsTestData::insert(m_db, &error), qPrintable(error));
    }

    void officialFacesAreUsed() {
        // installer/bootstrap.sh installs texlive-lang-chinese, which carries them.
        QVERIFY2(
            !FormFonts::fandolDirectory().isEmpty(),
            qPrintable(u"the Fandol fonts were not found in %1 (apt-get install "
                       "texlive-lang-chinese)"_s.arg(FormFonts::fandolSearchPath().join(u", "_s))));
        // The minutes, and a 催办通知 (no item of this data is overdue today: built directly).
        ReminderNoticeData n;
        n.leadDepartment = u"旗自然资源局"_s;
        n.enterprise = u"乌审旗鑫源煤化有限公司"_s;
        n.appealNumber = u"WS2024-0001"_s;
        n.problem = u"扩建项目用地审批已超过三个月仍未批复。"_s;
        n.cooperators = QStringList{u"旗商务局"_s};
        n.assignedOn = QDate(2024, 7, 8);
        n.dueDate = QDate(2024, 7, 23);
        n.asOf = n.reportBy = QDate(2024, 8, 1);
        FormContext context;
        context.issuer = u"乌审旗政务服务与数据管理局"_s;
        const QString reminder = m_dir.filePath(u"faces-reminder.pdf"_s);
        QVERIFY(
            DocumentRenderer().writePdf({ReminderNotice::build(context, &n, n.asOf)}, reminder));
        FormPrinter::Request r;
        r.kind = FormPrinter::Kind::Minutes;
        r.meetingId = 1;
        for (const QString &path : {pdf(r, u"faces-minutes"_s), reminder}) {
            QVERIFY(!path.isEmpty());
            const QString fonts = run(u"pdffonts"_s, {path});
            QSet<QString> faces;
            static const QRegularExpression fandol(u"Fandol\\w+"_s);
            for (auto it = fandol.globalMatch(fonts); it.hasNext();)
                faces << it.next().captured(0);
            // Title (小标宋 stand-in), body (仿宋), headings (黑体, 楷体).
            QVERIFY2(faces.size() >= 3, qPrintable(fonts));
        }
    }

    // Every document, filled and blank: no replacement characters, no Kangxi radicals (what
    // Noto CJK's glyphs extract as), so that search and copy find the words.
    void everyDocumentIsSearchable_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("blank");
        for (const QString &name : FormPrinter::kindNames()) {
            const int kind = int(*FormPrinter::kindFromName(name));
            if (name != "reminder"_L1) // no overdue item in this data; tst_remindernotice
                QTest::newRow(qPrintable(name)) << kind << false;
            QTest::newRow(qPrintable(name + u" blank"_s)) << kind << true;
        }
    }
    void everyDocumentIsSearchable() {
        QFETCH(int, kind);
        QFETCH(bool, blank);
        FormPrinter::Request r;
        r.kind = FormPrinter::Kind(kind);
        r.blank = blank;
        r.id = 1;
        r.meetingId = (r.kind == FormPrinter::Kind::Form1 || r.kind == FormPrinter::Kind::Form3 ||
                       r.kind == FormPrinter::Kind::Booking || blank)
                          ? 0
                          : 1;
        if (r.kind == FormPrinter::Kind::Form2 || r.kind == FormPrinter::Kind::Dispatch || blank)
            r.id = blank ? 0 : 1;
        const QString path = pdf(r, u"search-%1-%2"_s.arg(kind).arg(blank));
        QVERIFY(!path.isEmpty());
        const QString text = run(u"pdftotext"_s, {path, u"-"_s});
        QVERIFY(text.size() > 20);
        for (QChar c : text) {
            QVERIFY2(c != QChar(0xFFFD), "a replacement character");
            QVERIFY2(!(c.unicode() >= 0x2F00 && c.unicode() <= 0x2FDF) &&
                         !(c.unicode() >= 0x2E80 && c.unicode() <= 0x2EFF),
                     qPrintable(u"radical %1 in %2"_s.arg(c).arg(text.left(200))));
        }
    }

    void dispatchIsOneSheet() {
        // A 1,000-character problem still prints on one sheet, its text whole.
        QString problem;
        for (int i = 1; problem.size() < 1000; ++i)
            problem += u"第%1项：企业反映厂区道路、供水和用电报装等配套设施长期未落实。"_s.arg(i);
        problem = problem.left(1000);
        QSqlQuery q(m_db.sql());
        QVERIFY(q.exec(u"UPDATE appeals SET problem = '%1' WHERE id = 1"_s.arg(problem)));
        FormPrinter::Request r;
        r.kind = FormPrinter::Kind::Dispatch;
        r.id = 1;
        const QString path = pdf(r, u"dispatch-long"_s);
        QVERIFY(q.exec(u"UPDATE appeals SET problem = '扩建项目用地审批已超过三个月仍未批复，"
                       "影响二期工程开工<急>&' WHERE id = 1"_s));
        QCOMPARE(pageCount(path), 1);
        QString text = run(u"pdftotext"_s, {u"-raw"_s, path, u"-"_s});
        text.remove(QRegularExpression(u"\\s"_s));
        QVERIFY(text.contains(problem));
        QVERIFY(text.contains(u"办理情况"_s));
        // An ordinary one, and the blank one. (Assignment 2's 5,000 characters cannot be held
        // by one sheet in a size anybody reads: it flows on.)
        QCOMPARE(pageCount(pdf(r, u"dispatch-short"_s)), 1);
        r.id = 0;
        r.blank = true;
        QCOMPARE(pageCount(pdf(r, u"dispatch-blank"_s)), 1);
    }

    // A meeting's batch of filled 附件2 (issue 15): one sheet a page, and every sheet filled to
    // the foot of its text block (262 mm from the top), whatever its texts: a short problem
    // with a two-line label beside it, a long one, no result yet. The sheets' last lines
    // stand at the same height, within half a millimetre (filling by trial and error left
    // them anywhere in the last 5 mm).
    void filledSheetsReachTheFoot() {
        const QString n = u"2024-07-01T00:00:00"_s;
        const QStringList problems = {
            u"用电报装慢。"_s,
            u"厂区道路未硬化，雨天运输车辆无法通行，影响原料进厂。"_s.repeated(3),
            u"企业反映用地审批、用电报装和融资担保等环节办理周期长，影响项目按期投产。"_s.repeated(
                3),
            u"融资难。"_s};
        QSqlQuery q(m_db.sql());
        QVERIFY(q.exec(u"INSERT INTO meetings(id,meeting_date,created_at) VALUES "
                       "(90,'2024-08-05','%1')"_s.arg(n)));
        for (int i = 0; i < problems.size(); ++i) {
            const int id = 90 + i;
            QVERIFY(q.exec(u"INSERT INTO appeals(id,number,submitting_unit,submit_date,problem,"
                           "created_at,updated_at) VALUES (%1,'WS2024-%1','第%1号企业有限公司',"
                           "'2024-08-01','%2','%3','%3')"_s.arg(id)
                               .arg(problems.at(i), n)));
            QVERIFY(q.exec(u"INSERT INTO assignments(id,appeal_id,meeting_id,lead_department_id,"
                           "assigned_on,due_date,original_due_date,result,feedback,created_at,"
                           "updated_at) VALUES (%1,%1,90,%2,'2024-08-06','2024-08-20',"
                           "'2024-08-20','%3','%4','%5','%5')"_s.arg(id)
                               .arg(i % 3 + 1)
                               .arg(i == 3 ? QString() : u"已办结。"_s,
                                    i == 0 ? QString() : u"已电话反馈企业。"_s, n)));
        }
        FormPrinter::Request r;
        r.kind = FormPrinter::Kind::Form2;
        r.meetingId = 90;
        const QString path = pdf(r, u"form2-meeting-fill"_s);
        for (const QString &sql : {u"DELETE FROM assignments WHERE meeting_id = 90"_s,
                                   u"DELETE FROM appeals WHERE id >= 90 AND id < 100"_s,
                                   u"DELETE FROM meetings WHERE id = 90"_s})
            QVERIFY2(q.exec(sql), qPrintable(sql));
        QCOMPARE(pageCount(path), int(problems.size()));
        const QList<QList<PdfWords::Word>> pages = PdfWords::pages(path);
        QCOMPARE(pages.size(), problems.size());
        QList<double> feet;
        for (const QList<PdfWords::Word> &words : pages) {
            QString text;
            double foot = 0;
            for (const PdfWords::Word &w : words) {
                text += w.text;
                foot = std::max(foot, w.box.bottom() / mm);
            }
            QCOMPARE(text.count(u"WS2024-"_s), 1); // one sheet on each page
            QVERIFY2(foot > 262 - 4 && foot <= 262,
                     qPrintable(u"the sheet ends %1 mm from the top"_s.arg(foot)));
            feet << foot;
        }
        const auto [low, high] = std::minmax_element(feet.cbegin(), feet.cend());
        QVERIFY2(*high - *low <= 0.5,
                 qPrintable(u"the sheets end %1 mm to %2 mm from the top"_s.arg(*low).arg(*high)));
    }

    // Blank 附件2: the table reaches down 85 % of the text block (225 mm from 37 mm), and the
    // cells written by hand are at least 35 mm tall.
    void blankForm2FillsThePage_data() {
        QTest::addColumn<QString>("variant");
        QTest::addColumn<QStringList>("tall");
        QTest::newRow("000") << u"000"_s << QStringList{u"议题主要内容"_s, u"反馈情况"_s};
        QTest::newRow("004") << u"004"_s
                             << QStringList{u"议题主要内容"_s, u"办理结果"_s, u"反馈情况"_s};
    }
    void blankForm2FillsThePage() {
        QFETCH(QString, variant);
        QFETCH(QStringList, tall);
        FormPrinter::Request r;
        r.kind = FormPrinter::Kind::Form2;
        r.blank = true;
        r.variant = variant;
        const QString path = pdf(r, u"form2-blank-"_s + variant);
        QCOMPARE(pageCount(path), 1);
        constexpr int dpi = 100;
        const QList<double> ys = rules(raster(path, 1, dpi), dpi, 150);
        QVERIFY2(ys.size() >= 4, qPrintable(QString::number(ys.size())));
        QVERIFY2(ys.last() >= 37 + 0.85 * 225,
                 qPrintable(u"the table ends %1 mm from the top"_s.arg(ys.last())));
        const QList<PdfWords::Word> words = PdfWords::page(path, 1);
        for (const QString &label : tall) {
            // The label's row: between the full-width rules above and below its text. (A
            // label breaking over lines is found by its first part.)
            const auto w = std::find_if(words.begin(), words.end(), [&](const PdfWords::Word &x) {
                return label.startsWith(x.text) && x.text.size() >= 2;
            });
            QVERIFY2(w != words.end(), qPrintable(label));
            const double y = w->box.center().y() / mm;
            double above = 0, below = 1e9;
            for (double rule : ys) {
                if (rule < y)
                    above = std::max(above, rule);
                else
                    below = std::min(below, rule);
            }
            QVERIFY2(below - above >= 35, qPrintable(u"%1: %2 mm"_s.arg(label).arg(below - above)));
        }
    }

    // □满意 □基本满意 □不满意: boxes at least 3.5 mm, measured on the printed page.
    void tickBoxesTakeAPen() {
        FormPrinter::Request r;
        r.kind = FormPrinter::Kind::Form3;
        r.blank = true;
        const QString path = pdf(r, u"form3-blank"_s);
        const QList<PdfWords::Word> words = PdfWords::page(path, 1);
        constexpr int dpi = 300;
        const QImage img = raster(path, 1, dpi);
        int boxes = 0;
        for (const PdfWords::Word &w : words) {
            if (!w.text.startsWith(u"□"_s))
                continue;
            // pdftotext does not split at the ideographic spaces between the boxes: count
            // them, and measure the first (they are drawn alike).
            boxes += int(w.text.count(u'□'));
            // The ink of the box: the dark pixels left of the box's text cell's middle.
            const double px = dpi / 72.0;
            const QRect area(int(w.box.left() * px) - 2, int(w.box.top() * px) - 10,
                             int(w.box.height() * px) + 4, int(w.box.height() * px) + 20);
            int top = INT_MAX, bottom = -1, left = INT_MAX, right = -1;
            for (int y = std::max(0, area.top()); y <= std::min(img.height() - 1, area.bottom());
                 ++y) {
                for (int x = std::max(0, area.left()); x <= std::min(img.width() - 1, area.right());
                     ++x) {
                    if (qGray(img.pixel(x, y)) < 128) {
                        top = std::min(top, y);
                        bottom = std::max(bottom, y);
                        left = std::min(left, x);
                        right = std::max(right, x);
                    }
                }
            }
            QVERIFY(bottom >= 0);
            const double height = (bottom - top + 1) * 25.4 / dpi;
            QVERIFY2(height >= 3.5, qPrintable(u"%1: %2 mm"_s.arg(w.text).arg(height)));
        }
        QCOMPARE(boxes, 3);
    }

    // 企业负责/人, 联系人及电/话, 统一社会信/用代码, 行业共/性: no Chinese character alone on a
    // line.
    void labelsKeepTheirWords_data() {
        QTest::addColumn<int>("kind");
        for (const auto kind :
             {FormPrinter::Kind::Form1, FormPrinter::Kind::Form2, FormPrinter::Kind::Form3,
              FormPrinter::Kind::Booking, FormPrinter::Kind::Dispatch})
            QTest::newRow(qPrintable(FormPrinter::kindName(kind))) << int(kind);
    }
    void labelsKeepTheirWords() {
        QFETCH(int, kind);
        for (const bool blank : {true, false}) {
            FormPrinter::Request r;
            r.kind = FormPrinter::Kind(kind);
            r.blank = blank;
            r.id = blank ? 0 : 1;
            const QString path = pdf(r, u"labels-%1-%2"_s.arg(kind).arg(blank));
            for (const PdfWords::Word &w : PdfWords::page(path, 1)) {
                QVERIFY2(!(w.text.size() == 1 && isIdeograph(w.text.at(0))),
                         qPrintable(u"'%1' alone at %2 mm"_s.arg(w.text).arg(w.box.top() / mm)));
            }
        }
    }

    // The minutes print the deadline the meeting decided, also after a 重办 moved it, and
    // number an unnumbered meeting within its year.
    void minutesKeepTheMeetingsDeadline() {
        QSqlQuery q(m_db.sql());
        QVERIFY(q.exec(u"INSERT INTO audit_log (at, who, entity, entity_id, action, detail) "
                       "VALUES ('2024-07-08T10:00:00', 'clerk', 'assignment', 1, 'created', "
                       "'{\"due\":\"2024-07-23\"}'), ('2024-07-30T10:00:00', 'clerk', "
                       "'assignment', 1, 'reopened', '{\"due\":\"2024-09-06\"}')"_s));
        QVERIFY(q.exec(u"UPDATE assignments SET due_date = '2024-09-06', original_due_date = "
                       "'2024-09-06', rehandle_count = 1 WHERE id = 1"_s));
        QVERIFY(q.exec(u"INSERT INTO meetings (id, title, meeting_date, created_at) VALUES "
                       "(2, '上半年恳谈会', '2024-03-01', '2024-01-01'), (3, '取消的会', "
                       "'2024-02-01', '2024-01-01'), (4, '下一年', '2025-01-10', '2024-01-01')"_s));
        QVERIFY(q.exec(u"UPDATE meetings SET status = 'cancelled' WHERE id = 3"_s));
        QVERIFY(q.exec(u"UPDATE meetings SET minutes_number = '' WHERE id = 1"_s));
        FormPrinter::Request r;
        r.kind = FormPrinter::Kind::Minutes;
        r.meetingId = 1;
        QString text = run(u"pdftotext"_s, {u"-raw"_s, pdf(r, u"minutes-decided"_s), u"-"_s});
        text.remove(QRegularExpression(u"\\s"_s));
        QVERIFY2(text.contains(u"2024年7月23日前办结"_s), qPrintable(text));
        QVERIFY(!text.contains(u"2024年9月6日"_s));
        // 2024: the meeting of 3-1, then this one (the cancelled one does not count).
        QVERIFY2(text.contains(u"第2期"_s), qPrintable(text.left(120)));
        r.kind = FormPrinter::Kind::Opinions;
        text = run(u"pdftotext"_s, {u"-raw"_s, pdf(r, u"opinions-decided"_s), u"-"_s});
        text.remove(QRegularExpression(u"\\s"_s));
        QVERIFY(text.contains(u"办理时限：2024年7月23日前"_s));
        QVERIFY(q.exec(u"UPDATE assignments SET due_date = '2024-07-23', original_due_date = "
                       "'2024-07-23', rehandle_count = 0 WHERE id = 1"_s));
        QVERIFY(q.exec(u"UPDATE meetings SET minutes_number = '第3期' WHERE id = 1"_s));
        QVERIFY(q.exec(u"DELETE FROM meetings WHERE id > 1"_s));
        QVERIFY(q.exec(u"DELETE FROM audit_log"_s));
    }

    // A meeting that decided nothing yet (no topic, no item assigned at it): the minutes'
    // opening does not announce decisions "如下：" with nothing under them.
    void minutesOfAMeetingWithoutDecisions() {
        QSqlQuery q(m_db.sql());
        QVERIFY(q.exec(u"INSERT INTO meetings (id, title, meeting_date, place, created_at) VALUES "
                       "(9, '空会', '2024-05-06', '市政府第一会议室', '2024-01-01')"_s));
        FormPrinter::Request r;
        r.kind = FormPrinter::Kind::Minutes;
        r.meetingId = 9;
        const auto docs = FormPrinter(m_db).documents(r);
        QVERIFY(q.exec(u"DELETE FROM meetings WHERE id = 9"_s));
        QCOMPARE(docs.size(), 1);
        QVERIFY2(docs.first().html.contains(u"研究企业反映的困难问题。"_s),
                 qPrintable(docs.first().html));
        QVERIFY2(!docs.first().html.contains(u"纪要如下"_s), qPrintable(docs.first().html));
        // A meeting with decisions keeps the sentence.
        r.meetingId = 1;
        QVERIFY(
            FormPrinter(m_db).documents(r).first().html.contains(u"现将会议议定事项纪要如下："_s));
    }

    // Seed 001: the departments report their replies to the 市工业和信息化局, where the working
    // group sits, not to the 市人民政府办公室 that issues the 处理意见.
    void opinionsReplyWhereTheSeedSays() {
        Database db;
        QVERIFY(db.open(TestServer::location(m_dir.path(), u"heyuan.sqlite"_s)));
        DatabaseInitializer init(db);
        QVERIFY2(init.initialize(u"heyuan"_s), qPrintable(init.errorString()));
        FormPrinter::Request r;
        r.kind = FormPrinter::Kind::Opinions;
        r.blank = true;
        const auto docs = FormPrinter(db).documents(r);
        QCOMPARE(docs.size(), 1);
        const QString path = m_dir.filePath(u"heyuan-opinions.pdf"_s);
        QVERIFY(DocumentRenderer().writePdf(docs, path));
        QString text = run(u"pdftotext"_s, {u"-raw"_s, path, u"-"_s});
        text.remove(QRegularExpression(u"\\s"_s));
        QVERIFY2(text.contains(u"及时将解决问题和回复企业情况报市工业和信息化局汇总"_s),
                 qPrintable(text));
        QVERIFY(text.contains(u"河源市人民政府办公室"_s)); // the signature stays the issuer's
    }

private:
    QString pdf(const FormPrinter::Request &r, const QString &name) {
        FormPrinter printer(m_db);
        const auto docs = printer.documents(r);
        if (docs.isEmpty()) {
            qWarning() << printer.errorString();
            return {};
        }
        const QString path = m_dir.filePath(name + u".pdf"_s);
        DocumentRenderer renderer;
        if (!renderer.writePdf(docs, path)) {
            qWarning() << renderer.errorString();
            return {};
        }
        return path;
    }

    QTemporaryDir m_dir;
    Database m_db;
};

QTEST_MAIN(TestPaper)
#include "tst_paper.moc"
