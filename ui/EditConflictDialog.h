#pragma once

#include "core/validation/FieldLabels.h"

#include <QDialog>
#include <QList>

namespace Ui {
class EditConflictDialog;
}

// Shown when a save is refused because another desk saved the record after this form read it
// (EditConflict): who did it and when, each field the other desk changed beside the clerk's own
// change of it (if any; fields changed on both sides stand out), and the clerk's choice: reload
// the stored record, save the clerk's changes onto it (what only the other desk changed stays),
// or go back to the form (nothing typed is lost either way until the clerk chooses).
class EditConflictDialog : public QDialog {
    Q_OBJECT

public:
    struct Difference {
        QString field;
        QString yours; // the clerk's value, or a note that the clerk did not change it
        QString stored;
        bool conflict = false; // changed on both sides to different values
    };
    enum class Choice { Back, Reload, Overwrite };

    EditConflictDialog(const QString &message, const QList<Difference> &differences,
                       QWidget *parent = nullptr);

    // The rows for a three-way merge (RecordMerge: AppealMerge, AssignmentMerge): each field
    // the other desk changed, named by FieldLabels, with the clerk's value beside it where the
    // clerk changed it too. `text(field, record)` says a field's value.
    template <typename Merge, typename Record, typename Text>
    static QList<Difference> differences(const Merge &merge, const Record &yours,
                                         const Record &stored, Text text) {
        QList<Difference> rows;
        for (const auto field : merge.changedElsewhere()) {
            Difference row;
            row.field = FieldLabels::label(merge.column(field));
            row.yours = merge.changedByYou(field) ? text(field, yours) : notChanged();
            row.stored = text(field, stored);
            row.conflict = merge.conflicts(field);
            rows << row;
        }
        return rows;
    }
    ~EditConflictDialog() override;

    Choice choice() const { return m_choice; }
    static QString notChanged(); // "(not changed)", in the clerk's column

private:
    Ui::EditConflictDialog *m_ui;
    Choice m_choice = Choice::Back;
};
