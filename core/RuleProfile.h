#pragma once

#include "core/ExclusionReason.h"
#include "core/HandlingLimit.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

class WorkCalendar;
struct Deadline;
class QDate;

// 制度配置: the rules of one regime (通辽, 河源, 乌海, 清新, 乌审旗), held as data so that an
// office can adjust them without a new program. Every number cites the regime's document in
// `source`.
class RuleProfile {
    Q_DECLARE_TR_FUNCTIONS(RuleProfile)

public:
    enum class CadencePeriod { None, Month, Quarter, Year };

    QString code;        // tongliao, heyuan, wuhai, qingxin, wushen
    QString name;        // shown to users
    QString issuer;      // the office that runs the meetings
    QString meetingName; // 政企畅谈会, 政企恳谈会, 接待日 ...
    QString source;      // the document the rules come from

    CadencePeriod cadencePeriod = CadencePeriod::None;
    int meetingsPerPeriod = 0; // at least this many per period
    QString cadenceNote;       // e.g. 议题每月下旬选定

    int representativesMin = 0; // 0: no rule
    int representativesMax = 0; // 0: no upper bound

    int noticeLeadWorkingDays = 0;    // 通告 published this many working days ahead
    int catalogueLeadWorkingDays = 0; // 企业问题目录 due this many working days ahead
    int assignWithinWorkingDays = 0;  // 会后 N 个工作日内交办

    HandlingLimit progressLimit;     // first progress report (落实情况)
    HandlingLimit resultLimitSingle; // result, one department
    HandlingLimit resultLimitMulti;  // result, several departments

    bool tenDayReports = false; // 十日一报 for long-running items
    int reportIntervalDays = 10;
    int extensionCap = -1;    // -1: no cap
    QString extensionCapNote; // the regulation's words on the cap, quoted when refusing

    QList<ExclusionReason> exclusionReasons;
    QString formVariant = QStringLiteral("000"); // wording of the attachment forms: 000 or 004
    QString form1Title;
    QString form2Title;
    QString form3Title;
    // Where departments report their replies to the 处理意见 (seed 001: 报市工业和信息化局汇总);
    // empty: the issuer.
    QString replyOffice;

    bool domainMatching = false;   // match appeal domains to the receiving leader (seed 002)
    int liaisonEnterprisesMin = 0; // each leader's key enterprises (seed 003: 2-3)
    int liaisonEnterprisesMax = 0;

    QString numberingPattern = QStringLiteral("{year}-{seq:4}");
    int warningWindowWorkingDays = 3; // dashboard: amber when due within this many working days
    QStringList publicFields;         // fields that may be published (公开)

    QJsonObject toJson() const;
    // Reads a profile; every problem is reported as "field: reason" in `errors`.
    static RuleProfile fromJson(const QJsonObject &json, QStringList *errors);
    // Checks the numbers make sense together; messages name the field.
    QStringList validate() const;

    HandlingLimit resultLimit(bool multiDepartment) const {
        return multiDepartment && resultLimitMulti.isSet() ? resultLimitMulti : resultLimitSingle;
    }
    Deadline resultDeadline(const WorkCalendar &calendar, const QDate &assignedOn,
                            bool multiDepartment) const;
    Deadline progressDeadline(const WorkCalendar &calendar, const QDate &assignedOn) const;
    QString exclusionLabel(const QString &code) const;

    static QString cadenceCode(CadencePeriod p);
    static CadencePeriod cadenceFromCode(const QString &code, bool *ok = nullptr);

    bool operator==(const RuleProfile &o) const { return toJson() == o.toJson(); }
};
