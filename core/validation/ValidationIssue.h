#pragma once

#include <QList>
#include <QString>

// One finding about one field of a record. `message` is complete for a user ("Phone: ...");
// `reason` is the same without the field's name, for lists that name the field themselves
// (the CSV import prints "row 3: 联系电话: reason").
struct ValidationIssue {
    enum class Severity { Warning, Error };

    QString field; // the field's key: submitting_unit, submit_date, uscc, phone, number, ...
    Severity severity = Severity::Error;
    QString message;
    QString reason;

    bool isError() const { return severity == Severity::Error; }

    // Builds message as "<label>: <reason>" with the field's label in the user's language.
    static ValidationIssue make(const QString &field, Severity severity, const QString &reason);

    static bool hasErrors(const QList<ValidationIssue> &issues);
};
