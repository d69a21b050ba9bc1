#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

// The values the printed documents show, read straight from the database by FormDataLoader.
// Plain data with display-ready Chinese text, so the renderers hold no SQL and no lookups.

struct AppealFormData // 附件1 报名申请表 / 议题表, 预约登记表
{
    qint64 id = 0;
    QString number; // 编号
    QString submittingUnit;
    QString responsiblePerson;
    QString phone;
    QDate submitDate;
    QString problem;
    QString suggestions;
    QString priorHandling; // 备注
    QString domain;
    QString uscc;
    QString industry;
    bool industryWide = false;
};

struct CooperatorFormData {
    QString department;
    QString contact;
    QString phone;
};

struct AssignmentFormData // 附件2 办理情况表 / 议题办理情况表, 企业诉求交办单
{
    qint64 id = 0;
    QString number;     // the appeal's 编号
    QString enterprise; // 提交单位
    QString enterprisePhone;
    QString enterpriseContact;
    QString problem;      // the appeal's 困难问题
    QString suggestions;  // the appeal's 意见建议
    QString topicContent; // 议题主要内容
    QString decision;     // the meeting's decision on the topic (交办意见)
    QString leadDepartment;
    QString leadContact;
    QString leadPhone;
    QList<CooperatorFormData> cooperators;
    QDate assignedOn;
    QDate progressDue;
    QDate dueDate;
    // The deadline the meeting decided (as corrected before any extension or 重办), which its
    // minutes and 处理意见 print; invalid when not known (FormDataLoader::meeting sets it).
    QDate decidedDueDate;
    QDate originalDueDate; // before extensions (rewritten by a 重办)
    bool rehandled = false;
    qint64 topicId = 0;
    QString status;
    QString result;
    QString feedback;
    QString supervision;
    QString receivingLeader; // 接待领导 (the meeting's chair)
};

struct EvaluationFormData // 附件3 办结评价表 / 总体评价表
{
    qint64 id = 0;
    QString number;
    QString evaluatingUnit;
    QString responsiblePerson;
    QString phone;
    QDate submitDate;
    QString level; // satisfied, basic, unsatisfied
    QString opinion;
    QString suggestions;
};

struct MeetingTopicFormData {
    QString title;
    QString description;
    QString decision;
    QList<AssignmentFormData> assignments;
    QList<AppealFormData> appeals;
};

struct MeetingFormData // 会议纪要, 通告, 问题建议清单, 处理意见
{
    qint64 id = 0;
    QString kind;
    QString title;
    QDate date;
    QString place;
    QString form;
    QString minutesNumber; // as typed, else 第N期 counted in the meeting's year
    QString summary;
    QStringList chairs;    // 主持
    QStringList attendees; // 出席 (leaders and departments)
    QStringList onLeave;   // 请假
    QStringList observers; // 列席
    QStringList enterprises;
    QList<MeetingTopicFormData> topics;
    QList<AssignmentFormData> assignments; // all of the meeting, by lead department
    // 通告 (schema step 003)
    QDate noticeDate;
    QDate bookingFrom;
    QDate bookingTo;
    QString noticeScope;
    QString contactPhone;
    QString contactEmail;
    QString bookingHours;
    QString bookingPlace;
};

// Which office prints, and in which wording.
struct FormContext {
    QString variant = QStringLiteral("000"); // 000 (通辽) or 004 (乌审旗)
    QString form1Title;
    QString form2Title;
    QString form3Title;
    QString profileCode; // tongliao, heyuan, wuhai, qingxin, wushen
    QString profileName; // 乌海市“市长服务民营企业接待日” ...
    QString issuer;      // 印发机关
    QString meetingName; // 政企畅谈会 ...
    // Where departments report their replies to the 处理意见 (seed 001: 市工业和信息化局, where
    // the working group sits); empty: the issuer.
    QString replyOffice;
    QStringList exclusionReasons; // the profile's 不予受理 reasons, as the regulation words them

    // The names a title keeps whole when it breaks (ChineseFormat::titleWords).
    QStringList titleNames() const { return {profileName, meetingName, issuer}; }
};
