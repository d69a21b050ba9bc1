#include "ui/workflow/MeetingsModel.h"

#include "core/StatusLabels.h"
#include "core/queries/MeetingListQuery.h"

#include <QDate>

using namespace Qt::StringLiterals;

MeetingsModel::MeetingsModel(Database &db, QObject *parent)
    : SqlTableModel(std::make_unique<MeetingListQuery>(db), parent) {
    setColumns({{u"date"_s, tr("Date"), u"会议日期"_s},
                {u"title"_s, tr("Title"), u"会议名称"_s},
                {u"form"_s, tr("Form"), u"形式"_s},
                {u"status"_s, tr("Status"), u"状态"_s},
                {u"topics"_s, tr("Topics"), u"议题数"_s},
                {u"enterprises"_s, tr("Enterprises"), u"参会企业数"_s}});
    sort(0, Qt::DescendingOrder);
}

QVariant MeetingsModel::printValue(int column, const QVariant &raw) const {
    const QString key = columns().at(column).key;
    if (key == "date"_L1) {
        const QDate d = QDate::fromString(raw.toString(), Qt::ISODate);
        return d.isValid() ? QVariant(d) : QVariant(raw.toString());
    }
    if (key == "status"_L1)
        return StatusLabels::printedMeeting(raw.toString());
    return raw;
}

QVariant MeetingsModel::displayValue(int column, const QVariant &raw) const {
    if (columns().at(column).key == "status"_L1)
        return StatusLabels::meeting(raw.toString());
    return raw;
}
