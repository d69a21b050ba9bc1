#include "core/export/PublicMasker.h"

#include "core/export/ChineseNames.h"
#include "core/export/MaskedSource.h"
#include "core/export/PersonalDataMask.h"
#include "core/export/TableSource.h"

QString PublicMasker::maskName(const QString &name) {
    return ChineseNames::mask(name);
}

QString PublicMasker::maskNumbers(const QString &text) {
    return PersonalDataMask().apply(text);
}

QString PublicMasker::maskText(const QString &text, const QStringList &names) {
    PersonalDataMask mask;
    for (const QString &name : names)
        mask.addName(name);
    return mask.apply(text);
}

ExportTable PublicMasker::apply(const ExportTable &table, const QStringList &publicFields) {
    TableSource source(table);
    MaskedSource masked(source, publicFields);
    return masked.readAll(nullptr).value_or(ExportTable{}); // a table in memory cannot fail
}
