#pragma once

#include <QJsonObject>
#include <QString>
#include <QVariantMap>

// The audit detail of a change: which fields changed, from what to what. Records are compared
// as maps of column name to value so that each repository writes one small toMap().
class RecordDiff {
public:
    // {"field": {"from": old, "to": new}, ...} for the fields whose values differ.
    static QJsonObject changes(const QVariantMap &before, const QVariantMap &after);
    // The values themselves, without empty ones: the detail of a "created" entry.
    static QJsonObject values(const QVariantMap &record);
    // ISO-8601 with seconds, local time: how every timestamp column is written.
    static QString now();
    // Trimmed and never null: a null QString binds as SQL NULL, which the NOT NULL DEFAULT ''
    // text columns refuse.
    static QString text(const QString &value);
};
