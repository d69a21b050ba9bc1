#include "MeetingsModel.h"

using namespace Qt::StringLiterals;

MeetingsModel::MeetingsModel(Database &db, QObject *parent)
    : SqlTableModel(db, parent) {
    setColumns({{u"date"_s, tr("Date"), u"meeting_date"_s},
                {u"title"_s, tr("Title"), u"title"_s},
                {u"form"_s, tr("Form"), u"form"_s},
                {u"status"_s, tr("Status"), u"status"_s},
                {u"topics"_s, tr("Topics"), {}},
                {u"enterprises"_s, tr("Enterprises"), {}}});
    sort(0, Qt::DescendingOrder);
}

QString MeetingsModel::selectSql() const {
    return u"SELECT m.id, m.meeting_date, m.title, m.form, m.status, "
           "(SELECT COUNT(*) FROM meeting_topics mt WHERE mt.meeting_id = m.id), "
           "(SELECT COUNT(*) FROM meeting_enterprises me WHERE me.meeting_id = m.id) "
           "FROM meetings m"_s;
}

QString MeetingsModel::statusLabel(const QString &code) {
    if (code == "planned"_L1)
        return tr("Planned");
    if (code == "held"_L1)
        return tr("Held");
    if (code == "cancelled"_L1)
        return tr("Cancelled");
    return code;
}

QVariant MeetingsModel::displayValue(int column, const QVariant &raw) const {
    if (columns().at(column).key == "status"_L1)
        return statusLabel(raw.toString());
    return raw;
}
