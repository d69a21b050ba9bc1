#pragma once

#include "core/export/ExportTable.h"

#include <QStringList>

// Prepares a list for publication on the government portal (公开, seed 002 and 004): only the
// columns the profile marks public (RuleProfile::publicFields) are kept, and personal data is
// masked — names of people (张三 -> 张*), mobile and landline numbers (139****5678) and ID
// numbers — in the kept columns and inside free text such as the problem description, where
// enterprises often write "联系人张三，电话139…".
class PublicMasker {
public:
    static ExportTable apply(const ExportTable &table, const QStringList &publicFields);

    static QString maskName(const QString &name);
    // Masks phone and ID numbers anywhere in the text.
    static QString maskNumbers(const QString &text);
    // Masks `names` where they occur in the text, and any name after 联系人/负责人/经办人.
    static QString maskText(const QString &text, const QStringList &names);
};
