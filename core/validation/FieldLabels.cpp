#include "core/validation/FieldLabels.h"

using namespace Qt::StringLiterals;

QString FieldLabels::label(const QString &field) {
    if (field == "number"_L1)
        return tr("Number");
    if (field == "submitting_unit"_L1)
        return tr("Submitting unit");
    if (field == "uscc"_L1)
        return tr("Unified social credit code");
    if (field == "responsible_person"_L1)
        return tr("Responsible person");
    if (field == "phone"_L1)
        return tr("Phone");
    if (field == "submit_date"_L1)
        return tr("Submit date");
    if (field == "channel"_L1)
        return tr("Channel");
    if (field == "problem"_L1)
        return tr("Problem");
    if (field == "suggestions"_L1)
        return tr("Suggestions");
    if (field == "prior_handling"_L1)
        return tr("Prior handling and preliminary result");
    if (field == "domain"_L1)
        return tr("Domain");
    if (field == "industry_wide"_L1)
        return tr("Industry-wide");
    if (field == "urgent"_L1)
        return tr("Urgent");
    if (field == "collecting_department"_L1)
        return tr("Collecting department");
    if (field == "collecting_department_id"_L1)
        return tr("Collecting department (id)");
    if (field == "enterprise_id"_L1)
        return tr("Enterprise (registry id)");
    if (field == "name"_L1)
        return tr("Name");
    if (field == "industry"_L1)
        return tr("Industry");
    if (field == "district"_L1)
        return tr("District");
    if (field == "tags"_L1)
        return tr("Tags");
    if (field == "liaison_leader"_L1)
        return tr("Liaison leader");
    // A department's and a leader's lines (their conflict dialogs).
    if (field == "short_name"_L1)
        return tr("Short name");
    if (field == "contact"_L1)
        return tr("Contact");
    if (field == "level"_L1)
        return tr("Level");
    if (field == "leader_title"_L1) // "title" in the log; a topic's title is another thing
        return tr("Leader's title");
    if (field == "domains"_L1)
        return tr("Domains");
    if (field == "status"_L1)
        return tr("Status");
    if (field == "duplicate_of"_L1)
        return tr("Duplicate of");
    if (field == "topic"_L1)
        return tr("Topic");
    // An assignment's parts (the conflict dialog of the assignment page).
    if (field == "lead_department"_L1)
        return tr("Lead department");
    if (field == "due_date"_L1)
        return tr("Deadline");
    if (field == "escalation_note"_L1)
        return tr("Escalation note");
    if (field == "explanation"_L1)
        return tr("Explanation");
    if (field == "result"_L1)
        return tr("Result");
    if (field == "feedback"_L1)
        return tr("Feedback");
    if (field == "supervision"_L1)
        return tr("Supervision notes");
    // A meeting's plan (the conflict dialog of the meetings page).
    if (field == "meeting_date"_L1)
        return tr("Meeting date");
    if (field == "meeting_title"_L1)
        return tr("Meeting title");
    if (field == "meeting_place"_L1)
        return tr("Place");
    if (field == "meeting_form"_L1)
        return tr("Form of the meeting");
    return field;
}
