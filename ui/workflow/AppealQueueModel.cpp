#include "ui/workflow/AppealQueueModel.h"

#include "core/ProfileRepository.h"
#include "core/StatusLabels.h"
#include "core/queries/AppealQueueQuery.h"

#include <QBrush>
#include <QColor>

using namespace Qt::StringLiterals;

AppealQueueModel::AppealQueueModel(Database &db, QObject *parent)
    : SqlTableModel(std::make_unique<AppealQueueQuery>(db), parent)
    , m_db(db)
    , m_query(static_cast<AppealQueueQuery *>(&query())) {
    setColumns({{u"number"_s, tr("Number"), u"编号"_s},
                {u"unit"_s, tr("Submitted by"), u"提交单位"_s},
                {u"problem"_s, tr("Problem"), u"困难问题"_s},
                {u"domain"_s, tr("Domain"), u"领域"_s},
                {u"urgency"_s, tr("Urgency"), u"紧急程度"_s},
                {u"status"_s, tr("Status"), u"受理情况"_s},
                {u"screening"_s, tr("Screening"), u"研判意见"_s}});
}

void AppealQueueModel::setShowScreened(bool show) {
    m_query->setShowScreened(show);
    m_reasonLabels.clear();
    reload();
}

QVariant AppealQueueModel::displayValue(int column, const QVariant &raw) const {
    const QString key = columns().at(column).key;
    if (key == "status"_L1)
        return StatusLabels::appeal(raw.toString());
    if (key == "urgency"_L1)
        return raw.toString() == "urgent"_L1 ? tr("Urgent") : QString();
    if (key == "problem"_L1) {
        const QString text = raw.toString().simplified();
        return text.size() > 40 ? text.left(40) + u'…' : text;
    }
    return raw;
}

QVariant AppealQueueModel::printValue(int column, const QVariant &raw) const {
    const QString key = columns().at(column).key;
    if (key == "status"_L1)
        return StatusLabels::printedAppeal(raw.toString());
    if (key == "urgency"_L1)
        return raw.toString() == "urgent"_L1 ? u"紧急"_s : QString();
    if (key == "problem"_L1)
        return raw.toString().simplified();
    if (key == "screening"_L1) {
        // "local 某某区人民政府", "solved", or the profile's exclusion code.
        const QString text = raw.toString();
        const QString code = text.section(u' ', 0, 0);
        const QString rest = text.section(u' ', 1);
        if (m_reasonLabels.isEmpty()) {
            m_reasonLabels = {{u"local"_s, u"转属地"_s},
                              {u"department"_s, u"转部门"_s},
                              {u"solved"_s, u"即知即办"_s}};
            for (const ExclusionReason &r : ProfileRepository(m_db).active().exclusionReasons)
                m_reasonLabels.insert(r.code, u"不予受理：%1"_s.arg(r.label));
        }
        const QString label = m_reasonLabels.value(code, code);
        return rest.isEmpty() ? label : label + u' ' + rest;
    }
    return raw;
}

QVariant AppealQueueModel::extraData(int row, int column, int role) const {
    Q_UNUSED(column)
    if (role == Qt::ForegroundRole &&
        data(index(row, columnIndex(u"urgency"_s)), RawRole).toString() == "urgent"_L1)
        return QBrush(QColor(0xb0, 0x00, 0x20));
    return {};
}
