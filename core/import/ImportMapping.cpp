#include "core/import/ImportMapping.h"

#include "core/import/AppealCsvColumns.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

// Column names compared as AppealCsvColumns compares them: an export that writes 来电人：
// or 联系电话 (手机) still matches.
QString ImportMapping::normalize(const QString &header) {
    QString s = header;
    s.remove(u' ').remove(u'\u3000').remove(u'*');
    return s.trimmed();
}

QString ImportMapping::fieldFor(const QString &header) const {
    const QString wanted = normalize(header);
    for (auto it = columns.cbegin(); it != columns.cend(); ++it)
        if (normalize(it.key()) == wanted)
            return it.value();
    return {};
}

bool ImportMapping::isKeyColumn(const QString &header) const {
    return !keyColumn.isEmpty() && normalize(keyColumn) == normalize(header);
}

QStringList ImportMapping::builtInNames() {
    return {u"12345"_s};
}

std::optional<ImportMapping> ImportMapping::builtIn(const QString &name) {
    if (name.trimmed() != "12345"_L1)
        return std::nullopt;
    // The columns of the 12345 政务服务便民热线 work-order export (工单导出) as the city
    // platforms write them; 企业名称 is there for enterprise appeals (涉企诉求).
    ImportMapping m;
    m.name = u"12345"_s;
    m.channel = u"12345热线"_s;
    m.keyColumn = u"工单编号"_s;
    m.columns = {{u"来电时间"_s, u"submit_date"_s},
                 {u"来电人"_s, u"responsible_person"_s},
                 {u"联系电话"_s, u"phone"_s},
                 {u"诉求内容"_s, u"problem"_s},
                 {u"承办单位"_s, u"collecting_department"_s},
                 {u"企业名称"_s, u"submitting_unit"_s},
                 {u"诉求类别"_s, u"domain"_s}};
    return m;
}

bool ImportMapping::addColumns(const QString &spec, QString *error) {
    for (const QString &pair : spec.split(u',', Qt::SkipEmptyParts)) {
        const QString column = pair.section(u'=', 0, 0).trimmed();
        const QString target = pair.section(u'=', 1).trimmed();
        QString field = AppealCsvColumns::fields().contains(target)
                            ? target
                            : AppealCsvColumns::fieldFor(target);
        if (target == "work_order"_L1 || target == "工单编号"_L1) {
            keyColumn = column;
            continue;
        }
        if (column.isEmpty() || field.isEmpty()) {
            *error = tr("\"%1\": write COLUMN=FIELD, the field being one of %2 or work_order")
                         .arg(pair.trimmed(), AppealCsvColumns::knownHeadersHint());
            return false;
        }
        // One column per field: the new column replaces the one mapped before.
        for (auto it = columns.begin(); it != columns.end();)
            it = it.value() == field ? columns.erase(it) : std::next(it);
        columns.insert(column, field);
    }
    return true;
}

QString ImportMapping::toJson() const {
    QJsonObject o;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it)
        o.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QMap<QString, QString> ImportMapping::columnsFromJson(const QString &json) {
    QMap<QString, QString> out;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}
