#pragma once

#include "core/Appeal.h"

#include <QList>

// A clerk's corrections to an appeal put over the version another desk saved after the form
// read it (a three-way merge: what the form loaded, what the clerk made of it, what is stored
// now). Each field takes the clerk's value where the clerk changed it and the stored value
// otherwise, so that saving "mine" never quietly takes back another desk's phone number or
// screening decision the clerk did not touch. A field both changed, to different values, is a
// conflict the clerk decides (the merge takes the clerk's value for it).
class AppealMerge {
public:
    enum class Field {
        Number,
        SubmittingUnit, // with the enterprise it names
        ResponsiblePerson,
        Phone,
        SubmitDate,
        Channel,
        CollectingDepartment,
        Problem,
        Suggestions,
        PriorHandling,
        Domain,
        IndustryWide,
        Urgent,
        Screening, // status, reason and note: one decision
        DuplicateOf,
        Topic,
    };

    AppealMerge(const Appeal &loaded, const Appeal &yours, const Appeal &stored);

    // The database column that names the field (the key of FieldLabels and of the audit log's
    // changes): "phone", "status" for the screening decision.
    static QString column(Field field);

    // The stored version with the clerk's changes on it; its version is the stored one, so a
    // save over it is refused again if yet another change came in between.
    Appeal merged() const { return m_merged; }
    // Fields the other desk changed, in the order of the paper form.
    QList<Field> changedElsewhere() const { return m_theirs; }
    bool changedByYou(Field f) const { return m_yours.contains(f); }
    // Changed on both sides to different values.
    bool conflicts(Field f) const { return m_conflicts.contains(f); }
    bool hasConflicts() const { return !m_conflicts.isEmpty(); }

private:
    Appeal m_merged;
    QList<Field> m_theirs;
    QList<Field> m_yours;
    QList<Field> m_conflicts;
};
