// Prints every form to PDF and reads it back with poppler's pdftotext, as a clerk copying text
// out of the PDF would: labels in the seeds' order, the record's values, blank forms and
// documents. tst_documents checks the documents' layout (GB/T 9704), batches and the CLI.

#include "tests/forms/FormsCase.h"

#include <QElapsedTimer>

using namespace Qt::StringLiterals;
using namespace FormsPdf;

class TestForms : public QObject, public FormsCase {
    Q_OBJECT

private slots:
    void initTestCase() { setUpDatabase(); }
    void attachmentForms_data();
    void attachmentForms();
    void blankForms_data();
    void blankForms();
    void receptionForms();
    void blankDocuments_data();
    void blankDocuments();
};

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
                       u"联系电话"_s,
                       u"配合办理部门（单位）"_s,
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
    // 000's 办理情况表 has no 办理结果 row, and as the seed no 联系人 label; its 报名申请表 no
    // 备注.
    if (kind == "form2"_L1 && variant == "000"_L1) {
        QVERIFY(!t.contains(u"办理结果"_s));
        QVERIFY(!t.contains(u"联系人"_s));
    }
    if (kind == "form1"_L1)
        QCOMPARE(t.contains(u"备注"_s), variant == "004"_L1);
}

void TestForms::receptionForms() {
    FormPrinter::Request r;
    r.kind = FormPrinter::Kind::Notice;
    r.meetingId = 1;
    QString t = text(pdf(r, u"notice"_s));
    QCOMPARE(
        missingInOrder(t, {u"通告"_s,
                           // 乌审旗 is a 旗; the name's own quotes turn single inside the quotes.
                           u"解决我旗企业发展中遇到的突出困难和问题，根据“政务服务‘亲清’政企恳谈会”"
                           u"制度要求"_s,
                           u"2024年7月5日（星期五）"_s,
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
    QCOMPARE(missingInOrder(t, {u"附件2"_s, u"来访企业预约登记表"_s, u"企业名称"_s,
                                u"乌审旗鑫源煤化有限公司"_s, u"统一社会信用代码"_s,
                                u"91110000600037341L"_s, u"企业负责人"_s, u"联系电话"_s,
                                u"所属行业"_s, u"煤化工"_s, u"诉求领域"_s, u"用地"_s, u"诉求事项"_s,
                                u"意见建议"_s, u"或到乌审旗政务服务与数据管理局现场预约"_s,
                                // All six reasons of seed 002 三(二).
                                u"已进入司法程序、行政复议和仲裁程序的"_s, u"已由纪委监委受理的"_s,
                                u"已通过信访渠道推动解决的"_s, u"建议提案办理的"_s,
                                u"没有明确的对象和具体的事实、理由和请求的"_s,
                                u"匿名的意见建议或诉求申请"_s}),
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

QTEST_MAIN(TestForms)
#include "tst_forms.moc"
