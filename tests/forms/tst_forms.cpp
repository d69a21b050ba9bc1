// Prints every document to PDF and reads it back with poppler's pdftotext, as a clerk copying
// text out of the PDF would: labels in the seeds' order, the record's values, A4, GB/T 9704
// margins, and long texts flowing onto further pages intact.
#include "core/Database.h"
#include "core/DatabaseInitializer.h"
#include "forms/BatchPrinter.h"
#include "forms/DocumentRenderer.h"
#include "forms/FormHtml.h"
#include "forms/FormPrinter.h"
#include "tests/forms/FormsTestData.h"
#include "tests/support/PdfWords.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

QString run(const QString &program, const QStringList &args) {
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString squash(QString s) {
    static const QRegularExpression space(u"\\s+"_s);
    return s.remove(space);
}

// The first label not found after the previous one, or empty when all appear in order.
QString missingInOrder(const QString &text, const QStringList &labels) {
    const QString flat = squash(text);
    qsizetype from = 0;
    for (const QString &label : labels) {
        const qsizetype at = flat.indexOf(squash(label), from);
        if (at < 0)
            return label;
        from = at + squash(label).size();
    }
    return {};
}

using PdfWords::Word;

QList<Word> words(const QString &pdf, int page) {
    return PdfWords::page(pdf, page);
}

constexpr double mm = 72.0 / 25.4; // PDF points per millimetre

int pageCount(const QString &pdfPath) {
    static const QRegularExpression re(u"Pages:\\s+(\\d+)"_s);
    return re.match(run(u"pdfinfo"_s, {pdfPath})).captured(1).toInt();
}

// The words printed inside the text block of every page, in drawing order.
QString visibleText(const QString &pdfPath, double topMm, double bottomMm) {
    QString text;
    for (int page = 1; page <= pageCount(pdfPath); ++page) {
        for (const Word &w : words(pdfPath, page)) {
            if (w.box.top() >= topMm * mm - 1 && w.box.bottom() <= bottomMm * mm + 1)
                text += w.text;
        }
    }
    return text;
}

} // namespace

class TestForms : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void attachmentForms_data();
    void attachmentForms();
    void blankForms_data();
    void blankForms();
    void receptionForms();
    void blankDocuments_data();
    void blankDocuments();
    void minutesFollowGbt9704();
    void documentGridIs28By22();
    void opinionsAndList();
    void longProblemFlowsOntoNextPage();
    void batchStartsEachSheetOnNewPage();
    void batchCanBeCancelled();
    void cli();

private:
    QString pdf(const FormPrinter::Request &r, const QString &name);
    QString text(const QString &pdfPath) {
        return run(u"pdftotext"_s, {u"-raw"_s, pdfPath, u"-"_s});
    }
    int pages(const QString &pdfPath);

    QTemporaryDir m_dir;
    Database m_db;
};

void TestForms::initTestCase() {
    QVERIFY(m_dir.isValid());
    // Set QINQING_KEEP_TEST_FILES=1 to look at the PDFs afterwards.
    m_dir.setAutoRemove(!qEnvironmentVariableIsSet("QINQING_KEEP_TEST_FILES"));
    qInfo() << "documents in" << m_dir.path();
    QVERIFY2(m_db.open(m_dir.filePath(u"forms.sqlite"_s)), qPrintable(m_db.errorString()));
    DatabaseInitializer init(m_db);
    QVERIFY2(init.initialize(u"wushen"_s), qPrintable(init.errorString()));
    QString error;
    QVERIFY2(FormsTestData::insert(m_db, &error), qPrintable(error));
}

QString TestForms::pdf(const FormPrinter::Request &r, const QString &name) {
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

int TestForms::pages(const QString &pdfPath) {
    return pageCount(pdfPath);
}

void TestForms::attachmentForms_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("variant");
    QTest::addColumn<QStringList>("labels");
    QTest::addColumn<QStringList>("values");

    const QStringList form1Values = {
        u"WS2024-0001"_s,
        u"乌审旗鑫源煤化有限公司"_s,
        u"赵刚"_s,
        u"13904771234"_s,
        u"2024年7月5日"_s,
        u"扩建项目用地审批已超过三个月仍未批复，影响二期工程开工<急>&"_s,
        u"建议开通重点项目审批绿色通道，实行并联审批。"_s,
        u"2024年5月曾向旗自然资源局反映，答复正在研究。"_s};
    // Seed 000 (通辽), 附件1: labels and footnotes in the seed's order, values in place.
    QTest::newRow("form1 000")
        << u"form1"_s << u"000"_s
        << QStringList{u"附件1"_s,
                       u"政企畅谈会报名申请表"_s,
                       u"编号：WS2024-0001"_s,
                       u"提交单位"_s,
                       u"乌审旗鑫源煤化有限公司"_s,
                       u"企业负责人"_s,
                       u"赵刚"_s,
                       u"联系电话"_s,
                       u"13904771234"_s,
                       u"提交日期"_s,
                       u"2024年7月5日"_s,
                       u"困难问题"_s,
                       u"扩建项目用地审批"_s,
                       u"意见建议"_s,
                       u"建议开通重点项目"_s,
                       u"备注"_s,
                       u"（前期问题困难反映情况及初步结果）"_s,
                       u"2024年5月曾向"_s,
                       u"注：1. 收集的困难问题既可以是企业个体、也可以是企业行业性面临的困难和问题。"_s,
                       u"2. 需市级层面协调解决的，根据市职能能解决的。"_s,
                       u"3. 提出的意见建议尽可能详细、有效。"_s}
        << form1Values;
    QTest::newRow("form1 004")
        << u"form1"_s << u"004"_s
        << QStringList{u"附件1"_s,
                       u"乌审旗政务服务“亲清”政企恳谈会议题表"_s,
                       u"编号："_s,
                       u"提交企业"_s,
                       u"负责人"_s,
                       u"联系电话"_s,
                       u"提交日期"_s,
                       u"困难问题"_s,
                       u"意见建议"_s,
                       u"备注"_s,
                       u"（前期问题困难反映情况及初步结果）"_s,
                       u"注：1.收集困难问题可以是企业，也可以是企业行业性面临的困难和问题。"_s,
                       u"2.提出的意见建议尽可能详细、有效。"_s}
        << form1Values;
    const QStringList form2Values = {u"企业用地审批周期长"_s,
                                     u"旗自然资源局"_s,
                                     u"王芳"_s,
                                     u"0477-7569999"_s,
                                     u"旗商务局"_s,
                                     u"孙丽"_s,
                                     u"0477-7560001"_s,
                                     u"旗工信局"_s,
                                     u"张明"_s,
                                     u"已开通绿色通道，用地预审于7月18日批复。"_s,
                                     u"7月19日电话告知企业负责人，企业表示满意。"_s,
                                     u"旗督查室7月15日跟踪督办。"_s};
    QTest::newRow("form2 000")
        << u"form2"_s << u"000"_s
        << QStringList{u"附件2"_s,
                       u"政企畅谈会办理情况表"_s,
                       u"议题主要内容"_s,
                       u"牵头承办部门（单位）"_s,
                       u"联系人"_s,
                       u"联系电话"_s,
                       u"配合办理部门（单位）"_s,
                       u"联系人"_s,
                       u"联系电话"_s,
                       u"反馈情况"_s,
                       u"督查情况"_s,
                       u"注：1. 议题办理涉及多个部门（单位）的，配合部门（单位）及时把相关意见"_s,
                       u"2. 发生办结超时等情况时，市政府办联合督查室启动督查程序。"_s}
        << form2Values;
    QTest::newRow("form2 004")
        << u"form2"_s << u"004"_s
        << QStringList{u"附件2"_s,
                       u"乌审旗政务服务“亲清”政企恳谈会议题办理情况表"_s,
                       u"议题主要内容"_s,
                       u"牵头承办部门（单位）"_s,
                       u"联系人"_s,
                       u"联系电话"_s,
                       u"配合办理部门（单位）"_s,
                       u"联系人"_s,
                       u"联系电话"_s,
                       u"办理结果"_s,
                       u"反馈情况"_s,
                       u"督查情况"_s,
                       u"注：1.议题办理涉及多个部门（单位）的，配合部门（单位）及时把相关意见报牵头部门（单位），由牵头部门（单位）汇总及时反馈。"_s}
        << form2Values;
    const QStringList form3Values = {
        u"乌审旗鑫源煤化有限公司"_s, u"赵刚"_s,      u"13904771234"_s,
        u"2024年7月25日"_s,          u"■基本满意"_s, u"办理及时，结果基本满意。"_s,
        u"希望常态化开展恳谈会。"_s};
    QTest::newRow("form3 000") << u"form3"_s << u"000"_s
                               << QStringList{u"附件3"_s,        u"政企畅谈会办结评价表"_s,
                                              u"评价单位"_s,     u"企业负责人"_s,
                                              u"联系电话"_s,     u"提交日期"_s,
                                              u"总体评价意见"_s, u"其他意见建议"_s,
                                              u"备注"_s}
                               << form3Values;
    QTest::newRow("form3 004")
        << u"form3"_s << u"004"_s
        << QStringList{u"附件3"_s,        u"乌审旗政务服务“亲清”政企恳谈会总体评价表"_s,
                       u"评价企业"_s,     u"负责人"_s,
                       u"联系电话"_s,     u"提交日期"_s,
                       u"总体评价意见"_s, u"其他意见建议"_s,
                       u"备注"_s}
        << form3Values;
}

void TestForms::attachmentForms() {
    QFETCH(QString, kind);
    QFETCH(QString, variant);
    QFETCH(QStringList, labels);
    QFETCH(QStringList, values);
    FormPrinter::Request r;
    r.kind = *FormPrinter::kindFromName(kind);
    r.id = 1;
    r.variant = variant;
    const QString path = pdf(r, kind + variant);
    QVERIFY(!path.isEmpty());
    const QString t = text(path);
    QCOMPARE(missingInOrder(t, labels), QString());
    for (const QString &v : values)
        QVERIFY2(squash(t).contains(squash(v)), qPrintable(v));
    QVERIFY(run(u"pdfinfo"_s, {path}).contains(u"(A4)"_s));
    QCOMPARE(pages(path), 1);
}

void TestForms::blankForms_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("variant");
    QTest::addColumn<QStringList>("labels");
    QTest::newRow("form1 000") << u"form1"_s << u"000"_s
                               << QStringList{u"政企畅谈会报名申请表"_s,
                                              u"编号："_s,
                                              u"提交单位"_s,
                                              u"企业负责人"_s,
                                              u"联系电话"_s,
                                              u"提交日期"_s,
                                              u"困难问题"_s,
                                              u"意见建议"_s,
                                              u"备注"_s,
                                              u"（前期问题困难反映情况及初步结果）"_s,
                                              u"注：1."_s,
                                              u"3."_s};
    QTest::newRow("form1 004") << u"form1"_s << u"004"_s
                               << QStringList{u"议题表"_s, u"提交企业"_s, u"负责人"_s,
                                              u"困难问题"_s, u"备注"_s};
    QTest::newRow("form2 000") << u"form2"_s << u"000"_s
                               << QStringList{u"政企畅谈会办理情况表"_s,
                                              u"议题主要内容"_s,
                                              u"牵头承办部门（单位）"_s,
                                              u"配合办理部门（单位）"_s,
                                              u"反馈情况"_s,
                                              u"督查情况"_s,
                                              u"注：1."_s,
                                              u"2."_s};
    QTest::newRow("form2 004") << u"form2"_s << u"004"_s
                               << QStringList{u"议题办理情况表"_s, u"议题主要内容"_s, u"办理结果"_s,
                                              u"反馈情况"_s, u"督查情况"_s};
    QTest::newRow("form3 000") << u"form3"_s << u"000"_s
                               << QStringList{u"政企畅谈会办结评价表"_s,
                                              u"评价单位"_s,
                                              u"总体评价意见"_s,
                                              u"□满意"_s,
                                              u"□基本满意"_s,
                                              u"□不满意"_s,
                                              u"其他意见建议"_s,
                                              u"备注"_s};
    QTest::newRow("form3 004") << u"form3"_s << u"004"_s
                               << QStringList{u"总体评价表"_s, u"评价企业"_s, u"负责人"_s,
                                              u"总体评价意见"_s, u"备注"_s};
}

void TestForms::blankForms() {
    QFETCH(QString, kind);
    QFETCH(QString, variant);
    QFETCH(QStringList, labels);
    FormPrinter::Request r;
    r.kind = *FormPrinter::kindFromName(kind);
    r.blank = true;
    r.variant = variant;
    const QString path = pdf(r, kind + variant + u"-blank"_s);
    QVERIFY(!path.isEmpty());
    const QString t = text(path);
    QCOMPARE(missingInOrder(t, labels), QString());
    QVERIFY(!t.contains(u"赵刚"_s));
    QCOMPARE(pages(path), 1);
    // 000's 办理情况表 has no 办理结果 row.
    if (kind == "form2"_L1 && variant == "000"_L1)
        QVERIFY(!t.contains(u"办理结果"_s));
}

void TestForms::receptionForms() {
    FormPrinter::Request r;
    r.kind = FormPrinter::Kind::Notice;
    r.meetingId = 1;
    QString t = text(pdf(r, u"notice"_s));
    QCOMPARE(
        missingInOrder(t, {u"通告"_s, u"2024年7月5日（星期五）"_s,
                           u"副旗长刘强将在旗政务服务中心三楼会议室接待企业来访"_s,
                           u"受理事项：企业在生产经营和项目建设中遇到的问题"_s,
                           u"企业预约登记时间从6月17日至6月28日"_s, u"电话及传真：0477-7561510"_s,
                           u"电子邮箱：wsqzwfw@163.com"_s, u"现场预约时间：工作日8:30—12:00"_s,
                           u"地点：旗政务服务中心909办公室"_s, u"乌审旗政务服务与数据管理局"_s,
                           u"2024年6月14日"_s, u"—1—"_s}),
        QString());
    r.kind = FormPrinter::Kind::Booking;
    r.meetingId = 0;
    r.id = 1;
    t = text(pdf(r, u"booking"_s));
    QCOMPARE(
        missingInOrder(t, {u"附件2"_s, u"来访企业预约登记表"_s, u"企业名称"_s,
                           u"乌审旗鑫源煤化有限公司"_s, u"统一社会信用代码"_s,
                           u"91110000600037341L"_s, u"企业负责人"_s, u"联系电话"_s, u"所属行业"_s,
                           u"煤化工"_s, u"诉求领域"_s, u"用地"_s, u"诉求事项"_s, u"意见建议"_s}),
        QString());
    r.kind = FormPrinter::Kind::Dispatch;
    t = text(pdf(r, u"dispatch"_s));
    QCOMPARE(missingInOrder(t, {u"附件3"_s,
                                u"企业诉求交办单"_s,
                                u"编号：WS2024-0001"_s,
                                u"企业名称"_s,
                                u"诉求事项"_s,
                                u"接待领导"_s,
                                u"副旗长刘强"_s,
                                u"交办日期"_s,
                                u"2024年7月8日"_s,
                                u"交办意见"_s,
                                u"会议认为，重点项目用地审批要提速增效。"_s,
                                u"承办单位"_s,
                                u"旗自然资源局"_s,
                                u"配合单位"_s,
                                u"旗商务局、旗工信局"_s,
                                u"落实情况报送时限"_s,
                                u"2024年7月17日"_s,
                                u"办理结果报送时限"_s,
                                u"2024年7月23日"_s,
                                u"办理情况"_s}),
             QString());
}

void TestForms::blankDocuments_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("labels");
    QTest::newRow("notice") << u"notice"_s
                            << QStringList{
                                   u"通告"_s,         u"（星期"_s,     u"企业预约登记时间从"_s,
                                   u"电话及传真："_s, u"电子邮箱："_s, u"—1—"_s};
    QTest::newRow("booking") << u"booking"_s
                             << QStringList{u"来访企业预约登记表"_s, u"企业名称"_s,
                                            u"统一社会信用代码"_s, u"诉求事项"_s,
                                            u"建议解决部门"_s};
    QTest::newRow("dispatch") << u"dispatch"_s
                              << QStringList{u"企业诉求交办单"_s, u"诉求事项"_s, u"交办意见"_s,
                                             u"承办单位"_s, u"办理情况"_s};
    QTest::newRow("minutes") << u"minutes"_s
                             << QStringList{u"会议纪要"_s, u"一、"_s,   u"二、"_s,
                                            u"出席："_s,   u"请假："_s, u"列席："_s};
    QTest::newRow("list") << u"list"_s
                          << QStringList{u"涉企问题工作台账"_s, u"序号"_s, u"办理情况"_s};
    QTest::newRow("opinions") << u"opinions"_s
                              << QStringList{u"企业诉求事项处理意见"_s, u"诉求事项："_s,
                                             u"处理意见："_s, u"承办单位："_s, u"办理时限："_s};
}

void TestForms::blankDocuments() {
    QFETCH(QString, kind);
    QFETCH(QStringList, labels);
    FormPrinter::Request r;
    r.kind = *FormPrinter::kindFromName(kind);
    r.blank = true;
    QElapsedTimer timer;
    timer.start();
    const QString path = pdf(r, kind + u"-blank"_s);
    QVERIFY(!path.isEmpty());
    QVERIFY(timer.elapsed() < 20000);
    const QString t = text(path);
    QCOMPARE(missingInOrder(t, labels), QString());
    for (const QString &value : {u"赵刚"_s, u"旗自然资源局"_s, u"刘强"_s})
        QVERIFY2(!t.contains(value), qPrintable(value));
}

void TestForms::minutesFollowGbt9704() {
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

void TestForms::documentGridIs28By22() {
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

void TestForms::opinionsAndList() {
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

void TestForms::longProblemFlowsOntoNextPage() {
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

void TestForms::batchStartsEachSheetOnNewPage() {
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

void TestForms::batchCanBeCancelled() {
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

void TestForms::cli() {
    const QString cli = qEnvironmentVariable("QINQING_CLI");
    QVERIFY(!cli.isEmpty());
    const QString db = m_dir.filePath(u"forms.sqlite"_s);
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

QTEST_MAIN(TestForms)
#include "tst_forms.moc"
