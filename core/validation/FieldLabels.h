#pragma once

#include <QCoreApplication>
#include <QString>

// The names users see for the fields of an appeal, an enterprise and an assignment, keyed by the
// column names of the database. One place, so that the validators, the import and `show` agree.
class FieldLabels {
    Q_DECLARE_TR_FUNCTIONS(FieldLabels)

public:
    // The label in the user's language; the key itself for an unknown key.
    static QString label(const QString &field);
};
