#include "core/StatusLabels.h"

#include <QList>
#include <QPair>

using namespace Qt::StringLiterals;

QStringList StatusLabels::appealStatusCodes() {
    return {u"pending"_s, u"accepted"_s, u"rejected"_s, u"redirected"_s, u"solved"_s};
}

QString StatusLabels::appeal(const QString &code) {
    if (code == "pending"_L1)
        return tr("Pending screening");
    if (code == "accepted"_L1)
        return tr("Accepted");
    if (code == "rejected"_L1)
        return tr("Not accepted");
    if (code == "redirected"_L1)
        return tr("Redirected");
    if (code == "solved"_L1)
        return tr("Solved at once");
    return code;
}

QString StatusLabels::assignment(const QString &code) {
    if (code == "assigned"_L1)
        return tr("Assigned");
    if (code == "in_progress"_L1)
        return tr("In progress");
    if (code == "done"_L1)
        return tr("Done");
    if (code == "evaluated"_L1)
        return tr("Evaluated");
    if (code == "returned"_L1)
        return tr("Returned");
    if (code == "escalated"_L1)
        return tr("Escalated");
    if (code == "deferred"_L1)
        return tr("Deferred");
    return code;
}

QString StatusLabels::meeting(const QString &code) {
    if (code == "planned"_L1)
        return tr("Planned");
    if (code == "held"_L1)
        return tr("Held");
    if (code == "cancelled"_L1)
        return tr("Cancelled");
    return code;
}

QString StatusLabels::extension(const QString &code) {
    if (code == "pending"_L1)
        return tr("Pending", "extension request");
    if (code == "approved"_L1)
        return tr("Approved", "extension request");
    if (code == "refused"_L1)
        return tr("Refused", "extension request");
    return code;
}

QString StatusLabels::evaluationLevel(const QString &code) {
    // The words of 附件3 in brackets: the English UI still shows what the enterprise ticked.
    if (code == "satisfied"_L1)
        return tr("Satisfied (满意)");
    if (code == "basic"_L1)
        return tr("Basically satisfied (基本满意)");
    if (code == "unsatisfied"_L1)
        return tr("Unsatisfied (不满意)");
    return code;
}

QString StatusLabels::deadlineState(const QString &code) {
    if (code == "none"_L1)
        return tr("Not assigned or closed");
    if (code == "on-track"_L1)
        return tr("On track");
    if (code == "due-soon"_L1)
        return tr("Due soon");
    if (code == "overdue"_L1)
        return tr("Overdue");
    return code;
}

QString StatusLabels::assignmentDeadline(const QString &code) {
    if (code == "overdue"_L1)
        return tr("Overdue");
    if (code == "extended-overdue"_L1)
        return tr("Overdue after extension");
    if (code == "extended"_L1)
        return tr("Extended");
    if (code == "due-soon"_L1)
        return tr("Due soon");
    if (code == "on-time"_L1)
        return tr("On time");
    if (code == "closed"_L1)
        return tr("Closed");
    return code;
}

namespace {

using Words = QList<QPair<QString, QString>>;

const Words &appealWords() {
    static const Words words{{u"pending"_s, u"待研判"_s},
                             {u"accepted"_s, u"已受理"_s},
                             {u"rejected"_s, u"不予受理"_s},
                             {u"redirected"_s, u"已转属地/部门"_s},
                             {u"solved"_s, u"即知即办"_s}};
    return words;
}

const Words &assignmentWords() {
    static const Words words{{u"assigned"_s, u"已交办"_s},   {u"in_progress"_s, u"办理中"_s},
                             {u"done"_s, u"已办结"_s},       {u"evaluated"_s, u"已评价"_s},
                             {u"returned"_s, u"退回重办"_s}, {u"escalated"_s, u"提交上级"_s},
                             {u"deferred"_s, u"暂缓解决"_s}};
    return words;
}

const Words &meetingWords() {
    static const Words words{
        {u"planned"_s, u"计划"_s}, {u"held"_s, u"已召开"_s}, {u"cancelled"_s, u"已取消"_s}};
    return words;
}

const Words &evaluationWords() {
    static const Words words{
        {u"satisfied"_s, u"满意"_s}, {u"basic"_s, u"基本满意"_s}, {u"unsatisfied"_s, u"不满意"_s}};
    return words;
}

QString lookUp(const Words &words, const QString &code) {
    for (const auto &[c, word] : words) {
        if (c == code)
            return word;
    }
    return code;
}

} // namespace

QString StatusLabels::printedAppeal(const QString &code) {
    return lookUp(appealWords(), code);
}

QString StatusLabels::printedAssignment(const QString &code) {
    return lookUp(assignmentWords(), code);
}

QString StatusLabels::printedMeeting(const QString &code) {
    return lookUp(meetingWords(), code);
}

QString StatusLabels::printedEvaluationLevel(const QString &code) {
    return lookUp(evaluationWords(), code);
}

QString StatusLabels::printedSqlCase(Printed vocabulary, const QString &expression) {
    const Words &words = vocabulary == Printed::Appeal       ? appealWords()
                         : vocabulary == Printed::Assignment ? assignmentWords()
                                                             : evaluationWords();
    QString sql = u"CASE "_s + expression;
    for (const auto &[code, word] : words)
        sql += u" WHEN '%1' THEN '%2'"_s.arg(code, word); // constants: no quote inside
    return sql + u" ELSE "_s + expression + u" END"_s;
}
