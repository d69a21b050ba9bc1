#pragma once

#include "core/validation/ValidationIssue.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

class Database;
struct Appeal;

// Checks an appeal before it is stored: the fields the form cannot do without (提交单位, 提交日期,
// 困难问题) and a plausible date are errors; a unified social credit code or a phone number of an
// unusual shape are warnings, because old codes and odd numbers exist and the clerk copies what
// the enterprise wrote. With a database, a number already used by another appeal is an error.
class AppealValidator {
    Q_DECLARE_TR_FUNCTIONS(AppealValidator)

public:
    explicit AppealValidator(Database *db = nullptr);

    static QDate earliestDate() { return QDate(2000, 1, 1); }

    // `uscc` is the enterprise's code when the caller has one (the appeal itself has none).
    QList<ValidationIssue> validate(const Appeal &appeal, const QString &uscc = {}) const;

    // The single-field checks, for forms that check as the clerk types.
    static QList<ValidationIssue> checkUscc(const QString &uscc);
    static QList<ValidationIssue> checkPhone(const QString &phone);
    QList<ValidationIssue> checkSubmitDate(const QDate &date) const;
    // Another appeal (not `ownId`) already has `number`.
    QList<ValidationIssue> checkNumber(const QString &number, qint64 ownId) const;

private:
    Database *m_db;
};
