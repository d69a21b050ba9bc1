#include "tests/forms/FormsTestData.h"

#include "core/Database.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

QString FormsTestData::longProblem() {
    // Numbered sentences, so that a lost or repeated line at a page break shows as a mismatch.
    QString text;
    for (int i = 1; text.size() < 5000; ++i)
        text += u"第%1条：园区企业反映用地审批、用电报装和融资担保等环节办理周期长。"_s.arg(i);
    return text.left(5000);
}

bool FormsTestData::insert(Database &db, QString *error) {
    const QString n = u"2024-07-01T00:00:00"_s;
    const QStringList statements = {
        u"INSERT INTO departments(id,name,contact,phone) VALUES "
        u"(1,'旗工信局','张明','0477-7561234'),"
        "(2,'旗商务局','李华','0477-7565678'),(3,'旗自然资源局','王芳','0477-7569999')"_s,
        u"INSERT INTO enterprises(id,name,uscc,responsible_person,phone,industry,created_at,"
        "updated_at) VALUES (1,'乌审旗鑫源煤化有限公司','91110000600037341L','赵刚','13904771234',"
        "'煤化工','%1','%1')"_s.arg(n),
        u"INSERT INTO leaders(id,name,title) VALUES (1,'刘强','副旗长'),(2,'陈静','旗长'),"
        "(3,'周敏','旗政府办主任')"_s,
        u"INSERT INTO topics(id,title,description,created_at) VALUES (1,'企业用地审批周期长',"
        "'涉及园区企业扩建用地','%1')"_s.arg(n),
        u"INSERT INTO appeals(id,number,submitting_unit,enterprise_id,responsible_person,phone,"
        "submit_date,problem,suggestions,prior_handling,domain,topic_id,created_at,updated_at) "
        "VALUES (1,'WS2024-0001','乌审旗鑫源煤化有限公司',1,'赵刚','13904771234','2024-07-05',"
        "'扩建项目用地审批已超过三个月仍未批复，影响二期工程开工<急>&',"
        "'建议开通重点项目审批绿色通道，实行并联审批。','"
        "2024年5月曾向旗自然资源局反映，答复正在研究。',"
        "'用地',1,'%1','%1')"_s.arg(n),
        u"INSERT INTO appeals(id,number,submitting_unit,responsible_person,phone,submit_date,"
        "problem,created_at,updated_at) VALUES (2,'WS2024-0002','乌审旗长城建材有限公司','钱伟',"
        "'0477-7123456','2024-07-06','%2','%1','%1')"_s.arg(n, longProblem()),
        u"INSERT INTO meetings(id,title,meeting_date,place,form,minutes_number,created_at,"
        "notice_date,booking_from,booking_to,notice_scope) VALUES (1,'2024年第三季度政企恳谈会',"
        "'2024-07-05','旗政务服务中心三楼会议室','座谈会','第3期','%1','2024-06-14','2024-06-17',"
        "'2024-06-28','企业在生产经营和项目建设中遇到的问题')"_s.arg(n),
        u"INSERT INTO meeting_leaders VALUES (1,1,'chair'),(1,2,'leave'),(1,3,'attend')"_s,
        u"INSERT INTO meeting_departments VALUES (1,1,'attend'),(1,2,'observe')"_s,
        u"INSERT INTO meeting_enterprises VALUES (1,1,'赵刚')"_s,
        u"INSERT INTO meeting_topics VALUES (1,1,1,'会议认为，重点项目用地审批要提速增效。')"_s,
        u"INSERT INTO assignments(id,appeal_id,topic_id,meeting_id,lead_department_id,lead_contact,"
        "lead_phone,multi_department,assigned_on,progress_due,due_date,original_due_date,status,"
        "result,feedback,supervision,created_at,updated_at) VALUES (1,1,1,1,3,'','',1,'2024-07-08',"
        "'2024-07-17','2024-07-23','2024-07-23','done','已开通绿色通道，用地预审于7月18日批复。',"
        "'7月19日电话告知企业负责人，企业表示满意。','旗督查室7月15日跟踪督办。','%1','%1')"_s.arg(
            n),
        u"INSERT INTO "
        u"assignments(id,appeal_id,meeting_id,lead_department_id,lead_contact,lead_phone,"
        "assigned_on,due_date,original_due_date,created_at,updated_at) VALUES (2,2,1,1,'','',"
        "'2024-07-08','2024-07-15','2024-07-15','%1','%1')"_s.arg(n),
        u"INSERT INTO assignment_cooperators VALUES (1,1,'',''),(1,2,'孙丽','0477-7560001')"_s,
        u"INSERT INTO evaluations(id,assignment_id,evaluating_unit,responsible_person,phone,"
        "submit_date,level,opinion,suggestions) VALUES (1,1,'乌审旗鑫源煤化有限公司','赵刚',"
        "'13904771234','2024-07-25','basic','办理及时，结果基本满意。','希望常态化开展恳谈会。')"_s,
        u"INSERT INTO settings VALUES ('office.phone','0477-7561510'),('office.email',"
        "'wsqzwfw@163.com'),('office.booking_hours','工作日8:30—12:00'),"
        "('office.booking_place','旗政务服务中心909办公室')"_s,
    };
    QSqlQuery q(db.sql());
    for (const QString &sql : statements) {
        if (!q.exec(sql)) {
            *error = sql.left(60) + u": "_s + q.lastError().text();
            return false;
        }
    }
    return true;
}
