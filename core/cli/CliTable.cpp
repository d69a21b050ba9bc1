#include "core/cli/CliTable.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

QString tsvField(const QVariant &v) {
    if (v.isNull())
        return {};
    if (v.metaType().id() == QMetaType::QDate)
        return v.toDate().toString(Qt::ISODate);
    if (v.metaType().id() == QMetaType::Bool)
        return v.toBool() ? u"true"_s : u"false"_s;
    QString s = v.toString();
    s.replace(u'\t', u' ').replace(u'\n', u' ').replace(u'\r', u' ');
    return s;
}

QJsonValue jsonValue(const QVariant &v) {
    if (v.isNull())
        return QJsonValue::Null;
    switch (v.metaType().id()) {
    case QMetaType::Bool:
        return v.toBool();
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return v.toLongLong();
    case QMetaType::QDate:
        return v.toDate().isValid() ? QJsonValue(v.toDate().toString(Qt::ISODate))
                                    : QJsonValue(QJsonValue::Null);
    default:
        return v.toString();
    }
}

} // namespace

void CliTable::write(QTextStream &out, const QString &format) const {
    if (format == "json"_L1) {
        QJsonArray array;
        for (const QVariantList &row : m_rows) {
            QJsonObject o;
            for (int i = 0; i < m_columns.size(); ++i)
                o.insert(m_columns.at(i), jsonValue(row.value(i)));
            array.append(o);
        }
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        out.flush();
        return;
    }
    out << m_columns.join(u'\t') << '\n';
    for (const QVariantList &row : m_rows) {
        QStringList fields;
        for (int i = 0; i < m_columns.size(); ++i)
            fields << tsvField(row.value(i));
        out << fields.join(u'\t') << '\n';
    }
    out.flush();
}
