#include "ui/workflow/TopicsModel.h"

#include <QBrush>
#include <QColor>
#include <QDate>

using namespace Qt::StringLiterals;

TopicsModel::TopicsModel(Database &db, QObject *parent)
    : SqlTableModel(db, parent) {
    setColumns({{u"urgent"_s, tr("Urgent"), u"urgent"_s, u"紧急"_s},
                {u"title"_s, tr("Topic"), u"title"_s, u"议题"_s},
                {u"appeals"_s, tr("Appeals"), u"appeal_count"_s, u"诉求数"_s},
                {u"departments"_s, tr("Departments preparing"), {}, u"提前研究部门数"_s},
                {u"meeting"_s, tr("Meeting"), u"meeting_date"_s, u"会议日期"_s},
                {u"created"_s, tr("Created"), u"created_at"_s, u"创建日期"_s}});
    sort(0, Qt::DescendingOrder);
}

QString TopicsModel::selectSql() const {
    return u"SELECT t.id, t.urgent, t.title, "
           "(SELECT COUNT(*) FROM appeals a WHERE a.topic_id = t.id) AS appeal_count, "
           "(SELECT COUNT(*) FROM topic_departments td WHERE td.topic_id = t.id), "
           "(SELECT MAX(m.meeting_date) FROM meeting_topics mt JOIN meetings m "
           " ON m.id = mt.meeting_id WHERE mt.topic_id = t.id) AS meeting_date, "
           "substr(t.created_at, 1, 10) AS created_at FROM topics t"_s;
}

QVariant TopicsModel::displayValue(int column, const QVariant &raw) const {
    if (columns().at(column).key == "urgent"_L1)
        return raw.toInt() ? tr("Urgent") : QString();
    return raw;
}

QVariant TopicsModel::printValue(int column, const QVariant &raw) const {
    const QString key = columns().at(column).key;
    if (key == "urgent"_L1)
        return raw.toInt() ? u"紧急"_s : QString();
    if (key == "meeting"_L1 || key == "created"_L1) {
        const QDate d = QDate::fromString(raw.toString(), Qt::ISODate);
        return d.isValid() ? QVariant(d) : QVariant(QString());
    }
    return raw;
}

QVariant TopicsModel::extraData(int row, int column, int role) const {
    Q_UNUSED(column)
    if (role == Qt::ForegroundRole && data(index(row, 0), RawRole).toInt())
        return QBrush(QColor(0xb0, 0x00, 0x20));
    return {};
}
