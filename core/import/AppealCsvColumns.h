#pragma once

#include <QCoreApplication>
#include <QStringList>

// The columns of an appeal spreadsheet: each field of 附件1 under its Chinese names (as on the
// forms of seeds 000 and 004 and in offices' ledgers) and its English key. Headers are compared
// without spaces, underscores, hyphens, a required-mark '*', a trailing colon and any
// parenthesised note, so "备注（前期问题困难反映情况及初步结果）", "行业性(是/否)", "Submit date"
// and "submit_date" all find their field.
class AppealCsvColumns {
    Q_DECLARE_TR_FUNCTIONS(AppealCsvColumns)

public:
    // The field keys in the order of the form: number, submitting_unit, uscc, ...
    static QStringList fields();
    static QStringList requiredFields(); // submitting_unit, submit_date, problem
    // The field a header names; a null QString for an unknown header.
    static QString fieldFor(const QString &header);
    // The most characters a cell of `field` may hold.
    static int maxLength(const QString &field);
    // 序号, the row counter of most ledgers: a known column that holds nothing to import.
    static bool isIgnored(const QString &header);
    // The Chinese header a template or an export writes for `field`.
    static QString chineseHeader(const QString &field);
    // "编号/number, 提交单位/submitting_unit, ..." for messages about unknown columns.
    static QString knownHeadersHint();

private:
    static QString normalize(const QString &header);
};
