#include "ui/workflow/TopicsModel.h"

#include "core/queries/TopicListQuery.h"

#include <QBrush>
#include <QColor>
#include <QDate>

using namespace Qt::StringLiterals;

TopicsModel::TopicsModel(Database &db, QObject *parent)
    : SqlTableModel(std::make_unique<TopicListQuery>(db), parent) {
    setColumns({{u"urgent"_s, tr("Urgent"), u"紧急"_s},
                {u"title"_s, tr("Topic"), u"议题"_s},
                {u"appeals"_s, tr("Appeals"), u"诉求数"_s},
                {u"departments"_s, tr("Departments preparing"), u"提前研究部门数"_s},
                {u"meeting"_s, tr("Meeting"), u"会议日期"_s},
                {u"created"_s, tr("Created"), u"创建日期"_s}});
    sort(0, Qt::DescendingOrder);
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
