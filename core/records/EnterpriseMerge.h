#pragma once

#include "core/Enterprise.h"
#include "core/records/RecordMerge.h"

// The fields of an enterprise as the merge and the conflict dialog know them, in the order of
// the enterprise dialog.
enum class EnterpriseField {
    Name,
    Uscc,
    ResponsiblePerson,
    Phone,
    Industry,
    District,
    Tags,
    LiaisonLeader,
};

// The three-way merge (RecordMerge) of an enterprise's dialog: a clerk's changes put over the
// version another desk saved after the dialog read it, so that saving "mine" never quietly
// takes back another desk's phone number or tags the clerk did not touch.
class EnterpriseMerge : public RecordMerge<Enterprise, EnterpriseField> {
public:
    using Field = EnterpriseField;

    EnterpriseMerge(const Enterprise &loaded, const Enterprise &yours, const Enterprise &stored);
};
