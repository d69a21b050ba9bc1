#pragma once

#include <QString>

// The Chinese words exports and printed reports use for stored codes. Exports and reports are
// official documents, always in Chinese whatever the screen language.
class ChineseLabels {
public:
    static QString appealStatus(const QString &code);     // pending -> 待研判 ...
    static QString assignmentStatus(const QString &code); // assigned -> 已交办 ...
    static QString evaluationLevel(const QString &code);  // satisfied -> 满意 ...
};
