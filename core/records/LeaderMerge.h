#pragma once

#include "core/Leader.h"
#include "core/records/RecordMerge.h"

// The fields of a leader as the merge and the conflict dialog know them, in the order of the
// leader dialog.
enum class LeaderField {
    Name,
    Title,
    Domains,
};

// The three-way merge (RecordMerge) of a leader's dialog: a clerk's changes put over the
// version another desk saved after the dialog read it; what only the other desk changed stays.
class LeaderMerge : public RecordMerge<Leader, LeaderField> {
public:
    using Field = LeaderField;

    LeaderMerge(const Leader &loaded, const Leader &yours, const Leader &stored);
};
