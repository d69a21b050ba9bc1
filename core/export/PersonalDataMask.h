#pragma once

#include <QBitArray>
#include <QList>
#include <QString>
#include <QStringList>

// Hides the personal data in one record's texts before they are published (公开): first what
// the record itself holds — every person's name and phone number stored in any of its fields
// is masked wherever it appears, however it is spaced or written (全角 digits, +86, dashes) —
// then what patterns find in free text that names no stored person: mobile and landline
// numbers, 18- and 15-digit ID numbers, bank card numbers, e-mail addresses, numbers and
// accounts after 电话/手机/微信/QQ, and names after labels (联系人张三) or before titles
// (李秀英女士).
//
// Masking keeps a text's length and shape: 139****2345, 0473-****510, 150302********1234,
// z*******@163.com, 张*, 欧阳**; only the hidden characters change, into '*'.
class PersonalDataMask {
public:
    // The record's own people and numbers; names shorter than two characters are ignored, and
    // so are phone numbers of fewer than seven digits (12345 is a hotline).
    void addName(const QString &name);
    void addPhone(const QString &phone);
    void clear();

    QString apply(const QString &text) const;

    // Full-width digits, letters and signs as ASCII, the ideographic space as a space, every
    // dash as '-': one character for one, so positions in the result are positions in `text`.
    static QString fold(const QString &text);

private:
    struct Marks; // the characters to hide and those already explained (e.g. as an ID number)

    void maskRecordNames(const QString &folded, Marks &marks) const;
    void maskNumbers(const QString &folded, Marks &marks) const;
    bool maskNumber(const QString &folded, const QList<qsizetype> &digitPositions, bool labelled,
                    bool whole, Marks &marks) const;
    static void maskEmails(const QString &folded, Marks &marks);
    static void maskLabelledAccounts(const QString &folded, Marks &marks);
    static void maskLabelledNames(const QString &folded, Marks &marks);
    static void maskTitledNames(const QString &folded, Marks &marks);

    QStringList m_names;          // folded
    QList<QString> m_phoneDigits; // digits only, at least seven
};
