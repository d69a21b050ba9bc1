#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <tuple>

// A clerk's changes to a record put over the version another desk saved after the form read
// it (a three-way merge: what the form loaded, what the clerk made of it, what is stored now).
// Each field takes the clerk's value where the clerk changed it and the stored value
// otherwise, so that saving "mine" never quietly takes back another desk's change the clerk
// did not touch. A field both changed, to different values, is a conflict the clerk decides
// (the merge takes the clerk's value for it). AppealMerge and AssignmentMerge name the fields.
template <typename Record, typename Field> class RecordMerge {
public:
    // The stored version with the clerk's changes on it; its version is the stored one, so a
    // save over it is refused again if yet another change came in between.
    Record merged() const { return m_merged; }
    // Fields the other desk changed, in the order of the form.
    QList<Field> changedElsewhere() const { return m_theirs; }
    bool changedByYou(Field f) const { return m_yours.contains(f); }
    // Changed on both sides to different values.
    bool conflicts(Field f) const { return m_conflicts.contains(f); }
    bool hasConflicts() const { return !m_conflicts.isEmpty(); }
    // The database column that names the field (the key of FieldLabels and of the audit
    // log's changes): "phone", "status" for an appeal's screening decision.
    QString column(Field f) const { return m_columns.value(f); }

protected:
    // `forEachField(visit)` calls visit(field, column, members) for each field in the order of
    // the form, `members` a tuple of pointers to the Record's members that make up the field.
    template <typename ForEachField>
    RecordMerge(const Record &loaded, const Record &yours, const Record &stored,
                ForEachField forEachField)
        : m_merged(stored) {
        forEachField([&](Field field, const QString &column, const auto &members) {
            m_columns.insert(field, column);
            const bool mine = !same(loaded, yours, members);
            const bool theirs = !same(loaded, stored, members);
            if (mine) {
                m_yours << field;
                copy(m_merged, yours, members);
            }
            if (theirs)
                m_theirs << field;
            if (mine && theirs && !same(yours, stored, members))
                m_conflicts << field;
        });
    }

private:
    template <typename Members>
    static bool same(const Record &a, const Record &b, const Members &members) {
        return std::apply([&](auto... m) { return ((a.*m == b.*m) && ...); }, members);
    }

    template <typename Members>
    static void copy(Record &to, const Record &from, const Members &members) {
        std::apply([&](auto... m) { ((to.*m = from.*m), ...); }, members);
    }

    Record m_merged;
    QHash<Field, QString> m_columns;
    QList<Field> m_theirs;
    QList<Field> m_yours;
    QList<Field> m_conflicts;
};
