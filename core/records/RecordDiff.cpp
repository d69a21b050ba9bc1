#include "core/records/RecordDiff.h"

#include "core/Clock.h"

#include <QDateTime>
#include <QJsonValue>

using namespace Qt::StringLiterals;

QJsonObject RecordDiff::changes(const QVariantMap &before, const QVariantMap &after) {
    QJsonObject out;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const QVariant old = before.value(it.key());
        if (old == it.value())
            continue;
        out.insert(it.key(), QJsonObject{{u"from"_s, QJsonValue::fromVariant(old)},
                                         {u"to"_s, QJsonValue::fromVariant(it.value())}});
    }
    return out;
}

QJsonObject RecordDiff::values(const QVariantMap &record) {
    QJsonObject out;
    for (auto it = record.cbegin(); it != record.cend(); ++it) {
        const QVariant &v = it.value();
        if (v.typeId() == QMetaType::QStringList) {
            if (v.toStringList().isEmpty())
                continue;
        } else if (!v.isValid() || v.isNull() || v.toString().isEmpty() ||
                   (v.typeId() == QMetaType::LongLong && v.toLongLong() == 0) ||
                   (v.typeId() == QMetaType::Bool && !v.toBool())) {
            continue;
        }
        out.insert(it.key(), QJsonValue::fromVariant(v));
    }
    return out;
}

QString RecordDiff::now() {
    return Clock::nowIso();
}

QString RecordDiff::text(const QString &value) {
    const QString t = value.trimmed();
    return t.isNull() ? QString::fromUtf8("") : t;
}
