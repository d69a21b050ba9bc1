#include "core/report/CommonProblemFinder.h"
#include "core/report/ReportPeriod.h"
#include "core/report/SummaryReportQuery.h"
#include "tests/support/SummaryReportFixture.h"
#include "tests/support/TestServer.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using SummaryReportFixture::d;

// The leaders' summary report's figures for November 2024 on SummaryReportFixture's records
// (every expected number is worked out there), the periods it names, and the grouping of
// common problems across enterprises.
class TestSummaryReport : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir;
    int counter = 0;

    static QString counts(const QList<SummaryReport::Count> &list) {
        QStringList parts;
        for (const SummaryReport::Count &c : list)
            parts << u"%1 %2"_s.arg(c.label).arg(c.count);
        return parts.join(u", "_s);
    }
    static CommonProblemFinder::Text text(qint64 id, const QString &enterprise,
                                          const QString &problem, const QString &domain = {}) {
        return {id, u"N%1"_s.arg(id), enterprise, domain, problem};
    }

private slots:
    void periods() {
        QString error;
        const auto month = ReportPeriod::parseMonth(u"2026-11"_s, &error);
        QVERIFY(month);
        QCOMPARE(month->from(), d("2026-11-01"));
        QCOMPARE(month->to(), d("2026-11-30"));
        QCOMPARE(month->chineseLabel(), u"2026年11月"_s);
        QCOMPARE(month->chineseKind(), u"月报"_s);
        QCOMPARE(ReportPeriod::parseMonth(u"2024-2"_s, &error)->to(), d("2024-02-29"));
        QVERIFY(!ReportPeriod::parseMonth(u"2026-13"_s, &error));
        QVERIFY(error.contains(u"2026-13"_s));
        QVERIFY(!ReportPeriod::parseMonth(u"November"_s, &error));

        const auto quarter = ReportPeriod::parseQuarter(u"2026Q4"_s, &error);
        QVERIFY(quarter);
        QCOMPARE(quarter->from(), d("2026-10-01"));
        QCOMPARE(quarter->to(), d("2026-12-31"));
        QCOMPARE(quarter->chineseLabel(), u"2026年第四季度"_s);
        QCOMPARE(quarter->chineseKind(), u"季报"_s);
        QCOMPARE(ReportPeriod::parseQuarter(u"2025-q1"_s, &error)->to(), d("2025-03-31"));
        QVERIFY(!ReportPeriod::parseQuarter(u"2026Q5"_s, &error));
        QVERIFY(error.contains(u"2026Q5"_s));

        QCOMPARE(ReportPeriod::range(d("2024-10-01"), d("2024-11-30")).chineseLabel(),
                 u"2024年10月1日至11月30日"_s);
        QCOMPARE(ReportPeriod::range(d("2024-12-01"), d("2025-01-31")).chineseLabel(),
                 u"2024年12月1日至2025年1月31日"_s);
        QVERIFY(!ReportPeriod::range(d("2024-12-01"), d("2024-11-30")).isValid());
    }

    void novemberFigures() {
        Database db;
        QVERIFY(db.open(TestServer::location(dir.path(), u"report%1.sqlite"_s.arg(++counter))));
        DatabaseInitializer init(db);
        QVERIFY2(init.initialize(u"wuhai"_s), qPrintable(init.errorString()));
        const SummaryReportFixture::Ids ids = SummaryReportFixture::insert(db);

        SummaryReportQuery query(db);
        SummaryReportQuery::Options o;
        o.today = d("2024-12-05");
        const auto r = query.build(ReportPeriod::month(2024, 11), o);
        QVERIFY2(r, qPrintable(query.errorString()));
        QCOMPARE(r->asOf, d("2024-11-30"));
        QCOMPARE(r->appeals, 10);
        QCOMPARE(r->enterprises, 8);
        QCOMPARE(r->assigned, 6);
        // Statuses as they stood on 11-30: the item completed on 12-02 was still 办理中, the
        // appeal screened on 12-03 still 待研判.
        QCOMPARE(counts(r->byStatus), u"待研判 2, 不予受理 1, 即知即办 1, 已交办 1, 办理中 2, "
                                      "提交上级 1, 暂缓解决 1, 已评价 1"_s);
        QCOMPARE(counts(r->byDomain), u"政策兑现 3, 水电气 3, 物流 2, 用地 2"_s);
        QCOMPARE(counts(r->byChannel), u"12345热线 3, 报名表 3, 走访 2, （未注明） 2"_s);

        QCOMPARE(r->overdueTotal, 2);
        QCOMPARE(r->overdue.size(), 2);
        QCOMPARE(r->overdue.at(0).assignmentId, ids.oldOverdue);
        QCOMPARE(r->overdue.at(0).overdueWorkingDays, 30);
        QCOMPARE(r->overdue.at(0).leadDepartment, u"市生态环境局"_s);
        QCOMPARE(r->overdue.at(1).appealNumber, u"WH2024-1101"_s);
        QCOMPARE(r->overdue.at(1).overdueWorkingDays, 10);
        QCOMPARE(r->overdue.at(1).leadDepartment, u"市自然资源局"_s);

        QCOMPARE(r->completed, 1);
        QCOMPARE(r->completedOnTime, 1);
        QCOMPARE(r->satisfied, 1);
        QCOMPARE(r->basic, 1);
        QCOMPARE(r->unsatisfied, 1);
        QCOMPARE(r->satisfactionRate(), 2.0 / 3.0);
        QCOMPARE(r->departments.size(), 3);
        QCOMPARE(r->departments.at(0).department, u"市生态环境局"_s); // 1 overdue, 2 open
        QCOMPARE(r->departments.at(0).open, 2);
        QCOMPARE(r->departments.at(1).department, u"市自然资源局"_s);
        QCOMPARE(r->departments.at(1).completedOnTime, 1);
        QCOMPARE(r->departments.at(2).department, u"市工信局"_s);
        QCOMPARE(r->departments.at(2).open, 2);
        QCOMPARE(r->departments.at(2).satisfactionRate(), 0.5);

        QCOMPARE(r->escalatedTotal, 1);
        QCOMPARE(r->escalated.first().appealNumber, u"WH2024-1104"_s);
        QCOMPARE(r->escalated.first().note, u"补贴资金需自治区财政厅审批"_s);
        QCOMPARE(r->deferredTotal, 1);
        QCOMPARE(r->deferred.first().note, u"受国土空间规划调整限制，已向企业解释"_s);

        // 水电气 from three enterprises; 政策兑现 is 丁's alone, 用地 and 物流 two each.
        QCOMPARE(r->commonByDomain.size(), 1);
        QCOMPARE(r->commonByDomain.first().subject, u"水电气"_s);
        QCOMPARE(r->commonByDomain.first().enterprises, 3);
        QCOMPARE(r->commonByWording.size(), 1);
        QCOMPARE(r->commonByWording.first().subject, u"污水管网接入"_s);
        QCOMPARE(r->commonByWording.first().enterprises, 3);
        QCOMPARE(r->commonByWording.first().numbers,
                 (QStringList{u"WH2024-1101"_s, u"WH2024-1102"_s, u"WH2024-1103"_s}));

        // While the month runs the figures stand as of today.
        o.today = d("2024-11-20");
        const auto running = query.build(ReportPeriod::month(2024, 11), o);
        QVERIFY(running);
        QCOMPARE(running->asOf, d("2024-11-20"));
        QCOMPARE(running->appeals, 7); // submitted up to 11-20 … 11-14, not 11-21 and later
        o.today = d("2024-10-31");
        QVERIFY(!query.build(ReportPeriod::month(2024, 11), o));
        QVERIFY(query.errorString().contains(u"2024-11-01"_s));
    }

    void decisionsAsOfThePeriodsEnd() {
        // 提交上级 and 暂缓解决 as they stood on the report's day, from their dates.
        Database db;
        QVERIFY(db.open(TestServer::location(dir.path(), u"report%1.sqlite"_s.arg(++counter))));
        DatabaseInitializer init(db);
        QVERIFY2(init.initialize(u"wuhai"_s), qPrintable(init.errorString()));
        const SummaryReportFixture::Ids ids = SummaryReportFixture::insert(db);
        auto idOf = [&](const char *status) {
            QSqlQuery q(db.sql());
            q.exec(u"SELECT id FROM assignments WHERE status = '%1'"_s.arg(QLatin1String(status)));
            return q.next() ? q.value(0).toLongLong() : 0;
        };
        const qint64 boiler = idOf("escalated"); // WH2024-1104, due 11-22
        const qint64 land = idOf("deferred");    // WH2024-1107
        QVERIFY(boiler && land);
        // The boiler subsidy went to the higher level only on 12-03; 甲's sewer connection
        // was with it from 11-20 to 12-01; the land item was deferred on 11-25.
        SummaryReportFixture::setColumn(db, "assignments", boiler, "escalated_on", u"2024-12-03"_s);
        SummaryReportFixture::setColumn(db, "assignments", ids.a1Assignment, "escalated_on",
                                        u"2024-11-20"_s);
        SummaryReportFixture::setColumn(db, "assignments", ids.a1Assignment, "escalated_until",
                                        u"2024-12-01"_s);
        SummaryReportFixture::setColumn(db, "assignments", land, "deferred_on", u"2024-11-25"_s);

        SummaryReportQuery query(db);
        SummaryReportQuery::Options o;
        o.today = d("2024-12-05");
        const auto november = query.build(ReportPeriod::month(2024, 11), o);
        QVERIFY2(november, qPrintable(query.errorString()));
        QCOMPARE(november->escalatedTotal, 1);
        QCOMPARE(november->escalated.first().appealNumber, u"WH2024-1101"_s);
        QCOMPARE(november->deferredTotal, 1);
        QCOMPARE(november->deferred.first().assignmentId, land);
        // Not yet escalated on 11-30, the boiler item is overdue by 11-25..11-29; 甲's, with
        // the higher level then, is not counted against its department.
        QCOMPARE(november->overdueTotal, 2);
        QCOMPARE(november->overdue.at(0).assignmentId, ids.oldOverdue);
        QCOMPARE(november->overdue.at(1).appealNumber, u"WH2024-1104"_s);
        QCOMPARE(november->overdue.at(1).overdueWorkingDays, 5);
        QCOMPARE(counts(november->byStatus), u"待研判 2, 不予受理 1, 即知即办 1, 已交办 1, "
                                             "办理中 2, 提交上级 1, 暂缓解决 1, 已评价 1"_s);

        // On 12-05 the boiler item is with the higher level and 甲's is back.
        const auto december = query.build(ReportPeriod::month(2024, 12), o);
        QVERIFY2(december, qPrintable(query.errorString()));
        QCOMPARE(december->escalatedTotal, 1);
        QCOMPARE(december->escalated.first().appealNumber, u"WH2024-1104"_s);
        QCOMPARE(december->deferredTotal, 1);
        // Deferred only after the period: not listed, and open (overdue) then.
        SummaryReportFixture::setColumn(db, "assignments", land, "deferred_on", u"2024-12-02"_s);
        const auto again = query.build(ReportPeriod::month(2024, 11), o);
        QCOMPARE(again->deferredTotal, 0);
        QCOMPARE(again->overdueTotal, 3);
    }

    void wordingAcrossEnterprises() {
        // The planted cluster: three enterprises, their own sentences, one shared phrase.
        QList<CommonProblemFinder::Text> texts{
            text(1, u"甲"_s, u"园区污水管网接入审批慢，影响投产。"_s),
            text(2, u"乙"_s, u"我司申请污水管网接入已三个月未批复。"_s),
            text(3, u"丙"_s, u"污水管网接入费用过高，企业难以承受。"_s),
            // One enterprise repeating itself is not a common problem…
            text(4, u"丁"_s, u"锅炉改造补贴资金未到位，请求协调。"_s),
            text(5, u"丁"_s, u"再次反映锅炉改造补贴资金未到位。"_s),
            text(6, u"丁"_s, u"锅炉改造补贴资金未到位已半年。"_s),
            // …nor are four shared characters that go on differently, stock phrases of
            // requests, or numbers.
            text(7, u"戊"_s, u"设备更新申请未获批准，希望相关部门协调解决。"_s),
            text(8, u"己"_s, u"排污许可证延续至今未获批准，请相关部门协调解决。"_s),
            text(9, u"庚"_s, u"人才公寓申请未获批准，望相关部门协调解决2024年。"_s),
            text(10, u"辛"_s, u"2024年厂房租金上涨。"_s), text(11, u"壬"_s, u"2024年订单减少。"_s)};
        CommonProblemFinder::Options o;
        QList<CommonProblemFinder::Group> groups = CommonProblemFinder::byWording(texts, o);
        QCOMPARE(groups.size(), 1);
        QCOMPARE(groups.first().subject, u"污水管网接入"_s);
        QCOMPARE(groups.first().enterprises, 3);
        QCOMPARE(groups.first().ids, (QList<qint64>{1, 2, 3}));

        // A fourth enterprise joins; with a threshold of four only that group stays.
        texts << text(12, u"癸"_s, u"厂区污水管网接入点距离过远。"_s);
        o.minEnterprises = 4;
        groups = CommonProblemFinder::byWording(texts, o);
        QCOMPARE(groups.size(), 1);
        QCOMPARE(groups.first().enterprises, 4);
        // Two of 丁's neighbours saying the same about the boiler make it common at three.
        texts << text(13, u"子"_s, u"锅炉改造补贴资金未到位。"_s)
              << text(14, u"丑"_s, u"我厂锅炉改造补贴资金未到位。"_s);
        o.minEnterprises = 3;
        groups = CommonProblemFinder::byWording(texts, o);
        QCOMPARE(groups.size(), 2);
        QCOMPARE(groups.at(0).subject, u"污水管网接入"_s);
        QCOMPARE(groups.at(1).subject, u"锅炉改造补贴资金未到位"_s);
        QCOMPARE(groups.at(1).enterprises, 3);
        QCOMPARE(groups.at(1).ids.size(), 5);
    }

    void boilerplateIsNotAProblem() {
        // Self-introductions shared by most texts of a period are not a problem.
        QList<CommonProblemFinder::Text> texts;
        for (int i = 0; i < 40; ++i)
            texts << text(
                i, u"企业%1"_s.arg(i),
                u"我公司成立于%1年，现有职工%2人。第%3项困难。"_s.arg(2000 + i).arg(100 + i).arg(
                    i));
        QVERIFY(CommonProblemFinder::byWording(texts, {}).isEmpty());
    }

    void domains() {
        const QList<CommonProblemFinder::Text> texts{
            text(1, u"甲"_s, u"一"_s, u"用地"_s), text(2, u"乙"_s, u"二"_s, u"用地"_s),
            text(3, u"丙"_s, u"三"_s, u"用地"_s), text(4, u"丁"_s, u"四"_s, u"融资"_s),
            text(5, u"丁"_s, u"五"_s, u"融资"_s), text(6, u"丁"_s, u"六"_s, u"融资"_s),
            text(7, u"戊"_s, u"七"_s, QString())};
        const auto groups = CommonProblemFinder::byDomain(texts, {});
        QCOMPARE(groups.size(), 1);
        QCOMPARE(groups.first().subject, u"用地"_s);
        QCOMPARE(groups.first().numbers, (QStringList{u"N1"_s, u"N2"_s, u"N3"_s}));
    }
};

QTEST_GUILESS_MAIN(TestSummaryReport)
#include "tst_summaryreport.moc"
