#pragma once

#include "core/records/RecordMerge.h"
#include "core/workflow/Meeting.h"

// The parts of a meeting's plan that the clerk edits on the Plan tab, in their order there.
enum class MeetingField { Date, Title, Place, Form };

// The three-way merge (RecordMerge) of a meeting's plan: a save from a desk whose Plan tab is
// older than the stored meeting, put over what another desk saved meanwhile. The attendees and
// the agenda are not part of it: they are saved on tabs of their own.
class MeetingMerge : public RecordMerge<Meeting, MeetingField> {
public:
    using Field = MeetingField;

    MeetingMerge(const Meeting &loaded, const Meeting &yours, const Meeting &stored);
};
