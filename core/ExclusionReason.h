#pragma once

#include <QString>

// A coded reason for not accepting an appeal (受理范围, seed 002 三(二)).
struct ExclusionReason {
    QString code;  // stable, stored with the appeal: judicial, discipline, petition, ...
    QString label; // the regulation's wording, printed and shown

    bool operator==(const ExclusionReason &o) const { return code == o.code && label == o.label; }
};
