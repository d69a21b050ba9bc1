// The printed documents as GB/T 9704 lays them out (margins, the 28 x 22 grid), long texts
// flowing onto further pages intact, batches of sheets (each on a new page, cancellable) and
// printing from qinqing-cli, read back from the PDFs with poppler.
#include "forms/BatchPrinter.h"
#include "forms/FormHtml.h"
#include "tests/forms/FormsCase.h"

using namespace Qt::StringLiterals;
using namespace FormsPdf;

class TestDocuments : public QObject, public FormsCase {
    Q_OBJECT

private slots:
    void initTestCase() { setUpDatabase(); }
    void minutesFollowGbt9704();
    void documentGridIs28By22();
    void opinionsAndList();
    void longProblemFlowsOntoNextPage();
    void batchStartsEachSheetOnNewPage();
    void batchCanBeCancelled();
    void cli();
};

void TestDocuments::minutesFollowGbt9704() {
    FormPrinter::Request r;
    r.kind = FormPrinter::Kind::Minutes;
    r.meetingId = 1;
    const QString path = pdf(r, u"minutes"_s);
    QCOMPARE(
        missingInOrder(
            text(path),
            {u"2024年第三季度政企恳谈会议纪要"_s, u"第3期"_s, u"乌审旗政务服务与数据管理局"_s,
             u"2024年7月5日"_s, u"2024年7月5日，副旗长刘强在旗政务服务中心三楼会议室主持召开"_s,
             u"一、企业用地审批周期长"_s, u"会议认为，重点项目用地审批要提速增效。"_s,
             u"由旗自然资源局牵头办理，旗商务局、旗工信局配合，2024年7月23日前办结"_s,
             u"二、乌审旗长城建材有限公司反映的问题"_s, u"出席：副旗长刘强、旗政府办主任周敏"_s,
             u"请假：旗长陈静"_s, u"列席：旗工信局、旗商务局"_s}),
        QString());
    QVERIFY(run(u"pdfinfo"_s, {path}).contains(u"(A4)"_s));
    // The long problem of item 二 makes the minutes run to several pages; check them all.
    const int count = pages(path);
    QVERIFY(count >= 2);
    for (int page = 1; page <= count; ++page) {
        const QList<Word> list = words(path, page);
        QVERIFY(!list.isEmpty());
        double left = 1e9, right = 0, top = 1e9, bodyBottom = 0;
        QString number;
        QRectF numberBox;
        for (const Word &w : list) {
            if (w.box.top() > 262 * mm) {
                number += w.text; // below the text block: the page number only
                numberBox |= w.box;
                continue;
            }
            left = std::min(left, w.box.left());
            right = std::max(right, w.box.right());
            top = std::min(top, w.box.top());
            bodyBottom = std::max(bodyBottom, w.box.bottom());
        }
        // Text block 156 × 225 mm at 28 mm from the left and 37 mm from the top.
        QVERIFY2(left >= 28 * mm - 1 && left <= 28 * mm + 2,
                 qPrintable(QString::number(left / mm)));
        QVERIFY2(right <= 184 * mm + 1, qPrintable(QString::number(right / mm)));
        QVERIFY2(top >= 37 * mm - 1 && top <= 41 * mm, qPrintable(QString::number(top / mm)));
        QVERIFY2(bodyBottom <= 262 * mm + 1, qPrintable(QString::number(bodyBottom / mm)));
        // A full page of body text holds GB/T 9704's 22 lines.
        if (page > 1 && page < count) {
            QSet<int> lines;
            for (const Word &w : list) {
                if (w.box.top() > 37 * mm - 1 && w.box.bottom() < 262 * mm + 1)
                    lines.insert(qRound(w.box.top()));
            }
            QCOMPARE(lines.size(), 22);
        }
        // "— N —" 7 mm under the text block, odd pages right and even pages left.
        QCOMPARE(squash(number), u"—%1—"_s.arg(page));
        QVERIFY(numberBox.top() >= 262 * mm + 5);
        if (page % 2)
            QVERIFY(numberBox.left() > 105 * mm);
        else
            QVERIFY(numberBox.right() < 105 * mm);
    }
}

void TestDocuments::documentGridIs28By22() {
    // GB/T 9704 5.2.2: 28 characters a line, 22 lines a page of 3号 text. Pure Chinese text
    // (no punctuation, which may not start a line, and no Latin, which is narrower), so that
    // every full line is exactly one grid row; the first line keeps its two-character indent.
    QString body;
    const QString pattern = u"政企畅谈会议定事项由牵头部门按期办结并反馈企业"_s;
    while (body.size() < 28 * 22 * 2 + 100)
        body += pattern;
    PrintableDocument doc;
    doc.name = u"grid"_s;
    doc.layout = PrintableDocument::Layout::Official;
    doc.html = FormHtml::paragraph(FormHtml::text(body));
    const QString path = m_dir.filePath(u"grid.pdf"_s);
    DocumentRenderer renderer;
    QVERIFY2(renderer.writePdf({doc}, path), qPrintable(renderer.errorString()));
    const int count = pages(path);
    QCOMPARE(count, 3);
    int printed = 0;
    for (int page = 1; page <= count; ++page) {
        QList<Word> lines;
        for (const Word &w : words(path, page))
            if (w.box.top() < 262 * mm) // not the page number
                lines << w;
        if (page < count)
            QCOMPARE(lines.size(), 22);
        for (int i = 0; i < lines.size(); ++i) {
            const Word &w = lines.at(i);
            const bool first = page == 1 && i == 0;
            const bool last = page == count && i == lines.size() - 1;
            // The first line starts two cells (2 × 156/28 mm) in; each line is 28 cells wide.
            QVERIFY2(qAbs(w.box.left() - (first ? 28 + 2 * 156.0 / 28 : 28) * mm) < 1,
                     qPrintable(u"page %1 line %2 at %3 mm"_s.arg(page).arg(i + 1).arg(
                         w.box.left() / mm)));
            if (!last)
                QVERIFY2(w.text.size() == (first ? 26 : 28),
                         qPrintable(u"page %1 line %2: %3 characters"_s.arg(page).arg(i + 1).arg(
                             w.text.size())));
            QVERIFY(w.box.right() <= 184 * mm + 1);
            if (i > 0) // a fixed pitch of 225/22 mm
                QVERIFY(qAbs(w.box.top() - lines.at(i - 1).box.top() - 225.0 / 22 * mm) < 0.5);
            printed += int(w.text.size());
        }
    }
    QCOMPARE(printed, body.size()); // nothing lost or doubled at the page breaks
}

void TestDocuments::opinionsAndList() {
    FormPrinter::Request r;
    r.kind = FormPrinter::Kind::Opinions;
    r.meetingId = 1;
    QCOMPARE(missingInOrder(text(pdf(r, u"opinions"_s)),
                            {u"企业诉求事项处理意见"_s, u"2024年第三季度政企恳谈会"_s,
                             u"一、乌审旗长城建材有限公司"_s, u"诉求事项："_s, u"处理意见："_s,
                             u"承办单位：旗工信局（牵头）"_s, u"办理时限：2024年7月15日前"_s,
                             u"二、乌审旗鑫源煤化有限公司"_s,
                             u"处理意见：会议认为，重点项目用地审批要提速增效。"_s,
                             u"承办单位：旗自然资源局（牵头），旗商务局、旗工信局（配合）"_s}),
             QString());
    r.kind = FormPrinter::Kind::List;
    const QString path = pdf(r, u"list"_s);
    QCOMPARE(missingInOrder(text(path), {u"涉企问题工作台账"_s, u"序号"_s, u"编号"_s, u"企业名称"_s,
                                         u"困难问题"_s, u"意见建议"_s, u"牵头承办部门"_s,
                                         u"配合办理部门"_s, u"办理时限"_s, u"办理情况"_s}),
             QString());
    const QString info = run(u"pdfinfo"_s, {path}); // A4 landscape
    QVERIFY2(QRegularExpression(u"Page size:\\s+84[12](\\.\\d+)? x 595(\\.\\d+)? pts \\(A4\\)"_s)
                 .match(info)
                 .hasMatch(),
             qPrintable(info));
    // The header row repeats on every page; without it the long problem reads through intact.
    QVERIFY(run(u"pdftotext"_s, {u"-raw"_s, u"-f"_s, u"2"_s, u"-l"_s, u"2"_s, path, u"-"_s})
                .startsWith(u"序号"_s));
    // Read the 困难问题 column alone (its lines all start at the column's left edge), page by
    // page inside the margins, as a reader follows a long row onto the next pages.
    double column = -1;
    QString visible;
    for (int page = 1; page <= pages(path); ++page) {
        for (const Word &w : words(path, page)) {
            if (column < 0 && w.text.startsWith(u"第1条"_s))
                column = w.box.left();
            if (column >= 0 && qAbs(w.box.left() - column) < 1 && w.box.top() >= 20 * mm - 1 &&
                w.box.bottom() <= 188 * mm + 1)
                visible += w.text;
        }
    }
    QVERIFY(column > 0);
    QVERIFY(visible.contains(squash(FormsTestData::longProblem())));
}

void TestDocuments::longProblemFlowsOntoNextPage() {
    FormPrinter::Request r;
    r.kind = FormPrinter::Kind::Form1;
    r.id = 2;
    const QString path = pdf(r, u"long"_s);
    QVERIFY(pages(path) >= 2);
    QVERIFY(squash(visibleText(path, 37, 262)).contains(squash(FormsTestData::longProblem())));
    // …and the PDF's whole text layer, as search and copy see it, holds it exactly once.
    QCOMPARE(squash(text(path)).count(squash(FormsTestData::longProblem())), 1);
    QCOMPARE(squash(text(path)).count(u"第22条"_s), 1);
    // Page 2 carries on the text where page 1 stopped; nothing is cut at the bottom.
    const QString page2 =
        squash(run(u"pdftotext"_s, {u"-raw"_s, u"-f"_s, u"2"_s, u"-l"_s, u"2"_s, path, u"-"_s}));
    QVERIFY(page2.size() > 100);
    QVERIFY(squash(FormsTestData::longProblem()).contains(page2.left(40)));
    for (const Word &w : words(path, 1))
        QVERIFY(w.box.bottom() <= 262 * mm + 1);
}

void TestDocuments::batchStartsEachSheetOnNewPage() {
    FormPrinter::Request r;
    r.kind = FormPrinter::Kind::Form2;
    r.meetingId = 1;
    FormPrinter printer(m_db);
    const auto docs = printer.documents(r);
    QCOMPARE(docs.size(), 2);
    BatchPrinter batch;
    QSignalSpy spy(&batch, &BatchPrinter::progress);
    const QString path = m_dir.filePath(u"batch.pdf"_s);
    QVERIFY(batch.writePdf(docs, path));
    QCOMPARE(spy.size(), 3);
    QCOMPARE(spy.last().at(0).toInt(), 2);
    // Ordered by lead department (旗工信局 before 旗自然资源局), each sheet on fresh pages.
    const int total = pages(path);
    QCOMPARE(total, batch.pagesPrinted());
    QStringList pageTexts;
    for (int page = 1; page <= total; ++page)
        pageTexts << run(u"pdftotext"_s, {u"-raw"_s, u"-f"_s, QString::number(page), u"-l"_s,
                                          QString::number(page), path, u"-"_s});
    // Every sheet begins at the top of a page with its 附件2 label, and nowhere else.
    QList<int> starts;
    for (int i = 0; i < pageTexts.size(); ++i) {
        if (pageTexts.at(i).contains(u"附件2"_s)) {
            QVERIFY(pageTexts.at(i).startsWith(u"附件2"_s));
            starts << i;
        }
    }
    QCOMPARE(starts.size(), 2);
    QCOMPARE(starts.first(), 0);
    const QString firstSheet = pageTexts.mid(0, starts.at(1)).join(QString());
    const QString secondSheet = pageTexts.mid(starts.at(1)).join(QString());
    QVERIFY(firstSheet.contains(u"旗工信局"_s));
    QVERIFY(!firstSheet.contains(u"旗自然资源局"_s));
    QVERIFY(secondSheet.contains(u"旗自然资源局"_s));
}

void TestDocuments::batchCanBeCancelled() {
    FormPrinter::Request r;
    r.kind = FormPrinter::Kind::Form2;
    r.meetingId = 1;
    const auto docs = FormPrinter(m_db).documents(r);
    BatchPrinter batch;
    connect(&batch, &BatchPrinter::progress, &batch, [&](int done, int) {
        if (done == 1)
            batch.cancel();
    });
    QVERIFY(!batch.writePdf(docs, m_dir.filePath(u"cancelled.pdf"_s)));
    QVERIFY(batch.wasCancelled());
    QVERIFY(batch.errorString().contains(u"1"_s));
}

void TestDocuments::cli() {
    const QString cli = qEnvironmentVariable("QINQING_CLI");
    QVERIFY(!cli.isEmpty());
    const QString db = TestServer::location(m_dir.path(), u"forms.sqlite"_s);
    auto exec = [&](const QStringList &args) {
        QProcess p;
        p.start(cli, QStringList{u"--db"_s, db, u"print"_s} + args);
        p.waitForFinished(60000);
        return p.exitCode();
    };
    const QString out = m_dir.filePath(u"cli-form1.pdf"_s);
    QCOMPARE(exec({u"form1"_s, u"--id"_s, u"1"_s, u"--variant"_s, u"000"_s, u"--out"_s, out}), 0);
    QVERIFY(text(out).contains(u"政企畅谈会报名申请表"_s));
    QCOMPARE(exec({u"form2"_s, u"--meeting"_s, u"1"_s, u"--out"_s, m_dir.filePath(u"b.pdf"_s)}), 0);
    QCOMPARE(exec({u"minutes"_s, u"--meeting"_s, u"1"_s, u"--out"_s, m_dir.filePath(u"m.odt"_s)}),
             0);
    QCOMPARE(exec({u"form1"_s, u"--blank"_s, u"--out"_s, m_dir.filePath(u"blank.pdf"_s)}), 0);
    // Wrong input: unknown document, missing record, ODT for a form, bad variant.
    QCOMPARE(exec({u"form9"_s, u"--id"_s, u"1"_s, u"--out"_s, out}), 2);
    QCOMPARE(exec({u"form1"_s, u"--id"_s, u"999"_s, u"--out"_s, out}), 2);
    QCOMPARE(exec({u"form1"_s, u"--id"_s, u"1"_s, u"--out"_s, m_dir.filePath(u"x.odt"_s)}), 2);
    QCOMPARE(exec({u"form1"_s, u"--id"_s, u"1"_s, u"--variant"_s, u"005"_s, u"--out"_s, out}), 2);
    QCOMPARE(exec({u"form1"_s, u"--out"_s, out}), 2);
}

QTEST_MAIN(TestDocuments)
#include "tst_documents.moc"
