#pragma once

#include "core/export/ExportTable.h"

#include <QStringList>

// Prepares a list for publication on the government portal (公开, seed 002 and 004): only the
// columns the profile marks public (RuleProfile::publicFields) are kept, and personal data is
// masked in them (PersonalDataMask): every person and phone number the record holds — in its
// columns and in the table's private columns, which only this masking reads — wherever it
// appears, and phones, ID numbers, e-mail addresses and labelled names found by their shape.
// Large lists are masked row by row as they are written (MaskedSource).
class PublicMasker {
public:
    static ExportTable apply(const ExportTable &table, const QStringList &publicFields);

    // 张三 -> 张*, 欧阳娜娜 -> 欧阳**.
    static QString maskName(const QString &name);
    // Masks phone and ID numbers, e-mail addresses and accounts anywhere in the text.
    static QString maskNumbers(const QString &text);
    // Masks `names` where they occur in the text, and whatever maskNumbers() masks.
    static QString maskText(const QString &text, const QStringList &names);
};
