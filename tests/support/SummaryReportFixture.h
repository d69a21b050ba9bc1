#pragma once

// The period November 2024 as a 乌海 office would have it, written with DashboardFixture's
// plain SQL: ten appeals from eight enterprises, three of which (甲乙丙) raise the same
// 污水管网接入 problem in their own words while 丁 writes in three times about its boiler; an
// October appeal on 污水管网 too (outside the period) whose item is overdue; statuses that
// changed after the period's end. Every figure the tests expect is worked out in comments.

#include "tests/core/DashboardFixture.h"

namespace SummaryReportFixture {

using DashboardFixture::d;

struct Ids {
    qint64 deptA = 0, deptB = 0, deptC = 0;
    qint64 a1 = 0, oldOverdue = 0;
    qint64 a1Assignment = 0; // overdue by 10 working days on 11-30
    qint64 a2Assignment = 0; // due 12-20: on track
};

inline void setColumn(Database &db, const char *table, qint64 id, const char *column,
                      const QString &value) {
    DashboardFixture::exec(db,
                           QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?")
                               .arg(QString::fromLatin1(table), QString::fromLatin1(column)),
                           {value, id});
}

inline qint64 appeal(Database &db, const char *number, const QString &unit, const char *date,
                     const QString &domain, const QString &channel, const QString &problem,
                     const char *status = "accepted") {
    DashboardFixture::AppealSpec a;
    a.number = QString::fromLatin1(number);
    a.unit = unit;
    a.submitted = d(date);
    a.domain = domain;
    a.channel = channel; // empty: no channel given
    a.problem = problem;
    a.status = QString::fromLatin1(status);
    return DashboardFixture::appeal(db, a);
}

inline qint64 assign(Database &db, qint64 appealId, qint64 dept, const char *assigned,
                     const char *due, const char *status = "assigned",
                     const char *completed = nullptr) {
    DashboardFixture::AssignmentSpec s =
        DashboardFixture::spec(appealId, dept, d(assigned), d(due));
    s.status = QString::fromLatin1(status);
    if (completed)
        s.completedOn = d(completed);
    return DashboardFixture::assignment(db, s);
}

inline Ids insert(Database &db) {
    using namespace Qt::StringLiterals;
    Ids ids;
    ids.deptA = DashboardFixture::department(db, u"市自然资源局"_s);
    ids.deptB = DashboardFixture::department(db, u"市工信局"_s);
    ids.deptC = DashboardFixture::department(db, u"市生态环境局"_s);

    // October, outside the period: 庚's first appeal; its item is overdue on 11-30 by 30
    // working days (10-21..10-25, 10-28..11-01, and the 20 working days of 11-04..11-29).
    const qint64 g1 = appeal(db, "WH2024-1001", u"乌海市庚达化工有限公司"_s, "2024-10-08",
                             u"水电气"_s, u"走访"_s, u"污水管网接入园区主管网的手续一直未办"_s);
    ids.oldOverdue = assign(db, g1, ids.deptC, "2024-10-10", "2024-10-20", "in_progress");
    // Finished in October and evaluated in November: 基本满意 on 11-12, 不满意 on 11-28.
    const qint64 old = assign(db, 0, ids.deptB, "2024-09-02", "2024-10-20", "done", "2024-10-15");
    DashboardFixture::evaluation(db, old, d("2024-11-12"), u"basic"_s);
    DashboardFixture::evaluation(db, old, d("2024-11-28"), u"unsatisfied"_s);

    // The 污水管网接入 cluster: three enterprises, three wordings (domain 水电气, 12345热线).
    ids.a1 = appeal(db, "WH2024-1101", u"乌海市甲元能源有限公司"_s, "2024-11-04", u"水电气"_s,
                    u"12345热线"_s, u"园区污水管网接入审批慢，影响投产。"_s);
    const qint64 a2 =
        appeal(db, "WH2024-1102", u"乌海市乙方建材有限公司"_s, "2024-11-05", u"水电气"_s,
               u"12345热线"_s, u"我司申请污水管网接入已三个月未批复。"_s);
    const qint64 a3 =
        appeal(db, "WH2024-1103", u"乌海市丙辰食品有限公司"_s, "2024-11-05", u"水电气"_s,
               u"12345热线"_s, u"污水管网接入费用过高，企业难以承受。"_s);
    // 11-15 passed: overdue on 11-30 by the 10 working days 11-18..11-29.
    ids.a1Assignment = assign(db, ids.a1, ids.deptA, "2024-11-05", "2024-11-15", "in_progress");
    ids.a2Assignment = assign(db, a2, ids.deptB, "2024-11-06", "2024-12-20");
    const qint64 s3 =
        assign(db, a3, ids.deptA, "2024-11-06", "2024-11-25", "evaluated", "2024-11-20");
    DashboardFixture::evaluation(db, s3, d("2024-11-25"), u"satisfied"_s);

    // 丁 writes three times about the same boiler: one enterprise, not a common problem.
    const qint64 d1 = appeal(db, "WH2024-1104", u"乌海市丁山热电有限公司"_s, "2024-11-07",
                             u"政策兑现"_s, u"报名表"_s, u"锅炉改造补贴资金未到位，请求协调。"_s);
    appeal(db, "WH2024-1105", u"乌海市丁山热电有限公司"_s, "2024-11-14", u"政策兑现"_s, u"报名表"_s,
           u"再次反映锅炉改造补贴资金未到位。"_s, "pending");
    const qint64 d3 =
        appeal(db, "WH2024-1106", u"乌海市丁山热电有限公司"_s, "2024-11-21", u"政策兑现"_s,
               u"报名表"_s, u"锅炉改造补贴资金未到位已半年。"_s, "rejected");
    setColumn(db, "appeals", d3, "screened_at", u"2024-11-22T09:00:00"_s);
    const qint64 sd1 = assign(db, d1, ids.deptC, "2024-11-08", "2024-11-22", "escalated");
    setColumn(db, "assignments", sd1, "escalation_note", u"补贴资金需自治区财政厅审批"_s);

    // 用地 from two enterprises only.
    const qint64 e = appeal(db, "WH2024-1107", u"乌海市戊己物流有限公司"_s, "2024-11-08", u"用地"_s,
                            u"走访"_s, u"仓储项目用地规划调整迟迟未批。"_s);
    const qint64 se = assign(db, e, ids.deptB, "2024-11-10", "2024-11-20", "deferred");
    setColumn(db, "assignments", se, "explanation", u"受国土空间规划调整限制，已向企业解释"_s);
    appeal(db, "WH2024-1108", u"乌海市己任商贸有限公司"_s, "2024-11-12", u"用地"_s, u"走访"_s,
           u"门店前临时占道审批。"_s, "solved");

    // Completed on 12-02 and screened on 12-03: as of 11-30 still 办理中 and 待研判.
    const qint64 g2 = appeal(db, "WH2024-1109", u"乌海市庚达化工有限公司"_s, "2024-11-25",
                             u"物流"_s, QString(), u"危化品运输车辆通行证办理周期长。"_s);
    assign(db, g2, ids.deptB, "2024-11-26", "2024-12-10", "done", "2024-12-02");
    const qint64 x = appeal(db, "WH2024-1110", u"乌海市辛未矿业有限公司"_s, "2024-11-28", u"物流"_s,
                            QString(), u"矿区道路限载。"_s, "redirected");
    setColumn(db, "appeals", x, "screened_at", u"2024-12-03T10:00:00"_s);
    return ids;
}

} // namespace SummaryReportFixture
