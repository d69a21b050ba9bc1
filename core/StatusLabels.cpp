#include "core/StatusLabels.h"

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
