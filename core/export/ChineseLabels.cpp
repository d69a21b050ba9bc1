#include "core/export/ChineseLabels.h"

#include <QHash>

using namespace Qt::StringLiterals;

QString ChineseLabels::appealStatus(const QString &code) {
    static const QHash<QString, QString> labels{{u"pending"_s, u"待研判"_s},
                                                {u"accepted"_s, u"已受理"_s},
                                                {u"rejected"_s, u"不予受理"_s},
                                                {u"redirected"_s, u"已转属地/部门"_s},
                                                {u"solved"_s, u"即知即办"_s}};
    return labels.value(code, code);
}

QString ChineseLabels::assignmentStatus(const QString &code) {
    static const QHash<QString, QString> labels{
        {u"assigned"_s, u"已交办"_s},   {u"in_progress"_s, u"办理中"_s},
        {u"done"_s, u"已办结"_s},       {u"evaluated"_s, u"已评价"_s},
        {u"returned"_s, u"退回重办"_s}, {u"escalated"_s, u"提交上级"_s},
        {u"deferred"_s, u"暂缓解决"_s}};
    return labels.value(code, code);
}

QString ChineseLabels::evaluationLevel(const QString &code) {
    static const QHash<QString, QString> labels{
        {u"satisfied"_s, u"满意"_s}, {u"basic"_s, u"基本满意"_s}, {u"unsatisfied"_s, u"不满意"_s}};
    return labels.value(code, code);
}
