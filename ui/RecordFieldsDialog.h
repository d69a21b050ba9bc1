#pragma once

#include "ui/EditConflictDialog.h"
#include "ui/LineFieldsDialog.h"

class Database;

// Adds or edits one record whose fields are all a line of text (a department, a leader), and
// saves it through its repository. A save over a version another desk saved after the dialog
// read it is refused by the repository; the clerk then sees both values of each field that
// differs (EditConflictDialog) and reloads, saves their changes onto the stored version (the
// Merge: what only the other desk changed stays) or goes back to the dialog, typing intact.
// The Merge's fields are in the order of the dialog's lines.
template <typename Record, typename Merge, typename Repository>
class RecordFieldsDialog : public LineFieldsDialog {
public:
    using ToValues = QStringList (*)(const Record &);
    using FromValues = Record (*)(Record, const QStringList &);

    RecordFieldsDialog(Database &db, const Record &record, const QString &title,
                       const QStringList &labels, ToValues toValues, FromValues fromValues,
                       QWidget *parent = nullptr)
        : LineFieldsDialog(title, labels, parent)
        , m_db(db)
        , m_record(record)
        , m_toValues(toValues)
        , m_fromValues(fromValues) {
        setValues(toValues(record));
    }

    // As read (the version a save names), then as saved.
    Record record() const { return m_record; }

protected:
    bool save() override { return store(m_fromValues(m_record, values())); }

private:
    bool store(Record r) {
        Repository repo(m_db);
        const bool ok = r.id ? repo.update(r) : repo.insert(r);
        if (!ok && repo.conflict())
            return resolveConflict(r, repo.errorString());
        if (!ok) {
            showError(repo.errorString());
            return false;
        }
        m_record = r;
        return true;
    }

    bool resolveConflict(const Record &yours, const QString &message) {
        const auto stored = Repository(m_db).find(yours.id);
        if (!stored) {
            showError(message);
            return false;
        }
        // Three ways: what this dialog loaded, what the clerk made of it, what is stored now.
        const Merge merge(m_record, yours, *stored);
        const auto text = [this](typename Merge::Field field, const Record &r) {
            return m_toValues(r).value(int(field));
        };
        EditConflictDialog dialog(
            message, EditConflictDialog::differences(merge, yours, *stored, text), this);
        dialog.exec();
        switch (dialog.choice()) {
        case EditConflictDialog::Choice::Reload:
            m_record = *stored;
            setValues(m_toValues(*stored));
            showError(reloadedNote());
            return false;
        case EditConflictDialog::Choice::Overwrite:
            // Shown merged, so that a save refused again does not count the other desk's
            // values as the clerk's changes.
            m_record = *stored;
            setValues(m_toValues(merge.merged()));
            return store(merge.merged());
        case EditConflictDialog::Choice::Back:
            break;
        }
        showError(message);
        return false;
    }

    Database &m_db;
    Record m_record;
    ToValues m_toValues;
    FromValues m_fromValues;
};
