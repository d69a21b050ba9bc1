#include "core/validation/ValidationIssue.h"

#include "core/validation/FieldLabels.h"

using namespace Qt::StringLiterals;

ValidationIssue ValidationIssue::make(const QString &field, Severity severity,
                                      const QString &reason) {
    ValidationIssue issue;
    issue.field = field;
    issue.severity = severity;
    issue.reason = reason;
    issue.message = FieldLabels::label(field) + u": "_s + reason;
    return issue;
}

bool ValidationIssue::hasErrors(const QList<ValidationIssue> &issues) {
    for (const ValidationIssue &i : issues) {
        if (i.isError())
            return true;
    }
    return false;
}
